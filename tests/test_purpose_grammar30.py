"""The lines built from the CIO's purpose are grammatical and in the right voice (grammar30): the person a giving verb
hands the thing to is no part of the thing ("your the estimate"), a verb-led purpose never fills a noun slot ("a plain
yes to the Go through ..."), a sentence from a promise line is no thing to bring, and a state to confirm is never
followed by "and tell you where it stands" (nor is a list of clauses)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.promise_lines import thing_of
from assistant.planning.purpose_cover import clause_line, clauses
from assistant.planning.situation_types import Item, Situation
from assistant.planning.slot_fit import fits_slot
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "1046": ("Give her the hosting cost estimate for the claims portal before her budget review on 18 December.", dt.date(2026, 12, 4)),
    "1047": ("Go through the per-seat licence breakdown he needs for his March budget, and confirm the weekend cover for the audit week.",
             dt.date(2026, 12, 3)),
    "1048": ("Confirm the night-shift scanners in aisles 30-44 are working again, and agree what the label printer fleet would cost.",
             dt.date(2026, 12, 2)),
}
_DOUBLED = re.compile(r"\b(?:your|our|my|the|a|an)\s+(?:the|a|an)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("grammar30")))


def _spoken(plan: Plan) -> list[str]:
    return [plan.one_thing, *plan.script]


def test_no_doubled_determiner_in_the_spoken_lines(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        for line in _spoken(plan):
            assert not _DOUBLED.search(line), line
    assert any("hosting cost estimate" in line for line in plans["1046"].script), plans["1046"].script


def test_a_verb_led_purpose_fills_no_noun_slot(plans: dict[str, Plan]) -> None:
    for line in _spoken(plans["1047"]):
        assert not re.search(r"\b(?:to|yes to) the go\b", line, re.IGNORECASE), line
        assert "plain yes to" not in line or "licence" not in line, line
    assert not fits_slot("the Go through the per-seat licence breakdown")
    assert fits_slot("the per-seat licence breakdown")


def test_a_state_to_confirm_has_no_status_tail(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        for line in plan.script:
            assert not re.search(r"\b(?:is|are|was|were)\b[^.]*, and tell you where it stands", line), line
    sit = Situation()
    line = clause_line(clauses("confirm the dock Wi-Fi in hall B is fixed")[0], sit, None, True)
    assert line == "Today I want to check with you that the dock Wi-Fi in hall B is fixed.", line


def test_a_clause_list_has_no_tail_and_no_aside() -> None:
    parts = clauses("Show that the new switches are in (or say plainly when they will be), walk line 4 with her, and agree the rota")
    lines = [clause_line(c, Situation(), None, k == 0) for k, c in enumerate(parts)]
    assert not any("where it stands" in x or "(" in x for x in lines), lines
    assert "Today I want to show that the new switches are in." in lines, lines


def test_a_persons_sentence_is_no_promised_thing() -> None:
    item = Item(kind="promise", owner="us", status="open", quote="", date=dt.date(2026, 11, 2), note_ref="n",
                complement="Tomasz finishes moving the finance share drive to the new site")
    assert thing_of(item) == ""
    item = Item(kind="promise", owner="us", status="open", quote="", date=dt.date(2026, 11, 2), note_ref="n", complement="Rota model for the weekend")
    assert thing_of(item) == "the rota model for the weekend"
