"""Round 30: the value message's goal is the partner's own outcome. A rival's price read as a target, the partner's
line about a miss (whose fault it was, the refund they want from a carrier), a quotation the notes open mid-sentence
and a line spoken to the CIO in the partner's language are never said back as their goal, nor judged against."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_training_helpers import plan_all  # noqa: E402

from assistant.planning.value_guard30 import measureless, with_our_thing  # noqa: E402
from assistant.schema import Plan  # noqa: E402

STATEMENTS = {
    "1070": "Technology puts the right product on the right shelf at a price families trust.",
    "1071": "Technology gives every customer a correct bill and a quick answer, and lets us see faults coming.",
    "1072": "Technology keeps every clinic running and gives every nurse the facts she needs at the door.",
    "1073": "La tecnología hace que cada trabajador cobre bien y a tiempo.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("value30"), STATEMENTS)


def test_a_rivals_price_is_no_target(plans: dict[str, Plan]) -> None:
    msg = plans["1070"].value_message
    assert "310k" not in msg and "target" not in msg and "moves that number" not in msg, msg


def test_a_miss_line_is_no_goal(plans: dict[str, Plan]) -> None:
    msg = plans["1071"].value_message
    assert "refund" not in msg and "Nordvox" not in msg and "against your own words" not in msg, msg


def test_a_cut_piece_of_a_quotation_is_no_goal(plans: dict[str, Plan]) -> None:
    msg = plans["1072"].value_message
    assert "February" not in msg, msg
    assert "“I want every nurse to see the patient's last visit before she knocks on the door.”" in msg, msg


def test_a_line_spoken_to_us_is_no_goal(plans: dict[str, Plan]) -> None:
    msg = plans["1073"].value_message
    assert "usted" not in msg and "proveedor" not in msg and "against your own words" not in msg, msg


def test_a_price_and_a_span_name_no_measure() -> None:
    assert measureless("$420k, 10 weeks") and measureless("EUR 1.2m over 18 months")
    assert not measureless("cost per parcel down 5% by 2027") and not measureless("inventory days from 41 to 33")


def test_the_test_names_the_thing_we_bring() -> None:
    msg = "Ana, in your words: “I want every van out by six.” Judge what I bring today against your own words. Technology's job for you: a cost you can see and defend."
    tied = with_our_thing(msg, "the depot cost page")
    assert tied.endswith("Judge the depot cost page against your own words. Technology's job for you: a cost you can see and defend."), tied
    assert with_our_thing(msg, "") == msg
