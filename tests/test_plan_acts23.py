"""The partner's requests and offers read as speech acts (open23): "I need from you ...", an imperative to us with a
date ("Give me one launch date ... before the board"), an offer with a giver on their side and money or people
("I'll chip in: 350 thousand ... if IT commits"), and the CIO's own label ("Offer on the table: ..."), in chat exports
and minutes alike; a habit or a courtesy is no item, nor an act with nothing named after it, nor the CIO's own turn."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.note_reading import Partner
from assistant.planning.partner_acts import acts_in
from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Item, Sentence
from assistant.schema import NoteText, Plan
from tests.plan_training_helpers import parsed, plan_cases

CASES = {
    "742": ("Lunch to agree the distributor portal roadmap and a launch month she can take to the sales conference", dt.date(2026, 12, 9)),
    "743": ("Monthly before her budget board: the glass launch date", dt.date(2026, 11, 24)),
    "744": ("Catch-up to answer her data-location request before the inspection", dt.date(2026, 12, 7)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("acts23")))


def _open_theirs(prefix: str, day: dt.date) -> list[Item]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, None, day)
    return [i for i in sit.items if i.owner == "partner" and i.kind in ("request", "offer") and i.status == "open"]


def test_a_chat_offer_with_money_and_a_condition_is_open() -> None:
    offers = [i for i in _open_theirs("742", CASES["742"][1]) if i.kind == "offer"]
    assert offers and "350 thousand" in offers[0].quote
    assert not offers[0].quote.startswith("Marisol")  # the chat header is no part of her words


def test_an_ask_from_us_in_a_chat_turn_is_a_request() -> None:
    asks = [i for i in _open_theirs("742", CASES["742"][1]) if i.kind == "request"]
    assert any("costed roadmap" in i.complement for i in asks)


def test_an_imperative_with_her_deadline_and_a_labelled_offer_are_found() -> None:
    items = _open_theirs("743", CASES["743"][1])
    asks = [i for i in items if i.kind == "request" and "launch date" in i.complement]
    assert asks and asks[0].due == dt.date(2026, 11, 27)
    assert any(i.kind == "offer" and "senior handlers" in i.complement for i in items)


def test_the_offer_reaches_the_plan(plans: dict[str, Plan]) -> None:
    plan = plans["742"]
    assert any(o.kind == "offer" and "350 thousand" in o.quote for o in plan.open_items)
    assert any("350 thousand" in line or "chip in" in line for line in [plan.one_thing, *plan.script])


def test_her_dated_demand_is_answered_in_the_script(plans: dict[str, Plan]) -> None:
    plan = plans["743"]
    assert any("glass" in line.lower() for line in [plan.one_thing, *plan.script])
    assert all(o.quote.strip() or o.text.strip() for o in plan.open_items)


def _sentence(text: str, speaker: str = "partner") -> Sentence:
    note = NoteText(text=text, date=dt.date(2026, 10, 1), ref="n1")
    return Sentence(text, note, speaker, 0)


@pytest.mark.parametrize("text", [
    "Just warn me sooner next time, nothing more.",
    "Bring me good news in January.",
    "I need the pickers scanning every pallet by spring.",
    "Send me it when you can.",
])
def test_a_habit_a_courtesy_or_an_outcome_is_no_ask(text: str) -> None:
    assert acts_in(_sentence(text), Partner.from_name("Odile Brandt")) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("We can second two of our planners to your team for the spring if the cutover date holds.", "offer"),
    ("My budget will cover half of the licence cost, up to 80 thousand.", "offer"),
    ("I need from you a sizing of the archive move before the audit.", "request"),
    ("Name me an owner for the supplier feed by 14 January.", "request"),
])
def test_speech_acts_in_other_words(text: str, kind: str) -> None:
    assert [i.kind for i in acts_in(_sentence(text), Partner.from_name("Odile Brandt"))] == [kind]


def test_narration_quoting_someone_else_is_not_theirs() -> None:
    text = 'Piet Vos said: "I need from you a sizing of the archive move before the audit."'
    assert acts_in(_sentence(text, "narrator"), Partner.from_name("Odile Brandt")) == []


def test_a_done_word_about_another_thing_does_not_close_her_ask(plans: dict[str, Plan]) -> None:
    """"She has not mentioned the summary again, but the inspection date is fixed": "fixed" is the inspection's."""
    items = _open_theirs("744", CASES["744"][1])
    assert any(i.kind == "request" and "written summary" in i.complement for i in items)
    plan = plans["744"]
    assert "summary" in plan.one_thing and any("summary" in line for line in plan.script)
