"""The item the meeting is about leads (due_lead, round 26): our promise that fell due before the meeting and that the
purpose names leads the one thing and the script, ahead of a lesser side request; a line written before a promise fell
due that only reports work in progress never makes it a broken promise; a free purpose that states an action is the one
thing when the notes hold no open item, never a stock quadrant line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.planning.due_lead import purpose_goal
from assistant.planning.kept_evidence import _progress
from assistant.planning.purposes import purpose_for
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "929": ("Bring Agnieszka the lab-to-ERP integration options paper we owe her", dt.date(2026, 12, 9)),
    "930": ("next regular meeting", dt.date(2026, 12, 10)),
    "931": ("Walk Inès through the evening queue figures from the kiosks and agree who on her side reads them monthly", dt.date(2026, 12, 9)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("due_lead26")))


def test_our_due_promise_the_purpose_names_leads_a_side_request(plans: dict[str, Plan]) -> None:
    plan = plans["929"]
    assert "27 November" in plan.one_thing and "printer" not in plan.one_thing.lower()
    assert "27 November" in plan.script[0]
    assert any("quote" in line for line in plan.script[1:])  # the side request keeps a later line


def test_progress_before_the_due_date_is_no_broken_promise(plans: dict[str, Plan]) -> None:
    plan = plans["930"]
    top = " ".join([plan.one_thing, *plan.script])
    assert "did not keep" not in top and "broken" not in plan.one_thing.lower()
    assert "estimate" in plan.one_thing and "4 December" in plan.one_thing
    assert "tomasz a" not in plan.one_thing.lower()  # the thing, never the name it goes to


def test_a_free_purpose_with_nothing_open_is_the_one_thing(plans: dict[str, Plan]) -> None:
    assert plans["931"].one_thing.startswith("Walk Inès through the evening queue figures")


def test_purpose_goal_only_for_an_action_purpose() -> None:
    assert purpose_goal(purpose_for("give Ola a firm date for the archive move before her March board")).startswith("Give Ola")
    assert purpose_goal(purpose_for("next regular meeting")) == ""
    assert purpose_goal(purpose_for("budget review")) == ""
    assert purpose_goal(purpose_for("Quarterly catch-up on the portal")) == ""


def line(text: str, day: dt.date) -> Any:
    return SimpleNamespace(text=text, date=day)


def test_progress_line_only_before_the_due_date() -> None:
    item: Any = SimpleNamespace(due=dt.date(2026, 12, 4))
    assert _progress(line("Still waiting for the supplier's prices.", dt.date(2026, 11, 17)), item)
    assert not _progress(line("Still waiting for the supplier's prices.", dt.date(2026, 12, 5)), item)
    assert not _progress(line("The estimate is delayed to January.", dt.date(2026, 11, 17)), item)
    assert not _progress(line("Second name waits on a hire. 4 Dec at risk.", dt.date(2026, 11, 17)), item)
