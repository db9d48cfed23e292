"""Round 9 of issue #20 on new training partners 100-109 (tests/data/plan_training): the details name this partner's
people (with what they want), measures (a number and its unit in a whole clause of their words) and upcoming events;
questions and homework are built on them; the value message says their live goal or measure whole (never a want
already met), and no sentence said aloud carries a phrase cut mid-clause (assistant/planning/fragments.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all, xfail_without_goal

from assistant.planning.contribution import ASK_GOAL
from assistant.planning.fragments import phrase_fault, sentence_fault
from assistant.planning.partner_facts import read_facts
from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Goal, Situation
from assistant.planning.value_translation import translate_value_message
from assistant.schema import FollowUp, Plan

NEW = [str(n) for n in range(100, 110)]
OLDER = ["01", "07", "33", "41", "59", "84", "85", "87"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW + OLDER, tmp_path_factory.mktemp("plan-round9"))


def section(plan: Plan, key: str) -> str:
    return next(s.text for s in plan.sections if s.key == key)


def test_there_are_ten_new_training_partners_in_varied_formats() -> None:
    files = [next(DATA.glob(p + "_*")) for p in NEW]
    text = " ".join(f.read_text() for f in files)
    for mark in ("From: ", "Femke de Wit   10:02", "Attendees:", "| Action | Owner | Due |", "newest entry first", "\n- Rafael:",
                 "Wednesday 4th November 2026", "wrote:", "05/10/2026", "CIO journal"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- typed facts: people, measures, events ------------------------------------------------------------

def facts(prefix: str):  # type: ignore[no-untyped-def]
    p = parsed(prefix)
    return read_facts(build_situation(p.notes, p.partner, [], TODAY), p.partner, TODAY)


def test_people_are_read_with_their_relation_and_what_they_want() -> None:
    people = {p.name: p for p in facts("100").people + facts("104").people + facts("109").people + facts("105").people}
    assert (people["Pieter Claes"].role, people["Pieter Claes"].wants) == ("your production engineering lead", "real-time defect data at each station")
    assert people["Nadia Petrova"].wants == "a sandbox for the pricing group to test models"
    assert people["Laurent Dubois"].role == "the actuarial vendor's account manager" and not people["Laurent Dubois"].wants  # "pushes" is no want
    assert people["Owen Price"].wants == "the fault-code link"  # the latest word on him, from her quoted line
    assert "Marta Kowalski" not in people and "Aisha Khan" not in people  # "(our OT architect)", "(IT service lead)": ours
    assert people["Tom Reid"].role == "Facilitas, the FM contractor's account manager"


def test_measures_are_whole_clauses_in_their_words() -> None:
    assert facts("101").live_measure().clause == "My number for next year is 95% of calls answered in under 2 minutes"  # type: ignore[union-attr]
    assert facts("107").live_measure().clause.endswith("95% of alarms cleared under 10 minutes is the standard")  # type: ignore[union-attr]
    result = [m for m in facts("103").measures if not m.live]  # "went from 92% to 96%": a result reached, no target
    assert result and "went from 92% to 96%" in result[0].clause
    assert facts("104").live_measure() is None  # "pricing refresh takes 6 weeks" is a level, not a target


def test_events_are_named_and_after_the_meeting_day() -> None:
    assert [(e.name, e.day) for e in facts("104").events] == [("the pricing committee", dt.date(2026, 12, 15))]  # 3 December has passed
    assert facts("106").events[0].name == "Senate" and facts("107").events[0].name == "the regulator audit"
    assert facts("105").events[0].day == dt.date(2027, 1, 20)  # "Wednesday 20th January 2027"


# -- the details use them ------------------------------------------------------------------------------

def test_who_else_matters_names_each_person_and_what_they_want(plans) -> None:  # type: ignore[no-untyped-def]
    assert "People who matter: Pieter Claes (Ingrid's production engineering lead) wants “real-time defect data at each station”." in section(plans["100"], "stand")
    rafael = section(plans["104"], "stand")
    assert "Nadia Petrova (Rafael's deputy)" in rafael and "Laurent Dubois (the actuarial vendor's account manager)" in rafael
    assert "Coming up: the pricing committee on 15 December." in rafael


@pytest.mark.parametrize("prefix", NEW)
def test_questions_are_built_on_this_partners_facts(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    questions = section(plans[prefix], "questions").splitlines()
    specific = [q for q in questions if re.search(r"\d|“|[a-z] [A-Z][a-z]+|before (?:the|Senate)", q)]
    assert len(specific) >= 2 or (prefix == "104" and len(specific) >= 1), questions


def test_questions_name_the_event_the_measure_and_the_person(plans) -> None:  # type: ignore[no-untyped-def]
    assert "What do you need from us before the regulator audit on 8 January?" in section(plans["107"], "questions")
    assert "What do you need from us before Senate on 10 February?" in section(plans["106"], "questions")
    # round 10: "my number for next year is ..." is read as her goal, so the question is built on it, said whole
    assert "Your number for next year is 95% of calls answered in under 2 minutes: what would show you" in section(plans["101"], "questions")
    # 101's own ask ("I need the rota tool ready before then", read since the lead's fix) now takes a question slot;
    # the person is still named in the details.
    assert "What should our answer to your request of 12 November include?" in section(plans["101"], "questions")
    assert "People who matter: Jonas Berg (Femke's workforce planning lead) wants “call volumes by the hour”." in section(plans["101"], "stand")


def test_homework_before_the_meeting(plans) -> None:  # type: ignore[no-untyped-def]
    ingrid = section(plans["100"], "opening")
    assert "Before the meeting: confirm who owns our answer, and their date." in ingrid
    assert "Homework: learn what Ingrid needs for the capex meeting." in ingrid


# -- the value message ---------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", NEW + OLDER)
def test_every_sentence_said_aloud_reads_whole(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]
    said = [plan.value_message, *plan.script] + [line for s in plan.sections for line in s.text.splitlines()]
    assert not [(line, sentence_fault(line)) for line in said if sentence_fault(line)]


@pytest.mark.parametrize("prefix", NEW)
def test_the_value_message_says_their_goal_or_measure_whole_with_a_dated_step(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    xfail_without_goal(prefix)
    message = plans[prefix].value_message
    if prefix == "107":
        pytest.xfail("round 25 gap: his measure line is not yet read as his goal")
    if prefix == "104":  # no target in his words: the item on the table, never a question alone (round 25)
        assert "?" not in message
        return
    assert ASK_GOAL not in message and re.search(r"\d", re.split(r"[Jj]udge what I bring|Technology's job", message)[0]), message
    # round 14: the statement's meaning follows their number; a step, where one closes it, is ours on their topic and dated,
    # never an empty "costed proposal for it", our own method ("root cause", "check with its owner") or a past date
    rest = " ".join(re.split(r"[Jj]udge what I bring|Technology's job", message)[1:])  # round 25: the tie and the kind
    assert rest and not re.search(r"root cause|check with its owner", message), message


def test_the_value_message_uses_their_words(plans) -> None:  # type: ignore[no-untyped-def]
    assert "scrap from 3.2% to 2.5% across both plants" in plans["100"].value_message  # round 25: their words, whole
    # 107: round 25 gap, his measure line is not yet read as his goal (the item on the table is said instead)
    assert "95% of calls answered in under 2 minutes" in plans["101"].value_message


def test_the_value_message_is_never_tied_to_a_want_already_met(plans) -> None:  # type: ignore[no-untyped-def]
    priya = plans["108"]  # the pipeline report on every rep's phone went live on 28 October
    assert "pipeline report" not in priya.value_message and "win rate on new logos from 18% to 25%" in priya.value_message
    assert "pipeline report" not in section(priya, "questions") and "pipeline report on every" not in section(priya, "teach")
    assert "What Priya wants" not in section(priya, "stand")


# -- the fragment check ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Amara, you want your 38 reps to stop selling on.",
    "In your words: “and rostering is how we get there”.",
    "In your words: “from 9% down to 6%”.",
    "You asked for “a plan for the”.",
    "On recently you asked for the proposal.",
    "What should our answer to your recently request include?",
])
def test_a_cut_phrase_is_refused(sentence: str) -> None:
    assert sentence_fault(sentence)


@pytest.mark.parametrize("sentence", [
    "Ingrid, as you put it, next year your target is scrap from 3.2% to 2.5% across both plants.",
    "It is what we build on.",
    "What are you measured on?",
    "Reply to the offer (“Bogdan offered to fund two of his planners…”): CIO, by 2026-12-12.",
    "What Lena wants, as noted: “to cut outside counsel spend by a tenth”.",
])
def test_a_whole_sentence_stands(sentence: str) -> None:
    assert not sentence_fault(sentence) and not phrase_fault("scrap from 3.2% to 2.5%")


def test_a_goal_cut_mid_phrase_is_left_out_of_the_value_message() -> None:
    goal = Goal("her 38 reps to stop selling on", "wants", "She wants her 38 reps to stop selling on", dt.date(2026, 11, 2), "n1", False, ["38"])
    step = FollowUp(what="Answer the request", owner="CIO", due="2026-12-15")
    message, _ = translate_value_message(Situation(goals=[goal]), "Ada", "Technology helps every team sell more.", [], step, "", "I", "sales")
    assert "selling on" not in message and "?" not in message, message  # round 25: never a cut goal, never a question alone


def test_an_undated_request_gets_no_recently_slot(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text("Stakeholder: Noor Haddad, Head of Fleet\nCall notes\nNoor asked for a quote to connect the workshop system.\n"
                     "She wants fuel cost per mile down from 41p to 36p next year.\n", TODAY)
    assert "recently request" not in section(plan, "questions") and "“" not in plan.value_message


def test_the_purpose_sets_its_own_homework(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = next(DATA.glob("104_*")).read_text()
    budget = section(plan_text(text, TODAY, "budget review"), "opening")
    regular = section(plan_text(text, TODAY, "next regular meeting"), "opening")
    assert "Before the meeting: know what each line of their spend bought." in budget and "spend bought" not in regular
    assert "Homework: learn what Rafael needs for the pricing committee." in regular


def test_the_sign_it_moved_and_the_people_are_theirs(plans) -> None:  # type: ignore[no-untyped-def]
    assert "Sign it moved: Gareth asks for our help before the estates committee." in section(plans["109"], "followups")
    assert "Marta Kowalski" not in section(plans["100"], "stand")  # "(our OT architect)": ours, not someone around Ingrid
    assert "| Action |" not in section(plans["102"], "competence")  # an action table row is no proof to say aloud
