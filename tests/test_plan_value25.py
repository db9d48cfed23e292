"""Round 25: the value message is the partner's own goal, said whole, and one sentence tying what we bring today to it.

Their goal is a typed fact (a target with a number, a line of their own words with a want or a worry), theirs and not a
deputy's, still current (a target a later note shows met gives way to the newer one). It is quoted whole or said as
the target item; the tie carries the statement's meaning as a kind, never its words. With no goal, the item on the
table by its date, judged by that meaning: never a bare question or the statement pasted. Training partners 816-822."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import NO_GOAL_REASON, notes_text, plan_all, xfail_without_goal

from assistant.planning.value_own import KINDS, own_sentences, statement_kind, tie_sentence

STATEMENTS = {
    "816": "Technology at the port keeps every ship moving safely in and out, on the hour it was promised.",
    "817": "Technology helps every office serve residents quickly and get every record right the first time.",
    "818": "Technology helps every school decide with data it trusts and spend more time on teaching.",
    "819": "Technology keeps every parcel moving from depot to door on time, at a cost we can defend.",
    "821": "Technology helps every store sell more and keeps every till and shelf running.",
    "822": "Technology gets every result to the clinician who needs it, fast and right.",
    "820": "Technology helps every team serve customers well, run the business safely and decide with numbers they trust.",
}


@pytest.fixture(scope="module")
def messages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    plans = plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("value25")), STATEMENTS)
    return {k: p.value_message for k, p in plans.items()}


def _runs(message: str, statement: str, n: int = 5) -> list[str]:
    """Runs of n words of the statement said in the message: the statement pasted."""
    words = re.findall(r"[a-z']+", statement.lower())
    said = " ".join(re.findall(r"[a-z']+", message.lower()))
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) in said]


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_never_the_statement_pasted_nor_a_question_alone(messages: dict[str, str], who: str) -> None:
    xfail_without_goal(who)
    message = messages[who]
    assert message and not message.rstrip().endswith("?"), message
    assert not _runs(message, STATEMENTS[who]), (message, _runs(message, STATEMENTS[who]))


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_every_quotation_is_their_line_whole(messages: dict[str, str], who: str) -> None:
    notes = notes_text(who)
    for quoted in re.findall(r"“([^”]+)”", messages[who]):
        assert quoted in notes, (quoted, messages[who])


def test_their_number_in_their_own_words(messages: dict[str, str]) -> None:
    assert messages["816"].startswith("Oona, "), messages["816"]
    assert "50 minutes" in messages["816"] and "at 20" in messages["816"], messages["816"]


def test_a_worry_in_their_own_words_is_the_goal(messages: dict[str, str]) -> None:
    assert "Nobody queues outside in the rain" in messages["817"], messages["817"]


def test_a_target_since_met_gives_way_to_the_newer_one(messages: dict[str, str]) -> None:
    assert "reading age" in messages["818"] and "70%" in messages["818"], messages["818"]
    assert "94%" not in messages["818"], messages["818"]


def test_a_deputys_number_is_never_the_partners_goal(messages: dict[str, str]) -> None:
    assert "98%" not in messages["819"] and "06:30" not in messages["819"], messages["819"]
    assert "keep the handhelds working" in messages["819"], messages["819"]


@pytest.mark.xfail(strict=True, reason=NO_GOAL_REASON)
def test_no_goal_the_item_on_the_table_and_its_purpose(messages: dict[str, str]) -> None:
    assert "your request of 27 November judged by one test" in messages["820"], messages["820"]


def test_the_cios_own_aim_is_never_said_as_theirs(messages: dict[str, str]) -> None:
    assert "council" not in messages["821"] and "80%" not in messages["821"], messages["821"]
    assert "Saturdays to just work" in messages["821"], messages["821"]


def test_a_want_delivered_since_gives_way_to_the_one_voiced_after_it(messages: dict[str, str]) -> None:
    assert "45 minutes" in messages["822"] and "retyping" not in messages["822"], messages["822"]


def test_their_sentences_hold_the_want_not_the_aside() -> None:
    line = "Perhaps, though that is a Dr. Smith decision and not for me. What I need is the depot open at six and the vans full."
    assert own_sentences(line) == "What I need is the depot open at six and the vans full."
    assert own_sentences("Fine, go ahead with the pilot.") == ""


def test_the_tie_names_their_measure_and_a_kind_never_the_statements_words() -> None:
    statement = "Technology keeps every bus running on time and every passenger informed."
    kind = statement_kind(statement, "T", "late departures from 12% to 5%")
    assert kind == "running"
    tie = tie_sentence(kind, "your late departures", True, statement)
    assert "your late departures" in tie and KINDS["running"] not in tie  # round 32: their measure, never the stock kind line
    assert tie.count("Our part is keeping every bus running") == 1, tie  # the statement's meaning, said whole as our part
    assert not _runs(tie, statement, 4)
