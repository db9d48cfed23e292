"""Value message when no typed target is on record (plan round 14, issue #20): the statement read whatever its lead
("At Acme, technology ...", "Acme's technology ..."), the partner's own line that echoes it, and never a request, a
deadline or a clause that leans on another sentence in the value slot. Training partners 302-305."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_training_helpers import NO_GOAL_REASON, plan_all

from assistant.planning.contribution import ASK_GOAL
from assistant.planning.goal_slot import goal_fault
from assistant.planning.value_tie import RUN, _run, meaning_sentence

STATEMENTS = {
    "302": "At Duma Ridge, technology keeps our people safe, fed and rested, so every shift comes home.",
    "303": "Tawel Valley Water's technology keeps clean water flowing to every tap and sewage out of the rivers, at a cost our customers can afford.",
    "304": "At Serra Azul, technology keeps every truck moving and every driver safe, at a cost the business can see.",
    "305": "Fjellro's technology helps us know every guest and welcome them back by name.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    made = plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("valuefb12")), STATEMENTS)
    return {k: p.value_message for k, p in made.items()}


@pytest.mark.parametrize("statement", [
    "At Brookfield Rail, technology keeps every train running and every station open, at a cost the region can afford.",
    "Halden & Moss's technology keeps every parcel moving and visible, so customers know where it is.",
    "Corran Foods' technology helps us buy, cook and deliver meals at the lowest total cost.",
    "At Ilford Care, technology keeps our residents safe, warm and heard, so every carer can do their work.",
])
def test_a_statement_led_by_its_organisation_gives_its_meaning(statement: str) -> None:
    said = meaning_sentence(statement)
    assert said, statement
    assert _run(said, statement) < RUN  # re-voiced, never pasted


def test_a_statement_with_a_second_clause_is_never_stitched() -> None:
    said = meaning_sentence("At Lowmoor College, technology helps every student learn and every tutor teach, on a campus that works.")
    assert "learning and" not in said and "teach." not in said


def test_their_own_line_that_echoes_the_statement_carries_the_message(plans: dict[str, str]) -> None:
    assert "fed, rested and home safe" in plans["302"]
    assert ASK_GOAL not in plans["302"]


def test_a_want_that_leans_on_another_sentence_or_a_deadline_is_no_value(plans: dict[str, str]) -> None:
    assert "the same for" not in plans["303"] and "a yes by" not in plans["303"]
    assert "?" not in plans["303"]  # round 25: no whole line of theirs with a want: the item on the table


@pytest.mark.xfail(strict=True, reason=NO_GOAL_REASON)
def test_the_cios_own_aim_is_never_said_as_theirs(plans: dict[str, str]) -> None:
    assert "own note" not in plans["304"] and "aim this year" not in plans["304"]
    assert "judged by one test" in plans["304"]  # the statement's meaning still said, as a kind (round 25)


def test_an_unmeasured_want_yields_to_their_line_on_the_statement(plans: dict[str, str]) -> None:
    assert "“I want the booking engine to stop crashing on Fridays.”" in plans["305"]  # round 25: their latest want, quoted whole


@pytest.mark.parametrize("text", [
    "a yes by 30 Nov to put the depot on the list",
    "a quote by January 9th, the trustees meet on the 12th",
    "40 tablets on trolleys for it",
    "the same for the outpatient clinics",
    "our draft of the case by the same date",
])
def test_a_deadline_or_a_leaning_clause_never_fills_the_goal_slot(text: str) -> None:
    assert goal_fault(text)


def test_a_purpose_clause_gives_the_meaning_where_the_rest_gives_none() -> None:
    said = meaning_sentence("At Kelso Vale, technology puts sound kit and current records on every ward, so nurses and porters can move patients safely.")
    assert "nurses and porters" in said and "move patients" in said
    assert _run(said, "nurses and porters can move patients safely") < RUN
