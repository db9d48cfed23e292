"""An aim stated as a level and a want (plan round 15): "churn is 23% a year; she wants it down to 15",
"quotes take 12 days, he wants 4 by 2028". The level alone is where they are, never what they want; said back
as a move ("turnover down from 61% to 50%"), it is their aim in their own numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.planning.situation_types import Sentence

_I = re.IGNORECASE
_UNIT = r"(?:\s?%|\s?(?:k|m|bn)\b|\s(?:days?|weeks?|months?|hours?|minutes?|mins?|points?|pts|percent|per\s?cent)\b)?"
_NUM = rf"[£$€]?\d+(?:[.,]\d+)*{_UNIT}"
# "<measure> is/averages/runs at <number> [a year]"
_LEVEL = re.compile(
    rf"(?<![\w-])(?P<m>[A-Za-z][\w-]*(?:\s+(?:of|per|for|to|on|[a-z][\w-]*)){{0,5}}?)\s+"
    r"(?:is|are|was|were|averages?|takes?|took|costs?|runs?\s+at|sits?\s+at|stands?\s+at|at|of|currently|now)\s+(?:currently\s+|now\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|just\s+over\s+|just\s+under\s+)?"
    rf"(?P<n>{_NUM})(?P<per>\s+(?:a|per|each|every)\s+(?:year|month|week|day|shift|quarter))?(?:\s+on\s+average)?(?:\s+to\s+[a-z]+)?",
)
_WANT = re.compile(
    r"^[^.!?]{0,40}?(?:,|;|:|—|–|-|\band\b|\bbut\b)\s*(?:and\s+|but\s+)?(?P<who>he|she|they|I|we)\s+"
    r"(?:wants?|needs?|would\s+like|'d\s+like|aims?\s+for|is\s+aiming\s+for|are\s+aiming\s+for|wants?\s+to\s+get)\s+"
    r"(?:it\s+|that\s+|them\s+|this\s+|to\s+get\s+(?:it|that)\s+|to\s+bring\s+(?:it|that)\s+)?"
    r"(?P<dir>down|up|back|cut|brought\s+down)?\s*(?:to\s+|at\s+|(?P<edge>under|below|above|over|less\s+than|more\s+than)\s+)?"
    rf"(?P<k>{_NUM})(?P<by>\s+(?:by|before|in|within)\s+(?:the\s+)?(?:end\s+of\s+)?[\w ]{{2,20}}?(?=[,.;!?)]|$))?",
    _I,
)
_SAID = re.compile(r"\b(?:said|says|told\s+\w+|thinks|reckons|noted|explained|mentioned|that)\s+", _I)  # "she said turnover ...": the measure
_LEAD = re.compile(r"^(?:(?:the|our|my|his|her|their|average|avg|a|an)\s+)+", _I)
_NOT_MEASURE = re.compile(r"^(?:it|this|that|which|who|he|she|they|we|I|there|and|but|so)\b|\b(?:number|figure|one|line)$", _I)


@dataclass(frozen=True)
class Move:
    text: str  # "turnover of casuals down from 61% a year to 50%"
    metric: str  # "turnover of casuals"
    spoken: bool  # "I want ...": their own words
    who: str  # he | she | they | I | we


def read_move(text: str) -> Move | None:
    """The first level-then-want in a line, said as a move; None where the line has no such pair."""
    for level in _LEVEL.finditer(text):
        want = _WANT.match(text[level.end():])
        metric = _LEAD.sub("", _SAID.split(level.group("m"))[-1]).strip()
        if not want or not metric or _NOT_MEASURE.search(metric) or len(metric.split()) > 5:
            continue
        now, then = level.group("n").strip(), want.group("k").strip()
        unit = re.search(r"(%|\s?(?:k|m|bn)\b)$", now)
        if unit and not re.search(r"(?:%|k|m|bn|days?|weeks?|months?|hours?|minutes?|points?)$", then):
            then += unit.group(1)  # "61%" to "50": "50%"
        way = " down" if re.match(r"down|cut|brought", want.group("dir") or "", _I) else " up" if (want.group("dir") or "").lower() == "up" else ""
        by = (want.group("by") or "").rstrip()
        metric = metric if metric[1:2].isupper() else metric[:1].lower() + metric[1:]  # "Repair backlog" -> "repair backlog"; "OEE" stays
        who = want.group("who")
        then = f"{want.group('edge')} {then}" if want.group("edge") else then  # "under 8%" stays a bound, not a point
        return Move(f"{metric}{way} from {now} to {then}{by}", metric, who in ("I", "we"), who.lower() if who != "I" else who)
    return None


def moves_in(sentences: list[Sentence], ours: set[str]) -> list[tuple[Sentence, Move]]:
    """Every level-then-want in lines that are not the CIO's own, oldest first."""
    out = []
    for s in sorted(sentences, key=lambda x: x.order):
        if s.speaker == "us" or s.text in ours:
            continue
        move = read_move(s.text.split("\n")[0])
        if move and not (move.who == "we" and s.speaker != "partner"):  # "we want" in the CIO's narration is our side
            out.append((s, move))
    return out
