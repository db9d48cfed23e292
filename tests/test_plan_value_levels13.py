"""A level as it stands is never said as the partner's want, and a request is never their aim (blind review v10: "you
want turnover of casuals is 61% a year" inverted a goal of 50%). Training partner 406."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.planning.aim_kinds import not_an_aim
from assistant.planning.target_status import current_level
from tests.plan_training_helpers import plan_all


@pytest.mark.parametrize("text", ["turnover of casuals is 61% a year", "line 1 at 71% and line 3 at 58%",
                                  "auto claims average 19 days", "FCR sits at 64% today"])
def test_a_level_today_is_no_want(text: str) -> None:
    assert current_level(text)


@pytest.mark.parametrize("text", ["cost per pallet down 6% across 9 warehouses", "the app rating above 4.5 by the summer",
                                  "FCR from 64% to 75% by the end of 2027", "churn under 8% next year"])
def test_a_target_with_its_direction_is_a_want(text: str) -> None:
    assert not current_level(text)


@pytest.mark.parametrize("text", ["a yes/no on the callback pilot before the board on 15 January",
                                  "to take it to Sam before he decides on the outsourcing question",
                                  "a decision on the analyst by Friday"])
def test_a_decision_or_a_step_timed_to_their_event_is_no_aim(text: str) -> None:
    assert not_an_aim(text)


@pytest.mark.parametrize("text", ["same-day dispatch for 90% of orders by September", "the app rating above 4.5 by the summer"])
def test_an_outcome_with_its_number_stays_an_aim(text: str) -> None:
    assert not not_an_aim(text)


def test_the_value_message_never_says_a_level_or_a_request_as_the_want(tmp_path: Path) -> None:
    message = plan_all(["406"], tmp_path)["406"].value_message
    assert not re.search(r"you want[^.]*(?:(?<!from )64%|sits at|yes/no)", message), message  # "from 64% to 75%": the move, never the level
    assert "FCR sits is where" not in message
