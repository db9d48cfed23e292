"""Session 10 scorers, from the tune split's b, d and f reasons (all rounds): the partner's stated measures missing from
the value message, goals asked for again, an offer prepared for as an objection, and, against a set's labels (key.yaml),
a labelled miss called "cause not recorded", our open promises without their date and answers dated after the item's
own date. Reference-based scorers say so in their reason and are skipped (n=0) without the labels they need."""

from __future__ import annotations

import re
from datetime import date

from evals.coach_scorers.facts import Context, Item, content_words
from evals.coach_scorers.situation import plan_objections
from evals.coach_scorers.status_lines import CAUSE_UNKNOWN, _dates, _our_promises, newest_note
from evals.coach_scorers.value_words import STOCK
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# A note sentence that states what the partner is measured on or aims at (a goal, a target, a from-to figure).
GOAL = re.compile(r"\b(goals?|targets?|aims?|aiming|objectives?|KPIs?|judged on|measured on|scorecard|bonus|ambition|"
                  r"priorit(?:y|ies)|wants? to (?:get|bring|cut|reduce|raise|grow|lift|halve|double)|"
                  r"from [£$€]?\d[\d.,]*\w* to [£$€]?\d|(?:under|below|above|over|at least) [£$€]?\d)\b|->|→", re.I)
NUMBER = re.compile(r"\d+(?:[.,]\d+)?%?")
# The plan asks the partner for goals or priorities they have already stated, or says they stated none.
ASK_GOAL = re.compile(r"(which (?:one )?(?:of your )?goals?|what (?:are|is) your (?:goals?|priorit\w+|targets?|measures?)|"
                      r"what matters most|what does success look like|what would success|which one thing should|"
                      r"what are you measured on|no goal (?:is )?(?:on record|to speak to|stated)|has not (?:named|stated) a goal|"
                      r"which (?:outcome|result) matters)", re.I)
OFFER = re.compile(r"\b(offer(?:ed|s)?|co-?fund\w*|fund (?:half|it|the)|happy to (?:fund|lend|share|host|pay)|"
                   r"invit\w+|a seat (?:on|at)|would rather it was you|lend (?:us|you))\b", re.I)
DULL = set("there their which would could about should after before every other really thing things".split())


def _message(view: PlanView) -> str:
    return view.value_message or view.section("value message")


def _stems(text: str) -> set[str]:
    return {w[:6] for w in content_words(text, 5) if w not in DULL}


def goal_sentences(ctx: Context) -> list[str]:
    """Note sentences stating the partner's goals or measures (not the CIO's value statement)."""
    return [s for s in sentences(ctx.notes) if GOAL.search(s) and (NUMBER.search(s) or len(_stems(s)) >= 3)]


def score_value_measure_missed(view: PlanView, ctx: Context) -> Score:
    """The value message names none of the partner's stated measures: no figure of a goal sentence and fewer than two
    of its words (read from the notes; no labels needed)."""
    said, goals = _message(view), goal_sentences(ctx)
    if not said.strip() or not goals:
        return lower("value_measure_missed", 0.0, 0.0, "no value message or no stated goal in the notes", 0)
    figures = {n for g in goals for n in NUMBER.findall(g) if len(n) > 1 and not re.fullmatch(r"20\d\d", n)}
    shared_words = _stems(said) & _stems(" ".join(goals))
    hit = bool(figures & set(NUMBER.findall(said))) or len(shared_words) >= 2
    reason = "names the partner's measure" if hit else f"names none of the stated measures, e.g. '{goals[0][:90]}'"
    return lower("value_measure_missed", 0.0 if hit else 1.0, 0.0, reason)


THIN_WORDS = 25  # tune split: under 25 words, reviewers call a message "thin", "bare", "no message" (f lower in 10 of 10 rounds)
MEANING_WORDS = 1  # session 11: and a message of any length is thin with no word of this partner's notes (CV: 1 > 2)


