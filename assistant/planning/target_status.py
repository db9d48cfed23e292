"""Whether a partner's target is still theirs to chase (plan round 14, issue #20).

A target is said back to them only while it is live: one whose own deadline ("by March 2026") fell before the meeting
is history, and so is one a later note shows met ("Pilot results: RevPAR up 4.1%" after "RevPAR plus 3%", "scrap is
at 1.8% so he's already hit that one" after "scrap under 2%"). Quoting either as their want tells them we were not
listening.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from assistant.planning.situation_types import STOP, Sentence

_I = re.IGNORECASE
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:end\s+of\s+)?(?P<month>[A-Z][a-z]{2,8})\.?(?:\s+(?P<year>20\d\d))?\b|\bby\s+(?:the\s+end\s+of\s+)?(?P<only>20\d\d)\b")
_NUM = re.compile(r"[£$€]?(\d+(?:[.,]\d+)*)\s?(%|k|m|bn|million)?", _I)
_UP = re.compile(r"\b(?:plus|up|above|over|raise|grow|increase|lift|at least|more than)\b|\+", _I)
_DOWN = re.compile(r"\b(?:under|below|down|cut|reduce|less than|fewer than|at most|halve)\b", _I)
_MET = re.compile(r"\b(?:already (?:hit|beat|beaten|met|achieved|passed|past)|(?:hit|beat|met|smashed|achieved) (?:it|that|the target|the goal|that one)|ahead of (?:target|plan))\b", _I)
_OTHER = STOP | {"from", "with", "against", "under", "below", "above", "plus", "down", "into", "across", "reduce", "raise", "cut"}

_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                                     "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}


def digits(text: str) -> str:
    """A voice memo's numbers in words as digits: 'from sixty one to seventy' -> 'from 61 to 70', 'two percent' -> '2%'."""
    def number(m: re.Match[str]) -> str:
        words = m.group(0).lower().split()
        value = _TENS.get(words[0], 0) + (_UNITS.get(words[-1], 0) if len(words) > 1 or words[0] in _UNITS else 0)
        return str(value)
    tens, units = "|".join(_TENS), "|".join(_UNITS)
    text = re.sub(rf"\b(?:(?:{tens})(?:[ -](?:{units}))?|(?:{units}))\b(?=\s+(?:point|percent|per cent|to|points|%|and|by|\w+))", number, text, flags=_I)
    text = re.sub(r"\b(\d+) point (\d)\b", r"\1.\2", text)
    return re.sub(r"(\d)\s+(?:percent|per cent)\b", r"\1%", text, flags=_I)


def deadline(text: str, set_on: dt.date | None) -> dt.date | None:
    """The last day of 'by March 2026', 'by end of June', 'by 2027' in a target, read from the day it was set."""
    m = _BY.search(text)
    if not m:
        return None
    if m.group("only"):
        return dt.date(int(m.group("only")), 12, 31)
    month = _MONTHS.get(m.group("month").lower())
    if not month:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif set_on:
        year = set_on.year if month >= set_on.month else set_on.year + 1
    else:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def key_term(text: str) -> str:
    """The words that name the measure: 'first-time fix' in 'first-time fix plus 5% in the pilot depots', 'scrap' in
    'scrap under 2%', 'first contact resolution' in '... from 62 to 75'."""
    head = re.match(r"^(?P<m>[A-Za-z][\w' -]*?)\s+(?:plus|up|down|from|to|under|below|above|over|at|by|of|cut|halved|doubled)\s", text, _I)
    if head and 1 <= len(head.group("m").split()) <= 4:
        return head.group("m")
    return next((w for w in re.findall(r"[A-Za-z][\w-]{3,}", text) if w.lower() not in _OTHER), "")


def _amount(text: str) -> float | None:
    m = _NUM.search(text)
    return float(m.group(1).replace(",", "")) if m else None


