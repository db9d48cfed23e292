"""Round 20: one final check over the finished value message. Every meaning sentence, whatever its frame, carries a
WHOLE clause of the statement (no pronoun subject cut from its antecedent, no noun phrase cut from its verb, no stop
inside a list, no organisation's name); otherwise the whole clause tied to the partner replaces it. The 'Hold
us/technology to' frames are retired. Invented statements, and training partners 623-624."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.value_settle19 import MEANING, sentences, settle
from assistant.planning.value_whole20 import carries_whole, readable
from tests.plan_training_helpers import plan_all

SHOP = "Technology at Pellow Outfitters helps us know the walkers we equip, equip them well and keep them, so they come back every season."
PORT = "Technology at Harran Docks keeps every crane lifting and every berth booked, at a cost each shipping line understands."
CLINIC = "Technology at Wexcombe Clinics puts the right record in front of every clinician, so patients are seen sooner."
ODD = "Technology at our firm exists to move every crate to the right dock, at a cost per crate that keeps falling."


def _meaning(message: str) -> list[str]:
    return [s for s in sentences(message) if MEANING.search(s)]


def test_pronoun_outcome_is_never_the_meaning() -> None:
    out = settle("Orla, hold us to this: they come back every season.", SHOP, "", "marketing", first="Orla")
    assert "they come back" not in out and "hold us to" not in out.lower()
    assert len(_meaning(out)) == 1 and "knowing the walkers you equip" in out


def test_noun_phrase_frame_is_replaced_by_a_whole_clause() -> None:
    out = settle("Director, hold technology to a cost each shipping line understands.", PORT, "run cost per lift", "finance", first="Director")
    assert "hold technology" not in out.lower()
    assert "earns its keep by keeping each crane lifting" in out or "earns its keep by keeping each berth booked" in out


def test_cut_object_is_replaced() -> None:
    out = settle("Bryn, you want waits under two weeks. For you, technology earns its keep by putting the right record.", CLINIC,
                 "waits under two weeks", "general", role="Head of Nursing", first="Bryn")
    assert "putting the right record." not in out
    assert "putting the right record in front of each clinician" in out
    assert out.startswith("Bryn, you want waits under two weeks.")


def test_org_name_inside_the_frame_is_mended() -> None:
    out = settle("For you, technology earns its keep by letting Pellow Outfitters know the walkers.", SHOP, "", "marketing", first="Tam")
    assert "Pellow" not in out and len(_meaning(out)) == 1


def test_question_alone_takes_a_meaning_sentence() -> None:
    out = settle("What result would make next year a success for you?", PORT, "", "operations", first="Ines")
    assert len(_meaning(out)) == 1 and out.endswith("?")
    assert any(not s.endswith("?") for s in sentences(out))


def test_whole_clauses_pass_and_unreadable_statements_are_left_alone() -> None:
    assert carries_whole("For you, technology earns its keep by keeping each crane lifting.", PORT)
    assert not carries_whole("Hold us to this: they come back every season.", SHOP)
    assert not carries_whole("For you, technology earns its keep by keeping your walkers, your kit.", SHOP)
    assert not readable(ODD) and readable(PORT)
    kept = "Sam, for you, technology earns its keep by moving every crate to the right dock."
    assert settle(kept, ODD, "", "operations", first="Sam") == kept


STATEMENTS = {"623": SHOP, "624": PORT}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("value20")), STATEMENTS)


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_training_partners_get_one_whole_meaning(plans: dict, who: str) -> None:
    message = plans[who].value_message
    assert ("judge what i bring today" in message.lower() or "judged by one test" in message), message  # round 25: their goal or the item on the table, judged by the meaning
    assert "hold us to" not in message.lower() and "hold technology to" not in message.lower(), message
