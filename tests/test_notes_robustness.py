"""Notes in odd shapes still give a plan: an impossible date, a file cut short, a file with its dates stripped, a leap
day, the whole file on one line. Each shape crashed or could crash a reader; a crash loses the plan."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from plan_training_helpers import DATA

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.render import plan_markdown
from assistant.settings import Settings
from assistant.text.dates import iso_day
from assistant.text.notes_format import parse_notes_text

SOURCE = "237"  # a vendor-quote thread with dated entries, asks and promises


def _impossible_date(text: str) -> str:
    return text.split("\n", 1)[0] + "\n\n2026-13-45 meeting\n- 2026-02-30 - A line dated a day that does not exist.\n"


def _cut_short(text: str) -> str:
    return text[: len(text) * 2 // 5]


def _no_dates(text: str) -> str:
    return re.sub(r"\b20\d\d-\d\d-\d\d\b", "", text)


def _leap_days(text: str) -> str:
    return re.sub(r"\b20\d\d-\d\d-\d\d\b", "2028-02-29", text, count=2)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("robust"))), None)


@pytest.mark.parametrize("shape", [_impossible_date, _cut_short, _no_dates, _leap_days, _one_line])
def test_an_odd_shape_still_gives_a_plan(engine, shape) -> None:  # type: ignore[no-untyped-def]
    text = shape(next(DATA.glob(SOURCE + "_*")).read_text(encoding="utf-8"))
    parsed = parse_notes_text(text, today=dt.date(2026, 12, 5))
    assessment = engine.assess(parsed.notes, partner=parsed.partner)
    plan = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, "next regular meeting",
                                 "Technology helps every team decide with numbers they trust.", [], dt.date(2026, 12, 9)))
    assert plan_markdown(plan).startswith("# Plan")


def test_an_impossible_iso_day_is_no_day() -> None:
    assert iso_day("2026-13-45") is None and iso_day("2026-02-30") is None
    assert iso_day("2028-02-29") == dt.date(2028, 2, 29)
