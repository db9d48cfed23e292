"""The diagnosis (session 10, issue #20): a partner who blames IT in their own words doubts us even when the miss was a
supplier's; anger at what a miss did, 'a department that can't', our own assurance quoted back are doubts; cost talk
reads T; a supplier's outage told as theirs, a chore that stopped and 'not an IT thing' are no doubt; the CIO's own
proposal is no evidence of what the partner expects. Sentences written for this test (not the exemplars, not v5);
the r10 training partners are read whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.perception.cues import cue_hits

BATCH = Path(__file__).resolve().parents[1] / "assistant" / "data" / "train_partners" / "batch_r10.yaml"


@pytest.mark.parametrize("text", [
    'After the bank\'s file system failed, he told the exec team "IT has failed us again".',
    'The card processor was down, but she told her regional managers that technology let the stores down.',
    '"It\'s still your problem," she said when I pointed out the supplier had moved the deadline.',
])
def test_the_partners_own_blame_of_it_stays_a_doubt_even_for_a_suppliers_miss(text):
    hits = cue_hits(text)
    assert "doubted" in hits and "blames_us" in hits and "third_party" not in hits


@pytest.mark.parametrize("text", [
    "He phoned me livid: the night crew could not clock in because the system had no record of them.",
    "I want to know why we fund a team that cannot keep the booking screens up for a weekend.",
    'Your engineers assured me the switch-over was "seamless" and the depots were dark by noon.',
])
def test_anger_a_team_that_cannot_and_our_assurance_quoted_back_are_doubts(text):
    hits = cue_hits(text)
    assert "doubted" in hits and "proven" not in hits


@pytest.mark.parametrize("text", [
    "Every question was about the cost per ward.",
    "She asked for a costed list of options to take out of next year's plan.",
    "The chair wants technology spend brought down 6% before the merger.",
    "He pointed out that IT is 4.5% of revenue and asked what we would stop.",
])
def test_cost_talk_reads_t(text):
    assert "T" in cue_hits(text)


@pytest.mark.parametrize("text", [
    "Lumen (the payroll bureau) had a three-hour failure on Friday.",
    "Gateway supplier outage, half a day (their cloud).",
    "She doesn't see the rota as an IT matter at all.",
])
def test_a_suppliers_outage_told_as_theirs_and_not_an_it_matter_are_no_doubt(text):
    hits = cue_hits(text)
    assert "doubted" not in hits and ("third_party" in hits or "not_about_it" in hits)


def test_a_chore_that_stopped_is_praise_and_a_broken_tool_is_not():
    assert "proven" in cue_hits('"I haven\'t printed a picking list for two months," said the depot lead.')
    assert "proven" not in cue_hits("I haven't had a working printer for two months.")


OUTAGE_THEN_BLAME = """Partner: Lena Brandt, Head of Admissions
2027-02-03 - note
The applicant portal host had an outage for a day; not ours. She told the governors "IT let us down again".
"""
OUTAGE_NO_BLAME = """Partner: Lena Brandt, Head of Admissions
2027-02-03 - note
The applicant portal host had an outage for a day; not ours. She told the governors the host had a bad day.
"""


def test_blame_next_to_a_third_partys_outage_is_not_cleared_by_it(assess_text):
    assert assess_text(OUTAGE_THEN_BLAME).scores["competence_doubted"] > 0.0
    assert assess_text(OUTAGE_NO_BLAME).scores["competence_doubted"] == 0.0


def test_the_cios_own_proposal_is_no_dependence_evidence(assess_text):
    pitch = "Partner: Ola Berg, HR Director\n2027-01-10 - meeting\nI suggested a dashboard of sickness trends by depot.\n"
    asked = "Partner: Ola Berg, HR Director\n2027-01-10 - meeting\nShe asked for a dashboard of sickness trends by depot.\n"
    assert assess_text(pitch).scores["dependence_I"] == 0.0
    assert assess_text(asked).scores["dependence_I"] > 0.0


@pytest.mark.parametrize("partner_id", ["r10-01", "r10-02", "r10-03", "r10-04", "r10-05", "r10-06"])
def test_training_partners_read_whole(assess_text, partner_id):
    raw = next(p for p in yaml.safe_load(BATCH.read_text(encoding="utf-8")) if p["id"] == partner_id)
    assert assess_text(raw["notes"]).quadrant == raw["expected"]["quadrant"]
