"""The consistency check's plain data: staff answers in, one report out (rows, themes, actions).

Its own module so that consistency.py (which builds the report) and themes.py (which reads it)
both import it and not each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.planning.value_traps import ValueTrap


@dataclass
class StaffAnswerIn:
    answer: str
    respondent: str | None = None
    role: str | None = None
    seconds: float | None = None


@dataclass
class AnswerRow:
    index: int
    answer: str
    respondent: str | None
    role: str | None
    seconds: float | None
    alignment: int | None  # 0-100 against the value statement
    similarity_to_others: int | None  # 0-100, mean over the other distinct answers
    theme: str
    theme_id: int
    outlier: bool
    traps: list[ValueTrap]
    jargon: bool
    language: str | None  # a non-English language name, else None
    duplicate_of: int | None  # index of the first identical answer
    flags: list[str] = field(default_factory=list)


@dataclass
class Theme:
    id: int
    label: str
    size: int
    share: float
    alignment: int | None
    example: str
    it_centric: bool
    trap_share: float
    members: list[int]


@dataclass
class AnswerTime:
    timed: int
    median_s: float
    p90_s: float
    over_3_min: int


@dataclass
class Actions:
    reinforce: list[str]
    retire: list[str]
    discussion_guide: list[str]


@dataclass
class ConsistencyReport:
    statement: str
    answer_count: int
    distinct_count: int
    duplicate_count: int
    consistency_score: int | None
    consistency_band: str | None
    explanation: str
    mean_alignment: int | None
    rows: list[AnswerRow]
    themes: list[Theme]
    answer_time: AnswerTime | None
    actions: Actions
    messages: list[str]
    calibration: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
