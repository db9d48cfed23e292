"""A deadline said relative to the day it was written: "next Tuesday", "in three weeks", "within 10 days",
"in a fortnight", "end of next week", "end of next month", "tomorrow". Resolved against the entry's day; a span
longer than a year, or one that is not a deadline's shape ("for two weeks", "three weeks ago"), is left unread.
"""

from __future__ import annotations

import datetime as dt
import re

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_COUNT = r"(?P<n>\d{1,2}|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPAN = re.compile(rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_COUNT}\s+(?P<u>days?|weeks?|months?|fortnights?)\b(?!\s+(?:ago|earlier|before))",
                   re.IGNORECASE)
_NEXT_DAY = re.compile(r"\b(?:by\s+|on\s+)?next\s+(?P<wd>monday|tuesday|wednesday|thursday|friday)\b", re.IGNORECASE)
_END_NEXT = re.compile(r"\b(?:the\s+)?end\s+of\s+next\s+(?P<u>week|month)\b", re.IGNORECASE)
_TOMORROW = re.compile(r"\b(?:by\s+)?tomorrow\b", re.IGNORECASE)


def relative_due(text: str, written: dt.date) -> tuple[dt.date, str] | None:
    """The first relative deadline in `text` as (day, the words used), or None."""
    found: list[tuple[int, dt.date, str]] = []
    if (match := _SPAN.search(text)) and (day := _after(match, written)):
        found.append((match.start(), day, match.group(0)))
    if match := _NEXT_DAY.search(text):
        target = _WEEKDAYS.index(match["wd"].lower())
        ahead = (target - written.weekday()) % 7 or 7
        found.append((match.start(), written + dt.timedelta(days=ahead if ahead > 1 else ahead + 7), match.group(0)))
    if match := _END_NEXT.search(text):
        found.append((match.start(), _end_of_next(match["u"].lower(), written), match.group(0)))
    if match := _TOMORROW.search(text):
        found.append((match.start(), written + dt.timedelta(days=1), match.group(0)))
    if not found:
        return None
    _, day, words = min(found, key=lambda f: f[0])
    return day, re.sub(r"^(?:by|on)\s+", "", words.strip(), flags=re.IGNORECASE)


def _after(match: re.Match[str], written: dt.date) -> dt.date | None:
    count_text = match["n"].lower()
    count = int(count_text) if count_text.isdigit() else _NUMBERS[count_text]
    unit = match["u"].lower().rstrip("s")
    days = {"day": 1, "week": 7, "fortnight": 14}.get(unit)
    if days is not None:
        return written + dt.timedelta(days=count * days) if count * days <= 366 else None
    if count > 12:
        return None
    month = written.month - 1 + count
    year, month = written.year + month // 12, month % 12 + 1
    for day in (written.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def _end_of_next(unit: str, written: dt.date) -> dt.date:
    """The Friday of next week, or the last day of next month."""
    if unit == "week":
        return written + dt.timedelta(days=(4 - written.weekday()) % 7 + 7 if written.weekday() <= 4 else 4 - written.weekday() + 14)
    first_after_next = dt.date(written.year + (written.month + 1) // 12, (written.month + 1) % 12 + 1, 1)
    return first_after_next - dt.timedelta(days=1)
