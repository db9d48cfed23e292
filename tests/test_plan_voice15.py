"""Rubric d: every line is one the CIO could say aloud (training partners 417-422). A yes names only the thing offered,
in words that read whole ("Yes to the on the ... seat and the roadmap" never); a talk to give is said as a talk, with no
dash left hanging; a dotted date is never cut to its day ("by 14:"); a title is never read as a person ("What does Dipl
need?"); a purpose part that is a question of who ("confirming who co-presents") gets no yes; a quotation is the
partner's own sentences only; a goal re-voiced keeps its verb ("you want me to the invoices ..." never)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import STATEMENT, TODAY, parsed

from assistant.factory import build_engine
from assistant.planning.plan_checks import split_sentences
from assistant.planning.planner import PlanInput
from assistant.planning.spoken_guard import spoken_fault
from assistant.schema import Plan
from assistant.settings import Settings

PURPOSES = {
    "417": "answer on the Customer Council seat and the 2027 app roadmap",
    "418": "the Kirchberg costed plan he needs by 14 January",
    "419": "the roll-out cost for all 40 crews before the budget board",
    "420": "my answer on the ward managers' forum and the bank staff pool",
    "421": "the Asia-Pacific cost estimate and confirming who co-presents at the January retreat",
    "422": "the December peak: volumes and depot scanners",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    engine = build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("voice15"))), None)
    out = {}
    for prefix, purpose in PURPOSES.items():
        p = parsed(prefix)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner),
                                            purpose, STATEMENT, [], TODAY))
    return out


def _lines(plan: Plan) -> list[str]:
    texts = [plan.one_thing, *plan.script, plan.value_message, *(i.text for i in plan.open_items), *(f.what for f in plan.followups),
             *(s.text for s in plan.sections)]
    return [s for t in texts for s in split_sentences(t)]


def test_every_line_passes_the_guard(plans: dict[str, Plan]) -> None:
    for prefix, plan in plans.items():
        bad = [(line, spoken_fault(line)) for line in _lines(plan) if spoken_fault(line)]
        assert not bad, (prefix, bad)


def test_a_yes_names_the_seat_and_not_a_roadmap_nobody_offered(plans: dict[str, Plan]) -> None:
    plan = plans["417"]
    said = " ".join([plan.one_thing, *plan.script, *(f.what for f in plan.followups)])
    assert re.search(r"\byes to the (?:seat on the )?Customer Council", said, re.IGNORECASE), said
    assert "yes to the on" not in said.lower() and not re.search(r"yes to [^.]*roadmap", said, re.IGNORECASE), said


def test_a_dotted_date_is_said_whole(plans: dict[str, Plan]) -> None:
    lines = _lines(plans["418"])
    assert any("14.01" in line for line in lines), lines
    assert not any(re.search(r"\bby 14\b(?![.\d])", line) for line in lines), lines
    questions = next(s.text for s in plans["421"].sections if s.key == "questions")
    assert "Asia-Pacific sites by 18.12" in questions, questions  # the ask said back whole, its date with it


def test_a_date_is_never_an_adjective(plans: dict[str, Plan]) -> None:
    for prefix, plan in plans.items():
        assert not any(re.search(r"\byour \d{1,2} [A-Z][a-z]+ (?:offer|request)\b", line) for line in _lines(plan)), prefix
    questions = next(s.text for s in plans["417"].sections if s.key == "questions")
    assert "your offer of 24 November" in questions, questions


def test_a_quotation_carries_only_the_partners_words(plans: dict[str, Plan]) -> None:
    lines = _lines(plans["418"])
    assert not any("Leave it with me" in line for line in lines), lines


def test_a_title_is_never_a_person(plans: dict[str, Plan]) -> None:
    for prefix in ("419", "421"):
        lines = _lines(plans[prefix])
        assert not any(re.search(r"\b(?:Dipl|Ing|Mag|Dr|Prof)\b\.?(?=\s+[a-z(]|['’]s\b|\s*[,?])", line) for line in lines), (prefix, lines)


def test_a_talk_to_give_is_a_talk_with_no_dash_left(plans: dict[str, Plan]) -> None:
    script = plans["420"].script
    yes = [line for line in script if line.startswith("Yes")]
    assert yes and "speak at the ward managers' forum on 21 January 2027." in yes[0], script
    assert not any(re.search(r"\s[—–-]\s*[.:]", line) for line in _lines(plans["420"]))


def test_a_name_with_an_accent_is_never_cut(plans: dict[str, Plan]) -> None:
    lines = _lines(plans["420"])
    assert not any(re.search(r"\bSin\b", line) for line in lines), lines


def test_a_question_of_who_gets_no_yes(plans: dict[str, Plan]) -> None:
    lines = _lines(plans["421"])
    assert not any(re.search(r"\byes to the confirming\b", line, re.IGNORECASE) for line in lines), lines
    assert any("estimate" in line for line in plans["421"].script), plans["421"].script


def test_a_goal_keeps_its_verb(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        assert not any(re.search(r"\b(?:want|need)s? (?:me|us) to (?:the|a|an|our|your)\b", line, re.IGNORECASE) for line in _lines(plan))
