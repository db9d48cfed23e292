"""The value statement's meaning in any shape of statement (plan round 13, issue #20, value message): each shape gives
whole gerund phrases re-voiced from the statement (assistant/planning/value_tie.py), or nothing; never a fragment that
loses the point, never four words in a row as the statement has them. Training partners 184-186 carry their own
statements; with no goal on record the message says the meaning for the partner's work and asks one question."""

from __future__ import annotations

import re

import pytest
from plan_training_helpers import NO_GOAL_REASON, plan_all, xfail_without_goal

from assistant.planning.contribution import ASK_GOAL
from assistant.planning.value_tie import RUN, _run, meaning_phrases, meaning_sentence
from assistant.schema import Plan

SHAPES = [  # statement -> the phrases it gives ([] = left out)
    ("We give ward nurses back their evenings by cutting duplicate charting.",
     ["giving ward nurses their evenings back", "cutting duplicate charting"]),
    ("We put live stock data in every buyer's hands so nothing sits unsold.", ["giving every buyer live stock data"]),
    ("Technology at Fenwick Care is worth the time it gives back to carers and the falls it helps them prevent.",
     ["giving carers their time back", "preventing falls"]),
    ("Technology at Orla Farms is worth the fuel it saves our drivers.", ["saving your drivers fuel"]),
    ("Our job is to clear the repairs backlog and keep tenants informed.", ["clearing the repairs backlog", "keeping tenants informed"]),
    ("Our job is to shorten the wait for a planning decision and keep every file in one place.", []),  # both cut before their point
    ("Every system we run should help our drivers reach each stop on time.", ["helping your drivers reach every stop on time"]),
    ("We make it easy for tenants to report repairs and for surveyors to close jobs first time.",
     ["letting tenants report repairs", "closing jobs first time"]),
    ("Safe patients, rested nurses and honest numbers.", ["keeping patients safe", "keeping nurses rested"]),
    ("Shorter queues, fewer missed deliveries and happier shoppers.", ["making queues shorter", "making shoppers happier"]),
    ("We exist to get every parcel to the right door.", []),  # "getting every parcel" would lose where to
    ("IT keeps the presses running and the paper moving.", ["keeping the presses running"]),
    ("Our purpose is to help members find a class and book it in seconds.", ["helping members to find a class"]),  # "booking it": no
    ("We help our lawyers win more cases, faster.", ["helping your lawyers to win more cases"]),
    ("Every tool we buy must pay for itself within a year.", []),
    ("Technology is a partner in everything we do.", []),
    ("The mission of IT: fewer errors, and calmer wards.", ["cutting errors", "making wards calmer"]),
    ("IT exists so that our surveyors can close jobs on the first visit.", ["letting your surveyors close jobs"]),
    ("Technology at Kestrel Mills should cut waste on every line and keep the looms running.", ["cutting waste on each line", "keeping the looms running"]),
    ("We are here to answer every caller quickly, whatever they need.", ["answering every caller quickly"]),
    ("Technology at Ardmore is worth the hours it gives back to teachers and assistants in the classroom.",
     ["giving teachers and assistants their hours back"]),  # the place is left, the people kept
    ("Technology at Penrose Legal is worth what it does to keep case files safe and help our clerks serve them faster.",
     ["keeping case files safe"]),  # "serving them faster": who "them" are was left behind
]


@pytest.mark.parametrize(("statement", "want"), SHAPES)
def test_each_shape_gives_whole_re_voiced_phrases_or_nothing(statement: str, want: list[str]) -> None:
    assert meaning_phrases(statement) == want


FRAGMENT_END = re.compile(r"\b(?:the|a|an|every|each|our|your|their|to|of|for|in|at|with|and|it|them|this|that)$", re.IGNORECASE)


@pytest.mark.parametrize(("statement", "want"), SHAPES)
def test_no_phrase_is_a_fragment_or_a_paste(statement: str, want: list[str]) -> None:
    for phrase in meaning_phrases(statement):
        words = phrase.split()
        assert len(words) >= 2 and words[0].endswith("ing") and not FRAGMENT_END.search(phrase), phrase
        assert _run(phrase, statement) < RUN, phrase
    for fragment in ("giving nurses", "getting every parcel", "shortening the wait", "booking it", "keeping every file"):
        assert fragment not in meaning_phrases(statement), fragment


@pytest.mark.parametrize(("statement", "function", "want"), [
    ("Safe patients, rested nurses and honest numbers.", "operations",
     "For you, technology earns its keep by keeping patients safe."),
    ("We give ward nurses back their evenings by cutting duplicate charting.", "general",
     "Our part is giving ward nurses their evenings back."),  # the long frame would be 12+ words: boilerplate
    ("We exist to get every parcel to the right door.", "finance", ""),  # nothing whole: the sentence is left out
])
def test_the_meaning_for_a_partner_with_no_goal_is_short_or_left_out(statement: str, function: str, want: str) -> None:
    # every partner of a workspace shares its one statement: a long sentence, even with their name in it, would repeat
    assert meaning_sentence(statement) == want


def test_without_a_name_or_measure_a_long_meaning_takes_the_short_frame_never_twelve_words() -> None:
    statement = "We give ward nurses back their evenings by cutting duplicate charting."
    assert meaning_sentence(statement) == "Our part is giving ward nurses their evenings back."  # 12+ words said to every partner alike: never
    assert meaning_sentence("We keep every truck, dock and driver moving on time, whatever the weather in the yard.") == \
        "Our part is keeping trucks, docks and drivers moving on time."
    assert meaning_sentence(statement, "discharge time").endswith("discharge time is where you will see it.")


STATEMENTS = {"184": "We give our finance people back their month-end evenings by automating the reconciliations.",
              "185": "Every system we run should help our depots turn trucks round faster and keep every driver safe.",
              "186": "Rested staff, safe sites and honest numbers."}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("value-shapes"), STATEMENTS)


@pytest.mark.xfail(strict=True, reason=NO_GOAL_REASON)
def test_no_goal_on_record_the_item_on_the_table_judged_by_the_meaning(plans: dict[str, Plan]) -> None:
    message = plans["186"].value_message  # round 25: never a question alone, never the statement's words
    assert "judged by one test" in message and ASK_GOAL not in message and "?" not in message, message


def test_their_measure_ties_the_meaning(plans: dict[str, Plan]) -> None:
    message = plans["185"].value_message
    assert "“Trailer turnaround is 95 minutes today. I want it under 60 minutes by next summer.”" in message, message  # their words, whole
    assert "whether it moves that number" in message, message


@pytest.mark.parametrize("prefix", list(STATEMENTS))
def test_every_message_carries_the_statement_and_pastes_none_of_it(plans: dict[str, Plan], prefix: str) -> None:
    xfail_without_goal(prefix)
    message, statement = plans[prefix].value_message, STATEMENTS[prefix]
    assert "earns its keep" not in message and ("judge what i bring today" in message.lower() or "judged by one test" in message), message
    assert _run(message, statement) < RUN, message
