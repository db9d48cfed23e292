"""The goal-slot filter (assistant/planning/goal_slot.py): only a whole clause stating what the partner wants to achieve."""

from __future__ import annotations

import pytest

from assistant.planning.goal_slot import fits_goal_slot, goal_fault


@pytest.mark.parametrize("clause", [
    "to know why am I paying for a department that cannot keep payroll running",  # a complaint as a question
    "why does it take IT three weeks to pull a list of contracts?",
    "to understand why the portal is down every Monday",
    "how come nobody in IT answers the phone",
    "a one-page answer from you on who owns payroll fixes",  # an ask of us
    "you to perfect the tracking tags on the landing pages by 2026-11-30",
    "IT to fix the scanners before Christmas",
    "the renewal dates for all software contracts before the review",
    "a straight answer by Friday",
    "Ardent's account manager at the contract review, not us",  # someone other than us
    "the vendor to run it rather than us",
    "me to perfect",  # cut clauses
    "the thing we want to",
    "the landing pages to",
    "the spring campaign we want to perfect before the",
    "to grow",
    "what is the point of a roadmap nobody reads",
])
def test_not_a_goal(clause: str) -> None:
    assert goal_fault(clause), clause


@pytest.mark.parametrize("clause", [
    "discharges before noon up from 30% to 45% by March 2027",
    "discharge delays down",
    "cost per passenger down to £19 by next March",
    "to cut spoilage by a third by next summer",
    "more time with residents and no medicines error",
    "to open two new stores next spring",
    "win rate from 40% to 46% this year",
    "every tanker back at the plant by noon",
    "nurses spending time with patients, not screens",
])
def test_a_goal(clause: str) -> None:
    assert fits_goal_slot(clause), goal_fault(clause)
