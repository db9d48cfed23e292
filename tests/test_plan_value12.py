"""Value message, round 12: the partner's measure said as a typed fact (a level or a bare want joins the measure it
follows; a number with no measure is never said as a want), the statement's clause nearest that measure re-voiced
whole, no empty proposal, and a last guard for sentences where two speakers run together or a chat label sits inside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.planning.fragments import sentence_fault
from assistant.planning.value_tie import fitting_phrases
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

STATEMENTS = {
    "296": "Technology at our firm exists to move every pallet to the right bay and the right truck on time, at a cost per load that keeps falling.",
    "297": "Technology at our trust exists to give carers back time with the people they visit and to get every visit recorded, safely, without paperwork.",
    "298": "Technology at the council exists to help residents find, borrow and enjoy what the libraries hold, and to let staff spend their time with readers rather than on systems.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("value12")), STATEMENTS)


def test_level_and_want_join_the_measure_they_follow(plans: dict[str, Plan]) -> None:
    message = plans["296"].value_message
    assert "pallets per labour hour 38 (31 now)" in message
    assert not re.search(r"you want (?:currently|target|\d)|she wants", message)


def test_bare_want_takes_the_measure_of_the_sentence_before(plans: dict[str, Plan]) -> None:
    message = plans["297"].value_message
    assert "visits logged on the day from 64% to 90% by March" in message


def test_target_after_an_aside_keeps_its_measure_and_no_empty_proposal(plans: dict[str, Plan]) -> None:
    message = plans["298"].value_message
    assert "e-loans per member" in message and "you want target" not in message
    assert "costed proposal" not in message


def test_meaning_is_tied_to_their_measure(plans: dict[str, Plan]) -> None:
    for key in STATEMENTS:
        assert "judge what i bring today" in plans[key].value_message.lower()  # round 25: the tie names their measure; the statement's meaning as a kind, never its words
        assert "earns its keep" not in plans[key].value_message


def test_clauses_read_whole_and_the_nearest_one_first() -> None:
    statement = "Technology at Upbridge exists to give residents safe, warm homes and quick repairs, and to let our staff spend their time with residents."
    phrases = fitting_phrases(statement)
    assert "giving residents safe, warm homes and quick repairs" in phrases
    assert not any(p.endswith("safe") for p in phrases)
    beds = "We exist to give doctors back time with patients and to get every patient into the right bed, safely, without waiting."
    assert fitting_phrases(beds, "no patient waiting more than 4 hours for a bed")[0] == "getting each patient into the right bed"
    pumps = fitting_phrases("Technology at Ordley exists to help us build reliable pumps at the right cost, with plants working from the same facts.")
    assert pumps and pumps[0].startswith("building reliable pumps") and not any("plants working" in p for p in pumps)


@pytest.mark.parametrize("sentence", [
    "Ines, you want I want the desk to close by noon.",
    "That matters for he wants the numbers first.",
    "We agreed the plan and [14:05] Tomas Varga: we start Monday.",
])
def test_run_together_speakers_and_chat_labels_are_faults(sentence: str) -> None:
    assert sentence_fault(sentence)


@pytest.mark.parametrize("sentence", [
    "Ines, you want the desk to close by noon.",
    "Your request of 2 December: my answer comes by 9 December.",
    "You said she wants a plan.",
])
def test_whole_sentences_pass(sentence: str) -> None:
    assert not sentence_fault(sentence)


def test_a_want_a_later_note_reports_done_is_not_said_back(tmp_path: Path) -> None:
    statement = "Technology at our bakery exists to keep every line baking and to show each shift where time and flour are lost."
    message = plan_all(["299"], tmp_path, {"299": statement})["299"].value_message
    assert "label printers" not in message and "jam" not in message, message
    assert "costed proposal" not in message


def test_reported_done_and_aside() -> None:
    from assistant.planning.goal_done import without_aside

    assert without_aside("sensors for the two new sites - the contractor is installing, due Oct") == "sensors for the two new sites"


def test_a_quotation_inside_the_cios_bracketed_aside_stays_the_partners_goal(tmp_path: Path) -> None:
    statement = "Technology at our galleries exists to bring more people through the doors and to give every visitor a day worth coming back for."
    message = plan_all(["300"], tmp_path, {"300": statement})["300"].value_message
    assert "paid visits from 410,000 to 480,000 by March 2027" in message, message
    assert "whether it moves your paid visits" in message, message  # round 25: the tie names their measure; the statement's meaning as a kind, never its words


def test_a_one_word_measure_at_a_share_is_named_as_a_share() -> None:
    from assistant.planning.partner_targets import Target

    assert Target("web at 45% of bookings by 2028", "", False, None, "n").metric == "web share of bookings"
    assert Target("churn at 3%", "", False, None, "n").metric == "churn"
