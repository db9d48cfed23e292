"""Plan round 14, value message: the value statement read by a small grammar into its clauses (who, deed, qualifier),
re-voiced, never pasted; no request about order, timing or an offer said as the partner's aim; with no aim, one
question on a rate or a programme the notes name, never the generic question."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.aim_kinds import not_an_aim
from assistant.planning.contribution import ASK_GOAL
from assistant.planning.value_tie import RUN, _run, fitting_phrases, meaning_sentence
from tests.plan_training_helpers import plan_all, xfail_without_goal

# Invented statements in shapes the short reader does not know: frame, who, deed, qualifier.
SHAPES = [
    "Technology at Larkfield puts the right parts in front of every mechanic at a cost the garage can be proud of.",
    "At Orvane, technology gives every ward sister the information to staff each shift safely.",
    "Technology at Quillmere lets every pupil, parent and teacher get the right answer from us quickly, at a cost we can explain.",
    "Technology at Brackwater helps us put the right tools in front of every tradesperson at a price that works for them and for us.",
    "Technology at Harrowgate lets every member and adviser get on with saving safely, without having to think about it.",
    "Technology at Tesswick turns every turbine we install into a service our customers can book, price and trust.",
    "Technology at Ellerby keeps every pump and valve in our network working for our customers, at a cost the board can be proud of.",
    "Technology at Corlan is worth what it adds to making good bread on time with less waste.",
    "Technology at Miravel earns its place by putting fresh stock in front of shoppers in every branch at the lowest cost to serve them.",
    "At Pellmore, technology is how our growers plan, plant and sell the crops they grow faster than anyone else.",
    "Our technology exists so that our surveyors can close each job on the first visit.",
    "At Dunholt, technology helps every tenant and caretaker book a repair in one call, for less per home each year.",
    "Technology at Sablewood gives every planner the numbers to move each container sooner and cheaper.",
    "At Varrow, technology helps us know every reader who opens our paper and serve them better than any rival.",
    "Technology at Kestrel Bay is worth what it does to get the right medicine to every clinic and ward on time, at the lowest cost we can run.",
    "Technology at Ashcombe lets every claims handler pay honest claims faster and spot the false ones.",
    "We help every delivery get done right first time and every customer see where their parcel is.",
    "Technology at Greyfriars puts the right timetable in front of every student and lecturer, without a single clash.",
    "At Holloway, technology helps every engineer fix each fault at the first visit, at a cost the council can defend.",
    "Technology at Wrenfield gives every branch manager the facts to price each loan fairly and fast.",
    "Technology at Osterley lets each farmer, vet and buyer trade livestock safely, without having to think about paperwork.",
    "At Brindle, technology keeps every kitchen and counter in our cafes running for our guests, at a cost the owners can be proud of.",
]


@pytest.mark.parametrize("statement", SHAPES)
def test_every_shape_gives_a_phrase_never_pasted(statement: str) -> None:
    phrases = fitting_phrases(statement)
    assert phrases, statement
    assert _run(phrases[0], statement) < RUN, (phrases[0], statement)
    for p in phrases:
        assert p.split()[-1].lower() not in {"the", "a", "and", "to", "every", "each", "our", "your"}, p


def test_qualifier_is_re_voiced_not_dropped() -> None:
    said = " | ".join(fitting_phrases(SHAPES[2]) + fitting_phrases(SHAPES[6]) + fitting_phrases(SHAPES[3]))
    assert "cost you can explain" in said
    assert "cost to be proud of" in said
    assert "both sides" in said


def test_who_is_served_stays_in_the_short_phrase() -> None:
    phrases = fitting_phrases(SHAPES[4])
    assert all(p.startswith("letting") for p in phrases), phrases
    assert "without a second thought" in phrases[0]
    assert "saving" not in phrases[-1].split()[:1]


def test_turn_into_service_keeps_its_point() -> None:
    phrases = fitting_phrases(SHAPES[5])
    assert phrases and phrases[0].startswith("turning your turbines into a service"), phrases


def test_meaning_sentence_with_measure_carries_the_qualifier() -> None:
    said = meaning_sentence(SHAPES[2], metric="response time", topic="response time")
    assert "cost you can explain" in said and "response time is where you will see it" in said


@pytest.mark.parametrize("text", [
    "the store staff app (price change alerts) ready first",
    "She offered: \"Come and speak to my branch managers' conference on 14 Jan\"",
    "the interface live before the spring roll-out",
    "the report done by Friday",
])
def test_order_timing_and_offers_are_no_aim(text: str) -> None:
    assert not_an_aim(text)


@pytest.mark.parametrize("text", ["OEE from 71 to 78% by the end of next year", "fewer students failing first-year maths",
                                  "to run S&OP on facts instead of opinions"])
def test_outcomes_stay_aims(text: str) -> None:
    assert not not_an_aim(text)


STATEMENTS = {
    "376": "Technology at Fjellgård helps us put the right kit in front of every hiker at a price that works for them and for us.",
    "377": "Technology at Harbour & Vale lets every customer and colleague get on with banking safely, without having to think about it.",
    "378": "Technology at Greenvale keeps every till and scale in our stores working for our members, at a cost the co-operative can be proud of.",
    "379": "Technology at Harbourline lets every member get the right answer from us quickly, at a cost we can explain.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("v14")), STATEMENTS)


def test_sequencing_request_is_not_the_value_message(plans: dict) -> None:
    msg = plans["376"].value_message
    assert "ready first" not in msg and "you want the store staff app" not in msg.lower()
    assert "?" not in msg, msg  # round 25: with no aim of theirs, the item on the table and its purpose


def test_offer_is_not_quoted_as_the_aim(plans: dict) -> None:
    msg = plans["377"].value_message
    assert "offered" not in msg and "conference" not in msg, msg
    assert "?" not in msg, msg  # round 25: with no aim of theirs, the item on the table and its purpose


@pytest.mark.parametrize("who,cue", [("378", "per store"), ("379", "replacement")])
def test_no_aim_asks_about_a_named_measure_or_programme(plans: dict, who: str, cue: str) -> None:
    xfail_without_goal(who)
    msg = plans[who].value_message
    assert ASK_GOAL not in msg
    assert "?" not in msg and cue not in msg.split("“")[0], msg  # round 25: their line or the item on the table, never a question
