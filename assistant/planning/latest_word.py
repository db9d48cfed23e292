"""The latest word on an item, where the delivery readers find none.

- An ask met in the very next line of its own entry, said of it by a pronoun or its own words ("She asked for one more
  column. Ignacio added it the same week."): done, never open.
- An ask or our promise whose date fell before the meeting, after a later line of ours said it was in hand ("we'll make
  the 15th", "on track for the 31st") and before any word of a miss: whether it arrived is unknown, so no line says its
  deadline "has passed" or that it is overdue (item.unclear_quote: check it, never claim it).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.delivery_words import delivers, linked, words_of
from assistant.planning.due_dates import due_date
from assistant.planning.item_timeline import open_items
from assistant.planning.situation_types import Item, Sentence, Situation

_I = re.IGNORECASE
_POINTS_BACK = re.compile(r"\b(?:it|them|that|this|one)\b", _I)


# A date set down as our commitment with no "by": "We committed 5 May.", "promised for the 30th", "agreed: 12 March".
_COMMITTED_DAY = re.compile(r"\b(?:committed|promised|agreed|pledged)\s*(?:to\s+|for\s+|on\s+|:\s*)?(?=(?:the\s+)?\d)", _I)


def committed_day(item: Item) -> dt.date | None:
    """The day of our promise said as "We committed 5 May" (no "by" for the date readers to find)."""
    match = _COMMITTED_DAY.search(item.quote)
    if match is None or item.date is None:
        return None
    day, _ = due_date(f"by {item.quote[match.end():]}", item.date, item.date_order)
    return day if day is not None and day >= item.date else None


def review(sit: Situation, today: dt.date | None) -> None:
    met_in_next_line(sit)
    by_entry_context(sit)
    told_as_kept(sit)
    by_topic_chain(sit)
    if today is not None:
        in_hand(sit, today)
        committed_then_silent(sit, today)


def _entry_next(sit: Situation, item: Item) -> Sentence | None:
    return next((s for s in sit.sentences if s.note.ref == item.note_ref and s.order == item.order + 1), None)


def met_in_next_line(sit: Situation) -> None:
    """The partner's ask whose next line in the same entry, not theirs, reports it done of "it" or in its own words."""
    for item in [i for i in open_items(sit) if i.kind == "request" and i.order >= 0]:
        nxt = _entry_next(sit, item)
        if nxt is None or nxt.speaker == "partner" or not delivers(nxt):
            continue
        own = words_of(f"{item.complement} {item.quote}") & words_of(nxt.text)
        if _POINTS_BACK.search(nxt.text) or own:
            item.status, item.done_quote, item.done_on = "done", f"{item.quote} {nxt.text}", nxt.date or item.date  # "it" said with what it is


# Our word, before its date, that it will be met: "we'll make the 15th", "on track for the 31st", "still on for Friday".
IN_HAND = re.compile(r"\b(?:we['’]ll|we will|we are going to|we['’]re going to|(?:she|he|they) will|will)\s+(?:still\s+)?(?:make|hit|meet)\s+"
                     r"(?:it|the\s+\d{1,2}(?:st|nd|rd|th)?|the\s+(?:date|deadline)|\d{1,2}(?:st|nd|rd|th)?\b)|\bon (?:track|schedule|course) (?:for|to)\b|"
                     r"\bstill on for\b|\bin hand\b", _I)
# A later word that it went wrong after all: then the miss stands.
_MISSED = re.compile(r"\b(?:missed|slipped|late|not (?:yet )?(?:sent|done|delivered|ready|there)|still (?:waiting|no|not)|overdue|moved|pushed)\b", _I)


def _context(sit: Situation, s: Sentence) -> str:
    """The line with the sentence before it in the same note ("She asked where the list is. Chiara: ... we'll make the 15th")."""
    before = next((p for p in sit.sentences if p.order == s.order - 1 and p.note.ref == s.note.ref), None)
    return f"{before.text} {s.text}" if before is not None else s.text


def in_hand(sit: Situation, today: dt.date) -> None:
    items = [i for i in open_items(sit) if i.due and i.due < today and not i.unclear_quote and not i.broken_quote]
    for item in items:
        due = item.due or today
        said = [s for s in sit.sentences if s.order > item.order and s.speaker != "partner" and IN_HAND.search(s.text)
                and not _MISSED.search(s.text) and (s.date is None or item.date is None or item.date <= s.date <= due)]
        for s in said:
            context = _context(sit, s)
            mine = linked(f"{item.complement} {item.quote}", context)
            rivals = [o for o in items if o is not item and len(linked(f"{o.complement} {o.quote}", context)) >= max(1, len(mine))]
            if not mine or rivals or _missed_since(sit, item, s):
                continue
            item.unclear_quote = s.text
            if item.status == "overdue":
                item.status = "open"
            break


