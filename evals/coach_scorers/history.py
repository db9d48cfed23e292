"""Ignoring time and history: saying nothing is promised when the notes hold promises, leaving our own
miss unowned, first-meeting questions for a partner of long standing, leading with a stale item, a rash
dated promise to a demanded cut, and an outage script with no outage in it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from evals.coach_scorers.facts import Context, content_words
from evals.coach_scorers.misses import FORGIVEN, OWNING, THIRD_PARTY
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# The plan says nothing is promised ...
NONE_PROMISED = re.compile(r"(no promise[^.]{0,40}(?:on record|is open)|ledger holds nothing|nothing (?:is )?(?:promised|on record)|"
                           r"no (?:open )?commitments? (?:on record|yet))", re.I)
# ... or reports on promises that the notes never hold.
KEPT_PROMISES = re.compile(r"what we promised (?:last quarter|and what we kept)|promised last quarter", re.I)
# A note in which we (or IT) promised, committed or owe something.
OUR_PROMISE = re.compile(r"\b((?:we|i|it|my team|our team|ict|the pmo)(?: had| have|'ve)? (?:promised|committed|agreed to|"
                         r"said we(?:'d| would)|told (?:him|her|them)|owe)|you promised|promised (?:for|by|to)|"
                         r"our (?:promise|commitment)|commitments? tracker|we will (?:have|deliver|send)|new date|revised date|"
                         r"agreed date|committed (?:to|in)|(?:has )?slipped to|moved to)\b", re.I)
# An action row owned by someone's initials: "NO to send the ticket list by 14 March".
ACTION = re.compile(r"^\s*(?:[-*|]\s*)?([A-Z]{2,3})\s+(?:to|will)\s+\w+.*\bby\b", re.M)
# A miss of ours in the notes (not a third party's, not forgiven).
OUR_MISS = re.compile(r"\b(we missed|we slipped|our (?:slip|miss|fault|upgrade)|(?:is|was) ours|(?:missed|slipped) (?:again|twice)|"
                      r"third (?:time|date)|second time|did not happen|didn'?t happen|still not (?:live|done|fixed|there)|"
                      r"you promised|promised for \w+ (?:then|and)|moved (?:it )?to|never told|not delivered|late again|"
                      r"on IT|same thing happened|(?:went out|arrived|was paid|were paid)\b.{0,30}\blate|overran|"
                      r"(?:the|our) [\w-]+ slip)\b", re.I)
# Questions for someone the CIO has never met.
DISCOVERY = re.compile(r"(what matters most|what are your (?:priorities|goals)|tell me about (?:your|the) (?:priorities|team|role|goals)|"
                       r"what would help (?:you )?most|what keeps you up|how do you (?:want|like) to hear from us|"
                       r"what does (?:good|success) look like (?:for you|to you)|how do you see (?:it|us|technology))", re.I)
CUT = re.compile(r"\b(cut|cuts|reduc\w+|savings?|down by|lower(?:ed)?|cheaper|\d+(?:\.\d+)?\s?%)", re.I)
BIG = re.compile(r"\b(full|whole|entire|all of|the complete)\b", re.I)
PROMISE = re.compile(r"\b(you will have|you'll have|we will (?:deliver|cut|have|bring)|i will (?:deliver|cut|bring)|"
                     r"we commit to|i promise)\b", re.I)
BY_DATE = re.compile(r"\bby (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}|20\d\d-\d\d-\d\d|the end of [A-Z][a-z]+|end of [A-Z][a-z]+)", re.I)
OUTAGE = re.compile(r"\b(outage|went down|was down|down for|incident|crash\w*|failed|failure|froze|freez\w*|dark)\b", re.I)
SKIP = {"really", "making", "explain", "changed", "happen", "promised", "missed", "slipped", "again", "second", "third",
        "never", "still", "there", "about", "their", "would", "could", "should", "which", "thing", "things", "before"}
LONG_HISTORY_DAYS = 120
STALE_DAYS = 60


@lru_cache(maxsize=1024)
def _dated(notes: str) -> tuple[tuple[date, str], ...]:
    from assistant.text.notes_format import parse_notes_text

    return tuple(sorted(((n.date, n.text) for n in parse_notes_text(notes).notes if n.date is not None),
                        key=lambda pair: pair[0]))


def _keys(text: str) -> set[str]:
    return {w for w in content_words(text, 5) if w not in SKIP}


def score_no_promise_claim(view: PlanView, ctx: Context) -> Score:
    """'No promise on record' while the notes hold our promises, or 'what we promised and kept' when they hold none."""
    text = view.spoken_text()
    promised = [s for s in sentences(ctx.notes) if OUR_PROMISE.search(s)]
    initials = "".join(w[0] for w in ctx.partner.split()).upper()
    promised += [m.group(0) for m in ACTION.finditer(ctx.notes) if m.group(1) != initials]
    none_claim = NONE_PROMISED.search(text)
    kept_claim = KEPT_PROMISES.search(text)
    if none_claim and promised:
        return lower("no_promise_claim", 1.0, 0.0, f"says '{none_claim.group(0)}' but the notes hold: {promised[0][:120]}")
    if kept_claim and not promised:
        return lower("no_promise_claim", 1.0, 0.0, f"says '{kept_claim.group(0)}' but the notes hold no promise of ours")
    return lower("no_promise_claim", 0.0, 0.0, f"{len(promised)} promise(s) of ours in the notes; the plan does not deny them")


SLIP = re.compile(r"\b(slip\w*|late|overdue|moved to|revised|missed|not (?:yet )?(?:been )?(?:provided|delivered|live|done|fixed)|"
                  r"still (?:not|waiting|no)|(?:had )?got to|has not|hasn'?t|now \d|again)\b", re.I)


def our_misses(ctx: Context) -> list[str]:
    """Note sentences that record a miss of ours (not a third party's, not forgiven): an explicit miss, or a
    promise of ours with a slip in the same sentence."""
    return [s for s in sentences(ctx.notes)
            if (OUR_MISS.search(s) or (OUR_PROMISE.search(s) and SLIP.search(s)))
            and not THIRD_PARTY.search(s) and not FORGIVEN.search(s) and len(_keys(s)) >= 2]


def score_miss_not_owned(view: PlanView, ctx: Context) -> Score:
    """Our miss in the notes, and no sentence of the plan that owns it by name."""
    misses = our_misses(ctx)
    if not misses:
        return lower("miss_not_owned", 0.0, 0.0, "no miss of ours in the notes", n=0)
    owning = [s for s in view.sentences() if OWNING.search(s)]
    owning_keys = set().union(*(_keys(s) for s in owning)) if owning else set()
    unowned = [m for m in misses if not _keys(m) & owning_keys]
    reason = (f"{len(unowned)}/{len(misses)} of our misses not owned; e.g. {unowned[0][:120]}" if unowned
              else f"owns our {len(misses)} miss(es)")
    return lower("miss_not_owned", len(unowned) / len(misses), 0.0, reason, n=len(misses))


def history_days(ctx: Context) -> int:
    dated = _dated(ctx.notes)
    return (dated[-1][0] - dated[0][0]).days if len(dated) >= 2 else 0


def score_first_meeting_questions(view: PlanView, ctx: Context) -> Score:
    """Discovery questions ('what matters most this year?') for a partner the notes have known for months."""
    days = history_days(ctx)
    if days < LONG_HISTORY_DAYS:
        return lower("first_meeting_questions", 0.0, 0.0, f"{days} days of notes: discovery questions are fair", n=0)
    asked = [s for s in sentences("\n".join([*view.script, view.section("question", "opening")])) if DISCOVERY.search(s)]
    reason = f"asks '{asked[0][:90]}' after {days} days of notes" if asked else f"no first-meeting question ({days} days of notes)"
    return lower("first_meeting_questions", min(1.0, len(asked) / 2), 0.0, reason)


def lead_text(view: PlanView) -> str:
    return view.script[0] if view.script else (sentences(view.section("opening")) or [""])[0]


def score_stale_lead(view: PlanView, ctx: Context) -> Score:
    """The first line draws on a note at least two months older than the newest, and not one of the two newest."""
    dated = _dated(ctx.notes)
    lead = lead_text(view)
    if len(dated) < 3 or not lead:
        return lower("stale_lead", 0.0, 0.0, "too few dated notes to judge", n=0)
    keys = _keys(lead)
    overlap = [(len(keys & _keys(text)), d) for d, text in dated]
    best = max(overlap)
    if best[0] < 2:
        return lower("stale_lead", 0.0, 0.0, "the first line draws on no note in particular")
    source = max(d for n, d in overlap if n == best[0])  # ties: the newest note it could come from
    newest = dated[-1][0]
    stale = source < dated[-2][0] and (newest - source).days >= STALE_DAYS
    reason = f"first line draws on the note of {source}, newest is {newest}"
    return lower("stale_lead", 1.0 if stale else 0.0, 0.0, reason)


def rash_promises(view: PlanView) -> list[str]:
    """Statements that promise, by a date, a demanded cut or a whole deliverable."""
    out = []
    for s in view.sentences():
        if s.rstrip().endswith("?") or re.match(r"\s*(?:if|when|should)\b", s, re.I):
            continue
        if PROMISE.search(s) and BY_DATE.search(s) and (CUT.search(s) or BIG.search(s)):
            out.append(s)
    return out


def score_rash_promise(view: PlanView) -> Score:
    found = rash_promises(view)
    reason = f"promises by a date: {found[0][:120]}" if found else "no dated promise of a cut or a whole deliverable"
    return lower("rash_promise", min(1.0, float(len(found))), 0.0, reason)


def score_outage_unfounded(view: PlanView, ctx: Context) -> Score:
    """An outage plan whose outage lines name nothing from the notes (or notes with no outage at all)."""
    if not re.search(r"outage|escalation|incident", ctx.purpose + " " + view.purpose, re.I):
        return lower("outage_unfounded", 0.0, 0.0, "not an outage meeting", n=0)
    if not OUTAGE.search(ctx.notes):
        return lower("outage_unfounded", 1.0, 0.0, "an outage plan, but the notes record no outage")
    note_keys = _keys(ctx.notes)
    lines = [s for s in view.sentences() if OUTAGE.search(s) or re.search(r"what happened", s, re.I)]
    grounded = [s for s in lines if _keys(s) & note_keys - {"outage", "happened", "changes", "incident", "first", "where"}]
    if lines and not grounded:
        return lower("outage_unfounded", 1.0, 0.0, f"outage lines name nothing from the notes: {lines[0][:100]}")
    return lower("outage_unfounded", 0.0, 0.0, f"{len(grounded)} outage line(s) grounded in the notes")
