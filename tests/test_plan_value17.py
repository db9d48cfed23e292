"""Plan round 17, value message: the statement's outcome and measure, re-voiced for the partner (plural nouns for
'every X', a comparative for a superlative, the qualifier first), never four of its words in a row; no dated answer
to a request, no level said as a want, no question alone, no 'your partner' in place of a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.value_outcome import level_not_move, outcome_sentence, run, without_answers
from tests.plan_training_helpers import plan_all

STATEMENTS = {
    "524": "Technology keeps every pallet picked, packed and delivered at the lowest cost per drop.",
    "525": "Technology keeps every truck and dock moving on time and every driver informed.",
    "526": "Technology lets every student and lecturer use the labs they need, when they need them.",
    "527": "Technology makes sure every shift is staffed, every worker paid right and every rota fair.",
}


@pytest.mark.parametrize(("statement", "said"), [
    ("Technology keeps every pallet picked, packed and delivered at the lowest cost per drop.", "a lower cost per drop"),
    ("Technology keeps every truck and dock moving on time and every driver informed.", "trucks and docks moving on time"),
    ("Technology keeps every oven baking and every order shipped without a stop.", "orders shipped without stops"),
    ("Technology helps the firm run its mills, so that every tonne costs less and every buyer gets the slot they booked.",
     "tonnes cost less"),
    ("Technology keeps the depot's vans, drivers and parcels moving safely and within the law.", "parcels, drivers and vans"),
    ("Technology keeps every ferry and bus connected and shows where every minute is lost.", "keeping ferries and buses connected"),
])
def test_the_outcome_is_said_in_other_words(statement: str, said: str) -> None:
    sentence = outcome_sentence(statement)
    assert said in sentence
    assert run(sentence, statement) < 4  # never four of the statement's words in a row


@pytest.mark.parametrize(("text", "level"), [
    ("freight claims 2.4m last year", True),
    ("minus 7%", True),
    ("call volume 41,000 today", True),
    ("cost per pallet down 6% by the end of 2027", False),
    ("lab use up from 55% to 70% of hours next year", False),
])
def test_a_level_is_no_want(text: str, level: bool) -> None:
    assert level_not_move(text) is level


def test_a_dated_answer_is_the_scripts_business() -> None:
    kept = without_answers(["You want cost per drop down 6%.", "Your request of 8 September: my answer comes by 4 December.",
                            "Your request of 3 October: what we have comes today.", "Hold technology to a lower cost per drop."])
    assert kept == ["You want cost per drop down 6%.", "Hold technology to a lower cost per drop."]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("v17")), STATEMENTS)


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_value_message_carries_meaning_and_no_deferral(plans: dict, who: str) -> None:
    message = plans[who].value_message
    for aside in ("comes by", "comes today", "Your request of", "Your offer of", "your partner"):
        assert aside not in message, message
    assert any(s and not s.endswith("?") for s in message.split(". ")), message
    assert run(message, STATEMENTS[who]) < 4, message  # round 25: the meaning as a kind, never the statement's words


def test_a_level_is_never_said_as_their_want(plans: dict) -> None:
    message = plans["524"].value_message
    assert "last year" not in message, message
    # since the reader dates "[2026-09-08 09:12] Name:" chat stamps (reader19), her own dated goal may lead the message
    assert "your target: cost per pallet down 6%" in message, message


def test_no_name_fallback_in_the_value_message(plans: dict) -> None:
    message = plans["527"].value_message
    assert message and "your partner" not in message.lower() and not message.startswith(","), message
