"""The plan's own follow-up when nothing more specific is open: a proposal for the partner's aim, on a working day.

"A proposal for “to know which fixed fees make money”" cannot be read: an aim told as an action ("to know ...",
"submit the budget paper ...") is said as what the proposal helps them do; one with a pronoun whose person is unclear is
named by its date instead. A day the plan picks itself (two weeks out) never lands on Christmas, Boxing Day or New Year's Day.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.slot_fit import slot_fault
from assistant.planning.voice import clipped

_ACTION = re.compile(r"^(?:to\s+)?(?P<verb>know|see|cut|get|reach|hit|grow|reduce|raise|bring|make|keep|find|win|move|double|halve|deliver|"
                     r"launch|build|submit|show|prove|defend|move|stop|start|open|close|run|sell|save|spend|take|put|land|shorten|speed)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|i|me|my|we|us|our)\b", re.IGNORECASE)
# "The CPQ numbers are still holding: ...": a whole sentence with its own verb, no aim to put after "a proposal for".
_SENTENCE = re.compile(r"(?:the|our|my|this|these|those|it|we)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)
_HOLIDAYS = {(12, 25), (12, 26), (1, 1)}


def aim_followup(proposal: str, aim: str, first: str) -> str:
    """'A proposal for “…”' for an aim named as a thing; 'A proposal to help Priya know …' for one told as an action;
    '' when the action carries a pronoun whose person is unclear (the caller names the aim by its date)."""
    words = aim.split()
    said = clipped(words, 10) if len(words) > 10 else aim
    if slot_fault(aim, "goal") or _SENTENCE.match(aim):
        return ""  # "Long term I want ...", "the cost, not another pitch": no aim that fits the slot (slot_fit.py)
    action = _ACTION.match(said) if said[:1].islower() else None  # "Keep the kit going": their own words, quoted as said
    if not action:
        return f"{proposal} for “{said}”, with its cost and date"
    rest = re.sub(r"^to\s+", "", said, flags=re.IGNORECASE)
    if _PRONOUN.search(rest):
        return ""
    return f"{proposal} to help {first} {rest}, with its cost and date"


def told_as_action(text: str) -> bool:
    """An aim told as an action ("to know which fees make money"): no noun to put after "the next step on"."""
    return text.strip()[:1].islower() and _ACTION.match(text.strip()) is not None


def working_day(day: dt.date) -> dt.date:
    """`day`, or when it is 25-26 December or 1 January, the next working day after it (past the weekend that follows)."""
    if (day.month, day.day) not in _HOLIDAYS:
        return day
    while day.weekday() >= 5 or (day.month, day.day) in _HOLIDAYS:
        day += dt.timedelta(days=1)
    return day
