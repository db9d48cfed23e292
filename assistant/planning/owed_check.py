"""A dated commitment of ours that the notes carry but no typed item holds ("Sanne will send you the run-cost line by
1 December", "A6. OCR back-scan - Johan - by 18/12/2026"): the plan never says "no promise of ours is open" over it, and
tells the CIO to check it instead, in the note's own words."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Sentence, Situation
from assistant.text.any_dates import dates_in as any_dates_in

RECENT_DAYS = 60  # a commitment written this long before the meeting may still be owed
AHEAD_DAYS = 90  # an undated note's commitment counts only when its own date is near the meeting
PAST_DAYS = 30  # one that fell due this long before the meeting may still be owed
# Our word that something comes by a day: "X will send you ... by", "we'll have it to you by", an action row "thing - owner - by".
_COMMIT = re.compile(r"\b(?:will|'ll|shall)\s+(?:send|deliver|give|share|have|bring|provide|come back|report|confirm|circulate)\b"
                     r"|\s[-–]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[-–]\s+(?:by|due)\b"
                     # a date of ours set down with its owner: "revised date for the portal: ready by 3 March, Hana owns it"
                     r"|\b(?:new|revised|updated|firm)\s+(?:\w+\s+)?date\b|\b[A-Z][\w'’-]+\s+owns\s+(?:it|this|that)\b|\bowner\s*:", re.IGNORECASE)


def owed_unread(sit: Situation, today: dt.date, first: str = "") -> Sentence | None:
    """The latest such sentence, not the partner's nor naming them (their own action), written in the last two months, whose date is near the meeting."""
    found = [s for s in sit.sentences if s.speaker != "partner" and not (first and re.search(rf"\b{re.escape(first)}\b", s.text))
             and _COMMIT.search(s.text) and re.search(r"\b(?:by|due)\b", s.text, re.IGNORECASE) and _dated(s, today)]
    return max(found, key=lambda s: s.order) if found else None


def _dated(s: Sentence, today: dt.date) -> bool:
    """Its date is near the meeting, and it was written in the last two months or its date is still ahead (a promise due
    after the meeting is open however long ago it was made)."""
    days = [d for d in dates_in(s.text, s.date or today, s.date_order) if d >= (s.date or d) and -AHEAD_DAYS <= (today - d).days <= PAST_DAYS]
    recent = s.date is None or 0 <= (today - s.date).days <= RECENT_DAYS
    return bool(days) and (recent or (s.date is not None and s.date <= today and any(d >= today for d in days)))


MIN_DATED_NOTES = 2  # one dated entry is too little to say what is not there


def absence_sure(sit: Situation) -> bool:
    """The notes were read well enough to say that no promise or miss of ours is open: several dated entries, and no
    line of ours or the narrator's that sets a day after the day it was written. Such a forward date may be a promise
    in a format or language the readers missed ("Prometi: ... até 18/12", "Costing to you by Tue 15th"); the plan
    then stays silent rather than deny it."""
    if sum(1 for n in sit.notes if n.date) < MIN_DATED_NOTES:
        return False
    return not any(_forward(s) for s in sit.sentences if s.speaker != "partner")


def _forward(s: Sentence) -> bool:
    """The sentence names a day after the day its note was written (a deadline, a window, a next step), in English or
    in any month names and numeric forms the wider date reader knows ("4 Aralık'a kadar"): a date the planning reader
    cannot place is still a date, so the notes were not read well enough to deny a promise."""
    if s.date is None:
        return False
    if any(d > s.date for d in dates_in(s.text, s.date, s.date_order)):
        return True
    return any(_placed(hit.value, hit.yearless, s.date) > s.date for hit in any_dates_in(s.text, s.date_order))


def _placed(day: dt.date, yearless: bool, written: dt.date) -> dt.date:
    """A yearless day in the year that puts it nearest the day it was written."""
    if not yearless:
        return day
    options = [d for y in (written.year - 1, written.year, written.year + 1) if (d := _on(y, day))]
    return min(options, key=lambda d: abs((d - written).days)) if options else day


def _on(year: int, day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None
