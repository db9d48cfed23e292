"""Who said it, and what each line may be used for (voice23): confidences on the keep-out list by kind, never their
details; proof is ours and not turned down; an objection is the partner arguing against us, read from their own words;
the CIO's italic aside is no ask; a phone number dictated in words is private."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning import pushback
from assistant.planning import situation_cues as cue
from assistant.planning.plan_text import objection_kinds
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["754", "755", "756"], Path(tmp_path_factory.mktemp("voice23")))


def _section(plan: Plan, key: str) -> str:
    return " ".join(s.text for s in plan.sections if s.key == key)


def _everything(plan: Plan) -> str:
    parts = [plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections)]
    parts += [o.text for o in plan.open_items] + [f"{a.topic} {a.why}" for a in plan.avoid]
    return " ".join(parts)


def test_a_confidence_is_kept_out_by_its_kind_without_its_details(plans: dict[str, Plan]) -> None:
    topics = [a.topic for a in plans["754"].avoid]
    assert any("sale" in t and "confidence" in t for t in topics)
    assert "cider" not in _everything(plans["754"])
    topics = " ".join(a.topic for a in plans["756"].avoid)
    assert "merger" in topics and "site" in topics
    assert "Voss" not in _everything(plans["756"]) and "control rooms" not in _everything(plans["756"])


def test_a_keep_out_review_is_listed_and_never_proof(plans: dict[str, Plan]) -> None:
    assert any("review" in a.topic for a in plans["755"].avoid)
    proof = _section(plans["755"], "competence")
    assert "Ward 6" not in proof
    assert "night staffing board went live" in proof  # our own delivery stays the proof


def test_another_partys_release_is_no_proof_and_a_market_price_no_objection(plans: dict[str, Plan]) -> None:
    assert "Kellerline" not in _section(plans["754"], "competence")
    assert "price" not in _section(plans["754"], "objections")
    objections = _section(plans["756"], "objections")
    assert "GIS licence" in objections and "40,000" not in objections


def test_the_cios_italic_aside_is_no_open_request(plans: dict[str, Plan]) -> None:
    assert not any("evidence behind" in o.text for o in plans["755"].open_items)


def test_a_number_dictated_in_words_stays_out(plans: dict[str, Plan]) -> None:
    assert "oh four seven" not in _everything(plans["756"])
    assert cue.PHONE.search("her cell, she read it out: zero six one one, four nine nine, two zero three")
    assert not cue.PHONE.search("one or two teams, three at most")


def test_keep_out_cues_come_as_a_family() -> None:
    for line in ("The depot closure is not public yet.", "Only if he raises it himself.", "Not to be discussed outside the board.",
                 "Keep out of any meeting with his deputies.", "Please keep the pension review out of any conversation with her."):
        assert cue.DO_NOT_RAISE.search(line), line
    assert not cue.AUDIT.search("She wants the data map for her report to the audit committee in March.")


def test_an_objection_is_the_partner_arguing_against_us() -> None:
    assert objection_kinds("Four hundred cafés in the region buy on price and on who calls first.") == []
    line = 'Jonas owns his side of it ("we were slow too") and then said: "Each date IT gives me slips."'
    assert pushback.voiced_kinds(line, "narrator", objection_kinds) == ["slow"]
    note = 'Halina is impatient. She believes Bogdan "quietly wants a data lake for the mills" and is waiting for IT to propose it first.'
    assert not pushback.quoted_by_partner('She believes Bogdan "quietly wants a data lake for the mills" and is waiting for IT to propose it first.',
                                 note, frozenset({"bogdan"}))
