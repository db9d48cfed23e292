"""Trusted partners whose notes are busy with operational detail read as trusted (issues #20/#23): trust shown in
deeds (daily use, our work sent to their board, co-funding, invitations), praise told briefly or of someone else's
needs, misses that are a vendor's or the partner's own, a miss we owned early; and the doubted controls with the same
surface stay doubted. Sentences written for this test, not among the exemplars or the training partners."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.perception.classifier import COMPETENCE_LABELS, load_exemplars, shared_classifier
from assistant.perception.cues import cue_hits, short_verdict
from assistant.perception.voices import voiced_sentences
from assistant.text.notes_format import parse_notes_text


@pytest.mark.parametrize("text", [
    "The charge nurse said the rota screen was exactly what she needed.",
    "Apparently it is just what they wanted for the audit.",
    "His controller told him the tool was exactly what he had asked for.",
])
def test_exactly_what_someone_needed_is_praise_whoever_says_it(text):
    assert "proven" in cue_hits(text)


@pytest.mark.parametrize("text", [
    "Her supervisors use it every morning before the huddle.",
    "The fitters won't start a shift without the app now.",
    "She forwarded your capacity paper to her executive committee.",
    "He took Mia's team's forecast to the board as it stood.",
    "He offered to co-fund the pilot.",
    "She will pay for half of the next release.",
    "Ana invited me to her planning away day.",
    "They restored it before my drivers noticed.",
    "The stock screen is the first thing his buyers open.",
    "Sales and IT will co-own the pricing engine, funded from his budget.",
    "She'd like you to join our leadership offsite.",
])
def test_trust_shown_in_deeds_is_praise(text):
    assert "proven" in cue_hits(text)
    assert "doubted" not in cue_hits(text)


@pytest.mark.parametrize("text", [
    "He sent the consultants' review to the board, not our plan.",
    "She invited the integrator to run the steering group.",
    "They use their own tracker every day because ours kept crashing.",
    "The studio's booking app is exactly what we needed.",
])
def test_the_same_surface_about_outsiders_or_workarounds_is_no_praise(text):
    assert "proven" not in cue_hits(text)


@pytest.mark.parametrize("text", [
    "The rollout slipped, but that was his finance team, who sent the cost codes late.",
    "Her analysts delivered the test scripts three weeks late.",
    "His own team still has not signed the data agreement.",
    "The freight broker's portal failed on Monday.",
    "The outage on Friday was the hosting provider's.",
    "The carrier's outage took the label printers down.",
])
def test_a_miss_on_the_partners_side_or_a_third_partys_is_no_doubt(text):
    hits = cue_hits(text)
    assert "doubted" not in hits
    assert "third_party" in hits


def test_a_miss_we_flagged_early_and_the_partner_accepted_is_no_doubt():
    hits = cue_hits('The go-live missed March; she said "you warned me early, that\'s all I ask".')
    assert "doubted" not in hits and "forgiven" in hits


def test_a_negation_does_not_reach_across_a_comma_or_quote():
    assert cue_hits('She called it "not our problem" and thanked the desk.').get("proven") == ["thanked"]
    assert cue_hits("It was never on time.").get("doubted") == ["not on time"]  # a plain negation still flips


def test_a_two_word_verdict_is_weighed_but_a_bare_thanks_is_not():
    assert short_verdict("Good stuff.") and short_verdict("Well done!") and short_verdict("Late again.")
    assert not short_verdict("Thanks.") and not short_verdict("Noted.")
    note = parse_notes_text("Stakeholder: Ola Berg, COO\n2026-03-02 email\nNice work. Thanks. See you Monday, Ola\n").notes[0]
    texts = [v.text for v in voiced_sentences(note, "Ola Berg")]
    assert "Nice work." in texts and "Thanks." not in texts


PROBES_PROVEN = [
    "Great job.",
    "Her shift leads check the yard screen before every shift now.",
    "The site manager said the bed board was exactly what he needed.",
    "He wants to fund the next phase with us.",
]
PROBES_NOT_DOUBTED = [
    "The courier's scanners were down all morning.",
    "My team has sorted the file out.",
    "His planners sent the figures a week late.",
    "I need the margin report by 12 May.",
]
PROBES_DOUBTED = [
    "Great, another slipped date.",
    "They work from a paper list every shift because the app keeps freezing.",
    "The agency's portal is exactly what we needed, unlike yours.",
]


@pytest.fixture(scope="module")
def competence():
    from assistant.retrieval.embeddings import shared_embedder

    def predict(texts: list[str]) -> list[str]:
        _, proba = shared_classifier().predict(texts, np.asarray(shared_embedder().embed(texts)))
        return [COMPETENCE_LABELS[int(i)] for i in proba.argmax(axis=1)]

    return predict


def test_probe_sentences_are_not_exemplars():
    known = {t for axis in load_exemplars().values() for group in axis.values() for t in group}
    assert not known & set(PROBES_PROVEN + PROBES_NOT_DOUBTED + PROBES_DOUBTED)


def test_classifier_reads_brief_praise_daily_use_and_co_funding_as_proven(competence):
    assert competence(PROBES_PROVEN) == ["proven"] * len(PROBES_PROVEN)


def test_classifier_does_not_read_operational_detail_as_doubt(competence):
    assert "doubted" not in competence(PROBES_NOT_DOUBTED)


def test_classifier_keeps_sarcasm_outsider_praise_and_workarounds_doubted(competence):
    assert competence(PROBES_DOUBTED) == ["doubted"] * len(PROBES_DOUBTED)
