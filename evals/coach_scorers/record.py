"""Getting the record wrong (session 8, from the tune split's reasons in the blind rounds b4, c1 and c2): delivered
work called still open, the live open item left out of the lead, the CIO's own view or to-do given as the partner's
ask or words, and the partner's praise or reassurance answered as an objection."""

from __future__ import annotations

import re
from datetime import date, timedelta

from evals.coach_scorers.facts import Context, Item, content_words
from evals.coach_scorers.history import _dated
from evals.coach_scorers.situation import items_from_notes
from evals.coach_scorers.view import QUOTE, PlanView, sentences, words
from evals.coach_scorers.voice import NEGATIVE
from evals.scorers import Score, lower

# A note sentence that says something was done: "live 12 October", "Plan sent 1 October", "installed in December".
DELIVERED = re.compile(r"\b(went live|(?:is|was|now|finally|been) live|live (?:since|on|from)|live \d+|sent (?:on |over )?\d+|"
                       r"sent (?:it|them|the)|delivered|installed|handed over|signed off|shipped|rolled out|"
                       r"completed|hit it|on time|arrived)\b", re.I)
# What the noun right before a delivery verb names: "Plan sent", "CLM finally live", "screens live".
DONE_NOUN = re.compile(r"([A-Za-z][\w'-]{2,})\s+(?:finally |now |went |is |was )?(?:live|sent|delivered|installed)\b", re.I)
# Going live is how a request for production, a rollout or a go-live gets delivered.
LIVE_ASK = re.compile(r"\b(production|go-live|live|roll ?out|switch(?:ed)? on)\b", re.I)
LIVE_DONE = re.compile(r"\b(went live|(?:is|now|finally|been) live|live (?:since|on|from)|^\W*live \d+)", re.I)
# A plan line that calls something open or unanswered.
CALLED_OPEN = re.compile(r"\b(still open|is open|are open|open \(|overdue|not yet (?:confirmed|kept|sent|delivered)|"
                         r"did it reach you|has it reached you|comes by|is still (?:due|pending)|still (?:owe|waiting))\b", re.I)
ISO = re.compile(r"\((20\d\d-\d\d-\d\d)\)")
GENERIC = set("asked request promise promised still think would could should their there about which noted action "
              "owner answer month weeks plan's partner meeting".split())
# The CIO's own reading or to-do in the notes ("My read:", "My view:", "I need to check ...", "Note to self").
CIO_VIEW = re.compile(r"\b(?:my (?:read|view|sense|take|guess|worry|hunch)|note to self|i need to|i want to|i'd like to|"
                      r"i think|i suspect|i should|to check|for me to|(?:the )?idea is mine)\b[:,]?\s*", re.I)
# A plan sentence that gives words or a want to the partner.
AS_PARTNER = re.compile(r"\b(you asked|you want|you need|you said|your request|in (?:\w+'s|his|her|your) (?:own )?words|"
                        r"\w+ (?:asked|wants|needs|said|offered)\b|what \w+ wants|as \w+ put it)", re.I)
# Praise or reassurance in the notes.
PRAISE = re.compile(r"\b(thank\w*|well done|brilliant|great|excellent|pleased|impressed|credit\w*|trust\w*|"
                    r"haven'?t complained|no complaints|not you|your bit held|not your fault|not ours|held up|happy|didn'?t mind|"
                    r"did not mind|under budget|fair enough|good job|nice work|appreciat\w*)\b", re.I)
# Reassurance that names a miss and still clears us: praise even beside outage words.
REASSURE = re.compile(r"\b(didn'?t mind|did not mind|not you|not your fault|your bit held|fair enough|not ours|"
                      r"vendor thing|no harm done)\b", re.I)
OBJECTION_TITLE = re.compile(r"objection|defensive|push ?back|if \w+ says", re.I)
LIVE_DAYS = 14  # an item dated no more than this before the newest note (or after it) is live


def _keys(text: str) -> set[str]:
    return {w for w in content_words(text, 4) if w not in GENERIC}


def _delivered_sentences(ctx: Context) -> list[tuple[date | None, str]]:
    out: list[tuple[date | None, str]] = []
    dated = _dated(ctx.notes)
    for when, text in dated or ((None, ctx.notes),):  # type: ignore[misc]
        out += [(when, s) for s in sentences(text) if DELIVERED.search(s) and not re.search(r"\bnot (?:yet )?(?:live|sent|delivered)", s, re.I)]
    return out


def _open_lines(view: PlanView) -> list[str]:
    """What the plan calls open: the open list (except items marked done or kept) and lines that say it is open."""
    lines = [str(i.get("text") or "") for i in view.open_items]
    lines = [ln for ln in lines if not re.search(r"\b(done|kept)\b", ln.split(":")[0], re.I)]
    lines += [s for s in sentences("\n".join([view.one_thing, *view.script, view.section("competence", "follow")]))
              if CALLED_OPEN.search(s)]
    return lines


