"""The partner's own date for an ask, wherever the notes put it: in the ask's own sentence as a bare day of the month ("by
the 18th"), or in another line on the same subject that sets a date ("the options note by 22 January", a chase: "15
January, please", an action-table row "due 22 Jan"). Our answer to the ask never comes after that date."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.meeting_day import days_after
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

# Words that make a date in a sentence a deadline rather than a day something happened.
_CUE = re.compile(r"\b(?:by|before|no later than|not later than|latest|until|due|deadline|closes?|closing|cut-?off|"
                  r"first week of|needs? (?:it|this|them)|please)\b", re.IGNORECASE)
# A line booking our own meeting with them: its day is when we meet, never their date for the ask.
_MEETING = re.compile(r"\b(?:meet|meeting|1:1|catch-up|call)\b[^.;]{0,30}\b(?:on|for|at)\b", re.IGNORECASE)
# Terms that tie a line to nothing in particular.
_WEAK = frozenset({"please", "january", "february", "march", "april", "june", "july", "august", "september", "october",
                   "november", "december", "week", "weeks", "month", "need", "needs", "want", "wants", "team", "that",
                   "this", "with", "from", "asked", "still", "open", "date", "send", "give"})
_ORDINAL = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                      re.IGNORECASE)
SHARED = 2  # telling words a line shares with the ask before its date counts as the ask's date


def _bare_ordinal(text: str, anchor: dt.date) -> list[dt.date]:
    """"by the 18th", "closes on the 20th": the first such day after the day it was written (this month or next)."""
    return days_after(_ORDINAL, text, anchor)


def own_ordinals(item: Item, today: dt.date | None) -> list[dt.date]:
    """"by the 18th" in the ask's own sentence: the next such day after it was written (today None: no lower bound)."""
    anchor = item.date or today
    if not _CUE.search(item.quote) or anchor is None:
        return []  # an undated ask: "the 18th" of which month is unknown
    return [d for d in _bare_ordinal(item.quote, anchor) if today is None or d >= today]


def _telling(text: str) -> frozenset[str]:
    words = {re.sub(r"(?:'s|’s|s)$", "", w) if len(w) > 4 else w for w in terms_of(text) if w not in _WEAK}  # "dashboards" is "dashboard"
    return frozenset(words | {a.lower() for a in re.findall(r"\b[A-Z]{2,5}\b", text) if a not in ("IT", "CIO", "OK")})  # "OEE", "SAP"


def subject_dates(sit: Situation, item: Item, today: dt.date | None) -> list[dt.date]:
    """Dates the partner set for the ask in other lines on its subject, from today on (None: any day), earliest first."""
    subject = _telling(item.quote) | _telling(item.complement)
    out = set(own_ordinals(item, today))
    for s in sit.sentences:
        if s.text in item.quote or not _CUE.search(s.text) or _MEETING.search(s.text) or s.speaker == "us":
            continue
        near = s.note.ref == item.note_ref and abs(s.order - item.order) <= 1  # a chase's next sentence ("15 January, please.")
        if len(subject & (_telling(s.text) | _lead_in(sit, s))) < SHARED and not (near and s.order > item.order and _chases(sit, item, s.order)):
            continue
        anchor = s.date or item.date or today or sit.meeting_day
        if anchor is None:
            continue  # an undated line with no day to read "the 18th" against
        days = dates_in(s.text, anchor, s.date_order) + _bare_ordinal(s.text, anchor)
        out |= {d for d in days if (today is None or d >= today) and d >= anchor}
    return sorted(out)


def _lead_in(sit: Situation, s: Sentence) -> frozenset[str]:
    """A short dated sentence ("By 29 January.") is about what the sentence before it in the same note named."""
    if len(_telling(s.text)) >= 3:
        return frozenset()
    prev = next((p for p in sit.sentences if p.order == s.order - 1 and p.note.ref == s.note.ref), None)
    return _telling(prev.text) if prev else frozenset()


def _chases(sit: Situation, item: Item, order: int) -> bool:
    """The sentence before `order` is the item's own chase line ("Chased the quote: ...")."""
    prev = next((s for s in sit.sentences if s.order == order - 1), None)
    return prev is not None and len(_telling(prev.text) & (_telling(item.quote) | _telling(item.complement))) >= 1


def subject_context(sit: Situation, item: Item, today: dt.date | None) -> str:
    """Those dates written out, for the readers that take an ask's context as text."""
    return " ".join(d.isoformat() for d in subject_dates(sit, item, today))
