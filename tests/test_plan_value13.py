"""Round 13 of issue #20 on new training partners 166-171 (tests/data/plan_training): the partner's targets in every
shape are typed measures with their numbers (assistant/planning/partner_targets.py); the value message says them, the
value statement's meaning in a few re-voiced words tied to their measure (value_tie.py) and no stock line; What to teach
uses what the CIO's notes want to show the partner, else their own number (teach_lines.py), never a goal fragment."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all

from assistant.planning.contribution import ASK_GOAL
from assistant.planning.goal_slot import goal_fault
from assistant.planning.partner_targets import read_targets
from assistant.planning.situation import build_situation
from assistant.planning.value_tie import RUN, _run, meaning_phrases, meaning_sentence
from assistant.schema import NoteText, Plan

NEW = [str(n) for n in range(166, 172)]
STOCK = ("systems keep working", "keep the systems it depends on running", "feel the difference", "figures you trust",
         "Our part: the systems", "no system of ours stands in its way", "never wait on our systems")


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-value13"))


def teach(plan: Plan) -> str:
    return next(s.text for s in plan.sections if s.key == "teach")


def targets(prefix: str) -> list[tuple[str, str]]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    return [(t.text, t.now) for t in read_targets(sit, p.partner)]


def targets_in(text: str, partner: str = "Marta Quinn") -> list[str]:
    sit = build_situation([NoteText(ref="2026-11-02", date=dt.date(2026, 11, 2), text=text)], partner, [], TODAY)
    return [t.text for t in read_targets(sit, partner)]


def test_there_are_six_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("-----Original Message-----", "| Measure | This year | Target 2027 |", "[10:01] Lucia", "- Mireille:", "CIO journal", "[09:10] bea.lindholm"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


def test_targets_are_read_in_every_shape_with_their_numbers() -> None:
    assert targets("166") == [("leakage from 142 to 118 megalitres a day by April 2028", ""), ("supply interruptions under 7 minutes per property", "9.5 minutes")]
    assert targets("167") == [("Active library members from 41,200 to 48,000", "41,200"), ("E-book loans per month from 9,800 to 14,000", "9,800"),
                              ("Branches open on Sundays from 3 to 6", "3")]  # the KPI table; the action table below it is none
    assert [t for t, _ in targets("168")] == ["days sales outstanding at 38 days by next summer"]  # what the board wants
    assert [t for t, _ in targets("169")] == ["term babies admitted to neonatal care, from 6.4% down to 5% by next spring"]
    assert [t for t, _ in targets("170")] == ["Availability on shelf at 97%"]  # the CIO's own "99.5% uptime" target is not his
    assert targets("171") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Marta's numbers for next year: van utilisation from 61% to 75%, and missed collections below 0.5%.",
     ["van utilisation from 61% to 75%", "missed collections below 0.5%"]),
    ("Marta says a pallet check takes 9 minutes and she wants 4.", ["pallet check from 9 minutes to 4"]),
    ("Marta: Dock-to-stock 26 hours, target 12 hours by the summer peak.", ["dock-to-stock from 26 hours to 12 hours by the summer peak"]),
    ("Marta: Cost per drop under £3.10 is my number.", ["Cost per drop under £3.10"]),
    ("Her plan: a second depot by 2028.", []),  # a date alone is no number to move
    ("My aim this quarter: 99.9% uptime on the depot network.", []),  # the CIO's own aim
])
def test_target_sentences_written_in_other_words(text: str, want: list[str]) -> None:
    assert targets_in(text) == want


def test_the_value_message_says_their_numbers_and_the_statement_meaning_tied_to_them(plans: dict[str, Plan]) -> None:
    message = plans["166"].value_message
    assert message.startswith("Tobias, your target: leakage from 142 to 118 megalitres a day by April 2028"), message
    assert "whether it moves your leakage" in message  # round 25: the tie names their measure; the statement's meaning as a kind, never its words
    assert plans["167"].value_message.startswith("Odile, your target: active library members from 41,200 to 48,000"), plans["167"].value_message
    assert plans["168"].value_message.startswith("Lucia, the target the board holds you to: days sales outstanding at 38 days by next summer"), plans["168"].value_message


@pytest.mark.parametrize("prefix", NEW)
def test_no_stock_line_ask_or_deliverable_in_the_value_message(plans: dict[str, Plan], prefix: str) -> None:
    message = plans[prefix].value_message
    assert message and not any(stock in message for stock in STOCK), message
    for wrong in ("estimate", "by Friday", "one-page answer", "why the customer statements", "uptime", "99.5%", "telemetry licence"):
        assert wrong not in message, message


def test_a_partner_with_no_target_gets_one_question_and_no_stock_line(plans: dict[str, Plan]) -> None:
    message = plans["171"].value_message
    assert ASK_GOAL not in message and "?" not in message, message  # round 25: the item on the table, never a question alone


def test_what_to_teach_uses_the_cios_own_wish_to_show_them(plans: dict[str, Plan]) -> None:
    assert "Show Tobias that his leakage data sits in the telemetry system, the work-order system and the customer contact log" in teach(plans["166"])
    assert "not tried yet" not in teach(plans["166"])
    assert "Show Henrik how the gap-scan data could drive the replenishment orders instead of the weekly count" in teach(plans["170"])


def test_what_to_teach_else_starts_from_their_own_number(plans: dict[str, Plan]) -> None:
    assert "Start from Lucia's own number, days sales outstanding" in teach(plans["168"]), teach(plans["168"])
    assert "Start from Mireille's own number, term babies admitted to neonatal care" in teach(plans["169"]), teach(plans["169"])


@pytest.mark.parametrize("prefix", NEW)
def test_what_to_teach_never_fills_a_goal_slot_with_a_fragment(plans: dict[str, Plan], prefix: str) -> None:
    text = teach(plans[prefix])
    assert "starting from their own goal" not in text and "estimate" not in text and "one-page" not in text, text


@pytest.mark.parametrize(("statement", "phrases"), [
    ("Technology at Harbourside is worth what it does to clear cargo faster and keep the quays safe.", ["clearing cargo faster", "keeping the quays safe"]),
    ("Our technology exists to help our growers sell every crop at a fair price.", ["helping your growers sell each crop"]),  # who is helped stays; cut before its place
    ("Technology at Ledbury is worth the hours it hands back to teachers.", ["handing teachers their hours back"]),  # the noun shape, re-voiced
    ("Technology helps every team plan routes well, cut fuel and answer drivers quickly.", ["planning routes well", "cutting fuel"]),
])
def test_the_statements_meaning_is_re_voiced_never_pasted(statement: str, phrases: list[str]) -> None:
    assert meaning_phrases(statement) == phrases
    said = meaning_sentence(statement, "dwell time")
    assert _run(said, statement) < RUN and (said.endswith("dwell time is where you will see it.") if phrases else said == "")


def test_a_promise_of_ours_is_never_their_goal() -> None:
    assert goal_fault("our route planner, which we promised for May")
    assert not goal_fault("empty miles down from 24% to 18% by the summer")


@pytest.mark.parametrize("text", [
    "our costing for the loading-bay cameras by Thursday, because the capex panel sits then",
    "the test environment access by 14 January",
    "a two-page answer from me by 3 Feb for the trustees",
])
def test_a_thing_of_ours_wanted_by_a_day_is_never_their_goal(text: str) -> None:
    assert goal_fault(text) == "an ask of us, not their goal"


def test_a_view_wanted_within_weeks_is_an_ask_not_a_goal() -> None:
    assert goal_fault("our view within two weeks so the steering group can decide") == "an ask of us, not their goal"


def test_an_outcome_before_an_event_stays_a_goal() -> None:
    assert goal_fault("the loading-bay access system replaced before the lease renewal") == ""
    assert goal_fault("a written plan for offline card payments before Black Friday") == "an ask of us, not their goal"
