"""A deadline the notes give only vaguely ("by the first week of December", "early January", "mid-March"): the last day
it can mean, for deciding whether it has passed, and its own words, for saying it. The plan never turns it into a day
the notes do not give ("your 15 December deadline"); it says "the first week of December".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.planning.situation_types import Item

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_MONTH = r"(?P<month>" + "|".join(m.title() for m in _MONTHS) + ")"
VAGUE = re.compile(
    r"\b(?:by|before|in|during|for|within|around|until)\s+(?P<words>(?:the\s+)?(?:end of the\s+)?(?P<part>first|second|third|last|final)\s+week\s+of\s+"
    + _MONTH + r"|(?P<early>early|mid-?|late)\s*" + _MONTH.replace("month", "month2") + r"|the middle of\s+" + _MONTH.replace("month", "month3") + r")\b",
    re.IGNORECASE,
)
_LAST_DAY = {"first": 7, "second": 14, "third": 21, "early": 10, "mid": 20, "mid-": 20}


def vague_deadline(item: Item) -> tuple[dt.date, str] | None:
    """The last day a vague deadline of the ask's own words can mean, and those words ("the first week of December")."""
    if item.due or item.date is None:
        return None
    m = VAGUE.search(item.complement or item.quote)
    if m is None:
        return None
    month = next(g for g in (m.group("month"), m.group("month2"), m.group("month3")) if g)
    number = _MONTHS.index(month.lower()) + 1
    year = item.date.year + (1 if number < item.date.month else 0)
    end = calendar.monthrange(year, number)[1]
    part = (m.group("part") or m.group("early") or "mid").lower()
    day = min(_LAST_DAY.get(part, end), end)
    words = m.group("words")
    return dt.date(year, number, day), words if words.lower().startswith(("the ", "early", "mid", "late")) else f"the {words}"
