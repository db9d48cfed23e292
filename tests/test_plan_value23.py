"""Plan round 23: the value message never pastes the statement, and its goal slot holds a whole, rightly oriented
goal typed from the partner's numbers, or nothing (tests/data/plan_training/736-738)."""

from __future__ import annotations

import re

import pytest

from assistant.planning.value_goal23 import Goal23, goals_in, slot_fault
from assistant.planning.value_paste21 import longest_run
from tests.plan_training_helpers import plan_all

STATEMENT = ("Technology gives our nurses and crews the right data at the right moment, so every district and ward runs "
             "safely at a cost we can explain.")
CASES = ["736", "737", "738", "739", "740"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = plan_all(CASES, tmp_path_factory.mktemp("value23"), {c: STATEMENT for c in CASES})
    return {k: p.value_message for k, p in out.items()}


@pytest.mark.parametrize("case", CASES)
def test_no_four_statement_words_in_a_row(plans: dict[str, str], case: str) -> None:
    assert longest_run(plans[case], STATEMENT) < 4, plans[case]


@pytest.mark.parametrize("case", CASES)
def test_goal_slot_is_their_typed_goal_or_absent(plans: dict[str, str], case: str) -> None:
    for want in re.findall(r"you want ([^.?!]+(?:\.\d[^.?!]*)?)", plans[case]):
        assert not slot_fault(want, []), (want, plans[case])


def test_their_target_said_with_the_way_it_moves(plans: dict[str, str]) -> None:
    assert "leakage down from 24% to 17% by 2028" in plans["736"]
    assert "availability up from 88% to 93%" in plans["737"]
    assert "22%" not in plans["736"]  # a level of today is never the want
    assert "on-time dispatch up from 84% to 92%" in plans["739"]  # "84%, target 92%": typed, not "you want ... 84%"


def test_a_complaint_or_a_level_clause_never_fills_the_slot(plans: dict[str, str]) -> None:
    assert "you want" not in plans["740"], plans["740"]
    assert "rollout plan you asked for on 15 September" in plans["740"]


def test_the_thing_on_the_table_tied_to_their_measure(plans: dict[str, str]) -> None:
    assert "staffing plan you asked for on 21 October" in plans["737"]
    assert "rollout estimate you asked for on 5 November" in plans["738"]


def test_typed_goal_reads_today_and_target() -> None:
    g = goals_in("The plan is to cut missed collections from 3.4% to 1.5% by 2027.")[0]
    assert (g.measure, g.direction, g.today, g.target, g.by) == ("missed collections", "down", "3.4%", "1.5%", " by 2027")
    up = goals_in("we need first-call resolution from 61% to 75% next year")[0]
    assert (up.measure, up.direction) == ("first-call resolution", "up")


@pytest.mark.parametrize("want", [
    "42% of new hires gone within a year",  # a level of today said as the want
    "on-time delivery 86%",  # today's level (their typed goal says 86% now, 92% wanted)
    "up by a third",  # a direction with no measure
    "a memo",  # too short to be a goal
    "to hear at the 9 o'clock call:",  # a cut phrase
    "the portal not to log you out",  # a complaint
    "churn (about 9% among small accounts",  # a cut bracket
])
def test_goal_slot_faults(want: str) -> None:
    assert slot_fault(want, [Goal23("on-time delivery", "up", "86%", "92%")])


@pytest.mark.parametrize("want", ["scrap under 2%", "60% of invoices matched automatically by Q3 2027",
                                  "complaints from 40 to 25 a month", "to open the Leeds depot on a single rota"])
def test_whole_goals_fill_the_slot(want: str) -> None:
    assert not slot_fault(want, [])
