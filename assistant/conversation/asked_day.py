"""The note of the day a question names ("the outage on the 14th", "the call on 3 March"): the thing asked about is what
the notes record that day, even where they name it in other words (an incident log for "the outage")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Sentence, Situation

# "on the 14th", "of the 3rd": a day of the month with no month, read as the latest such day on or before today.
_ORDINAL = re.compile(r"\b(?:on|of|from|since)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b", re.I)


def asked_days(question: str, today: dt.date) -> list[dt.date]:
    """The past days the question names, newest reading first."""
    days = [d for d in dates_in(question, today) if d <= today]
    for m in _ORDINAL.finditer(question):
        day, month = int(m.group("d")), today.replace(day=1)
        for _ in range(3):  # this month, else the one or two before it
            try:
                when = month.replace(day=day)
            except ValueError:
                when = None
            if when is not None and when <= today:
                days.append(when)
                break
            month = (month - dt.timedelta(days=1)).replace(day=1)
    return days


def on_asked_day(sit: Situation, question: str, today: dt.date | None) -> Sentence | None:
    """The first quotable sentence of a note dated on a day the question names, or None."""
    if today is None:
        return None
    for day in asked_days(question, today):
        found = [s for s in sit.sentences if s.date == day and 3 <= len(s.text.split()) <= 40 and not any(a.quote in s.text for a in sit.avoid)]
        if found:
            return min(found, key=lambda s: s.order)
    return None
