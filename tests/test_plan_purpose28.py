"""The one thing and the script follow the purpose the CIO typed (purpose28): the purpose is read as clauses in its order;
a clause the main view leaves out gets a line said to the partner in the purpose's words, with our promise's date and
owner and its status left as a slot; a one thing that names no clause is the purpose as a goal sentence."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.plan_checks import FALLBACK_ONE_THING
from assistant.planning.purpose_cover import _base, clauses, goal_sentence
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "985": ("Walk her through the east wing survey Tomas promised and agree the patch-panel redesign before spring term", dt.date(2026, 12, 3)),
    "986": ("Hand Olu the per-branch cost split he asked for and confirm the handheld scanner refresh is finished", dt.date(2026, 12, 2)),
    "987": ("Accept his invitation to the logistics forum, and agree a fix for the Felling label printers", dt.date(2026, 12, 1)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("purpose28")))


def _top(plan: Plan) -> str:
    return " ".join([plan.one_thing, *plan.script])


def test_clauses_follow_the_purpose_order() -> None:
    parts = clauses("Take the heat out of her escalation by handing over the breakdown she asked for and confirming the hall access points are finished.")
    assert [c.aim for c in parts] == [True, False, False]
    assert parts[1].text.startswith("hand over the breakdown") and parts[2].text.startswith("confirm the hall access points")
    assert [c.text for c in clauses("Walk him through the survey and fix plan with its dates, and agree the levy comparison")] == [
        "walk him through the survey and fix plan with its dates", "agree the levy comparison"]
    assert clauses("Quarterly review; use his offer of the slot")[0].aim


def test_gerunds_take_their_base_form() -> None:
    assert [_base(w) for w in ("handing", "closing", "putting", "confirming", "taking", "settling", "using")] == [
        "hand", "close", "put", "confirm", "take", "settle", "use"]


def test_a_two_word_name_is_one_you() -> None:
    from assistant.planning.purpose_cover import _RECIPIENT
    assert _RECIPIENT.sub(r"\1you", "give Ana Lima an honest view") == "give you an honest view"


def test_goal_sentence_names_the_partner() -> None:
    assert goal_sentence("Walk her through the wing survey, so that she stops worrying", "Gwen") == "Walk Gwen through the wing survey."
    assert goal_sentence("Quarterly review", "Gwen") == ""


def test_every_purpose_item_is_in_the_main_view(plans: dict[str, Plan]) -> None:
    for key, words in (("985", ("survey", "redesign")), ("986", ("split", "scanner")), ("987", ("forum", "printer"))):
        top = _top(plans[key]).lower()
        assert all(w in top for w in words), (key, top)
        assert plans[key].one_thing != FALLBACK_ONE_THING


def test_script_speaks_to_the_partner(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        for line in plan.script:
            assert not re.search(r"\b(?:she|he|him|his)\b", line, re.IGNORECASE), line
            assert "What matters most to your team" not in line


def test_our_due_promise_is_reported_never_claimed(plans: dict[str, Plan]) -> None:
    line = next(x for x in plans["985"].script if "survey" in x)  # the purpose says promised; no delivery noted
    assert "where it stands" in line and "[" not in line, line  # no unfilled slot: the CIO says where it stands
    line = next(x for x in plans["986"].script if "scanner" in x.lower())
    assert "where it stands" in line or "96 of 140" in line  # never claimed finished
    assert "finished" not in line.lower() or "where it stands" in line
    assert not any("[" in x for p in plans.values() for x in p.script)




def test_the_cio_in_the_purpose_is_the_speaker_and_an_answer_today_is_not_put_off() -> None:
    from assistant.planning.purpose_cover import _ANSWER_TODAY, _PUT_OFF, clauses
    said = [c.text for c in clauses("Agree how you and the CIO split the presentation and give her a straight yes or no on the pilot")]
    assert any(_ANSWER_TODAY.search(t) for t in said), said
    assert _PUT_OFF.search("What you asked on 3 May is still open. My answer, with one owner, comes by 20 December.")


def test_the_cio_named_in_the_purpose_is_said_as_i() -> None:
    from assistant.planning.purpose_cover import clause_line, clauses
    from assistant.planning.situation_types import Situation
    clause = clauses("agree how you and the CIO split the board presentation")[0]
    line = clause_line(clause, Situation(), None, True)
    assert "the CIO" not in line and "you and I split" in line, line
