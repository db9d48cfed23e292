"""Our promise's status read on its own timeline, with the meeting's day as "today" (session 18, dimension d).

- A dated meeting of our own with the partner ("I'll see her on 10 December") is no promise: nothing is delivered.
- A due date the general reader left out when it stands in brackets after the words that set it ("before the close of wk 51
  (Thursday 17 December)"): past the meeting's day, the promise is overdue, never merely open.
- The very next line of the same note reporting it done with no subject of its own ("Done.", "Both done by 30 October,
  sent to Olivier.") closes the item it follows, an ask of theirs or a promise of ours (a day it names must be gone).
- A later line whose subject is the promise's own system name ("CRM rollout went live on 3 March") closes it; moved first,
  it is kept late.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import situation_cues as cue
from assistant.planning.due_dates import dates_in
from assistant.planning.item_timeline import Line, after, note_lines
from assistant.planning.situation_types import Item, Situation

_I = re.IGNORECASE

# "see her on 10 December", "meet him at the plant on the 3rd", "catch up with them next week": a meeting, no deliverable.
_MEETING_ONLY = re.compile(
    r"^(?:to\s+)?(?:see|meet(?: with)?|visit|call|ring|phone|catch up with|speak (?:to|with)|talk (?:to|with)|be with)\s+"
    r"(?:her|him|them|you|[A-Z][a-z]+)(?:\s+(?:again|there|in person|at (?:the |her |his |their )?\w+))?\s*"
    r"(?:(?:on|at|in|next|this|before|after|by)\b[^,;]*)?$",
    _I,
)
# The words that set a due date, then a bracketed date: "before the close of wk 51 (Thursday 17 December)".
_BY = re.compile(r"\b(?:by|before|no later than|due|end of)\b[^()]{0,40}\((?P<d>[^)]{3,40})\)", _I)
# A line that reports the thing it follows done, with no subject of its own (or only "both", "all", "it", "they").
_BARE = re.compile(
    r"^[\W_]*(?:(?:both|all(?: of them| \w+)?|it|they|that|this|each|the two|the three)\s+)?(?:(?:was|were|is|are|has been|have been|now)\s+)?"
    r"(?:done|delivered|sent|shared|finished|completed?|in place|live|went live|installed|handed over|shipped|granted|added|fixed)\b",
    _I,
)
_AHEAD = re.compile(r"\b(?:will|'ll|’ll|to be|planned|plan to|should|next|once|when|if)\b|\?", _I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_COMMON = {"IT", "CIO", "OK", "AM", "PM", "EU", "UK", "US", "CEO", "CFO", "COO", "HR"}
_DELIVERED = re.compile(r"\b(?:went live|is live|(?:was|were) (?:delivered|installed|rolled out|switched on|handed over)|delivered|rolled out|"
                        r"switched on|in production|cut over|handed over)\b", _I)
_PART = re.compile(r"\b\d{1,3}\s?%|\b\d{1,4}\s+(?:of|out of)\s+\d{1,4}\b|\b(?:partly|partially|pilot|first (?:site|phase|wave))\b", _I)
_MOVED_FIRST = re.compile(r"\b(?:moves?|moved|slips?|slipped|pushed|delayed|postponed|deferred)\b", _I)


def review(sit: Situation) -> None:
    """Run after our promises are settled: drop meetings read as promises, read bracketed due dates, close by the next line
    and by the system's own name."""
    sit.items = [i for i in sit.items if not (meeting_only(i) or past_report(i))]
    for item in _ours(sit):
        _bracketed_due(item, sit.meeting_day)
    _next_line_done(sit)
    _named_system_done(sit)


def meeting_only(item: Item) -> bool:
    """Our "promise" that is only to meet or call the partner on a day."""
    return item.kind == "promise" and item.owner == "us" and _MEETING_ONLY.match((item.complement or "").strip(" .")) is not None


# A thing told done, in the past tense, with nothing still to come: "Me: WMS went live on 9 November" is a report.
_PAST = re.compile(r"\b(?:went live|(?:was|were) (?:delivered|installed|sent|shipped|swapped|fixed|finished|completed|signed|live)|finished|"
                   r"completed|delivered|installed|shipped|swapped|fixed|rolled out|handed over|arrived)\b", _I)
_STILL_TO_COME = re.compile(r"\b(?:will|'ll|’ll|shall|going to|to be|by|before|until|due|promised?|commit\w*|agree\w*|owe|next|plan\w*|if|when)\b|\?", _I)


