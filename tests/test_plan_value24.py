"""Plan round 24: the value message in the partner's own terms - what they say they want from us, or their goal with
its numbers - tied to the part of the statement that fits them; never a bare question, never a deliverable said as
'our part now', never a 'you want' that says a request back (tests/data/plan_training/772-774)."""

from __future__ import annotations

import re

import pytest

from assistant.planning.value_voice23 import content_run
from tests.plan_training_helpers import plan_all

STATEMENT = ("Technology at Harrowgate keeps every site open and every invoice paid right, so each patient and supplier "
             "can count on us.")
CASES = ["772", "773", "774"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = plan_all(CASES, tmp_path_factory.mktemp("value24"), {c: STATEMENT for c in CASES})
    return {k: p.value_message for k, p in out.items()}


@pytest.mark.parametrize("case", CASES)
def test_never_a_bare_question_or_a_deliverable(plans: dict[str, str], case: str) -> None:
    message = plans[case]
    assert message.strip(), case
    assert not re.search(r"\?\s*$", message), message
    assert "our part now" not in message and "our next step toward" not in message, message


@pytest.mark.parametrize("case", CASES)
def test_statement_never_pasted(plans: dict[str, str], case: str) -> None:
    body = re.sub(r"“[^”]*”", "", plans[case])
    assert content_run(body, STATEMENT) < 5, plans[case]


def test_their_words_of_what_they_want_from_us(plans: dict[str, str]) -> None:
    assert "the tender portal stays up in bid week" in plans["772"], plans["772"]
    assert "the booking screens to work" in plans["774"], plans["774"]


def test_their_goal_with_its_numbers(plans: dict[str, str]) -> None:
    assert "time to hire down from 41 days to 30 days by 2027" in plans["773"], plans["773"]
    assert "rota app" not in plans["773"]  # a wish already delivered is no value


def test_statement_part_fits_the_function() -> None:
    from assistant.planning.value_own24 import _parts, statement_part

    assert "every invoice paid right" in _parts(STATEMENT)
    assert statement_part(STATEMENT, "finance", "Finance Director", "") == "every invoice paid right"
    assert statement_part(STATEMENT, "operations", "Clinic Operations Manager", "the booking screens to work") == "keeping every site open"
