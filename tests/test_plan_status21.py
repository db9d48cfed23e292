"""The latest word on an item decides its status on the meeting day (latest_word, delivery_words, owed_check): access
that "came through on the 18th" and was thanked for is done; our promise said as "We committed 20 April" and shipped
two weeks early is kept; a clause "signed by purchasing" after its action row closes the ask; a saving reported
"against the 50,000 we promised" is kept; a column "added the same week" is done; an ask's date that passed after we
said "we'll make the 30th" is never "has passed"; a new date of ours after the meeting is never "no promise is open"."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.render import plan_main_view
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all, top

PREFIXES = ["675", "676", "677", "678", "679", "680"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("status21")))


def _open(plan: Plan, words: str) -> list[str]:
    return [i.text for i in plan.open_items if i.status in ("open", "overdue") and words.lower() in f"{i.text} {i.quote}".lower()]


def test_access_that_came_through_is_done(plans: dict[str, Plan]) -> None:
    plan = plans["675"]
    assert not _open(plan, "ticket archive access") and not _open(plan, "read access")
    assert "has passed" not in top(plan) and "20 October" not in top(plan)
    assert _open(plan, "costed plan")  # the real open ask stays


def test_new_date_after_the_meeting_is_owed(plans: dict[str, Plan]) -> None:
    whole = plans["676"].model_dump_json()
    assert "No promise or miss of ours is open" not in whole
    assert "18th of January 2027" in whole


def test_promise_said_as_committed_day_shipped_early(plans: dict[str, Plan]) -> None:
    plan = plans["677"]
    assert not [i for i in plan.open_items if i.owner == "us" and i.status in ("open", "overdue")]
    assert "We committed" not in plan_main_view(plan).split("## Details")[0]


def test_deadline_passed_after_we_said_we_would_make_it(plans: dict[str, Plan]) -> None:
    assert "has passed" not in plan_main_view(plans["678"])


def test_signed_clause_and_kept_saving_not_open(plans: dict[str, Plan]) -> None:
    plan = plans["679"]
    assert not _open(plan, "clause")
    assert not _open(plan, "62,000") and not _open(plan, "licence")
    assert _open(plan, "price per terminal")


def test_column_added_the_same_week_is_done(plans: dict[str, Plan]) -> None:
    plan = plans["680"]
    assert not _open(plan, "one more column")
    assert _open(plan, "security review")
