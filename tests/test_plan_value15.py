"""Plan round 15, value message: a level followed by the want is said as a move ("down from 48% to 35%"), never the
level as a want; a dated answer to a request is no value message by itself; the statement said back (its words reordered)
never stays; a meaning phrase keeps the qualifier that carries its point ("in fewer months"), never a cut clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.aim_moves import read_move
from assistant.planning.contribution import ASK_GOAL
from assistant.planning.value_final import finish_value, request_answer, statement_pasted
from assistant.planning.value_tie import meaning_sentence
from assistant.planning.value_whole import whole_phrase
from tests.plan_training_helpers import plan_all

STATEMENTS = {
    "447": "Technology helps our adjusters settle every honest claim faster, so members get back on their feet sooner.",
    "448": "Technology keeps every store ready to trade and every colleague able to serve from their first day.",
}

MOVES = [
    ("Her priorities: staff turnover is 44% a year; she wants it down to 30.", "staff turnover down from 44% to 30%"),
    ("His number is cycle time: home repairs average 23 days, he wants 12 by end of 2028.", "home repairs from 23 days to 12 by end of 2028"),
    ("Average wait on the phones is now 11 minutes, but she would like 4.", "wait on the phones from 11 minutes to 4"),
    ("Repeat visits stand at 31% and I want that at 20% by March.", "repeat visits from 31% to 20% by March"),
    ("Overtime is £2.2m a year and she wants it under £1.5m by end of 2027.", "overtime from £2.2m to under £1.5m by end of 2027"),
    ("Grant approvals take 40 days on average to clear, and I want that at 25.", "grant approvals from 40 days to 25"),
]


@pytest.mark.parametrize(("line", "said"), MOVES)
def test_a_level_then_its_want_reads_as_a_move(line: str, said: str) -> None:
    move = read_move(line)
    assert move is not None and move.text == said


@pytest.mark.parametrize("line", [
    "Line 2 at 64%, line 4 at 52% last quarter.",  # levels with no want: where they are, never what they want
    "She wants the dashboard by 12 March.",
    "Turnover is 40% and it keeps rising.",
])
def test_a_level_alone_is_no_move(line: str) -> None:
    assert read_move(line) is None


def test_a_request_answer_is_never_the_value_message() -> None:
    step = "Your request of 3 November: my answer comes by 9 December."
    assert finish_value("Ana, you want repeat visits from 31% to 20%. " + step, "").endswith(step)  # the dated step after their aim
    assert request_answer("Yes: I'll present at the away day on 4 March.")
    assert request_answer("Our promise of 2 October: a straight answer by 9 October.")
    assert finish_value(step, "") == ASK_GOAL
    assert finish_value("What result would make next year a success for you? Yes to the co-funding.", "") == ASK_GOAL


def test_statement_said_back_in_other_order_goes() -> None:
    statement = "We keep every lorry, depot and driver moving on time, so Harwick earns more from each route."
    assert statement_pasted("Our part is keeping lorries, depots and drivers moving on time.", statement)
    assert not statement_pasted("Our part is keeping each route predictable for your budget.", statement)
    assert finish_value("For you, technology earns its keep by keeping lorries, depots and drivers moving on time. What would a good year look like?", statement) == ASK_GOAL


def test_meaning_phrase_keeps_its_qualifier() -> None:
    statement = "Technology helps our chemists find stable compounds in fewer weeks."
    assert "in fewer weeks" in meaning_sentence(statement, "time to compound")
    assert whole_phrase("settling each claim", "Technology helps us settle every claim fairly and fast, when it matters.") == "settling each claim fairly and fast"
    assert whole_phrase("keeping each till ready", "Technology keeps every till ready to sell and every shelf full.") == "keeping each till ready to sell"


def test_training_partners_say_the_move_and_no_request_answer(tmp_path: Path) -> None:
    plans = plan_all(["447", "448"], tmp_path, STATEMENTS)
    claims, stores = plans["447"].value_message, plans["448"].value_message
    assert "from 27 days to 15" in claims
    assert "down from 48% to 35%" in stores
    for msg in (claims, stores):
        assert not msg.startswith("Your request of")
    assert "ready to trade" in stores or "ready" not in stores  # never "keeping every store ready", cut before its point


def test_to_after_an_object_is_no_qualifier() -> None:
    statement = "Technology gives our engineers their evenings back to plan and frees every depot to grow."
    assert whole_phrase("giving your engineers their evenings back", statement) == "giving your engineers their evenings back"
    assert whole_phrase("freeing each depot", statement) == "freeing each depot"


def test_a_question_on_their_measure_stays_alone() -> None:
    q = "Where would cost per bed night need to be a year from now for you to call it a good year?"
    assert finish_value(q + " Your request of 2 May: my answer comes by 9 May.", "") == q
    assert finish_value("What result would make next year a success for you? Our promise of 2 May: an answer by 9 May.", "") == ASK_GOAL
