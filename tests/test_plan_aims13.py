"""Rubric b: every aim a purpose names is answered in the script, in its order (training partners 306-309): an offer of
money and a seat gets a plain yes, never a budget-review question or a deferral; a decision they asked of us gets a yes
with their date; our own dated promise is said with its date; an offer of ours is said once; a review to agree gets a yes;
the purpose is never pasted whole into a line."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_training_helpers import STATEMENT, TODAY, parsed

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.schema import Plan
from assistant.settings import Settings

PURPOSES = {
    "306": "answer her motor co-funding and steering group offer and give her the motor data migration plan",
    "307": "bring the imaging PC quote, confirm the faculty board slot, and offer one page on first-year physics drop-out",
    "308": "answer her request for Marco in the demand planning cell and confirm the Valencia demand forecast",
    "309": "give him a brake-test app date I can keep for his safety board, and agree a quick review of Snaplog",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    engine = build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("aims13"))), None)
    out = {}
    for prefix, purpose in PURPOSES.items():
        p = parsed(prefix)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner),
                                            purpose, STATEMENT, [], TODAY))
    return out


def test_an_offer_of_money_and_a_seat_gets_a_yes_before_our_promise(plans: dict[str, Plan]) -> None:
    script = plans["306"].script
    assert script[0].startswith("Yes to your motor co-funding and steering group offer"), script
    assert any("migration plan" in line and "4 December" in line for line in script[1:]), script
    assert not any("budget" in line.lower() or "comes by" in line for line in script), script
    assert not any("Thank you" in line for line in script[1:]), script  # the yes answers the seat too: no second line on it


def test_three_aims_three_lines_in_the_purpose_order(plans: dict[str, Plan]) -> None:
    script = plans["307"].script
    assert len(script) == 3, script
    assert "quote" in script[0] and "faculty board" in script[1] and "first-year physics" in script[2], script
    assert script[1].startswith("Yes") and "20 January" in script[1], script  # the plain yes with its day


def test_a_decision_they_asked_for_gets_a_yes_and_our_dated_promise_follows(plans: dict[str, Plan]) -> None:
    script = plans["308"].script
    assert script[0].startswith("Yes to your request for Marco"), script
    assert "8 January" in script[0] and "my answer" not in script[0].lower(), script
    steps = [f.what for f in plans["308"].followups]
    assert not any(w.startswith("Answer") and "17 November" in w for w in steps), steps  # the yes stands: no second answer
    assert "Valencia demand forecast" in script[1] and "22 January" in script[1] and not script[1].startswith("Yes"), script


def test_a_review_the_partner_offered_to_request_gets_a_yes(plans: dict[str, Plan]) -> None:
    script = plans["309"].script
    assert any(line.startswith("Yes to a quick review of Snaplog.") for line in script), script


@pytest.mark.parametrize("prefix", sorted(PURPOSES))
def test_the_purpose_is_never_pasted_whole(plans: dict[str, Plan], prefix: str) -> None:
    said = " ".join([plans[prefix].one_thing, *plans[prefix].script])
    assert PURPOSES[prefix] not in said and " and give her " not in said and " and confirm the " not in said, said


def test_a_dated_action_row_of_ours_is_never_called_nothing_open(tmp_path: Path) -> None:
    engine = build_engine(Settings(data_dir=tmp_path), None)
    p = parsed("310")
    plan = engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner),
                                 "next regular meeting", STATEMENT, [], TODAY))
    text = " ".join(s.text for s in plan.sections)
    assert "No promise or miss of ours is open" not in text, text
    owed = next(line for line in text.split(". ") if "still owe" in line)
    assert "harbour dues report" in owed.lower() and "Crane" not in owed, owed  # ours, never her own action
