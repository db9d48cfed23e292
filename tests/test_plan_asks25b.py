"""The open item the meeting is for (rubric b, 'Ignoring the open item'), session 25b, training partner 885: a line that
only dates an ask ("A time, by 20 November, so I can ...") finishes the ask of the line before it; the script's first
line answers it, and a deadline that passed before the meeting is said to have passed, never answered with a later date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases, proposed

CASES = {
    "885": ("Give Greta the fixed time for the cash forecast file she asked for", dt.date(2026, 12, 1)),
   }


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("asks25b")))


def test_a_line_that_only_dates_an_ask_finishes_the_ask_before_it(plans: dict[str, Plan]) -> None:
    plan = plans["885"]
    asks = [o for o in plan.open_items if o.kind == "request" and o.due == "2026-11-20"]
    assert asks and "cash file" in asks[0].text, plan.open_items
    first = plan.script[0]
    assert "20 November" in first and re.search(r"\bpassed\b", first), plan.script  # overdue: said plainly
    assert not any(d > dt.date(2026, 12, 1) for d in proposed(first)), plan.script  # never a later date for it

