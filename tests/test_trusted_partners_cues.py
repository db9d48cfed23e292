"""Trusted partners read as trusted, polite doubt as doubt (issue #22, #20's diagnosis): what the partner says
about our word, about outside firms, and cues that span a wrapped line. One test per rule."""

from __future__ import annotations

import pytest

from assistant.perception.cues import cue_hits


def test_a_cue_wrapped_over_two_lines_is_still_a_cue():
    assert "no_view" in cue_hits("She said it was too early to\nhave a view of the team.")
    assert "proven" in cue_hits("The upgrade went live on\ntime.")


def test_fearing_another_miss_is_doubt_not_a_negated_miss():
    assert cue_hits('"I can\'t take another slipped date to the exec."').get("doubted") == ["slipped"]
    assert "doubted" in cue_hits("We cannot risk another late one.")
    assert cue_hits("You have never missed a date.").get("proven") == ["not missed"]  # a plain negation still flips


@pytest.mark.parametrize("text", [
    'He approved it "because when you say Q2 it\'s Q2".',
    '"Your team said twelve weeks and it was twelve weeks."',
])
def test_the_partner_saying_our_word_holds_is_praise(text):
    assert "proven" in cue_hits(text)
    assert "doubted" not in cue_hits(text)


@pytest.mark.parametrize("text", [
    "Your people said it was fixed in January, and it wasn't.",
    "Stop telling me it is fixed when it isn't.",
])
def test_the_partner_saying_our_word_broke_is_doubt(text):
    assert "doubted" in cue_hits(text)


def test_not_doubting_the_team_is_praise():
    assert "proven" in cue_hits("I'm not doubting the team, I just need it in writing.")
    assert "proven" in cue_hits("I'm not questioning whether you deliver, I'm questioning what it costs.")


@pytest.mark.parametrize("text", [
    "\"You hit the new date. Let's do the reporting with you, not an agency.\"",
    "He pulled a planned spend with the vendor's consultancy and gave it to us instead.",
    "She let the outside firm's follow-on engagement lapse.",
])
def test_choosing_us_over_an_outside_firm_is_trust(text):
    hits = cue_hits(text)
    assert "proven" in hits and "doubted" not in hits


@pytest.mark.parametrize("text", [
    "For the production build we're going with the agency that did our last two apps.",
    "I've told the board the agency will build it.",
    "I've asked an outside analytics firm to build the forecast properly.",
])
def test_handing_our_work_to_an_outside_firm_is_doubt(text):
    assert "doubted" in cue_hits(text)


@pytest.mark.parametrize("text", [
    "The Wi-Fi in the east wing has been down three times this month.",
    "The stock dashboard is wrong for the third Monday running.",
    "You promised the pricing engine for the spring range. It isn't here.",
    "We'll beat the discounters on price without you.",
    "The projector ticket has been open since February.",
])
def test_repeats_and_missing_deliveries_are_doubt(text):
    assert "doubted" in cue_hits(text)


@pytest.mark.parametrize("text", [
    "Callum rang us first about the new site.",
    'He said the upgrade ran inside the window we gave.',
    "Your team had it fixed within the hour.",
    "Every release date since November has held.",
    "You turned it round.",
    "The app has been solid for four months.",
    'She was pleased: "Whatever your team did, keep doing it."',
    "Last year the extended hours made a real difference to the weekend teams.",
])
def test_plain_trust_in_delivery_is_praise(text):
    assert "proven" in cue_hits(text)


def test_thanks_for_a_visit_is_courtesy_not_praise():
    hits = cue_hits("Very polite as always, thanked us for coming over.")
    assert "courtesy" in hits and "proven" not in hits


@pytest.mark.parametrize("text", [
    "She hasn't seen what this IT team can deliver yet.",
    "He said he has heard good and bad about group IT and will judge for himself.",
])
def test_a_partner_who_will_judge_later_has_no_view_yet(text):
    assert "no_view" in cue_hits(text)


def test_who_attended_is_no_evidence(assess_text):
    text = """Stakeholder: Oliver Stone, Financial Controller
Finance systems check-in, 12/03/2026
Attendees: Oliver Stone, Mia Chen (service desk lead), Tom Reyes (helpdesk)
Oliver wants the ledger kept stable and the licence bill down next year.
"""
    result = assess_text(text)
    assert all(not e.quote.lower().startswith("attendees") for e in result.evidence)
    assert result.scores == assess_text(text.replace("Attendees: Oliver Stone, Mia Chen (service desk lead), Tom Reyes (helpdesk)\n", "")).scores


TRUSTED_WITH_A_FRICTION = """Stakeholder: Ines Duarte, Head of Claims
From: Ines Duarte <ines.duarte@solmar.example>
Sent: 3 March 2026 09:12
To: CIO <cio@solmar.example>
Subject: portal

Small thing: the claims portal was down for twenty minutes on Monday. Your team had it fixed within the hour, and that is why I come to you first.
I'm not doubting the team, but my auditors will ask: who can see the claims data, and how is access logged?
I would like fraud scores next to each claim in the adjusters' dashboard.
Ines
"""


def test_a_trusting_partner_with_a_friction_and_hard_questions_reads_as_partner(assess_text):
    result = assess_text(TRUSTED_WITH_A_FRICTION)
    assert result.competence == "proven"
    assert result.quadrant == "partner"