def _done_by_notes(line: str, delivered: list[tuple[date | None, str]]) -> str | None:
    """The delivery sentence that answers an open line: two shared words, or the delivered thing's own noun."""
    since = ISO.search(line)
    asked = date.fromisoformat(since.group(1)) if since else None
    keys = _keys(QUOTE.sub(lambda m: m.group(1) or m.group(2), line))
    for when, s in delivered:
        if asked and when and when <= asked:
            continue
        nouns = {m.group(1).lower() for m in DONE_NOUN.finditer(s)} - GENERIC
        shared = keys & _keys(s)
        if len(shared) >= 2 or (nouns & keys) or (LIVE_ASK.search(line) and LIVE_DONE.search(s)):
            return s
    return None


def score_delivered_open(view: PlanView, ctx: Context) -> Score:
    """Fails when the plan calls open something the notes (or the set's labels) show delivered."""
    lines = _open_lines(view)
    if not lines:
        return lower("delivered_open", 0.0, 0.0, "nothing called open", n=0)
    labelled = ctx.facts.delivered or []
    delivered = _delivered_sentences(ctx)
    wrong = []
    for line in lines:
        hit = next((i.text for i in labelled if i.mentioned(line)), None) or _done_by_notes(line, delivered)
        if hit:
            wrong.append(f"{line[:70]} (done: {hit[:60]})")
    reason = f"called open, but delivered: {'; '.join(wrong)[:240]}" if wrong else f"{len(lines)} open line(s), none delivered"
    return lower("delivered_open", min(1.0, len(wrong) / 2), 0.0, reason, n=1)


def _live_items(ctx: Context) -> tuple[list[Item], str]:
    labelled = [i for i in ctx.facts.open_items or [] if i.date and i.kind in ("request", "offer", "promise", "")]
    dated = _dated(ctx.notes)
    if labelled and dated:
        newest = dated[-1][0]
        return [i for i in labelled if _as_date(i.date) >= newest - timedelta(days=LIVE_DAYS)], "facts"
    return [i for i in items_from_notes(Context(ctx.recent_notes(1)))], "notes"


def _as_date(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return date.min


def score_live_item_missed(view: PlanView, ctx: Context) -> Score:
    """Fails when the one thing and the script (or goal and opening) name none of the live open items: the asks and
    offers dated near the newest note, with their deadline still ahead (labels), else the newest note's asks."""
    live, source = _live_items(ctx)
    if not live:
        return lower("live_item_missed", 0.0, 0.0, f"no live open item ({source})", n=0)
    lead = "\n".join([view.one_thing, *view.script]) if view.script or view.one_thing else \
        view.section("goal") + "\n" + view.opening()
    missed = [i.text for i in live if not i.mentioned(lead)]
    reason = f"the lead leaves out: {'; '.join(missed)[:200]} ({source})" if missed else f"the lead names the live item(s) ({source})"
    return lower("live_item_missed", len(missed) / len(live), 0.0, reason, n=len(live))


def _grams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    ws = [w.lower() for w in words(text)]
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def cio_views(notes: str) -> list[str]:
    """The clauses of the notes that are the CIO's own reading or to-do (after "My read:", "I need to", ...)."""
    out = []
    for s in sentences(notes):
        m = CIO_VIEW.search(s)
        if m and not QUOTE.search(s[m.start():]):
            out.append(s[m.end():])
    return [c for c in out if len(words(c)) >= 4]


def score_cio_view_as_ask(view: PlanView, ctx: Context) -> Score:
    """Fails when a sentence that gives the partner words, a want or a request carries four words in a row of the
    CIO's own reading or to-do."""
    views = [_grams(c) for c in cio_views(ctx.notes)]
    if not views:
        return lower("cio_view_as_ask", 0.0, 0.0, "no view of the CIO's own in the notes", n=0)
    wrong = [s for s in view.sentences() if AS_PARTNER.search(s) and any(g & _grams(s) for g in views)]
    reason = f"the CIO's own view as the partner's: {'; '.join(w[:90] for w in wrong)[:240]}" if wrong else "none"
    return lower("cio_view_as_ask", min(1.0, len(wrong) / 2), 0.0, reason, n=1)


def score_praise_as_objection(view: PlanView, ctx: Context) -> Score:
    """Fails when the objections (or 'where you may get defensive') quote what the notes show as praise or reassurance."""
    text = "\n".join(t for title, t in view.sections if OBJECTION_TITLE.search(title))
    quoted = [a or b for a, b in QUOTE.findall(text)]
    if not quoted:
        return lower("praise_as_objection", 0.0, 0.0, "no quoted objection", n=0)
    kind = [s for s in sentences(ctx.notes) if REASSURE.search(s) or (PRAISE.search(s) and not NEGATIVE.search(s))]
    wrong = [q for q in quoted if len(words(q)) >= 3 and any(_grams(q, 3) & _grams(s, 3) for s in kind)]
    reason = f"answers praise as an objection: {'; '.join(w[:80] for w in wrong)}" if wrong else f"{len(quoted)} objection(s), none praise"
    return lower("praise_as_objection", 1.0 if wrong else 0.0, 0.0, reason, n=1)
