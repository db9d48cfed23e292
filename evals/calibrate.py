"""Coach ratings as data, reviewers' agreement, and the automatic scores checked against them.

    python -m evals.calibrate build --ratings /work/wt/review/ratings   # -> datasets/coach_ratings.yaml
    python -m evals.calibrate fold                                        # + datasets/blind_plans_v2 ... _v29 ratings
    python -m evals.calibrate fit                                         # -> coach_weights.yaml (tune split only)
    python -m evals.calibrate report                                      # agreement table

Plans are split by notes file (both purposes of a partner on the same side): about two thirds
tune the dimension weights, the other third only measures them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from pathlib import Path
from statistics import mean
from typing import Any

import numpy as np
import yaml

from evals.calibrate_blind import PREFIXES as BLIND_PREFIXES
from evals.coach_scorers import CoachFacts, Context, PlanCase, PlanView, score_cases
from evals.coach_scorers.dimensions import (
    DEFAULT_WEIGHTS,
    DIMENSION_NAMES,
    DIMENSIONS,
    FEATURE_SIGN,
    WEIGHTS_FILE,
    load_weights,
)
from evals.dataset import DATASETS_DIR, Scenario, load_scenarios

RATINGS_FILE = DATASETS_DIR / "coach_ratings.yaml"
MANIFEST = DATASETS_DIR / "review_manifest.yaml"
HEADER = """# Coach ratings (coach_ratings): plans rated on the six dimensions of shared/design/coach-rubric.md
# (a diagnosis, b situation, c specific, d true_natural, e actionable, f value_message; 1-5).
# How they were produced: {n_plans} plans for partners in {n_notes} notes files never used for tuning, each rated
# by {raters} independent reviewer agents who saw only the rubric, the perception model, the notes, the purpose,
# the value statement and the plan (never the engine's code, its expected labels or each other's ratings), with a
# one-line reason per score of 2 or lower.
# - {n_review} plans (ids np-/rp-) from {engine}: notes files from scenarios.yaml, heldout_partners_v2.yaml and
#   heldout_short_v1.yaml, two meeting purposes per notes file (evals/review_packets.py), 3 reviewers per plan;
#   built by `python -m evals.calibrate build` from the reviewers' files.
# - {n_blind} plans (ids b1-..b4-, c1-, c2-, d1-, d2-, e1-, e2-, f1-, f2-, g1-, h1-, i1-, j1-, k1-, l1-, m1-, n1-, o1-, p1-, q1-, r1-, s1-,
#   t1-, u1-, v1-, v2-, w1-, x1-, y1-, z1-, a2-, g2-, h2- + the round's neutral packet id) from the blind plan reviews v2-v29 (datasets/blind_plans_v2 ...
#   _v29, READMEs there): 448 notes files written for evaluation (16 per set), one purpose each, the engine before and after a round of
#   plan work; v2 in four rounds (b1-b4), v3, v4, v5 and v6 in two (c1, c2; d1, d2; e1, e2; f1, f2), v7 to v21 in one (g1, h1,
#   i1, j1, k1, l1, m1, n1, o1, p1, q1, r1, s1, t1, u1), v22 in two (v1, v2: the same 'before' plans against two 'after'
#   engines), v23 to v29 in one (w1, x1, y1, z1, a2, g2, h2: the letters' second pass, skipping b2-f2), 3 new reviewers per round (a 'before' plan rated in several rounds is a row per round);
#   labels from each set's key.yaml (v5's to v29's also list misses with cause and whether forgiven). v6 to v29 were scored out of
#   sample (evals/agreement_unseen.py) before they were folded in (sessions 11 to 27).
# Folded in by `python -m evals.calibrate fold` (evals/calibrate_blind.py).
# Split by notes file (split_of): a partner's plans are all tune or all held-out.
# Evaluation data: never use it to tune the planner; it calibrates the automatic coach scorers.
"""


def split_of(notes_key: str) -> str:
    """'tune' for about two thirds of notes files, 'holdout' for the rest (stable hash of the notes file)."""
    return "holdout" if int(hashlib.sha256(notes_key.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def load_rating_files(folder: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(folder.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            scores = {d: int(raw[d]) for d in DIMENSIONS if raw.get(d) is not None}
            if len(scores) == len(DIMENSIONS) and all(1 <= v <= 5 for v in scores.values()):
                out.append({"plan_id": str(raw["plan_id"]), "reviewer": str(raw.get("reviewer") or path.stem.split("-")[0]),
                            "file": path.name, **scores, "reasons": raw.get("reasons") or {}})
    return out


def build(ratings_dir: Path, manifest: Path | list[Path] = MANIFEST, out: Path = RATINGS_FILE) -> list[dict[str, Any]]:
    """Join every reviewer's ratings to the manifests (one per engine's review round) and write the dataset."""
    manifests = manifest if isinstance(manifest, list) else [manifest]
    plans = {m["plan_id"]: m for path in manifests for m in yaml.safe_load(path.read_text(encoding="utf-8"))}
    by_plan: dict[str, list[dict[str, Any]]] = {}
    for r in load_rating_files(ratings_dir):
        if r["plan_id"] in plans:
            by_plan.setdefault(r["plan_id"], []).append(r)
    rows = []
    for pid, ratings in sorted(by_plan.items()):
        m = plans[pid]
        rows.append({
            "plan_id": pid, "notes_file": f"evals/datasets/{m['dataset']}#{m['scenario_id']}", "purpose": m["purpose"],
            "engine": m["engine"], "split": split_of(f"{m['dataset']}#{m['scenario_id']}"),
            "ratings": [{"reviewer": r["reviewer"], **{d: r[d] for d in DIMENSIONS}, "reasons": r["reasons"]} for r in ratings],
            "plan_md": m["plan_md"],
        })
    write_rows(rows, out)
    return rows




def write_rows(rows: list[dict[str, Any]], out: Path = RATINGS_FILE) -> None:
    counts = [len(r["ratings"]) for r in rows] or [0]
    review = [r for r in rows if not r["plan_id"].startswith(BLIND_PREFIXES)]
    engines = "; ".join(sorted({str(r["engine"]) for r in review}))
    header = HEADER.format(n_plans=len(rows), n_notes=len({r["notes_file"] for r in rows}), engine=engines,
                           n_review=len(review), n_blind=len(rows) - len(review),
                           raters=str(min(counts)) if min(counts) == max(counts) else f"{min(counts)}-{max(counts)}")
    out.write_text(header + yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def fold_blind(out: Path = RATINGS_FILE) -> list[dict[str, Any]]:
    """The rated plans of datasets/blind_plans_v2 ... _v29 added to (or refreshed in) coach_ratings.yaml."""
    from evals.calibrate_blind import blind_rows

    rows = [r for r in load_rated(out) if not r["plan_id"].startswith(BLIND_PREFIXES)] + blind_rows(split_of, load_rating_files)
    write_rows(rows, out)
    return rows


def load_rated(path: Path = RATINGS_FILE) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


# -- agreement -------------------------------------------------------------------


def krippendorff_alpha(rows: list[dict[str, Any]], dim: str) -> float | None:
    import krippendorff

    raters = sorted({r["reviewer"] for row in rows for r in row["ratings"]})
    matrix = np.full((len(raters), len(rows)), np.nan)
    for j, row in enumerate(rows):
        for r in row["ratings"]:
            matrix[raters.index(r["reviewer"]), j] = r[dim]
    pairable = np.sum(np.sum(~np.isnan(matrix), axis=0) >= 2)
    if pairable == 0 or len(np.unique(matrix[~np.isnan(matrix)])) < 2:
        return None  # no plan with two ratings yet, or every score the same
    return round(float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="ordinal", value_domain=[1, 2, 3, 4, 5])), 3)


def within_one(rows: list[dict[str, Any]], dim: str) -> float | None:
    pairs = [abs(a[dim] - b[dim]) <= 1 for row in rows for i, a in enumerate(row["ratings"]) for b in row["ratings"][i + 1:]]
    return round(sum(pairs) / len(pairs), 3) if pairs else None


def rank(values: list[float]) -> np.ndarray:
    """Ranks with ties averaged (1-based)."""
    arr = np.asarray(values, dtype=float)
    order = arr.argsort(kind="mergesort")
    ranks = np.empty(len(arr))
    ranks[order] = np.arange(1, len(arr) + 1)
    for v in np.unique(arr):
        tied = arr == v
        ranks[tied] = ranks[tied].mean()
    return ranks


def spearman(x: list[float], y: list[float]) -> float | None:
    if len(x) < 3:
        return None
    rx, ry = rank(x), rank(y)
    if rx.std() == 0 or ry.std() == 0:
        return None
    return round(float(np.corrcoef(rx, ry)[0, 1]), 3)


# -- automatic scores on the rated plans -----------------------------------------


def _scenarios() -> dict[str, Scenario]:
    from evals.calibrate_blind import blind_scenarios

    out = blind_scenarios()
    for name in ("scenarios.yaml", "heldout_partners_v2.yaml", "heldout_short_v1.yaml", "coach_scenarios.yaml"):
        path = DATASETS_DIR / name
        if path.exists():
            out.update({f"evals/datasets/{name}#{s.id}": s for s in load_scenarios(path)})
    return out


def rated_cases(rows: list[dict[str, Any]]) -> list[PlanCase]:
    """A case per rated plan, rebuilt from its markdown and its notes file (with its coach labels where the set has
    them); its alt is the same engine's plan for the partner's other purpose, when one was rated."""
    scenarios = _scenarios()
    views = {r["plan_id"]: PlanView.from_markdown(r["plan_md"]) for r in rows}
    cases = []
    for r in rows:
        s = scenarios[r["notes_file"]]
        parsed = s.parsed()
        ctx = Context(s.notes, parsed.partner or "", s.function, parsed.role or "", s.value_statement, r["purpose"],
                      dict(s.expected), CoachFacts.from_dict(s.coach), list(s.facts))
        others = [o["plan_id"] for o in rows if o["notes_file"] == r["notes_file"] and o["engine"] == r["engine"]
                  and o["purpose"] != r["purpose"]]
        cases.append(PlanCase(r["plan_id"], r["notes_file"], views[r["plan_id"]], ctx, views[others[0]] if others else None))
    return cases


def reviewer_mean(row: dict[str, Any], dim: str) -> float:
    if dim == "mean":
        return float(mean(mean(r[d] for d in DIMENSIONS) for r in row["ratings"]))
    return float(mean(r[dim] for r in row["ratings"]))


RIDGES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)


def _ridge(x: np.ndarray, y: np.ndarray, ridge: float) -> tuple[float, np.ndarray]:
    mu = x.mean(axis=0)
    xc, yc = x - mu, y - y.mean()
    coef = np.linalg.solve(xc.T @ xc + ridge * np.eye(x.shape[1]), xc.T @ yc)
    return float(y.mean() - mu @ coef), coef


def _cv(x: np.ndarray, y: np.ndarray, groups: list[str]) -> tuple[float, float]:
    """(best ridge strength, its Spearman) over 3 folds of the tune split (folds by notes file)."""
    fold = np.array([int(hashlib.sha256(g.encode()).hexdigest(), 16) % 3 for g in groups])
    best, best_rho = RIDGES[-1], -2.0
    for ridge in RIDGES:
        pred = np.empty(len(y))
        for k in range(3):
            train, test = fold != k, fold == k
            if train.sum() < 3 or test.sum() == 0:
                return RIDGES[-1], -2.0
            b, coef = _ridge(x[train], y[train], ridge)
            pred[test] = b + x[test] @ coef
        rho = spearman(list(pred), list(y))
        if rho is not None and rho > best_rho + 1e-9:
            best, best_rho = ridge, rho
    return best, best_rho


def _fit_signed(x: np.ndarray, y: np.ndarray, names: list[str], groups: list[str],
                ridge: float | None) -> tuple[float, dict[str, float], float]:
    """Ridge fit that drops wrong-signed features (a failure may only lower a score) until none is left;
    returns the intercept, the weights and the cross-validated Spearman of the final feature set."""
    keep = list(range(len(names)))
    while True:
        strength, rho = (ridge, -2.0) if ridge is not None else _cv(x[:, keep], y, groups)
        intercept, coef = _ridge(x[:, keep], y, strength)
        wrong = [i for i, c in zip(keep, coef, strict=True) if c * FEATURE_SIGN.get(names[i], -1.0) < 0]
        if not wrong or len(keep) == len(wrong):
            break
        keep = [i for i in keep if i not in wrong]
    fitted = {names[i]: float(c) for i, c in zip(keep, coef, strict=True) if c * FEATURE_SIGN.get(names[i], -1.0) > 0}
    return intercept, fitted, rho


def fit(rows: list[dict[str, Any]], scored: dict[str, dict[str, Any]], ridge: float | None = None,
        defaults: dict[str, dict[str, float]] | None = None) -> dict[str, dict[str, float]]:
    """Per dimension, ridge regression of the reviewers' mean on that dimension's own features (`defaults`, else
    DEFAULT_WEIGHTS: only the failures the rubric ties to it), on the tune split only; 3-fold cross-validation inside
    the tune split picks the ridge strength. Held-out plans never enter.

    Session 8, `python -m evals.calibrate_cv` (nested 5-fold inside the 352 tune plans, per-fold Spearman averaged):
    mean 0.44 with session 7's shared block in every dimension, 0.44-0.45 with own features only (a 0.59 -> 0.63).
    Session 9 (396 tune plans): 0.287 with session 8's candidates, 0.315 with the chosen status-line features.
    Session 10 (440 tune plans): 0.343 with session 9's candidates, 0.392 with value_thin and facts_missed in f."""
    tune = [r for r in rows if r["split"] == "tune"]
    groups = [r.get("notes_file", r["plan_id"]) for r in tune]
    candidates = defaults or DEFAULT_WEIGHTS
    every = sorted({k for d in DIMENSIONS for k in candidates[d] if k != "intercept"})
    weights: dict[str, dict[str, float]] = {}
    for dim in DIMENSIONS:
        y = np.array([reviewer_mean(r, dim) for r in tune])
        names = [k for k in candidates[dim] if k != "intercept"]
        x = np.array([[scored[r["plan_id"]]["features"][k] for k in names] for r in tune])
        intercept, fitted, _rho = _fit_signed(x, y, names, groups, ridge)
        weights[dim] = {"intercept": round(intercept, 4), **{k: round(fitted.get(k, 0.0), 4) for k in every}}
    return weights


