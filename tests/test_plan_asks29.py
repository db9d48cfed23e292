"""A request line names the thing asked for (rubric c and d), session 29, training partners 1027-1028: an ask told in our
note with no short head-noun name ("a firm date and cost for moving X") is said by its own noun phrase, never "What you
asked on D is still open" or "The 2 things you asked on D"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "1027": ("Answer Hana's request about the depot tablets", dt.date(2026, 11, 24)),
    "1028": ("Answer Teodor's requests on the scanners", dt.date(2026, 11, 30)),
}
_NAMELESS = ("What you asked on", "things you asked on", "you asked for one")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("asks29")))


@pytest.mark.parametrize("key,thing", [("1027", "a firm date and cost for moving the depot tablets onto the new route app"),
                                       ("1028", "a walk round the night shift")])
def test_a_request_line_names_the_thing_asked_for(plans: dict[str, Plan], key: str, thing: str) -> None:
    script = plans[key].script
    assert not any(n in line for line in script for n in _NAMELESS), script
    assert any(thing in line for line in script), script
