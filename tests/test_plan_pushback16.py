"""The partner's own pushback ("stop sending me ...", "first get ... working", "I don't need a ...") is an objection
raised, answered as said; never "No objection is recorded". Goals that merely contain "stop" or "no more" are none."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_training_helpers import plan_all

from assistant.planning.plan_text import objection_kinds
from assistant.planning.pushback import pushback_kinds, quoted_by_partner, raised_text
from assistant.schema import Plan


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["490", "491", "492", "493"], Path(tmp_path_factory.mktemp("pushback16")))


def objections(plan: Plan) -> str:
    return next(s.text for s in plan.sections if s.key == "objections")


def test_stop_sending_in_a_chat_is_answered(plans: dict[str, Plan]) -> None:
    text = objections(plans["490"])
    assert "No objection is recorded" not in text
    assert "stop sending me those monthly ticket summaries" in text and "Take it as said" in text


def test_basics_first_quotes_only_the_partners_words(plans: dict[str, Plan]) -> None:
    text = objections(plans["491"])
    assert "“First get the workshop PCs working, then we can talk about telematics.”" in text
    assert "Tomasz on the telematics pilot" not in text  # the CIO's minute line is not their words
    assert "comes first" in text


def test_i_dont_need_a_dashboard_is_answered(plans: dict[str, Plan]) -> None:
    text = objections(plans["492"])
    assert "I don't need a dashboard" in text and "No objection is recorded" not in text


def test_goals_with_stop_are_no_pushback(plans: dict[str, Plan]) -> None:
    text = objections(plans["493"])
    assert "Take it as said" not in text and "Take them at their word" not in text


@pytest.mark.parametrize("said, kind", [
    ("Please stop emailing me the uptime charts.", "stop_pushing"),
    ("Honestly, don't pitch us another portal.", "stop_pushing"),
    ("Spare me the slides this time.", "stop_pushing"),
    ("Sort out the scanners first, then we talk analytics.", "basics_first"),
    ("first make the Wi-Fi in the warehouse work", "basics_first"),
    ("We don't need another app, we need the rota to load.", "not_wanted"),
    ("I can't see what else IT could add for the clinics.", "not_wanted"),
])
def test_pushback_cues(said: str, kind: str) -> None:
    assert kind in pushback_kinds(said) and kind in objection_kinds(said)


@pytest.mark.parametrize("said", [
    "Her aim is that drivers stop filling in paper logs by June.",
    "No more weekend shifts to catch up on invoicing, that is the goal.",
    "By spring I don't need it perfect, just usable.",
    "Show me, don't tell me.",
    "I don't want to argue about the recharge.",
])
def test_no_pushback(said: str) -> None:
    assert pushback_kinds(said) == []


def test_raised_text_never_quotes_narration() -> None:
    assert raised_text('He waved off the demo: "First sort out the printers, then we talk."', "narrator") == "“First sort out the printers, then we talk.”"
    assert raised_text("She asked us to stop sending the weekly digest.", "narrator") == "She asked us to stop sending the weekly digest."
    assert raised_text("Stop sending me the digest.", "partner") == "“Stop sending me the digest.”"


def test_a_sentence_inside_their_quotation_is_theirs() -> None:
    note = 'Coffee with Dana.\nHer words: "I need the tills up. That is all. Stop pitching me loyalty apps." Then she left.'
    assert quoted_by_partner("Stop pitching me loyalty apps.\"", note, frozenset({"dana"}))
    assert quoted_by_partner("That is all.", note, frozenset({"dana"}))
    assert not quoted_by_partner("Then she left.", note, frozenset({"dana"}))
    assert raised_text("Stop pitching me loyalty apps.\"", "narrator") == "“Stop pitching me loyalty apps.”"


def test_a_whole_quoted_report_is_theirs() -> None:
    note = '[00:12] His words: "The vans need to start. That is all. Stop pitching me route analytics."'
    line = note
    assert quoted_by_partner(line, note, frozenset({"omar"}))
    assert not quoted_by_partner('[00:30] The previous CIO said: "stop pitching" to nobody.', '[00:30] The previous CIO said: "stop pitching" to nobody.', frozenset({"omar"}))
    assert raised_text(line, "narrator") == "“The vans need to start. That is all. Stop pitching me route analytics.”"


def test_a_labelled_transcript_line_stays_quoted() -> None:
    assert raised_text("00:12:05 Rhea Tamm: Honestly, the board asked about outsourcing.", "narrator").startswith("“00:12:05 Rhea Tamm:")
    assert raised_text('Options sent to Rhea; done - Rhea said "too slow"', "narrator") == "“too slow”"
