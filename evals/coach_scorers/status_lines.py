"""Status lines that get the record wrong (session 9, from the tune split's d and e reasons in the blind rounds c1-d2):
"cause not recorded, check before owning" for a miss whose cause the notes give, a promise marked kept before its date
or when it came late, "no complaint on record" after a rebuke, "yes in principle" to an invitation, our own dated
promise left out, and a one thing that is a stock step ("agree one next step")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from evals.coach_scorers.facts import Context, Item, content_words
from evals.coach_scorers.history import _dated
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

CAUSE_UNKNOWN = re.compile(r"cause not recorded|check before owning|who caused (?:the|it)", re.I)
# The notes name whose a miss was: ours ("our miss", "on us", "that's on IT") or someone else's ("theirs", "not on you").
CAUSE_GIVEN = re.compile(r"\b(our (?:miss|fault|slip|mistake|side|error|engineers|certificate|change)|on us|on IT|(?:is|was) ours|"
                         r"we (?:missed|slipped|dropped|forgot|broke)|(?:is|was) theirs|their (?:miss|fault|side|delay)|"
                         r"not on you|not your fault|not ours|(?:vendor|supplier|carrier|acquirer|provider)'?s? (?:fault|outage|"
                         r"delay|issue)|owned it|owned the)\b", re.I)
KEPT = re.compile(r"\((?:kept|delivered)\)|\b(?:marked|was|were|is|been|promise) kept\b", re.I)
ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
MONTH = "jan feb mar apr may jun jul aug sep oct nov dec".split()
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
LATE = re.compile(r"\b(late|slipped|overdue|behind schedule|missed (?:the|its) date)\b", re.I)
NO_COMPLAINT = re.compile(r"no complaints? (?:from \w+ )?(?:is )?on record|nobody has complained|no one has complained", re.I)
REBUKE = re.compile(r"\b(not defending|still leaks|unacceptable|not good enough|fed up|frustrat\w*|disappoint\w*|angry|"
                    r"furious|embarrass\w*|let (?:us|me|them) down|escalat\w*|complain(?:ed|s|t)?|again\?|sharp\w*|"
                    r"why (?:did|does|is|was)|what happened|how (?:did|could) this)\b", re.I)
NO_COMPLAINT_NOTE = re.compile(r"\bno complaints?\b|\bnot complain", re.I)
PRINCIPLE = re.compile(r"\byes in principle\b", re.I)
STOCK_STEP = re.compile(r"\b(agree (?:one|a|the first)(?: dated)? (?:next )?step|agree what done looks like|"
                        r"what one fix would help|agree one thing)\b", re.I)
LIVE_DAYS = 14


def newest_note(ctx: Context) -> date | None:
    dated = _dated(ctx.notes)
    return dated[-1][0] if dated else None


def _dates(text: str, year: int) -> list[date]:
    out = []
    for m in ISO.finditer(text):
        try:
            out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            pass
    for m in DAY_MONTH.finditer(text):
        try:
            out.append(date(year, MONTH.index(m.group(2).lower()[:3]) + 1, int(m.group(1))))
        except ValueError:
            pass
    return out


def _shares(plan_sentence: str, note_sentence: str) -> bool:
    keys = {w for w in content_words(plan_sentence, 5) if w not in {"cause", "recorded", "check", "before", "owning", "noted"}}
    return bool(keys & set(content_words(note_sentence, 5)))


def score_cause_unrecorded(view: PlanView, ctx: Context) -> Score:
    """'Cause not recorded, check before owning' on a miss whose cause a note sentence sharing its words gives."""
    lines = [s for s in sentences(view.full_text()) if CAUSE_UNKNOWN.search(s)]
    given = [s for s in sentences(ctx.notes) if CAUSE_GIVEN.search(s)]
    # "Cause not recorded (noted on 11 March): “...”. Check before owning it." splits in two: read them together.
    blocks = [s for s in re.split(r"(?=Cause not recorded|Ours \(|Promised on)", view.full_text()) if CAUSE_UNKNOWN.search(s)]
    bad = [b for b in blocks if any(_shares(b[:400], g) for g in given)]
    n = max(len(blocks), len(lines) and 1)
    if not n:
        return lower("cause_unrecorded", 0.0, 0.0, "no 'cause not recorded' line", 0)
    reason = f"'{bad[0][:100]}' though the notes give the cause" if bad else "no cause the notes give is called unrecorded"
    return lower("cause_unrecorded", len(bad) / n, 0.0, reason, n)


def score_kept_early(view: PlanView, ctx: Context) -> Score:
    """A promise marked kept whose date falls after the newest note, or which the notes show came late."""
    newest = newest_note(ctx)
    text = view.full_text()
    marked = [m.group(0) for m in re.finditer(r"[^.“”]*(?:“[^”]*”[^.“”]*)*", text) if KEPT.search(m.group(0))]
    if not marked or newest is None:
        return lower("kept_early", 0.0, 0.0, "no promise marked kept (or no dated notes)", 0)
    late = [s for s in sentences(ctx.notes) if LATE.search(s)]
    promises = [i for i in ctx.facts.open_items or [] if i.kind == "promise" and i.date and i.date > newest.isoformat()]
    bad = []
    for line in marked:
        early = any(d > newest for d in _dates(line, newest.year))
        labelled = any(i.mentioned(line) for i in promises)
        came_late = any(_shares(line, s) for s in late)
        if early or labelled or came_late:
            bad.append(line)
    reason = f"marked kept: '{bad[0].strip()[:100]}'" if bad else "every promise marked kept is due and on time"
    return lower("kept_early", len(bad) / len(marked), 0.0, reason, len(marked))


def score_no_complaint_claim(view: PlanView, ctx: Context) -> Score:
    """'No complaint from them is on record' while the notes hold the partner's rebuke or escalation."""
    claim = NO_COMPLAINT.search(view.full_text())
    if not claim:
        return lower("no_complaint_claim", 0.0, 0.0, "the plan claims no clean record")
    rebukes = [s for s in sentences(ctx.notes) if REBUKE.search(s) and not NO_COMPLAINT_NOTE.search(s)]
    if rebukes:
        return lower("no_complaint_claim", 1.0, 0.0, f"says '{claim.group(0)}' but the notes hold: {rebukes[0][:100]}")
    return lower("no_complaint_claim", 0.0, 0.0, "no rebuke in the notes")


