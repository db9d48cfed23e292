"""Invitations in their time (training partner 301): one to a day already gone, accepted then, is no open item; one
for a day still ahead, with no reply in the notes, stays open and leads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from plan_training_helpers import parsed, top

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.schema import Plan
from assistant.settings import Settings


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    engine = build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("past-events"))), None)
    p = parsed("301")
    assessment = engine.assess(p.notes, partner=p.partner)
    return engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, "next regular meeting",
                                 "Technology at the college gives students better days on every campus.", [],
                                 dt.date(2026, 12, 2)))


def test_invitation_to_a_past_day_is_no_open_item(plan: Plan) -> None:
    everything = " ".join([top(plan), *(i.text for i in plan.open_items)])
    assert "masterplan" not in everything and "16 June" not in everything


def test_invitation_still_ahead_stays_open_and_is_answered_first(plan: Plan) -> None:
    assert any("steering group" in i.text for i in plan.open_items)
    assert "steering group" in plan.script[0] and plan.script[0].startswith("Yes")


def test_accepted_invitation_is_closed_by_our_reply() -> None:
    from assistant.planning.past_events import ACCEPTED

    for reply in ("Wouldn't miss it", "Count me in.", "I'll be there.", "See you there!", "We'd love to."):
        assert ACCEPTED.search(reply), reply
    assert not ACCEPTED.search("I'll check my diary and come back to you.")
