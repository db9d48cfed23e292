"""The diagnosis reads Finnish, Czech and Greek notes, going without IT, IT called a mere cost, pulse-survey scores
and dictated memos (spoken punctuation) as evidence of how the partner sees technology."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.perception.cues import cue_hits
from assistant.schema import Assessment, NoteText
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
USED = ("1088", "1089", "1090", "1091", "1092", "1093")


@pytest.fixture(scope="module")
def assessed(tmp_path_factory) -> dict[str, Assessment]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("diag-regional")), None)
    out: dict[str, Assessment] = {}
    for number in USED:
        parsed = parse_notes_text(next(DATA.glob(number + "_*")).read_text())
        out[number] = engine.assess(parsed.notes, partner=parsed.partner)
    return out


def test_it_as_a_mere_cost_in_finnish_is_a_cost_centre(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1088"].quadrant == "cost_centre"


def test_an_agency_hired_without_it_in_czech_is_a_bypass_risk(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1089"].quadrant == "bypass_risk"


def test_praise_a_pardon_and_co_funding_in_greek_and_czech_are_proof(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1090"].competence == "proven"
    assert assessed["1093"].competence == "proven"


def test_low_pulse_survey_scores_are_doubt(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1091"].quadrant == "cost_centre"


def test_a_dictated_memo_reads_as_typed_text() -> None:
    from assistant.perception.dictation import undictated

    note = NoteText(ref="n1", text="Memo comma estates full stop. He said quote it just works comma unquote full stop. He asked for a quote comma please full stop.")
    text = undictated(note).text
    assert '"it just works"' in text and "a quote," in text and "full stop" not in text


def test_a_meeting_count_is_no_miss_and_no_use_for_data_is_the_basics() -> None:
    assert "doubted" not in cue_hits("Met her at the depot this morning, the third time this month.")
    hits = cue_hits("He is not interested in dashboards.")
    assert "T" in hits and "I" not in hits