def past_report(item: Item) -> bool:
    """Our "promise" that only reports something done."""
    comp = (item.complement or "").strip()
    return (item.kind == "promise" and item.owner == "us" and item.status in ("open", "overdue") and _PAST.search(comp) is not None
            and _STILL_TO_COME.search(comp) is None)


def _ours(sit: Situation) -> list[Item]:
    return [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status in ("open", "overdue") and i.order >= 0]


def _bracketed_due(item: Item, today: dt.date | None) -> None:
    """The bracketed date is the one meant ("by the end of week 48 (Friday 27 November)" is never the week it was written)."""
    if item.date is None:
        return
    match = _BY.search(item.complement or item.quote)
    days = [d for d in dates_in(match.group("d"), item.date, item.date_order) if d >= item.date] if match else []
    if not days or days[0] == item.due:
        return
    item.due = days[0]
    if today is not None and not item.broken_quote and not item.progress_quote:
        item.status = "overdue" if item.due < today else "open"


def _done(item: Item, text: str, day: dt.date | None) -> None:
    item.status, item.done_quote, item.done_on, item.broken_quote, item.progress_quote = "done", text, day, "", ""


def _next_line(sit: Situation, item: Item, lines: list[Line]) -> Line | None:
    """The line right after the item's own quote in its note."""
    text = next((n.text for n in sit.notes if n.ref == item.note_ref), "")
    quote = item.quote.strip()
    at = text.find(quote[:60]) if quote else -1
    if at < 0:
        return None
    end = at + len(quote) if text.find(quote) == at else at + 60
    return next((x for x in lines if x.note_ref == item.note_ref and x.at >= end - 1 and x.text.strip() not in quote), None)


def _next_line_done(sit: Situation) -> None:
    """ "He asked that we add X to the watch list. Done." / "We promised A and B. Both done by 30 October.": closed there."""
    lines = note_lines(sit)
    items = _ours(sit) + [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]
    for item in items:
        line = _next_line(sit, item, lines)
        if line is None or not _BARE.match(line.text) or _AHEAD.search(line.text) or cue.NOT_DONE.search(line.text) or _PART.search(line.text):
            continue
        named = [d for d in dates_in(line.text, line.date or item.date or dt.date.min, item.date_order)] if (line.date or item.date) else []
        if named and sit.meeting_day and max(named) > sit.meeting_day:
            continue  # a day still to come: a plan, not a report
        _done(item, line.text, max(named) if named else line.date)


def _named_system_done(sit: Situation) -> None:
    """ "CRM rollout: promised for January, now slips to February." ... "CRM rollout went live on 3 March": a later line whose
    subject is the promise's own system name, all of it delivered, closes it (kept late where it had moved first)."""
    texts = {n.ref: (k, n.text) for k, n in enumerate(sit.notes)}
    lines = note_lines(sit)
    for line in lines:
        verb = _DELIVERED.search(line.text)
        if verb is None or _PART.search(line.text) or cue.NOT_DONE.search(line.text) or "?" in line.text:
            continue
        subject = re.split(r"[:\]]\s+", line.text[: verb.start()])[-1].strip(" ,:;-—–")  # "[10/11, 16:30] Me: WMS": after the label
        names = set(_ACRONYM.findall(subject))
        rest = re.sub(r"\b(?:the|our|new|upgrade|upgraded|module|system|platform|now|finally|has|have|was|were|is|are)\b", " ", _ACRONYM.sub(" ", subject), flags=_I)
        if not names or (names <= _COMMON and len(names) < 2) or rest.strip(" ,:;-—–"):
            continue  # the subject is nothing but the system's name
        fits = [i for i in _ours(sit) if after(i, line, texts) and names <= set(_ACRONYM.findall(i.quote))]
        if len(fits) == 1:
            item = fits[0]
            moved = item.due is None and _MOVED_FIRST.search(item.quote) is not None
            _done(item, line.text, line.date)
            if moved:
                item.kind = "late_promise"


# What we owe is itself a date or an answer ("a go-live date from us by 12 January"): "a firm date by ..." would
# owe it again, so it is given in the meeting.
_OWED_ANSWER = re.compile(r"^(?:(?:a|an|the|our|my|one|her|him|them|you)\s+)*(?:[\w/-]+\s+){0,3}?(?:date|answer|decision|go/no-go|yes or no)\b", _I)


def owes_an_answer(item: Item) -> bool:
    return _OWED_ANSWER.match((item.complement or "").strip()) is not None
