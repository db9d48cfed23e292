"""Round 32: the value message says the statement's meaning as our part, whole, in place of a stock kind line
("Technology's job for you: ..."); a figure the partner reports as a fall against last year is never called their
target; a statement clause that would be cut ("putting the right seed" before "and fertiliser") is left out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_training_helpers import plan_all  # noqa: E402

from assistant.planning.value_meaning32 import reported_change, statement_meaning  # noqa: E402
from assistant.schema import Plan  # noqa: E402

STATEMENTS = {
    "1138": "Technology lets us price, sell and fill every seat faster than any rival on the road.",
    "1139": "Technology keeps every lab running and gets each result to the clinician who needs it, the same day.",
    "1140": "Technology keeps vans loaded and on the road before the shops open.",
    "1141": "Technology puts the right seed and fertiliser within reach of every grower at planting time.",
}
STOCK = "Technology's job for you"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("value32"), STATEMENTS)


def test_a_reported_fall_is_no_target(plans: dict[str, Plan]) -> None:
    msg = plans["1138"].value_message
    assert "yield per seat down 2.4 pts YoY" in msg and "target" not in msg.lower(), msg
    assert STOCK.lower() not in msg.lower() and "Our part is pricing, selling and filling every seat" in msg, msg


def test_their_own_line_then_the_statements_meaning_never_a_stock_kind(plans: dict[str, Plan]) -> None:
    msg = plans["1139"].value_message
    assert "“I want every sample result in the clinician's hands the same day it reaches us.”" in msg, msg
    assert STOCK.lower() not in msg.lower() and "day-to-day work" not in msg and "Our part is" in msg, msg


def test_no_goal_the_statements_meaning_to_their_name(plans: dict[str, Plan]) -> None:
    msg = plans["1140"].value_message
    assert msg.startswith("Ruben, our part is keeping vans loaded"), msg


def test_a_cut_clause_is_left_out_and_no_stock_line_after_their_words(plans: dict[str, Plan]) -> None:
    msg = plans["1141"].value_message
    assert "“I want every grower to get the order they placed before the rains come.”" in msg, msg
    assert "right seed" not in msg and STOCK.lower() not in msg.lower(), msg


@pytest.mark.parametrize("statement", [
    "Technology puts the right seed and fertiliser within reach of every farmer at planting time.",
    "Technology makes every room, lab and hall on campus ready the moment people need it.",
    "Technology exists so that every member sells better and gets paid faster.",
    "Technology gets members the care and answers they need sooner, at a cost the fund can sustain.",
])
def test_no_cut_clause_and_no_clause_of_someone_else_is_our_part(statement: str) -> None:
    assert statement_meaning(statement) == "", statement_meaning(statement)


def test_a_whole_clause_is_our_part_without_four_words_of_the_statement() -> None:
    said = statement_meaning("Technology keeps every kiln firing and turns each order into an on-time delivery.")
    assert said == "Our part is keeping every kiln firing.", said


def test_a_fall_against_last_year_is_reported_not_aimed() -> None:
    assert reported_change("yield per seat down 2.4 pts YoY") and reported_change("claims cost rose 9% on last year")
    assert not reported_change("cost per parcel down 5% by 2027") and not reported_change("OEE back to 85%")
