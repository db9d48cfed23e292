"""What technology IS to the partner, buying around IT, and pardons in few words (session 17 round 1, quad21).

Invented training partners 691-693: a chat export where a brand director calls the app the brand, hires an agency
and buys a platform for it from her own budget (bypass risk, BT); bullet minutes where a people director wants the
systems to work and waves away a miss of ours in a few words (utility, T); an e-mail thread where a finance
director's team buys an analytics package around IT after two slipped dates (bypass risk, I).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from plan_training_helpers import parsed

from assistant.factory import build_engine
from assistant.perception.stance import bought_around, dependence_stance, stance_adjust
from assistant.schema import Assessment
from assistant.settings import Settings


@cache
def _assess(prefix: str) -> Assessment:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp())), None)
    p = parsed(prefix)
    return engine.assess(p.notes, partner=p.partner)


def test_what_technology_is_sets_dependence():
    assert dependence_stance("Software is our product now, whatever the accountants say.") == "BT"
    assert dependence_stance("Honestly, logistics is a data problem these days.") == "BT"
    assert dependence_stance("We have become a software company that happens to sell insurance.") == "BT"
    assert dependence_stance("I just want the systems to keep running, nothing clever.") == "T"
    assert dependence_stance("We don't need IT to be creative, we need it to be cheap.") == "T"
    assert dependence_stance("The systems worked fine during the audit.") is None


def test_buying_around_it_is_doubt_at_the_level_of_what_was_bought():
    assert bought_around("Her planners bought a forecasting tool on a company card, outside IT.") == "I"
    assert bought_around("He engaged a studio to build the customer app instead of us.") == "BT"
    assert bought_around("We signed with an outside firm for the dashboards.", partner_voice=True) == "I"
    assert bought_around("We signed with an outside firm for the dashboards.") is None  # the CIO's "we"
    assert bought_around("She bought us coffee after the demo.") is None
    assert bought_around("He signed the contract with us on Friday.") is None  # bought from IT, not around it
    assert bought_around("Signed the boutique firm's statement of work yesterday.", partner_voice=True) == ""


def test_a_brand_app_bought_around_us_reads_bypass_risk():
    a = _assess("691")
    assert (a.dependence, a.competence, a.quadrant) == ("BT", "doubted", "bypass_risk")


def test_a_waved_away_miss_and_the_basics_read_utility():
    a = _assess("692")
    assert (a.dependence, a.competence, a.quadrant) == ("T", "proven", "utility")


def test_an_analytics_package_bought_around_us_reads_bypass_risk_at_information():
    a = _assess("693")
    assert (a.dependence, a.competence, a.quadrant) == ("I", "doubted", "bypass_risk")


def test_a_peak_measured_against_last_year_is_no_repeat_failure():
    from assistant.perception.cues import cue_hits

    assert "doubted" not in cue_hits("The checkout held at four times last year's traffic.")
    assert "doubted" in cue_hits("The checkout fell over three times this month.")


def test_narration_and_a_bare_classifier_guess_weigh_less_on_dependence():
    @dataclass
    class _F:
        quote: str
        cues: dict[str, list[str]]
        speaker: str = "unknown"
        own_voice: bool = False
        narrated: bool = False

    vote = np.array([0.8, 0.0, 0.0])
    cued, _ = stance_adjust(_F("Printer queue fixed.", {"T": ["printer"]}), vote, np.zeros(2), 0.35, 0.5)
    bare, _ = stance_adjust(_F("A yes or a no by Friday.", {}), vote, np.zeros(2), 0.35, 0.5)
    told, _ = stance_adjust(_F("Printer queue fixed.", {"T": ["printer"]}, narrated=True), vote, np.zeros(2), 0.35, 0.5)
    assert bare[0] < cued[0] and told[0] < cued[0]
    dependence, competence = stance_adjust(_F("They hired an agency to run the loyalty app.", {}), vote, np.array([0, 0.5]), 0.35, 0.5)
    assert dependence.argmax() == 2 and competence[0] > 1.0 and competence[1] == 0.0
    _, competence = stance_adjust(_F("They hired an agency to run the loyalty app.", {}, speaker="cio"), vote, np.array([0, 0.5]), 0.35, 0.5)
    assert competence[0] == 0.0
