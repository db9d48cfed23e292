"""Issue #20 (rubric b, d): our answer to an open ask comes before the partner's own deadline or the event it is for,
even when a later note names that event on the same subject, in the note's own date format (training partners 250-253);
a deadline a day away is answered at this meeting; our own proposal never lands after the lock the purpose names; an
invitation told as a reported question ("whether our architect could join", "if I'd come to") gets a plain yes (254-255)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from plan_training_helpers import STATEMENT, TODAY, parsed, plan_all, proposed, top

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.schema import Plan
from assistant.settings import Settings

# partner -> the earliest later-noted event tied to the ask (tender 12/14, panel 11.12.2026)
EVENTS = {"250": dt.date(2026, 12, 14), "251": dt.date(2026, 12, 11)}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(["250", "251", "252", "254", "255"], tmp_path_factory.mktemp("dates12"))


@pytest.mark.parametrize("prefix", sorted(EVENTS))
def test_answer_comes_before_the_event_a_later_note_ties_to_the_ask(plans: dict[str, Plan], prefix: str) -> None:
    said = top(plans[prefix])
    days = proposed(said)
    assert re.search(r"My answer, with one owner, comes by|You'll have the [a-z ]+ by", said), said
    assert days and all(TODAY <= d < EVENTS[prefix] for d in days), said


def test_a_lock_a_day_away_is_answered_at_this_meeting(plans: dict[str, Plan]) -> None:
    said = top(plans["252"])
    assert "what we have comes today" in said, said
    assert not [d for d in proposed(said) if d >= dt.date(2026, 12, 6)], said


def test_our_proposal_comes_before_the_lock_the_purpose_names(tmp_path: Path) -> None:
    engine = build_engine(Settings(data_dir=tmp_path), None)
    p = parsed("253")
    plan = engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner),
                                 "agree the fleet data pilot before his budget lock on 10 December", STATEMENT, [], TODAY))
    days = proposed(plan.value_message) + [dt.date.fromisoformat(f.due) for f in plan.followups if f.due]
    assert days and all(TODAY <= d < dt.date(2026, 12, 10) for d in days), (plan.value_message, plan.followups)


@pytest.mark.parametrize(("prefix", "yes"), [("254", "Yes, our data architect will be there on 14 December."),
                                             ("255", "Yes, I'll come to the outage review on 10 December.")])
def test_an_invitation_told_as_a_reported_question_gets_a_plain_yes(plans: dict[str, Plan], prefix: str, yes: str) -> None:
    said = top(plans[prefix])
    assert yes in plans[prefix].script, said
    assert "comes by" not in said and "answer" not in said.lower(), said
    steps = [f.what for f in plans[prefix].followups]
    assert any(w.startswith("Confirm in writing our yes to") for w in steps) and not any(w.startswith("Answer") for w in steps), steps
