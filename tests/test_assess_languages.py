"""The perception reading generalises to notes in other languages and to CRM or ticket exports.

Training partners 1015-1020 (tests/data/plan_training): German, Italian, French, Portuguese and Dutch notes
where the partner states their view plainly in their own language, and a US-dated CRM activity log whose
field lines ("Assigned To:", "Type: Call   Status: Completed") are neither speakers nor evidence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.perception.cues import cue_hits
from assistant.perception.field_lines import is_field_line
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text
from assistant.text.transcripts import speaker_label

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
EXPECTED = {
    "1015": ("I", "proven"),
    "1016": ("T", "proven"),
    "1017": ("I", "doubted"),
    "1018": ("T", "doubted"),
    "1019": ("BT", "proven"),
    "1020": ("I", "proven"),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    return build_engine(Settings(data_dir=tmp_path_factory.mktemp("d")), None)


def _assess(engine, number: str):  # type: ignore[no-untyped-def]
    text = next(DATA.glob(number + "_*")).read_text(encoding="utf-8")
    parsed = parse_notes_text(text)
    return text, engine.assess(parsed.notes, partner=parsed.partner)


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_the_partners_own_words_decide_the_quadrant_in_any_language(engine, number: str) -> None:  # type: ignore[no-untyped-def]
    text, result = _assess(engine, number)
    dependence, competence = EXPECTED[number]
    assert (result.dependence, result.competence) == (dependence, competence)
    assert result.confidence >= 0.4  # a view stated plainly in several entries is not a guess
    for evidence in result.evidence:
        assert evidence.quote in text  # verbatim
        assert not any(is_field_line(line) for line in evidence.quote.split("\n"))


@pytest.mark.parametrize("sentence, label", [
    ('Mirjam: "Jullie zeiden mei, het werd zelfs april."', "proven"),
    ('"Vocês entregaram antes do prazo."', "proven"),
    ("Die Lieferung war pünktlich, gute Arbeit.", "proven"),
    ('"Encore en retard. Je suis déçue."', "doubted"),
    ("Das Projekt ist nicht verspätet.", "proven"),
    ('"Non siete puntuali."', "doubted"),
    ("\"I'd rather have your team's estimate than a consultant's guess.\"", "proven"),
])
def test_competence_cues_in_the_notes_language(sentence: str, label: str) -> None:
    hits = cue_hits(sentence)
    assert label in hits and ({"proven", "doubted"} - {label}).isdisjoint(hits)


@pytest.mark.parametrize("sentence", ['"Zand erover."', '"Isso já passou. Página virada."', '"Acqua passata."', "She waved it off: \"Forget it, honestly.\""])
def test_a_pardon_in_any_language_silences_the_doubt(sentence: str) -> None:
    assert "forgiven" in cue_hits(sentence) and "doubted" not in cue_hits(sentence)


def test_record_fields_are_no_speakers_and_no_evidence() -> None:
    assert speaker_label("Assigned To: Rosa Lindqvist") is None
    assert speaker_label("Activity Date: 03/04/2026") is None
    assert speaker_label("Type: Task   Priority: High   Reporter: Dana Reyes") is None
    assert speaker_label("Dwayne: \"You told me April.\"") == ("Dwayne", '"You told me April."')
    assert is_field_line("Type: Call   Status: Completed") and is_field_line("Labels: revenue, data-feed")
    assert not is_field_line("Dwayne: I need the basics to work.")