def score_yes_in_principle(view: PlanView) -> Score:
    """'Yes in principle' to an invitation or offer: a stock hedge where a plain yes or no is wanted."""
    hits = PRINCIPLE.findall(view.spoken_text() + "\n" + (view.value_message or ""))
    return lower("yes_in_principle", min(1.0, float(len(hits))), 0.0, f"'yes in principle' x{len(hits)}")


def _our_promises(ctx: Context, newest: date | None) -> list[Item]:
    """Our labelled promises still open: due after the newest note (or at most LIVE_DAYS before it)."""
    items = [i for i in ctx.facts.open_items or [] if i.kind == "promise" and i.date]
    if newest is None:
        return items
    since = (newest - timedelta(days=LIVE_DAYS)).isoformat()
    return [i for i in items if i.date >= since]


def score_own_promise_missing(view: PlanView, ctx: Context) -> Score:
    """Our own dated promise (the set's labels) is named nowhere in the plan's main view."""
    items = _our_promises(ctx, newest_note(ctx))
    if not items:
        return lower("own_promise_missing", 0.0, 0.0, "no labelled promise of ours is open", 0)
    text = view.main_text()
    missing = [i for i in items if not i.mentioned(text)]
    reason = f"not named: {missing[0].text[:80]}" if missing else "every open promise of ours is named"
    return lower("own_promise_missing", len(missing) / len(items), 0.0, reason, len(items))


def score_stock_step(view: PlanView) -> Score:
    """The one thing (or the first script line) is a stock step: 'agree one next step', 'agree what done looks like'."""
    lead = view.one_thing or (view.script[0] if view.script else view.section("goal"))
    hit = STOCK_STEP.search(lead)
    return lower("stock_step", 1.0 if hit else 0.0, 0.0, f"lead: '{hit.group(0)}'" if hit else "the lead is not a stock step")


# A plan line that treats something the partner asked for as still to do.
ASKED_OPEN = re.compile(r"\b(still open|step towards|you need me to|what do you need from us|still (?:due|pending|waiting))\b",
                        re.I)
NAMED_DAY = re.compile(r"\b(?:asked|said|wrote|noted|requested)(?: on)? (\d{1,2}) ([A-Z][a-z]+)|\bOn (\d{1,2}) ([A-Z][a-z]+)")
# A later note that says it is done, or thanks us for it.
DONE_OR_PRAISED = re.compile(r"\b(live|sent|delivered|installed|handed over|signed off|shipped|rolled out|completed|arrived|"
                             r"brilliant|thank\w*|doing what you need|works? (?:well|fine)|in use)\b", re.I)
NOT_YET = re.compile(r"\bnot (?:yet )?(?:live|sent|delivered|done)\b", re.I)
ROUTINE = set("asked again about still their would could should which there about before after month weeks".split())


def _keywords(text: str) -> set[str]:
    return {w for w in content_words(text, 4) if w not in ROUTINE}


def _asked_note(line: str, dated: tuple[tuple[date, str], ...]) -> tuple[date, str] | None:
    m = NAMED_DAY.search(line)
    if not m:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if month.lower()[:3] not in MONTH:
        return None
    hits = [(d, t) for d, t in dated if d.day == int(day) and d.month == MONTH.index(month.lower()[:3]) + 1]
    return hits[-1] if hits else None


def score_asked_done(view: PlanView, ctx: Context) -> Score:
    """'What you asked on 12 September is still open' (or 'one step towards' a quoted ask) while a later note shows it
    delivered or thanked for: the ask's note and the later note share two words."""
    dated = _dated(ctx.notes)
    lines = [s for s in sentences(view.spoken_text()) if ASKED_OPEN.search(s)]
    bad, n = [], 0
    for line in lines:
        asked = _asked_note(line, dated)
        if asked is None:
            continue
        n += 1
        named = {w for w in _keywords(line) if w[:3] not in MONTH} - {"what", "asked", "still", "open", "answer", "owner"}
        # The ask the line names ("... is still open: the pallet dashboard"), else every sentence of that day's note.
        own = [s for s in sentences(asked[1]) if named & _keywords(s)]
        keys = _keywords(" ".join(own) if own else asked[1]) | _keywords(" ".join(re.findall(r"“([^”]+)”", line)))
        later = [s for d, t in dated if d > asked[0] for s in sentences(t) if DONE_OR_PRAISED.search(s) and not NOT_YET.search(s)]
        if any(len(keys & _keywords(s)) >= 2 for s in later):
            bad.append(line)
    if not n:
        return lower("asked_done", 0.0, 0.0, "no dated ask called open", 0)
    reason = f"called open, but a later note has it done: '{bad[0][:100]}'" if bad else "no dated ask called open is done"
    return lower("asked_done", len(bad) / n, 0.0, reason, n)
