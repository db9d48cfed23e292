"""Whether a date without a year is told of the past: "went live on 14/09" takes the year that puts it on or before the
day the note was written, never the next one; a word of time to come ("will", "by", "promised", "ahead of") keeps it ahead."""

from __future__ import annotations

import datetime as dt
import re

# A date told of something already done ("went live on 14/09", "arrived on 3 May"): the year that puts it on or before
# the day the note was written, never the next one. A word of time to come keeps the date ahead of the note.
_PAST = re.compile(r"\b(?:was|were|went|had|did|came|arrived|landed|happened|since|ago|last|delivered|sent|shipped|installed|crashed|"
                   r"failed|launched|signed|closed|fixed|finished|completed|released|started|opened|rolled|switched|presented|met|held|ran|"
                   r"broke|missed)\b|(?<!go )(?<!go-)(?<!goes )(?<!going )(?<!be )\blive (?:on|from|since)\b", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:will|'ll|’ll|shall|going to|to be|by|before|until|till|due|no later than|deadline|next|plan\w*|"
                      r"scheduled|target\w*|expected|promised?|commit\w*|agreed|moved|migrated|slipp\w*|postponed|new date|ahead of|early|earlier|go-live|go live|goes live|going live)\b", re.IGNORECASE)


def told_as_past(text: str) -> bool:
    """A past verb in the text and no word of time to come."""
    return _PAST.search(text) is not None and _TO_COME.search(text) is None


def safe_year(day: dt.date, year: int) -> dt.date:
    return day.replace(year=year) if (day.month, day.day) != (2, 29) else day.replace(year=year, day=28)
