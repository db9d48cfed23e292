"""The request the meeting is for leads, read as a deliverable asked for (asks20): an aside between an ask and the line
that dates it is never the ask; a standing expectation with no day ("keep X up and the bill down") is no request; the
partner's next point in a narrated entry neither answers her ask nor is what our 'it' promise answers; an undated
question never displaces a dated ask; a chat label with the partner's short name ('Tina' for Valentina) is hers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_all, top

PREFIXES = ["655", "656", "657", "658"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("asks20")))


def _theirs(plan: Plan) -> list[str]:
    return [i.text for i in plan.open_items if i.owner == "partner" and i.kind == "request"]


def test_aside_between_ask_and_its_date_is_no_ask(plans: dict[str, Plan]) -> None:
    plan = plans["655"]
    assert "don't mind" not in top(plan) and not any("don't mind" in t for t in _theirs(plan))
    assert "comparison" in plan.one_thing and "11 December" in plan.one_thing


def test_standing_expectation_is_no_request(plans: dict[str, Plan]) -> None:
    plan = plans["656"]
    assert not any("licence bill" in t for t in _theirs(plan))
    assert "licence bill" not in top(plan)
    assert "lab system" in plan.one_thing  # the dated ask leads


def test_partners_next_point_is_no_answer(plans: dict[str, Plan]) -> None:
    plan = plans["657"]
    listed = [i for i in plan.open_items if i.owner == "partner" and "HR tool" in i.text]
    assert listed and listed[0].status == "open" and listed[0].due == "2026-12-15"
    assert "15 December" in plan.one_thing and "800,000" not in plan.one_thing  # the dated list, not the old question


def test_chat_label_with_a_short_name_is_the_partner(plans: dict[str, Plan]) -> None:
    plan = plans["658"]
    listed = [i for i in plan.open_items if i.owner == "partner" and "stock feed" in i.text]
    assert listed and listed[0].due == "2026-12-11"
    assert "stock feed" in plan.one_thing and "11 December" in plan.one_thing
