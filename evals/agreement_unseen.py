"""Agreement of the automatic coach score with blind reviewers on a rated set the weights never saw (issue #21).

`python -m evals.agreement_unseen blind_plans_v6` scores the set's rated plans (both manifests) with today's weights
(evals/coach_weights.yaml, fitted on coach_ratings.yaml's tune split, which does not hold this set) and prints, per
dimension and for the mean, Spearman's rank correlation with the reviewers' mean, its bootstrap 90% interval and the
reviewers' alpha. The set stays out of coach_ratings.yaml while it serves as this out-of-sample check.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import evals.calibrate as cal
import evals.calibrate_blind as blind


@contextmanager
def _with_set(name: str) -> Iterator[None]:
    """The set's notes among the blind scenarios while scoring (calibrate's _scenarios() reads them by name), then
    back as they were: the set never leaks into the fit or into another caller."""
    sets = tuple(dict.fromkeys((*blind.BLIND_SETS, name)))
    original = blind.blind_scenarios
    blind.blind_scenarios = lambda _sets=sets: original(sets)  # type: ignore[assignment]
    try:
        yield
    finally:
        blind.blind_scenarios = original  # type: ignore[assignment]


def unseen_table(name: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The set's rated plans as coach_ratings rows (all marked held out) and their agreement table."""
    with _with_set(name):
        rows = blind.blind_rows(lambda _notes: "holdout", cal.load_rating_files,
                                (("u1", name, ".", ("manifest_before.yaml", "manifest_after.yaml")),))
        return rows, cal.agreement_table(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a folder of evals/datasets with notes/, key.yaml, manifests, packet_key.yaml, ratings/")
    args = parser.parse_args(argv)
    rows, table = unseen_table(args.set)
    print(f"{len(rows)} rated plans of {args.set}, scored with weights fitted before they existed")
    print(f"{'dim':<5} {'spearman':>8} {'ci90':>16} {'alpha':>6} {'reviewers':>9} {'auto':>5}")
    for dim, entry in table.items():
        if dim == "plans":
            continue
        rho = entry["spearman_holdout"]
        ci = entry["holdout_ci90"]
        alpha = entry.get("alpha")
        print(f"{dim:<5} {'-' if rho is None else f'{rho:.3f}':>8} {str(ci):>16} {'-' if alpha is None else f'{alpha:.2f}':>6} "
              f"{entry['reviewers_mean']:>9} {entry['auto_mean']:>5}")


if __name__ == "__main__":
    main()
