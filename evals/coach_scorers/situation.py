"""Does the plan do what the situation needs: answer open requests and offers, keep avoid-topics out
of the room, and answer only objections this partner has raised."""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context, Item, content_words
from evals.coach_scorers.view import PlanView, quotes, sentences
from evals.scorers import Score, higher, lower

REQUEST = re.compile(
    r"\b(asked (?:for|whether|if|me|us|that|about)|asks (?:for|whether|if|us|me)|requested|would like|wants?\b|"
    r"needs? (?:a|an|the|to|us)\b|target:|"
    r"offered|offers to|invited|invites|proposed|suggested (?:we|that)|co-fund|fund half|a seat (?:on|at)|join (?:the|her|his|their)|"
    r"can you (?:send|give|share|get|let|scope)|could (?:you|we) (?:send|give|share|get|have|scope)|please send)\b",
    re.I)
AVOID_NOTE = re.compile(
    r"(don'?t (?:raise|mention|bring up)|do not (?:raise|mention|bring up)|not to (?:raise|mention)|keep (?:it |this |that )?out of|"
    r"off limits|off-limits|sensitive|in confidence|confidential|personal matter|health|illness|surgery|divorce|bereavement|"
    r"compassionate leave|audit finding|behind (?:us|him|her|them)|water under the bridge|drawn a line)", re.I)
GENERIC = set("meeting partner technology business team project system systems update plan plans review "
              "number numbers report reports their there about which would could should".split())
# Most specific first: an objection is the first type whose pattern it matches.
OBJECTIONS = {
    "vendor": r"vendor|outsourc|consultan|agency|third[- ]party|provider|buy (?:it|one)|off the shelf",
    "time": r"no time|too busy|bandwidth|capacity|not now|later|next year",
    "always_no": r"always says no|says no|blocker|red tape|bureaucra",
    "security": r"security|compliance|risk|privacy|gdpr",
    "value": r"what do (?:we|i) get|roi|return|value for money|benefit",
    "budget": r"budget|cost|expensive|spend|price|cheaper|too big|money",
}


def items_from_notes(ctx: Context) -> list[Item]:
    """Requests and offers in the two newest notes, as items whose cues are their longer words."""
    items = []
    for s in sentences(ctx.recent_notes(2)):
        if REQUEST.search(s) and not re.match(r"\s*(I|We)\b", s):
            tail = s[REQUEST.search(s).end():]  # type: ignore[union-attr]
            cues = [w for w in content_words(tail, 5) if w not in GENERIC][:3]
            if cues:
                items.append(Item(" ".join(cues), [], "request"))
    return items


def open_item_hits(view: PlanView, ctx: Context) -> tuple[list[Item], list[Item], str]:
    wanted = ctx.facts.open_items
    source = "facts"
    if wanted is None:
        wanted, source = items_from_notes(ctx), "notes"
    wanted = [i for i in wanted if i.owner in ("", "partner") or i.kind in ("request", "offer")]
    text = view.answer_text()  # quoting the request as evidence does not answer it
    answered = [i for i in wanted if i.mentioned(text)]
    return wanted, answered, source


def score_open_items(view: PlanView, ctx: Context) -> Score:
    wanted, answered, source = open_item_hits(view, ctx)
    if not wanted:
        return higher("open_item_recall", 1.0, 1.0, f"no open request or offer ({source})", n=0)
    missed = [i.text for i in wanted if i not in answered]
    reason = f"{len(answered)}/{len(wanted)} answered ({source})" + (f"; not answered: {'; '.join(missed)[:200]}" if missed else "")
    return higher("open_item_recall", len(answered) / len(wanted), 1.0, reason, n=len(wanted))


def score_open_unspoken(view: PlanView, ctx: Context) -> Score:
    """The share of the partner's open items that the lines the CIO says leave out: an ask answered only in a list
    or a section is not said in the room (b's reasons: "only in the list, not in what the CIO says")."""
    wanted, _, source = open_item_hits(view, ctx)
    if not wanted:
        return lower("open_unspoken", 0.0, 0.0, f"no open request or offer ({source})", n=0)
    said = view.said_text()
    unsaid = [i.text for i in wanted if not i.mentioned(said)]
    reason = f"{len(wanted) - len(unsaid)}/{len(wanted)} said ({source})" + (f"; unsaid: {'; '.join(unsaid)[:200]}" if unsaid else "")
    return lower("open_unspoken", len(unsaid) / len(wanted), 0.0, reason, n=len(wanted))


