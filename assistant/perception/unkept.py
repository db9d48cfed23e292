"""Unkept promises in the partner's own words, and a latest view that contradicts the older notes.

A partner who says a thing we promised has still not come ("still have not seen it", "you told me
<month>", "we stopped asking", "we went elsewhere") is telling us how they rate our delivery, whatever
the classifier makes of the sentence's friendly words. Such a line counts as plain doubt.
When the newest notes read the other way from the older ones, the assessment is less sure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A time that lies behind us when the partner cites it: a month, a season, a quarter, "last week", "weeks ago".
_WHEN = (rf"(?:{_MONTHS}\b|(?:the )?(?:spring|summer|autumn|fall|winter)\b|q[1-4]\b|(?:the )?(?:end|start|middle) of\b|"
         r"last (?:week|month|year|quarter|time)\b|(?:weeks|months|ages) ago\b|easter\b|christmas\b|the new year\b)")
# Something arriving, seen or done: the object of a promise.
_ARRIVED = (r"(?:seen|received|got|gotten|had|heard|been (?:sent|given|told|shown)|delivered|replaced|fixed|sorted|"
            r"done|finished|live|ready|working|running|sent|shown|installed|arrived|come|turned up|back)")
_FAMILIES = (
    # "I still have not seen the benchmark", "140 machines still not replaced", "still no sign of the report"
    rf"\bstill (?:have ?n[o']t|has ?n[o']t|haven't|hasn't|had ?n[o']t|not|never|don't have|do not have|doesn't have|"
    rf"does not have|no|nothing|without|nowhere|waiting)\b(?:\W+\w+){{0,2}}?\W+(?:{_ARRIVED}|sign|word|news|date|answer|"
    r"reply|update|(?:for|on) (?:the|your|that|it|a|an|our|my)\b)",
    r"\bstill waiting\b",
    # "You told me September", "you promised it by the summer", "your team said end of June"
    rf"\b(?:you|your (?:team|people|guys|lot|department)|it|IT) (?:told|promised|said|assured|committed to|swore|"
    rf"guaranteed)(?: (?:me|us|him|her|them|the board))?(?: (?:it|that|this) (?:would|will|'d) be(?: (?:ready|done|live|fixed|here|with (?:me|us)))?)?"
    rf"(?: (?:by|in|for|before|at|around|within))?(?: (?:the )?(?:early|mid|late|end of|start of))?[ -]{_WHEN}",
    rf"\b(?:was|were) (?:due|meant to (?:be|arrive|land|go live)|supposed to (?:be|arrive|land|go live)|promised)"
    rf"(?: (?:ready|done|live|here|delivered|with (?:me|us)))?(?: (?:by|in|for|before|at))?(?: the)? {_WHEN}",
    # "the team has stopped asking", "my team gave up raising tickets"
    r"\b(?:stopped|gave up|given up|give up|quit|no longer|don't bother|do not bother|doesn't bother|"
    r"does not bother|not bothering|(?:don't|do not|doesn't|does not|won't|will not) even) "
    r"(?:asking|ask|requesting|raising|logging|chasing|putting in)\b",  # not "stopped calling": fewer calls is praise
    # "we went elsewhere", "so we bought it ourselves", "went to an outside agency"
    r"\b(?:went|gone|going|turned|had to go|will go|'ll go) (?:elsewhere|outside|around you|round you|"
    r"to (?:an?|another|the|our own) (?:outside |external |different |other )?(?:vendor|supplier|agency|consultan\w+|"
    r"firm|provider|partner|contractor))\b",
    r"\b(?:bought|built|did|sorted|fixed|found|paid for) (?:it|one|our own|a \w+) ourselves\b",
    r"\b(?:asked (?:for it|you|twice|three times|again)|chased (?:it|you|twice|again)).{0,40}\b(?:nothing|no answer|no reply|"
    r"silence|not (?:a word|heard))\b",
)
STALE_PRAISE = 0.5  # older praise counts this much once the latest entries name unkept promises
RECENT_DAYS = 45.0  # only a complaint in the latest entries speaks for today's view; an old one may have healed since
UNKEPT = re.compile("|".join(f"(?:{f})" for f in _FAMILIES), re.IGNORECASE)
# The same words about a promise that was kept after all ("you told me May and it came in April").
_KEPT_AFTER_ALL = re.compile(r"\b(?:and|but) (?:it|they|you|your team) (?:came|arrived|delivered|did|kept|were|was) "
                             r"(?:it |on time|early|in|ahead|as promised)|\bearly\b|\bahead of\b|\bon time\b", re.IGNORECASE)


def unkept_promises(sentence: str) -> list[str]:
    """The words of each unkept promise the sentence names (none in a conditional or kept-after-all line)."""
    text = " ".join(sentence.split()).replace("’", "'")
    if _KEPT_AFTER_ALL.search(text) or re.match(r"\s*(?:if|when|unless|once)\b", text, re.IGNORECASE):
        return []
    return [m.group(0) for m in UNKEPT.finditer(text)]


def unkept_promise(sentence: str) -> str | None:
    """The words of the first unkept promise the sentence names, or None."""
    found = unkept_promises(sentence)
    return found[0] if found else None


def corroborated(hits: Sequence[tuple[object, int]]) -> set[int]:
    """Indexes of the sentences naming an unkept promise (per sentence: its day, how many it names) where that day names
    at least two: one stray phrase is no complaint. A chat export or a log table gives each line its own note, so the
    entry is the day."""
    per_day: Counter[object] = Counter()
    for day, count in hits:
        per_day[day] += count
    return {i for i, (day, count) in enumerate(hits) if count and per_day[day] >= 2}


class _Dated(Protocol):
    @property
    def date(self) -> object: ...


class Signal(Protocol):
    @property
    def note(self) -> _Dated: ...
    @property
    def competence(self) -> np.ndarray: ...
    @property
    def weight(self) -> float: ...


def latest_contradicts(signals: Sequence[Signal], floor: float = 0.5) -> bool:
    """Whether the newest dated note's competence signals point the other way from all the older notes together."""
    dated = sorted({s.note.date for s in signals if s.note.date is not None})  # type: ignore[type-var]
    if len(dated) < 2:
        return False
    newest = dated[-1]
    late = sum((s.competence for s in signals if s.note.date == newest), np.zeros(2))
    early = sum((s.competence for s in signals if s.note.date is not None and s.note.date != newest), np.zeros(2))
    if late.sum() < floor or early.sum() < floor:
        return False
    return bool(np.sign(late[1] - late[0]) * np.sign(early[1] - early[0]) < 0)
