"""Who said what, and whether a sentence is the partner's stance (voice21): an objection is listed only where the
partner argues against us, never for a preference for us, an instruction to us or information shared; evidence, wants
and asks carry content in the partner's own voice, never the CIO's narration of the notes; the CIO's braced comments
never ride inside the partner's quoted words."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.plan_text import objection_kinds
from assistant.planning.stance import hollow, not_evidence
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

PREFIXES = ["699", "700", "701", "702"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("voice21")))


def _section(plan: Plan, key: str) -> str:
    return next(s.text for s in plan.sections if s.key == key)


def test_preference_for_us_and_instruction_are_no_vendor_objection(plans: dict[str, Plan]) -> None:
    objections = _section(plans["699"], "objections")
    assert "provider" not in objections and "sooner" not in objections and "stop talking" not in objections


def test_figure_queried_in_our_report_is_no_budget_objection(plans: dict[str, Plan]) -> None:
    assert "defend the total" not in _section(plans["699"], "objections")


def test_confidential_heads_up_is_no_objection(plans: dict[str, Plan]) -> None:
    objections = _section(plans["702"], "objections")
    assert "heads-up" not in objections and "provider" not in objections


def test_narration_is_neither_ask_nor_evidence(plans: dict[str, Plan]) -> None:
    plan = plans["700"]
    assert not any("asked for one thing" in i.text for i in plan.open_items)
    stand = _section(plan, "stand")
    assert "Jotting" not in stand and "said it twice" not in stand


def test_someone_elses_silence_is_no_want_of_the_partner(plans: dict[str, Plan]) -> None:
    assert "say something" not in _section(plans["700"], "stand")


def test_braced_comment_is_cut_from_the_quote(plans: dict[str, Plan]) -> None:
    objections = _section(plans["701"], "objections")
    assert "{" not in objections and "Warm about people" not in objections
    assert "Your department is slow" in objections  # the partner's own words stay


def test_line_addressed_to_the_partner_is_not_their_evidence(plans: dict[str, Plan]) -> None:
    assert "thank you" not in _section(plans["699"], "stand").lower()


@pytest.mark.parametrize("text", [
    "I'd sooner run it with your people than hire a consultancy for it.",
    "She told us to stop phoning the supplier; she will handle the renewal.",
    "FYI, in confidence: the lab will move to the group's outsourced hub next year.",
    "Currently the clerks keep the rota in a spreadsheet and email it round.",
    "The licence spend on the dashboard looks wrong for March.",
    "The new routing cut fuel cost by 9% since April.",
    "Our aim for next year is to save 15% on agency staff spend.",
    "I would rather do it with your analysts than bring in an outsourcer.",
    "Get me a slot with the board in the first week of March.",
])
def test_no_stance_against_us_raises_no_stock_objection(text: str) -> None:
    assert objection_kinds(text) == []


@pytest.mark.parametrize("text, kind", [
    ("We are moving the service desk to an outsourcer next year.", "vendor"),
    ("Why does the IT recharge keep growing?", "budget"),
    ("Please cut the cost of the radio contract by 10%.", "budget"),
    ("Keep the lights on, that's all I ask.", "lights_on"),
    ("My target for 2027 is to cut the IT recharge by 10%.", "budget"),
    ("He plans to outsource the payroll system to a SaaS firm and asked us to price the exit.", "vendor"),
])
def test_real_objections_stay(text: str, kind: str) -> None:
    assert kind in objection_kinds(text)


def test_content_rules() -> None:
    assert hollow("She asked for two things.") and hollow("Putting this down so I don't lose it.") and hollow("Could be one, could be the other.")
    assert not hollow("Password resets down 60%.") and not hollow("Again late.") and hollow("He said so again.; Ivo Marsh")
    assert not_evidence("Maren, thanks for this.", frozenset({"maren"})) and not not_evidence("Maren: thanks for this.", frozenset({"maren"}))
    assert not not_evidence('Maren, after the call: "That was quick, well done."', frozenset({"maren"}))