def _goal(text: str) -> tuple[float | None, bool, bool]:
    """(the target's number, it goes up, it goes down): 'from 62 to 75' is 75 and up; 'under £2.5m by 2027' is 2.5, down."""
    to = re.search(r"\b(?:to|under|below|above|over|plus|at least|at most|up|down)\s+(?:to\s+)?[£$€]?(\d+(?:[.,]\d+)*)", text, _I)
    goal = float(to.group(1).replace(",", "")) if to else _amount(text)
    start = re.search(r"\bfrom\s+[£$€]?(\d+(?:[.,]\d+)*)", text, _I)
    begin = float(start.group(1).replace(",", "")) if start else None
    up = bool(_UP.search(text)) or (begin is not None and goal is not None and goal > begin)
    down = bool(_DOWN.search(text)) or (begin is not None and goal is not None and goal < begin)
    return goal, up, down


def met_later(text: str, set_on: dt.date | None, later: Iterable[Sentence]) -> bool:
    """A later note shows the target met."""
    return met_by(text, set_on, later) is not None


def result_said(text: str, s: Sentence) -> str:
    """'RevPAR up 4.1% against the control group in the pilot hotels' from 'Pilot results: RevPAR up 4.1% ...': the
    measure and its result, from the term to the end of its clause ('' when that is no short clause with a number)."""
    term = key_term(text)
    at = re.search(rf"\b{re.escape(term)}\b", digits(s.text), _I) if term else None
    if not at:
        return ""
    clause = re.split(r"[.;:!?]\s|,\s|\s+(?:so|but|and|which)\s", digits(s.text)[at.start():].rstrip(".") + " ", maxsplit=1)[0].strip()
    return clause if re.search(r"\d", clause) and 3 <= len(clause.split()) <= 12 and not re.search(r"\b(?:I|we|you|he|she|they)\b", clause) else ""


def met_by(text: str, set_on: dt.date | None, later: Iterable[Sentence]) -> Sentence | None:
    """The later sentence that names the measure and shows it reached: a 'met' cue, or a result past the target's
    number in the target's direction ('RevPAR up 4.1%' against 'RevPAR plus 3%'); None when none does."""
    term = key_term(text)
    goal, up, down = _goal(text)
    for s in later:
        found = re.search(rf"\b{re.escape(term)}\b", digits(s.text), _I) if term else None
        if not set_on or not s.date or s.date <= set_on or not found:
            continue
        after = digits(s.text)[found.end():]
        cue = _MET.search(after)
        if cue and len(re.findall(r"\d+(?:\.\d+)?", after[: cue.start()])) <= 1:  # the cue speaks of this measure, not the next one
            return s
        now = _amount(after) if re.match(r"\s*(?:(?:is|are|was|came in|ended|finished)\s+)?(?:at\s+)?(?:up|down|\+|-)?\s*[£$€]?\d", after, _I) else None
        if goal is None or now is None or (up and not re.match(r"\s*(?:up|\+)", after, _I) and re.search(r"\b(?:plus|up)\b", text, _I)):
            continue
        if (up and not down and now >= goal) or (down and not up and now <= goal and not re.match(r"\s*(?:up|\+)", after, _I)):
            return s
    return None


def live_target(text: str, set_on: dt.date | None, meeting: dt.date | None, sentences: Iterable[Sentence]) -> bool:
    """Still theirs to chase on the meeting day: its deadline not passed and no later note shows it met."""
    end = deadline(text, set_on)
    if end and meeting and end < meeting:
        return False
    return not met_later(text, set_on, sentences)


# A level as it stands ("turnover is 61% a year", "line 1 at 71%", "claims average 19 days"): a number after a verb of
# being or an "at", with no word of direction or target anywhere in the text.
_LEVEL = re.compile(r"\b(?:is|are|was|were|at|averag\w*|runs?|sits?|stands?|currently|today|now)\s+(?:about |around |roughly "
                    r"|only |just |nearly |almost )?[£$€]?\d", re.IGNORECASE)
_DIRECTION = re.compile(r"\b(?:to|under|below|above|over|down|up|less|more|fewer|reduc\w*|cut\w*|rais\w*|increas\w*|"
                        r"improv\w*|halv\w*|doubl\w*|target\w*|goal|aim\w*|want\w*|by|within|from)\b", re.IGNORECASE)


def current_level(text: str) -> bool:
    """A measure's level today, not a want: never said as "you want ..." (it would invert the partner's goal)."""
    return bool(_LEVEL.search(text)) and not _DIRECTION.search(text)
