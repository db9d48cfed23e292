"""Slot fills judged whole (slot_fill, slot_guard) and the name line with a bracketed gloss (training partners 760-765)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Situation
from assistant.planning.slot_fill import noun_fault, quote_fill_fault
from assistant.planning.slot_guard import count_only, slot_fault, trim_fills
from assistant.schema import Plan
from assistant.text.headers import partner_header
from tests.plan_training_helpers import DATA, TODAY, parsed, plan_all


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["760", "761", "762", "763", "764", "765"], tmp_path_factory.mktemp("stitch23"))


def said(plan: Plan) -> str:
    """Everything the CIO reads: main view, details and follow-ups."""
    return " ".join([plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections), *(f.what for f in plan.followups)])


@pytest.mark.parametrize("fill", ["the latest", "down", "a signed", "getting", "freight and storage cost was", "she has promised the owners", "at 9 a.m"])
def test_a_broken_noun_fill_is_named(fill: str) -> None:
    assert noun_fault(fill)


@pytest.mark.parametrize("fill", ["cost per parcel", "first-time fix rate", "the backlog", "days to pay a claim", "signed orders", "a dated plan"])
def test_a_whole_noun_fill_stands(fill: str) -> None:
    assert noun_fault(fill) == ""


def test_a_quoted_fill_cut_mid_clause_is_named_and_a_whole_one_is_not() -> None:
    assert quote_fill_fault("for the audit or whoever asks")
    assert quote_fill_fault("the vendor report says so") == ""
    assert quote_fill_fault("Send me the plan by Friday") == ""


def test_sentence_shapes_with_broken_fills() -> None:
    assert slot_fault("Start from Ola's own number, the current: show where its data sits.")
    assert slot_fault("On 4 May you wanted one extra item before the contract: a signed.")
    assert slot_fault("You asked for the figures from you before the audit: what should our answer include?")
    assert slot_fault("Ola, you want fewer returns (about 12% of orders and faster refunds.")
    assert slot_fault("Start from Ola's own number, returns per thousand orders: show where its data sits.") == ""
    assert slot_fault("You asked us for the figures from the auditors before March.") == ""
    assert slot_fault("Tie each spend line to what it does for she has promised the owners.")
    assert slot_fault("Tie each spend line to what it does for the cost per parcel.") == ""


def test_a_cut_quotation_is_trimmed_where_the_sentence_stands_without_it() -> None:
    assert trim_fills("Answer what Ola asked on 4 May, before 9 June: “for the audit or whoever asks.”") == "Answer what Ola asked on 4 May, before 9 June."
    assert trim_fills("Answer Ola's request of 4 May (“and the board wants it by”): CIO, by 2027-01-04.") == "Answer Ola's request of 4 May: CIO, by 2027-01-04."
    assert trim_fills("You asked for “the plan by Friday”.") == "You asked for “the plan by Friday”."
    assert trim_fills("Answer what Ola asked on 4 May: “and could we get the rota by March?”") == "Answer what Ola asked on 4 May: “could we get the rota by March?”"


def test_a_count_with_nothing_named_is_no_script_line() -> None:
    assert count_only("The 4 things you asked recently are still open.")
    assert not count_only("The 4 things you asked recently are still open. My answer comes by 9 January.")
    assert not count_only("")


def test_a_name_line_with_a_long_role_and_its_gloss_names_the_partner() -> None:
    header = partner_header((DATA / "760_ops_gloss_header.md").read_text().splitlines())
    assert header.name == "Matilde Ferreira Lopes"
    assert parsed("760").partner == "Matilde Ferreira Lopes"


def test_the_plan_names_the_partner_not_your_partner(plans: dict[str, Plan]) -> None:
    plan = plans["760"]
    assert plan.partner == "Matilde Ferreira Lopes"
    assert "your partner" not in said(plan).lower()


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def test_no_question_about_the_future_of_a_stopped_pilot() -> None:
    sit = situation("761")
    assert slot_fault("What would the voice-bot pilot need to deliver for you to call it a success?", sit)
    assert slot_fault("What would the glass-claim payment project need to deliver for you?", sit) == ""


def test_no_proposal_for_what_they_asked_us_to_give() -> None:
    sit = situation("764")
    assert slot_fault("A proposal for “a firm yes and the two slides a week before”, with its cost and date", sit)
    assert slot_fault("A proposal for “IT spend held flat for FY27”, with its cost and date", sit) == ""
    assert slot_fault("A proposal for “to be able to trust the benchmark”, with its cost and date", sit) == ""  # an aim, not a thing handed over


def test_the_plans_carry_no_stitched_slot(plans: dict[str, Plan]) -> None:
    assert "so she wants the date from you stands" not in said(plans["762"])
    assert not re.search(r"know at 6 a\.m(?::|,|\.”)", said(plans["765"]))  # a time where what she wants to know belongs


def test_no_plan_sentence_carries_a_broken_fill(plans: dict[str, Plan]) -> None:
    for key, plan in plans.items():
        for line in [plan.one_thing, *plan.script, *(s.text for s in plan.sections), *(f.what for f in plan.followups)]:
            assert not re.search(r"from you before|: an? [a-z]+\.$|\ba\.m:|proposal for “a firm yes", line), (key, line)


def test_the_training_partners_are_in_range() -> None:
    assert sorted(p.name[:3] for p in Path(DATA).glob("76[0-5]_*")) == ["760", "761", "762", "763", "764", "765"]
