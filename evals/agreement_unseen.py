"""Agreement of the automatic coach score with blind reviewers on a rated set the weights never saw (issue #21).

`python -m evals.agreement_unseen blind_plans_v6` scores the set's rated plans (both manifests) with today's weights
(evals/coach_weights.yaml, fitted on coach_ratings.yaml's tune split, which does not hold this set) and prints, per
dimension and for the mean, Spearman's rank correlation with the reviewers' mean, its bootstrap 90% interval and the
reviewers' alpha. It refuses a set already folded into coach_ratings.yaml (a blind set of calibrate_blind.BLIND_SETS, or
any of its notes files among the rated rows): those plans may have tuned the weights, and scoring them again would count
them twice. blind_plans_v6 served this way in session 10 and is folded in since session 11.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import evals.calibrate as cal
import evals.calibrate_blind as blind
from assistant.errors import InputError

# The unseen rows' id prefix: no round of calibrate_blind.ROUNDS (it was u1 until v21 was folded in as round u1).
UNSEEN_PREFIX = "un"


class FoldedSetError(InputError):
    """The set is already among the rated plans the weights are fitted on: it cannot be an unseen check."""


def folded_sets(rated: list[dict[str, Any]]) -> set[str]:
    """The blind sets whose plans coach_ratings.yaml holds (by its rows' notes files) or calibrate_blind folds in."""
    held = {str(r["notes_file"]).split("/")[2] for r in rated if str(r["notes_file"]).startswith("evals/datasets/")}
    return held | set(blind.BLIND_SETS)


def check_unseen(name: str, rated: list[dict[str, Any]] | None = None) -> None:
    if name in folded_sets(cal.load_rated() if rated is None else rated):
        raise FoldedSetError(f"{name} is already folded into {cal.RATINGS_FILE.name} (its tune plans fitted the "
                             "weights); it is no unseen set: see `python -m evals.calibrate report` for its held-out rows")


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
    """The set's rated plans as coach_ratings rows (all marked held out) and their agreement table; FoldedSetError
    for a set already in coach_ratings.yaml."""
    check_unseen(name)
    with _with_set(name):
        rows = blind.blind_rows(lambda _notes: "holdout", cal.load_rating_files,
                                ((UNSEEN_PREFIX, name, ".", ("manifest_before.yaml", "manifest_after.yaml")),))
        return rows, cal.agreement_table(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a folder of evals/datasets with notes/, key.yaml, manifests, packet_key.yaml, ratings/")
    args = parser.parse_args(argv)
    try:
        rows, table = unseen_table(args.set)
    except FoldedSetError as exc:
        parser.exit(2, f"error: {exc}\n")
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