def meaning_words(view: PlanView, ctx: Context) -> list[str]:
    """The value message's words (4+ letters) from the partner's notes, outside stock lines and not the value
    statement's or the partner's name: what the message says about this partner, however long it is."""
    kept = " ".join(s for s in sentences(_message(view)) if not STOCK.search(s))
    name = {w.lower() for w in ctx.partner.split()}
    notes = set(content_words(ctx.notes, 4)) - set(content_words(ctx.value_statement, 4)) - name
    return [w for w in content_words(kept, 4) if w in notes]


def score_value_thin(view: PlanView, ctx: Context) -> Score:
    """The value message is too thin to say what technology is worth to this partner: fewer than 25 words, or fewer
    than MEANING_WORDS words of the partner's notes (session 11: length alone no longer lifts f; padding stays thin)."""
    count, meant = len(_message(view).split()), meaning_words(view, ctx)
    thin = count < THIN_WORDS or len(meant) < MEANING_WORDS
    return lower("value_thin", 1.0 if thin else 0.0, 0.0, f"{count} words, {len(meant)} of the partner's: {meant[:4]}")


def score_value_statement_lost(view: PlanView, ctx: Context) -> Score:
    """The value message shares no word with the organisation's value statement: its meaning is not carried."""
    said = _message(view)
    if not said.strip() or not ctx.value_statement.strip():
        return lower("value_statement_lost", 0.0, 0.0, "no value message or no value statement", 0)
    shared = _stems(said) & _stems(ctx.value_statement)
    return lower("value_statement_lost", 0.0 if shared else 1.0, 0.0,
                 f"carries {sorted(shared)[:3]}" if shared else "nothing of the value statement")


def score_goal_asked_again(view: PlanView, ctx: Context) -> Score:
    """The plan asks which goal or priority matters (or says none is on record) while the notes state goals."""
    asks = [s for s in sentences(view.spoken_text()) if ASK_GOAL.search(s)]
    goals = goal_sentences(ctx)
    if not asks:
        return lower("goal_asked_again", 0.0, 0.0, "asks for no goal")
    if not goals:
        return lower("goal_asked_again", 0.0, 0.0, "asks for goals; the notes state none")
    return lower("goal_asked_again", 1.0, 0.0, f"asks '{asks[0][:80]}' though the notes state: {goals[0][:80]}")


def score_offer_as_objection(view: PlanView, ctx: Context) -> Score:
    """The objections section prepares for an offer or invitation (labelled, or in offer words in the notes)."""
    lines = plan_objections(view)
    if not lines:
        return lower("offer_as_objection", 0.0, 0.0, "no objection prepared", 0)
    offers = [i for i in ctx.facts.open_items or [] if i.kind == "offer"]
    bad = [q for q in lines if OFFER.search(q) or any(i.mentioned(q) for i in offers)]
    reason = f"an offer as an objection: '{bad[0][:90]}'" if bad else "no offer prepared as an objection"
    return lower("offer_as_objection", len(bad) / len(lines), 0.0, reason, len(lines))


def _labelled_misses(ctx: Context) -> list[Item] | None:
    f = ctx.facts
    if f.our_misses is None:
        return None
    return [*(f.third_party_misses or []), *(f.forgiven_misses or []), *f.our_misses]


def score_keyed_cause_unrecorded(view: PlanView, ctx: Context) -> Score:
    """Needs the key's misses with their cause: 'cause not recorded, check before owning' on a miss the key labels."""
    misses = _labelled_misses(ctx)
    if misses is None:
        return lower("keyed_cause_unrecorded", 0.0, 0.0, "no labelled causes (key)", 0)
    blocks = [b[:400] for b in re.split(r"(?=Cause not recorded|Ours \(|Promised on)", view.full_text())
              if CAUSE_UNKNOWN.search(b)]
    if not blocks:
        return lower("keyed_cause_unrecorded", 0.0, 0.0, "no 'cause not recorded' line (key)", 0)
    bad = [b for b in blocks if any(m.mentioned(b) for m in misses)]
    reason = f"(key) cause is labelled: '{bad[0][:90]}'" if bad else "(key) no labelled miss called unrecorded"
    return lower("keyed_cause_unrecorded", len(bad) / len(blocks), 0.0, reason, len(blocks))


