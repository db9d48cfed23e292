"""An ask named in the partner's words wherever the notes hold them, and topics kept out of the room named or left out:
a quotation inside our own note's report of the ask (reported_asks.py); a transcript that tags the partner by initials
("MK: ..."), with a need whose day comes before the thing ("I want to know by 20 January what it would take") and a
status line saying "not finished"; a "don't mention it" line naming its topic after a
colon or in the sentence "it" points back to (avoid_naming.py), never "what the note says to keep out of the room"."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.note_reading import Partner
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all, top


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["460", "461", "462"], Path(tmp_path_factory.mktemp("asks16")))


def _open(plan: Plan) -> str:
    return " ".join(i.text for i in plan.open_items)


def test_a_reported_ask_is_named_in_her_quoted_words(plans: dict[str, Plan]) -> None:
    plan = plans["460"]
    assert "rostering tool" in top(plan), top(plan)
    assert "still open" not in top(plan)
    assert "rostering tool" in _open(plan) and "Noted on" not in _open(plan)


def test_initials_tag_the_partner_and_her_dated_need_is_open(plans: dict[str, Plan]) -> None:
    seen = top(plans["461"]) + " " + _open(plans["461"])
    assert "Warsaw trial sites" in seen, seen  # "not finished" delivers nothing
    assert "portfolio day" in seen


def test_kept_out_topics_are_named_or_left_out(plans: dict[str, Plan]) -> None:
    topics = [a.topic for a in plans["462"].avoid]
    assert not any("says to keep out of the room" in t for t in topics), topics
    # told off the record: named by its kind and day (session 18), its details never written into a plan a coach may read
    assert any("merger" in t and "confidence" in t for t in topics), topics
    assert not any(w in t for t in topics for w in ("Leeds", "Wakefield", "deputy", "board")), topics
    assert len(topics) == len(set(topics)), topics


def test_initials_read() -> None:
    assert Partner.from_name("Dr. Marta Kowalczyk").is_me("MK")
    assert not Partner.from_name("Ann Ito").is_me("AI")