def bootstrap_ci(rows: list[dict[str, Any]], scored: dict[str, dict[str, Any]], dim: str, draws: int = 1000,
                 seed: int = 0) -> list[float] | None:
    """90% interval of the Spearman correlation, resampling notes files (a partner's plans stay together)."""
    files = sorted({r.get("notes_file", r["plan_id"]) for r in rows})
    if len(files) < 5:
        return None
    by_file = {f: [r for r in rows if r.get("notes_file", r["plan_id"]) == f] for f in files}
    rng = np.random.default_rng(seed)
    rhos = []
    for _ in range(draws):
        sample = [r for i in rng.integers(0, len(files), len(files)) for r in by_file[files[i]]]
        rho = spearman([scored[r["plan_id"]]["auto"][dim] for r in sample], [reviewer_mean(r, dim) for r in sample])
        if rho is not None:
            rhos.append(rho)
    return [round(float(np.percentile(rhos, 5)), 3), round(float(np.percentile(rhos, 95)), 3)] if rhos else None


def agreement_table(rows: list[dict[str, Any]], weights: dict[str, dict[str, float]] | None = None,
                    scored: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Per dimension and for the mean: reviewers' alpha and within-one share, and Spearman of the
    automatic score against the reviewers' mean on the tune and held-out plans."""
    if not rows:
        return {}
    scored = scored or score_cases(rated_cases(rows), weights or load_weights())
    table: dict[str, Any] = {}
    for dim in (*DIMENSIONS, "mean"):
        entry: dict[str, Any] = {"name": DIMENSION_NAMES.get(dim, "mean")}
        if dim != "mean":
            entry["alpha"] = krippendorff_alpha(rows, dim)
            entry["within_one"] = within_one(rows, dim)
        for part in ("tune", "holdout"):
            subset = [r for r in rows if r["split"] == part]
            entry[f"spearman_{part}"] = spearman([scored[r["plan_id"]]["auto"][dim] for r in subset],
                                                 [reviewer_mean(r, dim) for r in subset])
        entry["holdout_ci90"] = bootstrap_ci([r for r in rows if r["split"] == "holdout"], scored, dim)
        entry["reviewers_mean"] = round(mean(reviewer_mean(r, dim) for r in rows), 2)
        entry["auto_mean"] = round(mean(scored[r["plan_id"]]["auto"][dim] for r in rows), 2)
        table[dim] = entry
    table["plans"] = {"tune": sum(r["split"] == "tune" for r in rows), "holdout": sum(r["split"] == "holdout" for r in rows)}
    return table


def write_weights(weights: dict[str, dict[str, float]], n: int, path: Path = WEIGHTS_FILE) -> None:
    header = (f"# Dimension weights for the automatic coach score (evals/coach_scorers/dimensions.py), fitted by\n"
              f"# `python -m evals.calibrate fit` on the tune split of datasets/coach_ratings.yaml ({n} plans),\n"
              f"# {dt.date.today().isoformat()}. Held-out plans never enter the fit.\n")
    path.write_text(header + yaml.safe_dump({"weights": weights}, sort_keys=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Coach ratings: build, fit, report.")
    parser.add_argument("command", choices=("build", "fold", "fit", "report"))
    parser.add_argument("--ratings", type=Path, default=Path("/work/wt/review/ratings"))
    parser.add_argument("--manifest", type=Path, action="append",
                        help="Review manifest(s) from evals/review_packets.py (default: datasets/review_manifest.yaml).")
    args = parser.parse_args(argv)
    if args.command == "build":
        rows = build(args.ratings, args.manifest or MANIFEST)
        print(f"{len(rows)} rated plans -> {RATINGS_FILE}")
        return
    if args.command == "fold":
        rows = fold_blind()
        print(f"{len(rows)} rated plans (blind_plans_v2 ... _v29 folded in) -> {RATINGS_FILE}")
        return
    rows = load_rated()
    if args.command == "fit":
        scored = score_cases(rated_cases(rows), DEFAULT_WEIGHTS)
        weights = fit(rows, scored)
        write_weights(weights, sum(r["split"] == "tune" for r in rows))
        print(yaml.safe_dump(weights, sort_keys=False))
    print(yaml.safe_dump(agreement_table(rows), sort_keys=False))


if __name__ == "__main__":
    main()