NONE_OPEN = re.compile(r"no (?:promise|miss)[^.]{0,40}(?:on record|is open|of ours)|ledger holds nothing|"
                       r"nothing (?:is )?(?:promised|owed|on record)", re.I)


def score_keyed_none_claim(view: PlanView, ctx: Context) -> Score:
    """Needs the key: 'no promise (or miss) of ours is open / on record' while the key lists our open promises or
    our unforgiven misses."""
    promises = _our_promises(ctx, newest_note(ctx))
    ours = ctx.facts.our_misses or []
    if ctx.facts.open_items is None:
        return lower("keyed_none_claim", 0.0, 0.0, "no labelled promises (key)", 0)
    claim = NONE_OPEN.search(view.full_text())
    wrong = bool(claim) and bool(promises or ours)
    reason = (f"(key) says '{claim.group(0)}' though {len(promises)} promise(s) and {len(ours)} miss(es) of ours are open"
              if claim and wrong else "(key) no false 'nothing open' claim")
    return lower("keyed_none_claim", 1.0 if wrong else 0.0, 0.0, reason)


def _same_day(d: date, text: str) -> bool:
    return any(x.month == d.month and x.day == d.day for x in _dates(text, d.year))


def score_promise_undated(view: PlanView, ctx: Context) -> Score:
    """Needs the key's promises: share of our open promises that no plan sentence names together with their due day."""
    items = _our_promises(ctx, newest_note(ctx))
    if not items:
        return lower("promise_undated", 0.0, 0.0, "no labelled open promise of ours (key)", 0)
    said = sentences(view.spoken_text())
    missing = []
    for item in items:
        due = date.fromisoformat(item.date[:10])
        if not any(item.mentioned(s) and _same_day(due, s) for s in said):
            missing.append(item)
    reason = f"(key) not named with its date: {missing[0].text[:70]}" if missing else "(key) every promise with its date"
    return lower("promise_undated", len(missing) / len(items), 0.0, reason, len(items))


# The date an answer or a delivery is promised for: "by 30 October", "comes by 2026-10-30", "no later than 5 Dec".
# A date the sentence only cites (when a note was written, "asked on 20 November", the meeting the item is for) is not.
ANSWER_BY = re.compile(r"\b(?:by|no later than|on or before|until)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)


def _answer_dates(sentence: str, year: int) -> list[date]:
    """The dates a sentence promises something for: the first date right after "by", "no later than", "until"."""
    out = []
    for m in ANSWER_BY.finditer(sentence):
        found = _dates(sentence[m.end():m.end() + 16], year)
        if found and re.match(r"\s*(?:20\d\d-|\d{1,2}(?:st|nd|rd|th)? [A-Za-z])", sentence[m.end():m.end() + 16]):
            out.append(found[0])
    return out


def score_late_answer(view: PlanView, ctx: Context) -> Score:
    """Needs the key's dated items: a plan sentence naming a request or promise and promising it "by" a date after the
    item's own (session 12: only a date the answer is promised for counts, not a note's date, a date the sentence
    quotes or the date of the event the item is for, which the item's own text names)."""
    items = [i for i in ctx.facts.open_items or [] if i.kind in ("request", "promise") and i.date]
    if not items:
        return lower("late_answer", 0.0, 0.0, "no dated labelled items (key)", 0)
    bad, n = [], 0
    for item in items:
        due = date.fromisoformat(item.date[:10])
        own = set(_dates(item.text, due.year))
        dated = [[d for d in _answer_dates(s, due.year) if d not in own] for s in sentences(view.spoken_text())
                 if item.mentioned(s)]
        dated = [ds for ds in dated if ds]
        if dated:
            n += 1
            if any(all(d > due for d in ds) for ds in dated):
                bad.append(item)
    if not n:
        return lower("late_answer", 0.0, 0.0, "no labelled item named with a date (key)", 0)
    reason = f"(key) dated after its own date: {bad[0].text[:70]}" if bad else "(key) no answer dated late"
    return lower("late_answer", len(bad) / n, 0.0, reason, n)
