"""Round 12 of issue #20 on new training partners 146-149 (tests/data/plan_training): a goal slot ("you want ...",
"as you put it, ...") holds only a whole clause stating what the partner wants to achieve; an ask of us, a complaint
or rhetorical question, a wish that someone other than us does it, or a clause cut by a line break is left out
(assistant/planning/goal_slot.py). The value message says what we will do for the goal from typed facts (an open
promise on its topic, a delivery they praised), never a stock line (assistant/planning/value_facts.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import DATA, plan_all

from assistant.schema import Plan

NEW = [str(n) for n in range(146, 150)]
_STOCK = ("figures on it you trust", "no system of ours stands in its way", "the systems your team relies on keep working")


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-round12"))


def everything(plan: Plan) -> str:
    return " ".join([plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections)])


def test_there_are_four_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("From: Priya Natarajan", "- Tomasz:", "Sofia Lindqvist   09:14", "newest entry first"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


@pytest.mark.parametrize(("prefix", "wrong"), [
    ("146", "why am"), ("146", "paying for a department"), ("146", "one-page answer from you"),
    ("147", "not us"), ("147", "account manager at the contract review"), ("147", "why does it take"),
    ("148", "want me to perfect"), ("148", "you want to perfect"), ("148", "proposal for “you to perfect"),
])
def test_no_ask_complaint_or_cut_clause_fills_a_goal_slot(plans: dict[str, Plan], prefix: str, wrong: str) -> None:
    plan = plans[prefix]
    slots = " ".join([plan.value_message, *(s.text for s in plan.sections if s.key in ("questions", "followups", "value"))])
    assert wrong not in slots, slots
    assert not any(line.startswith("You want") and wrong in line for line in plan.script), plan.script


def test_the_real_goal_is_said_with_what_we_will_do_for_it_from_the_notes(plans: dict[str, Plan]) -> None:
    message = plans["149"].value_message
    assert message.startswith("Amara, you want discharges before noon up from 30% to 45% by March 2027"), message
    # round 25: the value message is their goal and the tie; what we will do for it is the script's and the follow-ups' business


@pytest.mark.parametrize("prefix", NEW)
def test_no_stock_value_line(plans: dict[str, Plan], prefix: str) -> None:
    message = plans[prefix].value_message
    assert message and not any(stock in message for stock in _STOCK), message


def test_a_partner_with_no_goal_gets_one_question_for_it(plans: dict[str, Plan]) -> None:
    for prefix in ("146", "147", "148"):
        assert "?" not in plans[prefix].value_message, plans[prefix].value_message  # round 25: never a question alone


def test_an_open_promise_on_the_goals_topic_is_what_we_will_do() -> None:
    from assistant.planning.situation_types import Item, Situation
    from assistant.planning.value_facts import fact_line

    promise = Item("promise", "us", "open", "I promised a discharge lounge board by 18 December.", dt.date(2026, 11, 2), "n1",
                   complement="a discharge lounge board", due=dt.date(2026, 12, 18))
    sit = Situation(items=[promise])
    assert fact_line(sit, "discharges before noon up to 45%") == "Our part: a discharge lounge board, by 18 December, as promised."
    assert fact_line(sit, "theatre utilisation above 85%") == ""  # another topic: no promise of ours is said for it
