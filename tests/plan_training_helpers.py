"""Shared helpers for the plan-training tests (tests/data/plan_training): parse a partner, plan it, read its top."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.schema import Plan
from assistant.settings import Settings
from assistant.text.notes_format import NotesFile, parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
STATEMENT = "Technology helps every team serve customers well, run the business safely and decide with numbers they trust."
TODAY = dt.date(2026, 12, 5)


def parsed(prefix: str) -> NotesFile:
    return parse_notes_text(next(DATA.glob(prefix + "_*")).read_text())


def plan_all(prefixes: list[str], data_dir: Path, statements: dict[str, str] | None = None) -> dict[str, Plan]:
    """Plans for the given training partners, for the next regular meeting on TODAY (each with its own value statement
    where `statements` names one)."""
    engine = build_engine(Settings(data_dir=data_dir), None)
    out: dict[str, Plan] = {}
    for prefix in prefixes:
        p = parsed(prefix)
        assessment = engine.assess(p.notes, partner=p.partner)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, "next regular meeting",
                                            (statements or {}).get(prefix, STATEMENT), [], TODAY))
    return out


def plan_cases(cases: dict[str, tuple[str, dt.date]], data_dir: Path) -> dict[str, Plan]:
    """Plans for training partners, each with its own meeting purpose and meeting day: {prefix: (purpose, day)}."""
    engine = build_engine(Settings(data_dir=data_dir), None)
    out: dict[str, Plan] = {}
    for prefix, (purpose, day) in cases.items():
        p = parsed(prefix)
        assessment = engine.assess(p.notes, partner=p.partner)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, purpose, STATEMENT, [], day))
    return out


def top(plan: Plan) -> str:
    return " ".join([plan.one_thing, *plan.script])


def notes_text(prefix: str) -> str:
    return re.sub(r"\s+", " ", " ".join(n.text for n in parsed(prefix).notes))


def proposed(text: str) -> list[dt.date]:
    """Dates we propose ('comes by 8 December', 'I will confirm by 12 December'), never the dates inside a quotation."""
    bare = re.sub(r"“[^”]*”", "", text)
    out = []
    for m in re.finditer(r"\bby (\d{1,2}) ([A-Z][a-z]+)\b", bare):
        day = dt.datetime.strptime(f"{m.group(1)} {m.group(2)} {TODAY.year}", "%d %B %Y").date()
        out.append(day if day >= TODAY - dt.timedelta(days=60) else day.replace(year=day.year + 1))
    return out


@dataclass
class FakeNote:
    """A dated note, as the trend reader sees it."""

    date: dt.date


@dataclass
class FakeSignal:
    """One note's dependence and competence probabilities, for trend tests."""

    note: FakeNote
    dependence: np.ndarray
    competence: np.ndarray


# Session 19: with no goal of theirs read, the value message falls back to the layers before round 25 (value_translation),
# since round 25's no-goal line was one sentence for every partner (boilerplate_rate 0.098 against the 0.025 gate). These
# partners reach that fallback: their value tests describe the message we want and stay expected failures until a goal
# reader finds their goal or a no-goal line specific to them exists.
NO_GOAL_FALLBACK = {"81", "82", "83", "86", "21", "820", "184", "186", "104", "379"}
NO_GOAL_REASON = "no goal read: the value message is the pre-round-25 fallback (session 19, boilerplate gate)"


def xfail_without_goal(key: str) -> None:
    """Mark a parametrised value test of a NO_GOAL_FALLBACK partner as an expected failure."""
    import pytest

    if key in NO_GOAL_FALLBACK:
        pytest.xfail(NO_GOAL_REASON)
