"""Plan round 16, value message: where no aim of theirs is said, the partner's own short phrase for what they want
("all I ask is ...", she said she needs "...", "I just want ...") is quoted back as the aim; never the CIO's own
quotation, a number, a request of us, or a topic the notes keep out of the room, which never enters the message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.contribution import ASK_GOAL
from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.their_phrase import phrase_sentence, their_phrases
from assistant.schema import NoteText
from tests.plan_training_helpers import plan_all

STATEMENTS = {
    "470": "Technology keeps every customer's call answered and every repair crew sent to the right street.",
    "471": "Technology keeps every parcel moving through our sites on time, at the lowest cost.",
    "472": "Technology gives our nurses their time back for patients.",
}


def _sit(*lines: tuple[str, str]) -> Situation:
    text = "\n".join(t for _s, t in lines)
    note = NoteText(ref="n1", date=dt.date(2026, 11, 2), text=text)
    return Situation(sentences=[Sentence(t, note, s, n) for n, (s, t) in enumerate(lines)])


@pytest.mark.parametrize(("speaker", "line", "phrase"), [
    ("partner", "Honestly, all I ask of you is a printer that works on Mondays.", "a printer that works on Mondays"),
    ("narrator", 'She said she needs "the tills up and the shelves scanned, that\'s all I ask".', "the tills up and the shelves scanned"),
    ("narrator", 'He was blunt: "I just want the vans leaving on time."', "the vans leaving on time"),
    ("partner", "Stock counts that match the shelf, that is all I want.", "Stock counts that match the shelf"),
    ("narrator", 'Her words: "I need to know why the bill grows every quarter."', "to know why the bill grows every quarter"),
])
def test_their_own_phrase_is_read(speaker: str, line: str, phrase: str) -> None:
    assert their_phrases(_sit((speaker, line)))[0][0] == phrase


@pytest.mark.parametrize(("speaker", "line"), [
    ("narrator", 'I told her "I need the signed form by Friday".'),  # the CIO's own words
    ("narrator", "I want the migration finished before Easter."),  # the CIO narrating
    ("partner", "I want churn at 3% by next summer."),  # a number: the numeric aim's business
    ("partner", "I need you to send me the quote."),  # a request of us
    ("partner", "If I need anything else I will call."),  # a condition, no want
    ("partner", "I need an answer by the 9th."),
])
def test_no_phrase_that_is_not_their_want(speaker: str, line: str) -> None:
    assert their_phrases(_sit((speaker, line))) == []


def test_phrase_sentence_reads_whole() -> None:
    assert phrase_sentence("Ana", "a dial tone", "ask") == "Ana, you've said what you ask of us is “a dial tone”."
    assert phrase_sentence("Ana", "to see the cost", "need") == "Ana, you've said you need “to see the cost”."


def test_training_partners_quote_their_phrase(tmp_path: Path) -> None:
    plans = plan_all(["470", "471", "472"], tmp_path, STATEMENTS)
    phones, docks, clinics = (plans[k].value_message for k in ("470", "471", "472"))
    assert ASK_GOAL not in phones and "?" not in phones  # round 25: no goal of theirs whole: the item on the table
    assert "telematics" not in docks.lower()  # the notes keep it out of the room
    assert "budget pack" not in docks  # the CIO's own quotation is never theirs
    for msg in (phones, docks, clinics):
        assert "morale" not in msg.lower()


@pytest.mark.parametrize("line", [
    "The launch is the thing we want to polish before the board sees it.",  # its object went before: a cut clause
    "I still want a short written answer on who owns the fixes.",  # a deliverable asked of us
])
def test_no_cut_clause_and_no_deliverable(line: str) -> None:
    assert their_phrases(_sit(("partner", line))) == []
