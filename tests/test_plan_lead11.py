"""The one thing and the script follow the meeting's purpose (issue #20, round 14, training partners 206-208): the ask or
promise the purpose names leads a newer side request (assistant/planning/purpose_lead.py); every day said comes before
the partner's own decision date; a "please don't ..." is no ask to answer by a date; an undated item is said without a
day ("Recently you asked ...", never "On recently")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from plan_training_helpers import DATA, STATEMENT, TODAY, parsed, proposed

from assistant.factory import build_engine
from assistant.planning.ask_order import no_reply_due
from assistant.planning.followup_lines import aim_followup, told_as_action, working_day
from assistant.planning.planner import PlanInput
from assistant.planning.purpose_lead import decision_date
from assistant.planning.purposes import purpose_for
from assistant.planning.situation_types import Item
from assistant.schema import Plan
from assistant.settings import Settings

PURPOSES = {
    "206": "capacity forecast before her 12 January steering group",
    "207": "archive move estimate before the 16 Dec investment panel",
    "208": "next regular meeting",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    engine = build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("plan-lead11"))), None)
    out = {}
    for prefix, purpose in PURPOSES.items():
        p = parsed(prefix)
        assessment = engine.assess(p.notes, partner=p.partner)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, purpose, STATEMENT, [], TODAY))
    return out


def test_three_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in PURPOSES)
    for mark in ("**2026-11-03**", "-----Original Message-----", "I did not write the dates down"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in PURPOSES)


def test_our_promise_the_purpose_names_leads_a_newer_side_request(plans: dict[str, Plan]) -> None:
    plan = plans["206"]
    assert "capacity forecast" in plan.one_thing and "8 January" in plan.one_thing, plan.one_thing
    assert "capacity forecast" in plan.script[0] and "8 January" in plan.script[0], plan.script
    assert not any("list" in line for line in plan.script[:1]), plan.script
    assert all(day < dt.date(2027, 1, 12) for day in proposed(" ".join(plan.script))), plan.script  # before her steering group


def test_their_ask_the_purpose_names_is_answered_before_their_panel(plans: dict[str, Plan]) -> None:
    plan = plans["207"]
    assert "estimate" in plan.one_thing and "11 December" in plan.one_thing, plan.one_thing
    assert "estimate" in plan.script[0], plan.script
    days = proposed(" ".join([plan.one_thing, *plan.script]))
    assert days and all(TODAY <= day < dt.date(2026, 12, 16) for day in days), days


def test_a_please_dont_is_no_ask_to_answer_by_a_date(plans: dict[str, Plan]) -> None:
    plan = plans["207"]
    said = " ".join([plan.one_thing, *plan.script, *(f.what for f in plan.followups)])
    assert "forward" not in said, said


def test_an_undated_item_is_said_without_a_day(plans: dict[str, Plan]) -> None:
    plan = plans["208"]
    said = " ".join([plan.one_thing, *plan.script, *(f.what for f in plan.followups)])
    assert not re.search(r"\b(?:on|of|from) recently\b", said, re.IGNORECASE), said
    assert any(line.startswith("Recently you asked") for line in plan.script), plan.script


@pytest.mark.parametrize(("text", "key"), [
    ("contract review estimate before her 7 Dec budget bid", "free"),  # her budget is the event, not the meeting's kind
    ("warehouse robots business case ahead of his budget committee", "free"),
    ("budget review", "budget_review"),
    ("Q1 budget review for the claims team", "budget_review"),
    ("quarterly review", "quarterly_review"),
])
def test_the_purpose_kind_is_read_from_its_own_subject(text: str, key: str) -> None:
    purpose = purpose_for(text)
    assert purpose.key == key and purpose.text == text


def test_the_decision_date_is_the_purposes_own_day_ahead() -> None:
    today = dt.date(2026, 11, 30)
    assert decision_date(purpose_for("sensor plan before the 10 Dec capital committee"), today) == dt.date(2026, 12, 10)
    assert decision_date(purpose_for("quarterly review"), today) is None


def test_money_offered_towards_a_project_gets_a_plain_yes_to_that_thing(plans: dict[str, Plan]) -> None:
    script = plans["208"].script
    assert any(line.startswith("Yes to sharing the cost of the telematics pilot;") for line in script), script
    assert not any(line.startswith("Thank you for your") for line in script), script  # an unnamed thanks says nothing


@pytest.mark.parametrize(("aim", "said"), [
    ("to know which service lines lose money", "A proposal to help Mira know which service lines lose money, with its cost and date"),
    ("submit the capital bid to the trustees in March", "A proposal to help Mira submit the capital bid to the trustees in March, with its cost and date"),
    ("first-call resolution up from 60% to 75%", "A proposal for “first-call resolution up from 60% to 75%”, with its cost and date"),
    ("to get his team off spreadsheets", ""),  # whose team, said to the CIO? named by its date instead
    ("Keep the scanners working through peak", "A proposal for “Keep the scanners working through peak”, with its cost and date"),  # their words
])
def test_an_aim_told_as_an_action_is_said_as_what_the_proposal_helps_them_do(aim: str, said: str) -> None:
    assert aim_followup("A proposal", aim, "Mira") == said


@pytest.mark.parametrize(("day", "working"), [
    (dt.date(2026, 12, 25), dt.date(2026, 12, 28)),  # Christmas Day (Friday), Boxing Day, a weekend
    (dt.date(2027, 1, 1), dt.date(2027, 1, 4)),
    (dt.date(2026, 12, 9), dt.date(2026, 12, 9)),
    (dt.date(2026, 12, 12), dt.date(2026, 12, 12)),  # a Saturday "by" date stands
])
def test_a_day_the_plan_picks_itself_is_no_holiday(day: dt.date, working: dt.date) -> None:
    assert working_day(day) == working


def test_an_aim_told_as_an_action_is_no_name_for_the_next_step() -> None:
    assert told_as_action("to know which service lines lose money")
    assert not told_as_action("first-call resolution up from 60% to 75%")


@pytest.mark.parametrize(("complement", "none_due"), [
    ("don't pass this on to the regional leads", True),
    ("say yes", True),
    ("don't send anything to the trustees until I've seen the numbers", False),  # a 'don't' about the work stays an ask
    ("do not move the go-live without telling me", False),
    ("don't share it with the board until I have seen the numbers", False),
])
def test_a_plea_about_the_message_itself_gets_no_dated_answer(complement: str, none_due: bool) -> None:
    item = cast(Item, SimpleNamespace(kind="request", complement=complement))
    assert no_reply_due(item) is none_due
