"""Whose a miss was (issues #20/#23): a third party's outage, the partner's own team's delay, a miss the partner
closed, and a lost sale that was not about IT are no doubt; plain strong trust is praise; a miss pinned on us, a
supplier's miss held against us and a sarcastic pardon stay doubts. Sentences written for this test, not taken from
the exemplars or the training partners; two training partners of batch tn are read whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.perception.cues import cue_hits

NOT_OUR_DOUBT = ("third_party", "forgiven", "not_about_it", "own_side")


def _no_doubt_of_us(text: str) -> bool:
    hits = cue_hits(text)
    return "doubted" not in hits and any(key in hits for key in NOT_OUR_DOUBT)


@pytest.mark.parametrize("text", [
    "The parcel carrier's hub went down on Monday, not on you at all.",
    "Card payments failed for an hour; that was the acquiring bank's outage.",
    "The vendor's update broke the kiosks, their side, not yours.",
    "The airline's feed sent the wrong gates all morning, nothing you did.",
    "The booking outage was the channel platform's, and they apologised.",
])
def test_a_third_partys_outage_is_no_doubt(text):
    assert _no_doubt_of_us(text)


@pytest.mark.parametrize("text", [
    "The go-live slipped a week; her accountants were late with the opening balances.",
    "That was my analysts, they were tied up with the audit.",
    "His planners were busy with the stock take, so the pilot started late.",
])
def test_the_partners_own_teams_delay_is_no_doubt(text):
    assert _no_doubt_of_us(text)


@pytest.mark.parametrize("text", [
    '"You rang me before my team noticed. No harm done."',
    '"You warned us first, that is all done with."',
    '"Thanks for the early shout on the delay, no drama."',
])
def test_a_miss_the_partner_closed_is_no_doubt(text):
    assert _no_doubt_of_us(text)


@pytest.mark.parametrize("text", [
    "We lost the Brightwater tender on price.",
    "The prospect went with a cheaper rival; the systems never came up.",
    "Lost two pitches this quarter to bigger agencies.",
])
def test_a_lost_sale_that_names_no_failure_of_ours_is_no_doubt(text):
    assert _no_doubt_of_us(text)


def test_a_lost_sale_that_names_our_failure_is_still_a_doubt():
    assert "not_about_it" not in cue_hits("We lost the Brightwater tender when the demo crashed.")


@pytest.mark.parametrize("text", [
    "You're the one team in this place I never have to chase.",
    "She trusts your engineers completely with the plant network.",
    "He called it the best thing IT has done for the depots in a decade.",
    "She credited our data lead by name in her quarterly slides.",
    "I'd rather wait for your team than pay a consultancy.",
])
def test_strong_trust_in_varied_words_is_praise(text):
    hits = cue_hits(text)
    assert "proven" in hits and "doubted" not in hits


@pytest.mark.parametrize("text", [
    "The portal went down after your release, not the hosting provider's.",
    '"Your supplier, your problem: the payroll was late."',
    '"You chose the courier, so the late laptops are yours."',
    '"Oh, all forgiven, as usual."',
    '"No harm done, only our busiest weekend," she said with a sigh.',
    "Not the carrier this time: your scanners froze again.",
])
def test_a_miss_pinned_on_us_held_against_us_or_pardoned_with_sarcasm_stays_a_doubt(text):
    hits = cue_hits(text)
    assert "doubted" in hits
    assert not any(key in hits for key in ("third_party", "forgiven", "not_about_it"))


NEIGHBOUR = """Stakeholder: Rhiannon Price, Head of Stores
2026-03-04 meeting
The kiosk upgrade slipped two weeks.
Her store managers had not signed off the screens.
"""
NEIGHBOUR_OURS = """Stakeholder: Rhiannon Price, Head of Stores
2026-03-04 meeting
The kiosk upgrade slipped two weeks.
It was your own upgrade script that failed, not the supplier.
"""


def test_a_miss_whose_next_sentence_gives_it_to_the_partners_side_is_no_doubt(assess_text):
    assert assess_text(NEIGHBOUR).scores["competence_doubted"] == 0.0
    assert assess_text(NEIGHBOUR_OURS).scores["competence_doubted"] > 0.0


BATCH_N = Path(__file__).resolve().parents[1] / "assistant" / "data" / "train_partners" / "batch_n.yaml"


@pytest.mark.parametrize("partner_id", ["tn-04", "tn-12", "tn-24"])
def test_training_partners_read_whole(assess_text, partner_id):
    raw = next(p for p in yaml.safe_load(BATCH_N.read_text(encoding="utf-8")) if p["id"] == partner_id)
    result = assess_text(raw["notes"])
    assert (result.dependence, result.competence) == (raw["expected"]["dependence"], raw["expected"]["competence"])
