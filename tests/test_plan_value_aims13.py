"""Session 13, value message (rubric f): the partner's aim read as a typed fact from the whole timeline, on new
training partners 326-330 (tests/data/plan_training): a labelled target in their plan, what they want to be able to
do ("if I can see X, I can Y"), a result set above them, a want spelled out after a colon; never a request or
deadline as the aim; with no aim at all, one question on a measure the notes name, never the generic question."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import NO_GOAL_REASON, TODAY, parsed, plan_all

from assistant.planning.aim_facts import AimFact, _sayable, hook_question, read_aim_facts
from assistant.planning.contribution import ASK_GOAL
from assistant.planning.situation import build_situation
from assistant.schema import Plan

STATEMENTS = {
    "326": "Technology at Lough Derg exists to get every passenger aboard safely and every sailing away on time.",
    "327": "We give our planners the right milk figures early, so they can make the most of every litre.",
    "328": "Technology at Northmoor helps every social worker spend more time with the families they support.",
    "329": "We keep every sample tracked and every result on time, so doctors can treat patients sooner.",
    "330": "Technology at Casa Bellini keeps every store ready to trade and every shelf right.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("aims13"), STATEMENTS)


def facts(prefix: str) -> list[AimFact]:
    p = parsed(prefix)
    return read_aim_facts(build_situation(p.notes, p.partner, [], TODAY), p.partner)


def test_labelled_target_in_their_plan_is_the_aim(plans: dict[str, Plan]) -> None:
    message = plans["326"].value_message
    assert message.startswith("Oisín, your target is average boarding time per sailing from 18 minutes to 11 by the end of 2026")
    assert "whether it moves your boarding time per sailing" in message  # round 25: the tie names their measure
    assert ASK_GOAL not in message


def test_what_they_want_to_be_able_to_do_is_the_aim(plans: dict[str, Plan]) -> None:
    message = plans["327"].value_message
    assert message.startswith("Mirela, you want to plan the cheese runs on real volumes instead of guesses")
    assert "[" not in message and "me:" not in message  # a chat turn ends at its line
    assert ASK_GOAL not in message


def test_a_result_set_above_them_outranks_an_echo_of_praise(plans: dict[str, Plan]) -> None:
    message = plans["328"].value_message
    assert "the chief executive wants the placements budget cut by a fifth" in message
    assert "chronology" not in message


def test_a_want_spelled_out_after_a_colon_is_said_whole_without_its_aside(plans: dict[str, Plan]) -> None:
    message = plans["329"].value_message
    assert message.startswith("Tomasz, you want sample tracking and turnaround reporting, across all nine labs")
    assert "we bought" not in message and ASK_GOAL not in message


@pytest.mark.xfail(strict=True, reason=NO_GOAL_REASON)
def test_no_aim_asks_one_question_on_their_named_measure(plans: dict[str, Plan]) -> None:
    message = plans["330"].value_message
    assert "?" not in message and "judged by one test" in message  # round 25: the item on the table, never a question
    assert ASK_GOAL not in message and "you want" not in message  # nothing is claimed as their aim


def test_a_request_or_deadline_is_never_the_aim() -> None:
    day = dt.date(2026, 11, 18)
    assert not _sayable(AimFact("target", "a costed quote for the scanners by 12 December", "", day, "n", False))
    assert not _sayable(AimFact("then", "send me a date for the plant joining", "", day, "n", True))
    assert all("quote" not in f.text and "10 December" not in f.text for p in ("326", "327", "329") for f in facts(p))


def test_hook_needs_a_named_measure() -> None:
    p = parsed("329")
    assert hook_question(build_situation(p.notes, p.partner, [], TODAY), p.partner) == ""


def test_a_plan_delivered_long_ago_yields_to_the_want_voiced_since(tmp_path) -> None:  # type: ignore[no-untyped-def]
    statement = "At Atlântica, technology is how installers find, choose and order our tiles faster than anywhere else."
    message = plan_all(["331"], tmp_path, {"331": statement})["331"].value_message
    assert message.startswith("Beatriz, you want to sell to installers in Galicia and Extremadura")
    assert "trade app" not in message
