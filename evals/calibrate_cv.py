"""Nested cross-validation of the coach-score fit inside the TUNE split only (held-out plans never enter).

    python -m evals.calibrate_cv            # Spearman per dimension and for the mean, 5 outer folds by notes file

Each outer fold holds out the tune plans of about a fifth of the tune notes files, fits the weights on the rest with
`calibrate.fit` (which picks its ridge strength by its own inner 3-fold cross-validation) and scores the held-back
plans; the Spearman correlation is taken within each fold (one fit ranks its plans, as on the held-out split; pooling
folds would mix five intercepts) and averaged, weighted by the fold's plans. This is how scorer and feature choices are compared
without reading the held-out split.
"""

from __future__ import annotations

import hashlib
from typing import Any

from evals.calibrate import fit, load_rated, rated_cases, reviewer_mean, spearman
from evals.coach_scorers import score_cases
from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS, DIMENSIONS, dimension_scores

FOLDS = 5


def _fold(notes_file: str) -> int:
    return int(hashlib.sha256(("cv:" + notes_file).encode()).hexdigest(), 16) % FOLDS


def nested_cv(rows: list[dict[str, Any]], scored: dict[str, dict[str, Any]],
              defaults: dict[str, dict[str, float]] | None = None) -> dict[str, float | None]:
    """Out-of-fold Spearman per dimension and for the mean (fold-size-weighted average), on the tune split only."""
    tune = [r for r in rows if r["split"] == "tune"]
    sums: dict[str, float] = {dim: 0.0 for dim in (*DIMENSIONS, "mean")}
    counts: dict[str, int] = {dim: 0 for dim in sums}
    for k in range(FOLDS):
        train = [r for r in tune if _fold(r["notes_file"]) != k]
        test = [r for r in tune if _fold(r["notes_file"]) == k]
        weights = fit(train, scored, defaults=defaults)
        auto = [dimension_scores(scored[r["plan_id"]]["features"], weights) for r in test]
        for dim in sums:
            rho = spearman([a[dim] for a in auto], [reviewer_mean(r, dim) for r in test])
            if rho is not None:
                sums[dim] += rho * len(test)
                counts[dim] += len(test)
    return {dim: round(sums[dim] / counts[dim], 3) if counts[dim] else None for dim in sums}


def main() -> None:
    rows = load_rated()
    scored = score_cases(rated_cases(rows), DEFAULT_WEIGHTS)
    result = nested_cv(rows, scored)
    print("nested 5-fold CV inside the tune split:", {k: v for k, v in result.items()})


if __name__ == "__main__":
    main()
