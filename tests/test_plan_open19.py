"""Asks the partner tied to a date of their own become open items with that date, and the soonest one leads
(dated_asks): an imperative whose date comes in the next line, noun-headed asks in minutes, a narrated want with a
chase. A part of our promise an earlier line closed, that the partner asked after since, is still owed (chased_promises).
A line of ours ("two open things from us") and a date that is history are never their ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.render import plan_main_view
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

PREFIXES = ["613", "614", "615", "616", "617", "618"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("open19")))


def _theirs(plan: Plan, due: str, words: str) -> list[str]:
    return [i.text for i in plan.open_items if i.owner == "partner" and i.due == due and words in i.text]


def test_imperative_dated_in_the_next_line(plans: dict[str, Plan]) -> None:
    plan = plans["613"]
    assert _theirs(plan, "2026-12-14", "IT contract")
    assert "14 December" in plan.one_thing and "contract" in plan.one_thing  # the ask the meeting is for leads
    assert "due 2026-12-14" in plan_main_view(plan)


def test_noun_headed_asks_soonest_first(plans: dict[str, Plan]) -> None:
    plan = plans["614"]
    assert _theirs(plan, "2026-12-18", "handheld scanners")
    assert _theirs(plan, "2027-01-20", "picking pilot")
    theirs = [i for i in plan.open_items if i.owner == "partner"]
    assert theirs[0].due == "2026-12-18"
    assert "18 December" in plan.one_thing


def test_narrated_want_with_a_chase(plans: dict[str, Plan]) -> None:
    plan = plans["615"]
    assert _theirs(plan, "2027-01-08", "weekend support")
    assert "8 January" in plan.one_thing


def test_our_list_and_history_are_no_ask(plans: dict[str, Plan]) -> None:
    plan = plans["616"]
    listed = " ".join(i.text for i in plan.open_items if i.owner == "partner")
    assert "transcript sample" not in listed and "went live" not in listed
    assert not [i for i in plan.open_items if i.owner == "partner" and i.due]


def test_part_of_our_promise_they_asked_after_is_listed(plans: dict[str, Plan]) -> None:
    plan = plans["617"]
    ours = [i for i in plan.open_items if i.owner == "us" and i.kind == "promise" and "duplicate-file check" in i.text]
    assert ours and ours[0].due == "2026-11-27"  # the newest date we gave for that part, not the note's date
    assert "check before the meeting" in ours[0].text  # whether it is in now is for the CIO to check, never claimed
    assert not any("root-cause note" in i.text for i in plan.open_items if i.owner == "us")  # the part she received stays closed


def test_a_chase_is_no_delivery(plans: dict[str, Plan]) -> None:
    plan = plans["618"]  # "checked whether the price was still coming": their ask is still open, with its date
    assert _theirs(plan, "2026-12-18", "fixed monthly price")
    assert "18 December" in plan.one_thing
