"""The diagnosis reads the partner's own latest words: praise or a kept date said in another language is proof, a
feared delay that never came is no miss, and the trend line follows the latest entries (none where they disagree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.schema import Assessment
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
USED = ("1076", "1077", "1078", "1079", "1080", "1081")


@pytest.fixture(scope="module")
def assessed(tmp_path_factory) -> dict[str, Assessment]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("diag-latest")), None)
    out: dict[str, Assessment] = {}
    for number in USED:
        parsed = parse_notes_text(next(DATA.glob(number + "_*")).read_text())
        out[number] = engine.assess(parsed.notes, partner=parsed.partner)
    return out


def test_a_date_kept_in_another_language_and_a_feared_delay_that_never_came_are_proof(assessed) -> None:  # type: ignore[no-untyped-def]
    deniz = assessed["1076"]  # Turkish: opened on the promised date, "I was expecting a delay again"
    assert deniz.competence == "proven"
    assert "worsening" not in deniz.trend


def test_thanks_for_speed_in_another_language_is_no_doubt(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1077"].competence == "proven"  # Indonesian: always on time, never late, fast


def test_the_only_team_that_answers_and_quicker_than_contractors_is_praise(assessed) -> None:  # type: ignore[no-untyped-def]
    helen = assessed["1078"]
    assert (helen.dependence, helen.competence) == ("T", "proven")


def test_dismissing_uptime_reports_beside_a_council_seat_is_no_step_back(assessed) -> None:  # type: ignore[no-untyped-def]
    rafael = assessed["1079"]
    assert rafael.dependence == "BT" and rafael.competence == "proven"
    assert "sees less" not in rafael.trend


def test_no_worsening_trend_when_the_latest_words_thank_us_for_an_early_delivery(assessed) -> None:  # type: ignore[no-untyped-def]
    solveig = assessed["1080"]  # Norwegian: trust, then two late reports, then the latest delivered early with thanks
    assert "worsening" not in solveig.trend


def test_a_worsening_trend_stays_when_the_latest_words_are_doubt(assessed) -> None:  # type: ignore[no-untyped-def]
    martin = assessed["1081"]  # praise early, two missed dates in his own words last
    assert martin.competence == "doubted"
    assert "worsening" in martin.trend
