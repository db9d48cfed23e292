"""Evidence: on 30 scripted rehearsals (weak, middling, strong replies for ten partners in every quadrant) the debrief
ranks strong above middling above weak in at least 90% of pairs."""

from __future__ import annotations

import pytest

from evals.rehearsal_review import Rehearsed, ranked_pairs, run_all


@pytest.fixture(scope="module")
def results() -> list[Rehearsed]:
    return run_all()


def test_the_set_covers_every_quadrant(results: list[Rehearsed]) -> None:
    assert len(results) * 3 >= 30
    assert {r.quadrant for r in results} >= {"cost_centre", "utility", "bypass_risk", "partner"}


def test_debrief_ranks_strong_over_middling_over_weak(results: list[Rehearsed]) -> None:
    right = sum(ranked_pairs(r.overall)[0] for r in results)
    total = sum(ranked_pairs(r.overall)[1] for r in results)
    detail = {r.folder: r.overall for r in results}
    assert right / total >= 0.9, (right, total, detail)


if __name__ == "__main__":  # the figure for the report: python -m tests.test_rehearsal_ranking [FOLDER]
    import sys
    from pathlib import Path

    found = run_all(Path(sys.argv[1])) if len(sys.argv) > 1 else run_all()  # a folder of one's own: the training partners
    for r in found:
        print(f"{r.folder:22} {r.quadrant:12} " + " ".join(f"{k}={v}" for k, v in r.overall.items()))
    right = sum(ranked_pairs(r.overall)[0] for r in found)
    total = sum(ranked_pairs(r.overall)[1] for r in found)
    print(f"ranked correctly: {right}/{total} pairs = {right / total:.0%}")
