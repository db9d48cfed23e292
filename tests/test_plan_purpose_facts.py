"""Issue #20: a purpose's questions and lines name this partner's own typed facts (their measure, our miss's date)
where the notes have them, and stay short (under twelve words) where they do not, so two partners' plans never
share a long stock sentence. Training partners 187-189 (written for this test, never evaluation data)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.purpose_fit import fit_purpose
from assistant.planning.purposes import purpose_for
from assistant.planning.situation import build_situation
from assistant.schema import Plan
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
TODAY = dt.date(2026, 12, 5)
BARE = """Stakeholder: Odile Brask, Head of Grounds
2026-10-02
Odile came by the office; we talked about the weather and the new car park.
2026-11-12
Short hallway chat with Odile, nothing open.
"""


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+|\n", text) if s.strip()]


@pytest.fixture(scope="module")
def plan(tmp_path_factory):  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("purpose-facts")), None)
    cache: dict[tuple[str, str], Plan] = {}

    def make(who: str, purpose: str) -> Plan:
        if (who, purpose) not in cache:
            text = BARE if who == "bare" else next(DATA.glob(who + "_*")).read_text()
            parsed = parse_notes_text(text)
            assessment = engine.assess(parsed.notes, partner=parsed.partner)
            cache[(who, purpose)] = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, purpose,
                                                          "Technology helps every team serve customers well.", [], TODAY))
        return cache[(who, purpose)]
    return make


def questions(plan: Plan) -> list[str]:
    section = next(s for s in plan.sections if s.key == "questions")
    return [re.sub(r"^\d+\.\s*", "", q) for q in section.text.split("\n") if q.strip()]


def test_two_budget_reviews_ask_about_each_partners_own_measure(plan) -> None:  # type: ignore[no-untyped-def]
    imogen, farid = questions(plan("187", "budget review")), questions(plan("188", "budget review"))
    assert any("on-time collections" in q and "spend line" in q for q in imogen), imogen
    assert any("first-contact resolution" in q and "spend line" in q for q in farid), farid
    assert not any("first-contact" in q for q in imogen) and not any("on-time" in q for q in farid)
    stock = {"Which line of spend would you cut first, and why that one?", "What would you need to see to call this money well spent?"}
    assert not stock & set(imogen + farid)


def test_the_budget_goal_names_their_measure_in_the_one_thing(plan) -> None:  # type: ignore[no-untyped-def]
    assert "on-time collections" in plan("187", "budget review").one_thing
    assert "first-contact resolution" in plan("188", "budget review").one_thing


def test_with_nothing_of_theirs_every_purpose_line_is_short(plan) -> None:  # type: ignore[no-untyped-def]
    for purpose in ("budget review", "project kick-off", "quarterly review", "first meeting", "escalation after an outage"):
        p = plan("bare", purpose)
        long = [s for s in _sentences(" ".join([p.one_thing, *p.script, *questions(p)])) if _words(s) >= 12]
        assert not long, (purpose, long)


def test_purpose_still_changes_the_questions(plan) -> None:  # type: ignore[no-untyped-def]
    budget, kickoff = questions(plan("187", "budget review")), questions(plan("187", "project kick-off"))
    assert budget != kickoff
    assert any("six months" in q and "on-time collections" in q for q in kickoff), kickoff


def test_our_owned_outage_is_named_by_its_date_not_a_stock_line() -> None:
    parsed = parse_notes_text(next(DATA.glob("189_*")).read_text())
    sit = build_situation(parsed.notes, parsed.partner, [], TODAY)
    escalation = fit_purpose(purpose_for("escalation after an outage"), sit)
    assert escalation.script == "I will cover the outage noted on 8 September: what happened, what changes, who owns each fix."
    assert escalation.questions[0] == "What did the outage noted on 8 September cost your team?"
    quarterly = fit_purpose(purpose_for("quarterly review"), sit)
    assert quarterly.questions[1] == "What should change so the problem noted on 8 September is not repeated?"
    assert "What did we do this quarter that you would not want repeated?" not in quarterly.questions


def test_no_fragment_in_a_purpose_question(plan) -> None:  # type: ignore[no-untyped-def]
    for who in ("187", "188", "189", "bare"):
        for purpose in ("budget review", "project kick-off", "quarterly review"):
            for q in questions(plan(who, purpose)):
                assert not re.search(r"\b(?:my|our) (?:target|number)\b|\d{1,2}:\d{2}|\bfor (?:to|the|a)\?", q), q
