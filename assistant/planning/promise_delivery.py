"""Whether our promise was delivered, and on time (round 11 of issue #20).

- A later line that reports a delivery and names the promise's own words ("Wi-Fi live in the first ten homes since
  28/10/2026" for the row "Wi-Fi in the first ten homes"; "I sent it to you this morning" after "Any news on the pilot
  plan?"; "Named Ola Berg as the architect" for "architect named by 30 Sep") keeps it; the best match only, never a tie.
- Kept means delivered on or before its date. Delivered after it, the promise was kept late ("late_promise"): it is
  done, never open, and never proof to build on. Not yet due, it stays open (upcoming), never kept.
- The partner's ask that our kept promise answered is done.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import kept_by_date, kept_evidence, kept_late, later_status, latest_word, promise_timeline
from assistant.planning.delivery_words import delivers
from assistant.planning.due_dates import due_date
from assistant.planning.kept_evidence import delivered_on
from assistant.planning.kept_unshown import review as settle_unshown
from assistant.planning.name_promises import gives_a_name
from assistant.planning.our_promises import borrow_the_ask, extra_due, partly_kept, promised_it
from assistant.planning.situation_types import STOP, Item, Sentence, Situation

_PRONOUN = re.compile(r"\b(?:sent|finished|delivered|shared|did|done|got)\s+(?:it|them|that)\b", re.I)
_LIVE_NOW = re.compile(r"\blive (?:in|at|on|for|since)\b|\b(?:is|are|went|now) live\b|\buse (?:it|them) (?:on|every|each|daily)\b", re.I)
_NOT_YET = re.compile(r"\b(?:will|to be|go live|goes live|live by|not|planned|due|until)\b", re.I)
_NAMING = re.compile(r"\bnamed?\b|\bname (?:the|an?)\b", re.I)


def settle_ours(sit: Situation) -> None:
    kept_evidence.undo_false_kept(sit)  # "kept" on a header line or on "X delivered; IT didn't": no evidence at all
    promised_it(sit)  # "She asked for X by 2 Dec. I promised it."
    partly_kept(sit)  # "I said I'd bring two quotes" ... "I only have one": open and overdue until all are in
    borrow_the_ask(sit)  # "Can you cost X?" ... "You'll have the costing by the 9th"
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note"]
    for item in [i for i in ours if i.due is None and i.date and i.status == "open"]:
        context = next((x.note.text for x in sit.sentences if x.note.ref == item.note_ref), "")
        item.due = (extra_due(item.complement, item.date, context, item.date_order) if item.date else None) or latest_word.committed_day(item)  # "by this Thursday", "We committed 5 May"
        if item.due and sit.meeting_day and item.due < sit.meeting_day:
            item.status = "overdue"
    kept_evidence.objectless_kept(sit)  # "A night board. Promised: first version by June." / "Night board went live"
    kept_evidence.definite_delivery(sit)  # "I promised a plan ..." / "Sent the plan (3 phases ...)"
    kept_evidence.elliptic_delivery(sit)  # "You'll have it by 1 May." / "[Sent it on 29 April: ...]"
    for item in [i for i in ours if i.status in ("open", "overdue") and not i.broken_quote]:
        best = _best_delivery(sit, item, ours)
        if best is not None and best.text not in item.progress_quote:  # its own progress line ("4 of 12 in") is no delivery
            item.status, item.done_quote, item.done_on = "done", best.text, best.date
    for item in [i for i in ours if i.status in ("open", "overdue") and (not i.broken_quote or _PART.search(i.broken_quote))]:
        _new_date(sit, item, ours)  # shown short ("11 of the 30 in") and given a new date since: late, in progress
    kept_evidence.all_there(sit)  # "all 14 day-one items green" by its date: kept
    kept_evidence.told_not_there(sit)  # "Not sent yet", "in testing, might be mid-February": not kept, owned
    kept_evidence.reported_missed(sit)  # "Partial: two feeds live, the third not." on or after its date: not kept
    kept_late.moved_after_kept(sit)  # read as kept, then its date moved: kept late at best, never "(kept)"
    promise_timeline.review(sit)  # a meeting is no promise; bracketed due dates; "Done." on the next line; the system's own name
    kept_by_date.review(sit)  # handed over ahead of its own date; a date owed for a thing since delivered; our no to an ask
    for item in [i for i in ours if i.status == "done" and i.due and i.done_quote]:
        day = delivered_on(item)
        if day and item.due and day > item.due:
            item.kind = "late_promise"  # delivered after its date: done, but no proof to build on
    kept = [i for i in ours if i.kind == "promise" and i.status == "done"]
    for ask in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        if any(p.order > ask.order and len(_words(p.complement) & _words(ask.complement)) >= 2 for p in kept):
            ask.status = "done"  # "a pilot plan for the new pricing tool" -> "Pilot plan to you by 30 November" (sent)
    later_status.by_kept_promise(sit)  # the one ask of an entry, answered later in it by our one promise, kept
    kept_evidence.checks_answered(sit)  # "asked me to check on the list", and the list ran since
    later_status.progress_since(sit)  # spoken of since as working ("stable since 11 December"): never called open or owed
    latest_word.review(sit, sit.meeting_day)  # met in the ask's next line; said in hand before its date: never "has passed"
    settle_unshown(sit)  # restated since and still open, or "kept" by a line naming none of it: never "(kept)"


# A later line that moves the date: "new delivery date 4 Dec", "now due 11 December", "revised date: 9 Jan", "the rest by 4 Dec".
_MOVED = re.compile(r"\b(?:new|revised|updated)\s+(?:delivery\s+|go-live\s+|due\s+)?date\b(?:\s+for\s+[^:;.]{3,40}?:)?[:\s]*(?:is\s+|of\s+|now\s+)?|\bnow due\b\s*(?:on\s+)?"
                    r"|\b(?:moved|pushed|put back|slipped|re-?planned)\s+to\s+|\b(?:the rest|the remaining \w+|the other \d+)\b[^.;]{0,60}?\bby\s+", re.I)
_PART = re.compile(r"\b(\d{1,4})\s+(?:of|out of)\s+(?:the\s+|our\s+)?(\d{1,4})\b", re.I)


def _new_date(sit: Situation, item: Item, ours: list[Item]) -> None:
    """A later line gives our promise a new date (a partial delivery, a supplier's hold): it is in progress to that date,
    not overdue. The line must name the promise: its specific object, its count ("26 of the 40"), or its own words."""
    for s in [s for s in sit.sentences if _after(s, item) and s.date and item.date and s.date > item.date]:
        written = s.date or dt.date.min
        new = next((d for m in _MOVED.finditer(s.text) if (d := due_date(f"by {s.text[m.end():]}", written, s.date_order)[0])), None)
        context = _neighbours(sit, s)
        if new is None or new < written or not _names_promise(item, context, ours):
            continue
        item.due, item.progress_quote = new, context
        if item.broken_quote and (item.broken_on is None or s.date is None or s.date >= item.broken_on):
            item.broken_quote, item.broken_on = "", None  # the shortfall is part of the progress line now
        item.status = "open" if sit.meeting_day is None or new >= sit.meeting_day else "overdue"
        item.fell_due_since_last_note = False


def _neighbours(sit: Situation, s: Sentence) -> str:
    """The line with up to two before it in the same note ("26 of the 40 are in. Cause: ours. The other 14 ... new date 4 Dec.")."""
    before = [p for p in sit.sentences[max(0, s.order - 2): s.order] if p.note.ref == s.note.ref]
    return " ".join([p.text for p in before] + [s.text])


def _count(text: str) -> set[str]:
    return {m.group(2) for m in _PART.finditer(text)}


def _names_promise(item: Item, context: str, ours: list[Item]) -> bool:
    def fits(o: Item) -> bool:
        numbers = set(re.findall(r"\b\d{1,4}\b", re.sub(r"\b(?:by|before|on|due)\s+[^,;]*$", "", o.complement)))
        return bool(anchors(o.complement) & anchors(context) or numbers & _count(context) or len(_wanted(o) & _words(context)) >= 2)
    return fits(item) and not any(fits(o) for o in ours if o is not item and o.status in ("open", "overdue"))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()) if w not in STOP and len(w) > 1 and w not in _SMALL}


_SMALL = {"the", "a", "an", "to", "of", "in", "on", "by", "for", "and", "with", "you", "your", "our", "my", "we", "is", "are", "be", "it", "as", "at", "from"}


def _best_delivery(sit: Situation, item: Item, ours: list[Item]) -> Sentence | None:
    need = 1 if _naming(item) else 2  # "architect named by 30 Sep": one word names it
    if len(_wanted(item)) < need and not anchors(item.complement):
        return None
    for s in [s for s in sit.sentences if _after(s, item)]:
        context = _context(sit, s)
        if _by_anchor(item, s, context, ours):
            return s
        score = _score(item, s, context)
        rivals = [_score(o, s, context) for o in ours if o is not item]
        if score >= need and score * 2 >= len(_wanted(item)) and all(r < score for r in rivals):
            return s
    return None


# A specific object the promise and its delivery both name, whatever else they call it: "ward 7", "Line 3", "site B",
# "phase 2", "Gate 12"; or a proper name inside the clause ("the Leeds depot", "at Harrow").
_NUMBERED = re.compile(r"\b([A-Za-z][a-z]{1,14})\s+(\d{1,3}[A-Za-z]?|[A-H])\b(?!\s*(?:%|per\b|of\b|to\b|[-–]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))")
_PROPER = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b")
_NOT_ANCHOR = {"by", "on", "in", "at", "of", "to", "for", "from", "the", "and", "or", "since", "until", "due", "about", "around", "than",
               "all", "first", "last", "next", "every", "each", "only", "over", "under", "after", "before", "with", "day", "days", "week",
               "weeks", "month", "months", "year", "years", "hours", "hour", "minutes", "is", "are", "was", "were", "be", "went", "go"}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def anchors(text: str) -> set[str]:
    """The specific objects a line names: a noun with its number or letter ("ward 7", "line 3"), a proper name mid-clause."""
    out = {f"{m.group(1).lower()} {m.group(2).lower()}" for m in _NUMBERED.finditer(text)
           if m.group(1).lower() not in _NOT_ANCHOR | _MONTH_WORDS}
    return out | {m.group(1).lower() for m in _PROPER.finditer(text) if m.group(1).lower() not in _MONTH_WORDS}


def _by_anchor(item: Item, s: Sentence, context: str, ours: list[Item]) -> bool:
    """The line reports a delivery on the very object the promise names, and no other promise of ours names it: "a
    single sign-on pilot on ward 7" is kept by "tap-and-go went live on ward 7 on 12 May"."""
    if not _can_deliver(item, s) or _PART.search(context):
        return False  # "18 of the 30 are in": a part, not the delivery
    shared = anchors(item.complement) & anchors(context)
    return bool(shared) and not any(shared & anchors(o.complement) for o in ours if o is not item)


def _naming(item: Item) -> bool:
    return _NAMING.search(item.complement) is not None


def _wanted(item: Item) -> set[str]:
    return _words(re.sub(r"\b(?:by|before|on|due)\s+[^,;]*$", "", item.complement)) - {"live", "named", "send", "have", "get"}


def _can_deliver(item: Item, s: Sentence) -> bool:
    return delivers(s) or _LIVE_NOW.search(s.text) is not None and not _NOT_YET.search(s.text) or (_naming(item) and gives_a_name(s.text))


def _score(item: Item, s: Sentence, context: str) -> int:
    """Shared words of the promise and the line, when the line can deliver it at all (a name only for a name)."""
    return len(_wanted(item) & _words(context)) if _can_deliver(item, s) else 0


def _after(s: Sentence, item: Item) -> bool:
    if item.order >= 0:
        return s.order > item.order and "?" not in s.text
    return bool(s.date and item.date and s.date > item.date) and "?" not in s.text  # an action-table row: a later note


def _context(sit: Situation, s: Sentence) -> str:
    """The line, with the one before it when it says "sent it" ("Any news on the pilot plan?" / "I sent it to you")."""
    if _PRONOUN.search(s.text) and s.order > 0:
        before = sit.sentences[s.order - 1]
        return f"{before.text} {s.text}" if before.note.ref == s.note.ref else s.text
    return s.text
