"""One status per promise of ours from what later lines say: a promise later said to be not sent, or in testing with a
later date, is owned, never asked about ("Did it reach you?"); one whose every part was reported there by its date is
kept, never overdue (kept_evidence.told_not_there, all_there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.render import plan_main_view
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all, top

PREFIXES = ["631", "632", "633"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("status20")))


def test_not_sent_is_owned_not_asked(plans: dict[str, Plan]) -> None:
    text = top(plans["631"])
    assert "Did it reach you" not in text
    assert "we did not keep" in text.lower() or "That is ours" in text


def test_slipped_fix_is_owned_not_asked(plans: dict[str, Plan]) -> None:
    text = top(plans["632"])
    assert "Did it reach you" not in text
    assert "fixed by 15 November" in text and "That is ours" in text


def test_all_green_by_its_date_is_kept(plans: dict[str, Plan]) -> None:
    plan = plans["633"]
    assert "Did it reach you" not in top(plan)
    view = plan_main_view(plan)
    assert not any("move plan" in i.text and i.owner != "partner" and "overdue" in i.text.lower() for i in plan.open_items), view
