"""The day of the meeting a plan is for: given by the CIO, else read from the notes or the purpose, else today.

Every date a plan says is weighed against this day: a step of ours falls on or after it, and a promise of ours due
before it is something to bring to it. The notes often name the next meeting ("next 1:1 on 10 Dec", "see her on the
10th", "review moved to 12 January", "ExCo prep Tuesday 8 Dec"); a dated mention after the newest entry is read as the
meeting's day. A partner's own event (their board, their committee) is no meeting of ours and is never read as one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.planning.due_dates import dates_in
from assistant.schema import NoteText

_I = re.IGNORECASE
_KIND = (r"(?:1:1|1-1|1-on-1|one[- ]to[- ]one|one[- ]on[- ]one|catch[- ]?up|check[- ]?in|sync|touch[- ]?base|qbr|"
         r"(?:quarterly |monthly |weekly |budget |account |service |partner |business )?review|meeting|call|session|"
         r"conversation|chat|lunch|coffee|breakfast|prep(?:aration)?(?: session| meeting| call)?|get-together|sit-down)")
# Our meeting with them: "next 1:1", "our catch-up", "my review with her", "the QBR", "prep with Ana".
_OURS = re.compile(rf"\b(?:next|our|my|upcoming|following|the rescheduled)\s+(?:\w+\s+){{0,2}}?{_KIND}\b"
                   rf"|\b(?:1:1|1-1|1-on-1|one[- ]to[- ]one|one[- ]on[- ]one|qbr|catch[- ]?up|check[- ]?in)\b"
                   rf"|\b{_KIND}\s+(?:with\s+(?:her|him|them|me|us)\b|(?:is\s+|has been\s+|was\s+|now\s+)?(?:moved|pushed|put back|rescheduled|re-?booked|brought forward|changed)\b)"
                   r"|\b(?:see|meet|seeing|meeting|call|speak to|speaking to|talk to|catch up with)\s+(?:her|him|them)\b", _I)
# A heading or line that opens with the meeting ("Meeting on 15.12", "1:1 - Thu 10 Dec") or our prep for a day ("ExCo
# prep Tuesday 8 Dec", "Prep for 14 Dec"): the date must follow at once.
_LEADS = re.compile(rf"^\W*{_KIND}\b|\bprep(?:aration)?\b(?:\s+(?:for|note))?", _I)
_NEAR = 32  # characters after such a cue where its date must start
_WEEKDAY_BEFORE_DATE = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?=\d)", _I)
# "the steering committee meeting", "board review": their own event, unless it is our prep for it ("ExCo prep").
_THEIRS_BEFORE = re.compile(r"\b(?:board|committee|council|steering|audit|exco|executive|townhall|town hall|all-hands|offsite|"
                            r"go-live|launch|conference|supplier|vendor|team|staff)\s*$", _I)
_ORDINAL = re.compile(r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})", _I)
HORIZON = dt.timedelta(days=120)  # a "next meeting" further off than this is no plan for now


def _named(text: str, first: str) -> re.Pattern[str] | None:
    return re.compile(rf"\b(?:see|meet|meeting|call|with|speak to|talk to|catch up with)\s+{re.escape(first)}\b", _I) if first else None


def _bare_ordinal(text: str, anchor: dt.date) -> list[dt.date]:
    """"see her on the 10th": the next 10th after the day it was written."""
    return days_after(_ORDINAL, text, anchor)


def days_after(ordinal: re.Pattern[str], text: str, anchor: dt.date) -> list[dt.date]:
    """Each bare day of the month the pattern finds (group 1), as the first such day after the anchor (this month or next)."""
    out = []
    for m in ordinal.finditer(text):
        year, month = anchor.year, anchor.month
        for _ in range(2):
            try:
                found = dt.date(year, month, int(m.group(1)))
            except ValueError:
                found = None
            if found and found > anchor:
                out.append(found)
                break
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _dates(text: str, anchor: dt.date, order: str) -> list[dt.date]:
    """The notes' date reader, with a dotted day and month ("15.12") written as "15/12" so it reads as one date."""
    return dates_in(re.sub(r"\b(\d{1,2})\.(\d{1,2})\b(?![.\d%])", r"\1/\2", text), anchor, order)  # type: ignore[arg-type]


def _meeting_dates(text: str, anchor: dt.date, order: str, first: str) -> list[dt.date]:
    """Dates the text gives for a meeting of ours with the partner (none for a line about their own event alone)."""
    named = _named(text, first)
    cues = [m for m in _OURS.finditer(text) if not _THEIRS_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
    cue = cues[0] if cues else (named.search(text) if named else None)
    if cue is None:
        lead = _LEADS.search(text)
        head = _WEEKDAY_BEFORE_DATE.sub("", text[lead.end():lead.end() + _NEAR]) if lead else ""
        if not lead or not re.match(r"\W*(?:(?:on|for|is|at)\s+)?(?:\d|(?:mon|tue|wed|thu|fri)[a-z]*\b)", head, _I):
            return []
        return _dates(head, anchor, order)[:1]
    tail = _WEEKDAY_BEFORE_DATE.sub("", text[cue.start():])  # the date said with the meeting, not an earlier one in the line
    moved = re.search(r"\b(?:moved|pushed|put back|rescheduled|re-?booked|brought forward|changed)\s+(?:\w+\s+){0,2}?to\b", tail, _I)
    if moved:
        tail = tail[moved.end():]
    return _dates(tail, anchor, order) + _bare_ordinal(tail, anchor)


def infer_meeting_day(notes: Sequence[NoteText], purpose: str, partner: str | None, today: dt.date) -> dt.date | None:
    """The meeting's day as the purpose or the notes date it: a meeting of ours with the partner, dated after the newest
    entry and not before today, within a few months. The purpose wins; else the newest note that names one."""
    first = (partner or "").split()[0] if (partner or "").strip() else ""
    newest = max((n.date for n in notes if n.date), default=None)
    floor = max(today, newest + dt.timedelta(days=1)) if newest else today

    def fits(day: dt.date) -> bool:
        return floor <= day <= floor + HORIZON

    for day in _meeting_dates(purpose or "", newest or today, "dmy", first):
        if fits(day):
            return day
    for note in sorted(notes, key=lambda n: n.date or dt.date.min, reverse=True):  # an undated note (a card, a table) last
        for line in re.split(r"(?<=[.!?])\s+|\n+", note.text):
            days = [d for d in _meeting_dates(line, note.date or newest or today, note.date_order, first) if fits(d)]
            if days:
                return days[0]
    return None


def meeting_day_for(meeting: dt.date | None, notes: Sequence[NoteText], purpose: str, partner: str | None, today: dt.date) -> dt.date:
    """The given day, else the one the notes or purpose name, else today."""
    return meeting or infer_meeting_day(notes, purpose, partner, today) or today
