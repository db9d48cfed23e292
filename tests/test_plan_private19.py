"""What stays out of the room: a matter told in confidence is one record with every sentence that tells it (the cue's
sentence and the ones that carry it on, or the paragraph a "Confidential" heading stands over), and no section of the
plan counts, answers or quotes any of them (confidential.py). A remark that keeps the notes themselves private is no
topic; a bare noun after "don't talk about" names the topic; a title written short ("Avv.", "Dott.") ends no sentence;
a header "Name — Role (Role), Place" gives the partner's name, never the role."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.render import plan_main_view
from assistant.planning.situation import build_situation
from assistant.schema import NoteText, Plan
from assistant.text.sentences import sentence_spans
from tests.plan_training_helpers import TODAY, parsed, plan_all

PREFIXES = ["639", "640", "641", "643"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("private19")))


def _everything(plan: Plan) -> str:
    return re.sub(r"\s+", " ", " ".join([plan_main_view(plan), plan.value_message, *(s.text for s in plan.sections),
                                         *(i.text for i in plan.open_items), *(f.what for f in plan.followups)]))


def test_a_confided_request_is_no_open_item() -> None:
    p = parsed("639")
    sit = build_situation(p.notes, p.partner, None, TODAY)
    assert not [i for i in sit.items if "nobody from IT" in i.quote]  # the matter's second sentence, not only its cue's
    assert any("nobody from IT" in t for m in sit.confidences for t in m.told)


def test_a_confided_request_is_never_counted_or_asked(plans: dict[str, Plan]) -> None:
    text = _everything(plans["639"])
    assert "nobody in IT" not in text and "mailbox" not in text and "Compliance" not in text
    assert "2 things" not in text


def test_the_paragraph_under_a_confidential_heading_stays_out(plans: dict[str, Plan]) -> None:
    text = _everything(plans["640"])
    assert "Porto" not in text and "payroll processing" not in text
    assert "nobody knows" not in text  # the sentence that carries it on is the matter's too
    assert "Help their provider succeed" not in text  # no objection built on it


def test_the_partner_is_named_when_the_header_adds_a_place(plans: dict[str, Plan]) -> None:
    assert parsed("641").partner == "Esteban Morales"
    plan = plans["641"]
    assert "Gerente" not in plan_main_view(plan) and "Esteban" in plan.one_thing


def test_a_bare_topic_after_dont_talk_about_is_named(plans: dict[str, Plan]) -> None:
    assert any(a.topic == "robots or headcount" for a in plans["641"].avoid)


def test_a_succession_told_in_confidence_is_never_evidence(plans: dict[str, Plan]) -> None:
    text = _everything(plans["643"])
    assert "Rinaldi" not in text and "company secretary" not in text


def test_a_short_title_ends_no_sentence() -> None:
    text = "Then the board asked her to succeed Avv. Rinaldi as company secretary. Not announced. Dott. Bianchi knows."
    spans = [s.text for s in sentence_spans(text, min_words=1)]
    assert "Then the board asked her to succeed Avv. Rinaldi as company secretary." in spans
    assert "Dott. Bianchi knows." in spans


def test_a_remark_keeping_the_notes_private_is_no_topic() -> None:
    body = ("journal — Pieter Claes, IT director, Vandenbroeck Logistics. private notes, mine only. no headings, written when time allows.\n\n"
            "She wants a yard management view for the night shift. She asked for a first proposal by 20 November.")
    note = NoteText(ref="2026-09-22", date=dt.date(2026, 9, 22), text=body)
    sit = build_situation([note], "Griet Wouters", None, TODAY)
    assert not [a for a in sit.avoid if a.kind == "asked_not_to"]
    assert not sit.confidences
