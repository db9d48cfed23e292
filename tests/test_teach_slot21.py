"""The teach slot says nothing stitched: a partner's number is used only when its name reads as a measure, and the
partner's stated aim is never quoted into a 'Start from what X wants' frame."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.planning.partner_targets import Target
from assistant.planning.teach_lines import target_teach_point


def _target(text: str) -> Target:
    return Target(text=text, now="", spoken=True, date=dt.date(2026, 11, 4), note_ref="note 1")


@pytest.mark.parametrize("text", ["first-call resolution from 61% to 75% by June", "scrap rate under 2% by Q3"])
def test_a_named_measure_is_a_teach_point(text: str) -> None:
    point = target_teach_point([_target(text)], "Oona", "T")
    assert point is not None and point.text.startswith("Start from Oona's own number, ")


@pytest.mark.parametrize("text", ["down by a quarter by 2028", "up 12% on last year", "the new: 40 by March"])
def test_a_number_with_no_measure_named_is_left_out(text: str) -> None:
    assert target_teach_point([_target(text)], "Oona", "I") is None



@pytest.mark.parametrize(("goal", "is_target"), [
    ("contract review under five days by summer", True),
    ("the invoice backlog under a thousand by the year end", True),
    ("halve the time to onboard a supplier", True),
    ("a draft of how this would work for the NDA queue", False),
    ("my sign-off and a one-page summary", False),
])
def test_only_a_goal_with_a_number_is_re_voiced_into_a_question(goal: str, is_target: bool) -> None:
    from assistant.planning.detail_lines import _TARGET

    assert bool(_TARGET.search(goal)) is is_target
