"""Every dated promise of ours is in the open list, and an ask whose day has passed is not (owed_items): a new date
of ours set down with its owner is an open promise; a request for an event on a day long gone is closed; a promise
reported sent is never listed open; the open ask of the moment stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

PREFIXES = ["722", "723"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("status22")))


def _ours(plan: Plan, words: str) -> list[str]:
    return [i.text for i in plan.open_items if i.kind == "promise" and i.owner == "us" and i.status in ("open", "overdue")
            and words.lower() in f"{i.text} {i.quote}".lower()]


def test_new_date_of_ours_is_an_open_promise(plans: dict[str, Plan]) -> None:
    plan = plans["722"]
    item = [i for i in plan.open_items if i.owner == "us" and "scanner" in i.quote]
    assert item and item[0].kind == "promise" and item[0].status == "open" and item[0].due == "2027-01-20"
    assert _ours(plan, "route-cost")  # the promise found before stays


def test_ask_for_a_past_event_is_closed(plans: dict[str, Plan]) -> None:
    plan = plans["722"]
    assert not [i for i in plan.open_items if "summit" in f"{i.text} {i.quote}"]
    assert [i for i in plan.open_items if i.owner == "partner" and "sprint reviews" in i.quote]  # the live ask stays


def test_sent_promise_not_open_and_dated_one_listed(plans: dict[str, Plan]) -> None:
    plan = plans["723"]
    assert not _ours(plan, "cost model")
    assert _ours(plan, "first pull")
    assert not [i for i in plan.open_items if "badge orders" in f"{i.text} {i.quote}"]


def test_action_row_of_ours_after_the_meeting_is_listed(plans: dict[str, Plan]) -> None:
    item = [i for i in plans["723"].open_items if "printer swap" in i.quote]
    assert item and item[0].kind == "promise" and item[0].owner == "us" and item[0].due == "2027-01-22"


def test_old_status_question_is_no_open_ask(plans: dict[str, Plan]) -> None:
    plan = plans["723"]
    assert not [i for i in plan.open_items if "ticketing migration" in f"{i.text} {i.quote}"]
    assert [i for i in plan.open_items if i.owner == "partner" and "guest list" in i.quote]  # the live ask stays