def committed_then_silent(sit: Situation, today: dt.date) -> None:
    """Their ask whose date fell before the meeting, that a later line of ours (an action, a promise) set to that same date,
    with no entry written on or after it: whether it reached them is unknown, so no line concedes a miss of it."""
    last = max((s.date for s in sit.sentences if s.date), default=None)
    for item in [i for i in open_items(sit) if i.kind == "request" and i.owner == "partner" and i.due and i.due < today
                 and not i.unclear_quote and not i.broken_quote]:
        if last is None or last >= (item.due or today):
            continue  # an entry written since the date: what it says (or does not) decides
        ours = [s for s in sit.sentences if s.order > item.order and s.speaker != "partner" and "?" not in s.text
                and due_date(s.text, s.date or item.date, s.date_order)[0] == item.due
                and linked(f"{item.complement} {item.quote}", s.text)]
        if ours:
            item.unclear_quote = ours[0].text


def _missed_since(sit: Situation, item: Item, s: Sentence) -> bool:
    """A line after the in-hand word, on the item's topic, that says it went wrong."""
    return any(x.order > s.order and _MISSED.search(x.text) and linked(f"{item.complement} {item.quote}", x.text) for x in sit.sentences)


_GENERIC = {"live", "week", "weeks", "month", "months", "date", "done", "team", "time", "before", "after", "first", "wants", "want"}


def _entry_topic(sit: Situation, item: Item) -> str:
    """Our promise's words with the sentence before it in its entry ("Wants the flow live by June. We committed 5 May.")."""
    before = next((p for p in sit.sentences if p.note.ref == item.note_ref and p.order == item.order - 1), None)
    return f"{before.text} {item.quote}" if before is not None and before.speaker != "other" else item.quote


def by_entry_context(sit: Situation) -> None:
    """Our dated promise whose own line names no thing ("We committed 5 May."), delivered by a later entry's line that
    names the thing of its entry's sentence before it, two words or more, and no other open item: kept (or kept late)."""
    items = open_items(sit)
    for item in [i for i in items if i.kind == "promise" and i.due and i.order >= 0 and len(words_of(i.complement or i.quote) - _GENERIC) < 2]:
        topic = words_of(_entry_topic(sit, item)) - _GENERIC
        for s in [x for x in sit.sentences if x.note.ref != item.note_ref and x.order > item.order and delivers(x)]:
            if len(topic & words_of(s.text)) < 2 or any(o is not item and len(linked(f"{o.complement} {o.quote}", s.text)) >= 2 for o in items):
                continue
            item.status, item.done_quote, item.done_on = "done", s.text, s.date
            if s.date and item.due and s.date > item.due:
                item.kind = "late_promise"
            break


# Our promise told as past inside a line that reports its result: "We now save 80k a quarter, against the 60k we promised".
_TOLD_AS_PAST = re.compile(r"\b(?:against|versus|vs\.?|compared with|beating|above|ahead of)\s+(?:the|what|our|my)\b(?:[^.;]|\.\d){0,40}?\b(?:I|we)\s+(?:had\s+)?promised\b", _I)


def told_as_kept(sit: Situation) -> None:
    """Our promise read from a line that measures its result against it, in an entry that reports the work done."""
    for item in [i for i in open_items(sit) if i.kind == "promise" and _TOLD_AS_PAST.search(i.quote)]:
        entry = [s for s in sit.sentences if s.note.ref == item.note_ref and s.order != item.order]
        if any(delivers(s) for s in entry) and not re.search(r"\b(?:not|only|short|missed|below)\b", item.quote, _I):
            item.status, item.done_quote, item.done_on = "done", item.quote, item.date


def by_topic_chain(sit: Situation) -> None:
    """The partner's ask named again in other words by a later line (an action row "Badge-reader service terms
    in lease" after "add terms on badge-reader service to the lease", three links or more), then delivered in that
    line's words ("Badge-reader terms agreed by legal last week."), one link to the ask itself: the latest word on the topic
    is the delivery, when no other open item fits it."""
    items = open_items(sit)
    for item in [i for i in items if i.kind == "request"]:
        own = f"{item.complement} {item.quote}"
        bridges = [s for s in sit.sentences if s.order > item.order and not delivers(s) and len(linked(own, s.text)) >= 3]
        if not bridges:
            continue
        topic = " ".join([own, *(b.text for b in bridges)])
        start = min(b.order for b in bridges)
        for s in [x for x in sit.sentences if x.order > start and x.note.ref != item.note_ref and x.speaker != "partner" and delivers(x)]:
            if len(linked(topic, s.text)) < 2 or not linked(own, s.text):
                continue
            if any(o is not item and len(linked(f"{o.complement} {o.quote}", s.text)) >= 2 for o in sit.items if o.kind in ("request", "promise")):
                break
            item.status, item.done_quote, item.done_on = "done", s.text, s.date
            break
