"""The diagnosis reads notes in languages no dev set has (Korean, Russian, Arabic, Japanese bullets, Hindi in Latin
script) from the cue-phrase data file, and counts a deed against us (a vendor signed outside IT, "I plan around you")
or reliance said outright, whatever the language; thin notes stay unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.factory import build_engine
from assistant.perception.cue_phrases import PHRASES_FILE, languages
from assistant.perception.cues import cue_hits
from assistant.perception.language import foreign
from assistant.schema import Assessment
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text
from assistant.text.sentences import sentence_spans

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
USED = ("1154", "1155", "1156", "1157", "1158", "1159")


@pytest.fixture(scope="module")
def assessed(tmp_path_factory) -> dict[str, Assessment]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("diag-phrases")), None)
    out: dict[str, Assessment] = {}
    for number in USED:
        parsed = parse_notes_text(next(DATA.glob(number + "_*")).read_text())
        out[number] = engine.assess(parsed.notes, partner=parsed.partner)
    return out


def test_a_korean_partner_who_contracted_a_vendor_without_it_is_a_bypass_risk(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1154"].quadrant == "bypass_risk"


def test_russian_praise_for_basics_that_just_work_is_utility(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1155"].quadrant == "utility"


def test_arabic_outages_and_late_again_are_a_cost_centre(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1156"].quadrant == "cost_centre"


def test_hindi_in_latin_script_promise_kept_and_strategy_is_partner(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1157"].quadrant == "partner"


def test_a_thin_first_meeting_in_chinese_stays_unknown(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1158"].competence == "unknown" and assessed["1158"].confidence < 0.3


def test_plan_around_you_and_signed_outside_it_are_doubt(assessed) -> None:  # type: ignore[no-untyped-def]
    assert assessed["1159"].quadrant == "bypass_risk"
    assert "doubted" in cue_hits("To be frank I no longer count on IT hitting a date. We plan around you these days.")
    assert "proven" not in cue_hits("I no longer count on IT hitting a date.")
    assert "doubted" in cue_hits("He paid the vendor from his own budget, no IT in the selection.")


def test_reliance_said_outright_is_proof_in_any_language() -> None:
    for sentence in ("IT is the only department I never have to worry about.", "Ni höll datumet, precis som ni lovat.",
                     "Вы сделали всё вовремя, как и обещали.", "Aapne waada nibhaya, time pe diya.", "約束どおりに稼働しました。"):
        assert "proven" in cue_hits(sentence), sentence


def test_a_negated_promise_kept_is_doubt_and_a_pardon_drops_the_doubt() -> None:
    assert "doubted" in cue_hits("Мы снова не сдали в срок, опять опоздали.")
    assert "doubted" not in cue_hits("Opóźnienie było po stronie przewoźnika, zapomnijmy o tym.")


def test_japanese_notes_split_at_full_stops_and_bullets() -> None:
    text = "・部長：「情シスさんはいつも遅いですね。」\n・新しい目標日は八月末とします。"
    assert [s.text for s in sentence_spans(text, 3)] == ["部長：「情シスさんはいつも遅いですね。」", "新しい目標日は八月末とします。"]
    assert foreign("新しい目標日は八月末とします。")


def test_the_data_file_covers_the_business_languages() -> None:
    raw = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))
    wanted = {"es", "pt", "fr", "it", "de", "nl", "sv", "no", "da", "fi", "pl", "cs", "tr", "el", "ru", "ja", "zh", "ko", "vi", "id", "ar", "hi"}
    assert wanted <= set(raw["languages"])
    for code in wanted:
        assert {"kept", "late", "outside", "data", "strategy"} <= set(raw["languages"][code]), code
    assert len(languages()) >= len(wanted)
