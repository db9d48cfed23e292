"""Session 23 (r2due) on training partners 1127-1129: a partner's deadline that fell before the meeting with no word
since. Where a line of ours took the ask up (an owner named, its thing costed), an answer may have gone unrecorded and
the plan asks whether it reached them (due31). Where no line of ours ever spoke of it, no answer is presumed: the date
is said to have passed, and the plan asks, never proposing a later date (asks25b)."""

from __future__ import annotations

import pytest
from plan_training_helpers import TODAY, plan_all, proposed

from assistant.schema import Plan

UNTAKEN = {"1127": "16 November", "1129": "30 November"}
ASKED = "did our answer reach you"


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all([*UNTAKEN, "1128"], tmp_path_factory.mktemp("plan-due32"))


@pytest.mark.parametrize("prefix", list(UNTAKEN))
def test_a_deadline_no_line_of_ours_took_up_is_said_to_have_passed(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    script = " ".join(plans[prefix].script)
    assert f"Your deadline of {UNTAKEN[prefix]} has passed. I cannot see that our answer reached you: did it?" in script, script
    assert "did our answer reach you in time" not in script and "Was it what you needed" not in script, script  # no answer on record
    assert not any(d > TODAY for d in proposed(script)), script  # never a later date for a date that has gone


def test_a_deadline_a_later_line_of_ours_took_up_is_asked_about(plans) -> None:  # type: ignore[no-untyped-def]
    script = " ".join(plans["1128"].script)  # a costing put to a named colleague of ours: the answer may have gone
    assert f"Your deadline was 23 November: {ASKED}" in script, script
    assert "has passed" not in script and "cannot see" not in script, script


def test_the_one_thing_and_the_script_agree_on_the_day(plans) -> None:  # type: ignore[no-untyped-def]
    for prefix, day in UNTAKEN.items():
        assert day in plans[prefix].one_thing and day in " ".join(plans[prefix].script), plans[prefix].one_thing
