"""Evidence: on 30 scripted rehearsals (weak, middling, strong replies for ten partners in every quadrant) the debrief
ranks strong above middling above weak in at least 90% of pairs."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from assistant.conversation.rehearsal import debrief, end_rehearsal, partner_reply, start_rehearsal
from assistant.factory import build_engine
from assistant.retrieval.embeddings import shared_embedder
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text
from cli.rehearsal import read_script

DATA = Path(__file__).parent / "data" / "rehearsals"
LEVELS = ("weak", "middling", "strong")
TODAY = dt.date(2026, 11, 27)


def score_all(tmp: Path) -> dict[str, tuple[str, dict[str, int]]]:
    """partner folder -> (quadrant, {level: overall})."""
    engine = build_engine(Settings(data_dir=tmp), None)
    embed = shared_embedder().embed
    out = {}
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        parsed = parse_notes_text((folder / "notes.md").read_text(encoding="utf-8"))
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        overall = {}
        for level in LEVELS:
            session = start_rehearsal(parsed.partner, parsed.notes, assessment, role=parsed.role, today=TODAY, embed=embed)
            for reply in read_script(folder / f"{level}.txt"):
                if session.done:
                    break
                partner_reply(session, reply, embed=embed)
            end_rehearsal(session)
            overall[level] = debrief(session, embed=embed).overall
        out[folder.name] = (assessment.quadrant, overall)
    return out


def ranked_pairs(results: dict[str, tuple[str, dict[str, int]]]) -> tuple[int, int]:
    right = total = 0
    for _, overall in results.values():
        for low, high in itertools.combinations(LEVELS, 2):
            total += 1
            right += overall[high] > overall[low]
    return right, total


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, dict[str, int]]]:
    return score_all(tmp_path_factory.mktemp("ranking"))


def test_the_set_covers_every_quadrant(results) -> None:  # type: ignore[no-untyped-def]
    assert len(results) * len(LEVELS) >= 30
    assert {q for q, _ in results.values()} >= {"cost_centre", "utility", "bypass_risk", "partner"}


def test_debrief_ranks_strong_over_middling_over_weak(results) -> None:  # type: ignore[no-untyped-def]
    right, total = ranked_pairs(results)
    detail = {name: overall for name, (_, overall) in results.items()}
    assert right / total >= 0.9, (right, total, detail)


if __name__ == "__main__":  # the figure for the report: python -m tests.test_rehearsal_ranking
    import tempfile

    found = score_all(Path(tempfile.mkdtemp()))
    for name, (quadrant, overall) in found.items():
        print(f"{name:22} {quadrant:12} " + " ".join(f"{k}={v}" for k, v in overall.items()))
    right, total = ranked_pairs(found)
    print(f"ranked correctly: {right}/{total} pairs = {right / total:.0%}")
