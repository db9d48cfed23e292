"""The one thing states what should be true after the meeting, never the typed purpose echoed (outcome32): each clause
of the purpose becomes its outcome by what its verb does, with our owner's name and date where the typed item has them;
a clause with no outcome form, or a second act glued into it, leaves the one thing as it was."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.outcome import _person, outcome
from assistant.planning.purpose_cover import Clause, clauses
from assistant.planning.situation_types import Item, Situation
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "1134": ("Agree the dates for the oven sensor feed with Rosa and show her the Luton test feed", dt.date(2026, 12, 10)),
    "1135": ("Give Tariq a replacement plan and cost for the berth board and answer his question on the crane telemetry data",
             dt.date(2026, 12, 8)),
    "1136": ("Confirm the 60 exam hall laptops are ready for the mocks", dt.date(2026, 12, 9)),
    "1137": ("Walk Anjali through the cycle-time breakdown by claim type", dt.date(2026, 12, 11)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("outcome32")))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def _items(purpose: str) -> list[Clause]:
    return [c for c in clauses(purpose) if c.items and not c.aim]


def test_each_verb_gives_its_outcome() -> None:
    sit = Situation(partner_names=frozenset({"nadia"}), partner_pronoun="she")
    said = outcome(_items("Give Nadia a firm date for the kiosk rollout and agree the pilot scope with her"), sit, "Nadia", None)
    assert said == "By the end of the meeting, Nadia has a firm date for the kiosk rollout and you and Nadia have agreed the pilot scope."
    assert outcome(_items("Accept her seat on the pricing board"), sit, "Nadia", None) == \
        "By the end of the meeting, Nadia has your yes to her seat on the pricing board."
    assert outcome(_items("Confirm the depot scanners are replaced"), sit, "Nadia", None) == \
        "By the end of the meeting, Nadia knows whether the depot scanners are replaced."
    assert outcome(_items("Take Nadia through the cost split and agree how Nadia and the CIO present it"), sit, "Nadia", None) == \
        "By the end of the meeting, you have taken Nadia through the cost split and you and Nadia have agreed how Nadia and you present it."


def test_no_outcome_without_a_form() -> None:
    sit = Situation(partner_names=frozenset({"nadia"}))
    assert outcome(_items("Rebuild her trust in our dates"), sit, "Nadia", None) == ""
    assert outcome(_items("Answer her offer of an analyst and agree who from IT joins the board"), sit, "Nadia", None) == ""


def test_the_typed_item_adds_our_owner_and_date() -> None:
    promise = Item("promise", "us", "open", "Ivo (IT) will have the kiosk rollout plan by 14 January.", dt.date(2026, 11, 2), "n1",
                   complement="the kiosk rollout plan by 14 January", due=dt.date(2027, 1, 14), owner_name="IT (Ivo Marek)")
    sit = Situation(items=[promise], partner_names=frozenset({"nadia"}))
    said = outcome(_items("Hand Nadia the kiosk rollout plan"), sit, "Nadia", dt.date(2026, 12, 9))
    assert said == "By the end of the meeting, Nadia has the kiosk rollout plan (Ivo Marek owns it, promised for 14 January)."
    assert _person("CIO / MES team") == "" and _person("Lerato, desk support") == "Lerato"


def test_the_one_thing_is_no_echo_of_the_purpose(plans: dict[str, Plan]) -> None:
    for key, (purpose, _day) in CASES.items():
        one = plans[key].one_thing
        assert _words(one)[: len(_words(purpose))] != _words(purpose), (key, one)


def test_the_one_thing_states_the_outcome(plans: dict[str, Plan]) -> None:
    assert plans["1134"].one_thing.startswith("By the end of the meeting, you and Rosa have agreed the dates for the oven sensor feed")
    assert "Helen knows whether the 60 exam hall laptops are ready" in plans["1136"].one_thing


def test_a_one_thing_of_its_own_stays(plans: dict[str, Plan]) -> None:
    assert plans["1135"].one_thing.startswith("Answer what Tariq asked on 14 October")  # their dated ask leads
    assert plans["1137"].one_thing.startswith("Answer what Anjali asked on 2 November")