def _avoid_from_notes(ctx: Context) -> list[Item]:
    items = []
    for s in sentences(ctx.notes):
        match = AVOID_NOTE.search(s)
        if match:
            cues = [w for w in content_words(s, 6) if w not in GENERIC and w not in match.group(0).lower()][:4]
            if len(cues) >= 2:
                items.append(Item(" ".join(cues)))
    return items


def score_avoid_topics(view: PlanView, ctx: Context) -> Score:
    topics = ctx.facts.avoid
    source = "facts"
    if topics is None:
        topics, source = _avoid_from_notes(ctx), "notes"
    if not topics:
        return lower("avoid_topic", 0.0, 0.0, f"no topic to keep out ({source})", n=0)
    text = view.spoken_text()
    raised = [t.text for t in topics if t.mentioned(text)]
    reason = f"raises: {'; '.join(raised)}" if raised else f"keeps {len(topics)} topic(s) out ({source})"
    return lower("avoid_topic", len(raised) / len(topics), 0.0, reason, n=len(topics))


def objection_types(text: str) -> set[str]:
    return {name for name, pattern in OBJECTIONS.items() if re.search(pattern, text, re.I)}


def _first_type(text: str) -> str | None:
    return next((name for name, pattern in OBJECTIONS.items() if re.search(pattern, text, re.I)), None)


def plan_objections(view: PlanView) -> list[str]:
    """The objections the plan prepares for: quoted lines in its objections section."""
    block = view.section("objection")
    found = quotes(block)
    return found or [s for s in sentences(block) if s.lower().startswith("if ")]


def score_unraised_objections(view: PlanView, ctx: Context) -> Score:
    objections = plan_objections(view)
    if not objections:
        return lower("unraised_objection", 0.0, 0.0, "no objection prepared", n=0)
    raised = set(ctx.facts.raised_objections) if ctx.facts.raised_objections is not None else objection_types(ctx.notes)
    unraised = [o for o in objections if objection_types(o) and _first_type(o) not in raised]
    reason = (f"never raised by the partner: {'; '.join(o[:80] for o in unraised)}" if unraised
              else f"{len(objections)} objection(s), all raised in the notes")
    return lower("unraised_objection", len(unraised) / len(objections), 0.0, reason, n=len(objections))


DECLINED = re.compile(r"(not for us|declined|rejected|ruled out|turned down|waved (?:it )?off|refused|said no to|not interested|"
                      r"no interest|park it|doesn'?t need|does not need|don'?t need|not now|first make the basics|"
                      r"doesn'?t want|does not want|no appetite|cut (?:me|it) short|not (?:his|her|their) (?:business|problem|job))", re.I)
# Information and analytics: what today's plans push at every partner, welcome or not.
DATA = re.compile(r"\b(data|analytics|dashboards?|reports?|reporting|insights?|information|forecast\w*|bi)\b", re.I)


def _declined_from_notes(ctx: Context) -> list[Item]:
    items = []
    for s in sentences(ctx.notes):
        match = DECLINED.search(s)
        if match:
            cues = [w for w in content_words(s, 6) if w not in GENERIC and w not in match.group(0).lower()][:4]
            if len(cues) >= 2:
                items.append(Item(" ".join(cues)))
    return items


def score_declined_ideas(view: PlanView, ctx: Context) -> Score:
    """A plan that pushes what the partner declined (in its goal, teaching, questions or value message),
    including information and analytics pushed at a partner who declined them."""
    ideas = _declined_from_notes(ctx)
    declined_data = any(DECLINED.search(s) and DATA.search(s) for s in sentences(ctx.notes))
    if not ideas and not declined_data:
        return lower("declined_idea", 0.0, 0.0, "nothing declined in the notes", n=0)
    text = "\n".join([view.one_thing, *view.script, view.section("goal", "teach", "question", "value"), view.value_message])
    pushed = [i.text for i in ideas if i.mentioned(text)]
    lead = "\n".join([view.one_thing, *view.script, view.section("goal", "teach")])
    if declined_data and DATA.search(lead) and not pushed:
        pushed.append("data or analytics, which the partner declined, in the goal or the teaching")
    n = max(1, len(ideas))
    reason = f"pushes what the partner declined: {'; '.join(pushed)}" if pushed else f"leaves {n} declined idea(s) alone"
    return lower("declined_idea", min(1.0, len(pushed) / n), 0.0, reason, n=n)
