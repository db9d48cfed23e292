"""Keep-out lines for private matters, named by what the notes really hold (session 29).

A health or family matter is named by its kind and its note's day ("the family health matter in the note of
3 November 2026"), never by its detail, and never as "personal and family matters" where the notes hold only one kind.
Personal contact details are named as what they are: a phone number, an e-mail address, or both.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.planning import situation_cues as cue
from assistant.text.dates import month_only

if TYPE_CHECKING:
    from assistant.planning.situation_types import Sentence


def _day(date: dt.date) -> str:
    return f"{date:%B %Y}" if month_only(date) else f"{date.day} {date:%B %Y}"


def _days(dates: list[dt.date | None]) -> str:
    """'the note of 3 November 2026', 'the notes of 3 November 2026 and 8 January 2027', 'an undated note'."""
    known = sorted({d for d in dates if d})
    if not known:
        return "an undated note"
    if len(known) == 1:
        return f"the note of {_day(known[0])}"
    if len(known) > 3:
        return f"{len(known)} notes, the latest of {_day(known[-1])}"
    return "the notes of " + ", ".join(_day(d) for d in known[:-1]) + f" and {_day(known[-1])}"


def personal_topic(sentences: list[Sentence], today: dt.date | None = None) -> str:
    """The health or family matters the notes hold, by kind and day; '' when they hold none. A day after the meeting is
    a misread one: such a matter is placed "in the notes", never on a day that has not come."""
    told = [s for s in sentences if cue.personal_matter(s.text)]
    if not told:
        return ""
    dates = [s.date for s in told]
    where = _days(dates)
    if today and any(d and d > today for d in dates):
        dates = [d for d in dates if d and d <= today]
        where = _days(dates) if dates else "the notes"
    health = any(cue.HEALTH.search(s.text) for s in told)
    family = any(cue.FAMILY.search(s.text) for s in told)
    kind = "family health" if health and family else "health" if health else "family"
    plural = len({s.note.ref for s in told}) > 1
    return f"the {kind} matter{'s' if plural else ''} in {where}"


# A personal address by its domain or its own words ("gmail.com", "casa", "home"), or one the sentence calls personal.
_PRIVATE_MAIL = re.compile(r"@(?:gmail|googlemail|hotmail|yahoo|icloud|outlook|live|proton\w*|gmx|web)\.|home|perso|casa|private", re.I)
_SAID_PRIVATE = re.compile(r"\b(?:personal|private|own) (?:e-?mail|address|gmail)\b", re.I)


def contact_topic(texts: list[str]) -> str:
    """'the personal phone number in the notes', 'the personal e-mail address ...', or both; '' when none is there."""
    phones = sum(1 for t in texts if cue.PHONE.search(t))  # one a sentence: a work line beside it is no second personal one
    mails = sum(1 for t in texts for m in cue.EMAIL.finditer(t) if _PRIVATE_MAIL.search(m.group(0)) or _SAID_PRIVATE.search(t))
    parts = [name + ("s" if n > 1 else "") for name, n in (("personal phone number", phones), ("e-mail address", mails)) if n]
    if not parts:
        return ""
    if len(parts) == 2:
        return f"the {parts[0]} and {parts[1]} in the notes"
    return f"the {parts[0] if phones else 'personal ' + parts[0]} in the notes"
