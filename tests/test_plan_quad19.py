"""Perceptions read from the partner's own attributed words and acts (session 16, quad19).

Invented training partners 603-605: minutes that name the partner by initials, a voice memo where the partner
has stopped counting on us and hired an outside firm, a chat where "on the phone" is how they talked, not a topic.
"""

from __future__ import annotations

import tempfile
import warnings
from functools import cache
from pathlib import Path

import numpy as np
from plan_training_helpers import parsed

from assistant.factory import build_engine
from assistant.perception.classifier import featurise
from assistant.perception.cues import cue_hits
from assistant.perception.narration import is_narration
from assistant.schema import Assessment
from assistant.settings import Settings
from assistant.text.speakers import People, prose_speaker


@cache
def _assess(prefix: str) -> Assessment:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp())), None)
    p = parsed(prefix)
    return engine.assess(p.notes, partner=p.partner)


def test_initials_in_minutes_are_the_partner():
    people = People("Tobias Lindqvist")
    assert people.classify("TL") == "partner"
    assert people.classify("T.L.") == "partner"
    assert people.classify("NF") != "partner"
    assert People("Ivan Torres").classify("IT") != "partner"  # "IT said" stays our side


def test_timestamped_memo_line_keeps_its_subject():
    assert prose_speaker("[01:10] She told me she has signed with an outside firm.", People("Ada Brook"))[0] == "partner"


def test_minutes_with_initials_read_as_partner():
    a = _assess("603")
    assert (a.dependence, a.competence, a.quadrant) == ("I", "proven", "partner")
    assert any(e.speaker == "partner" and e.quote.startswith("TL:") for e in a.evidence)


def test_stopped_counting_on_us_and_an_outside_firm_read_as_bypass():
    a = _assess("604")
    assert (a.dependence, a.competence, a.quadrant) == ("I", "doubted", "bypass_risk")


def test_phone_as_the_way_they_talked_is_not_plumbing():
    a = _assess("605")
    assert (a.dependence, a.competence, a.quadrant) == ("T", "proven", "utility")
    assert "T" not in cue_hits("Priya on the phone after the board: relieved, wants the same next year.")
    assert "T" not in cue_hits("A quick phone call with Omar about the rota.")
    assert "T" in cue_hits("The desk phones in the call centre keep dropping.")


def test_cue_families_for_reliance_withdrawn_and_work_reused():
    for doubt in ("It's us he has stopped betting on.", "She no longer relies on us for this.",
                  "They've given up on the IT team.", "He has contracted Brightline Data to build the forecasting model."):
        assert cue_hits(doubt).get("doubted"), doubt
    assert not cue_hits("She commissioned us to build the forecasting model.").get("doubted")
    for proof in ("He used two charts from the dashboard in his paper to the board.",
                  "She presented our numbers at the executive committee.",
                  "The release went live four days ahead of the date."):
        assert cue_hits(proof).get("proven"), proof


def test_asking_for_information_to_act_on_is_information():
    for ask in ("Information at the counters, not in a quarterly pack.", "She wants returns by store, live, store-by-store.",
                "He asked for an analyst in his team.", "Numbers we can act on before the season."):
        assert cue_hits(ask).get("I"), ask


def test_narration_is_neither_the_partners_words_nor_acts():
    assert is_narration("Due date stands.", "unknown", False)
    assert is_narration("Not raised again since.", "unknown", False)
    for act in ("Now books an outside studio for anything urgent.", "Asked for the recharge to come down.",
                "[00:40] And she's talking to an integrator.", "Ruth was furious."):
        assert not is_narration(act, "unknown", False, "Ruth Adler"), act
    assert not is_narration("“Good, late but good.”", "unknown", True)


def test_a_sentence_with_no_known_ngram_raises_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x = featurise(["zzqx", "the board"], np.zeros((2, 3)), ("board", "the", "the board"), 6.0)
    assert x.rows.tolist() == [1, 1, 1]
