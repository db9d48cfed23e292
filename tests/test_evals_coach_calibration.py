"""Coach ratings as data: building the dataset, agreement statistics, Spearman, the tune/held-out split,
the fitted weights, and the coach facts of an annotated scenario."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from evals import calibrate
from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS, DIMENSIONS, dimension_scores
from evals.coach_scorers.facts import CoachFacts
from evals.dataset import DEFAULT_COACH_SCENARIOS, load_scenarios


def test_spearman_ranks_ties_and_direction() -> None:
    assert calibrate.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == 1.0
    assert calibrate.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1.0
    assert list(calibrate.rank([3, 1, 3])) == [2.5, 1.0, 2.5]
    assert calibrate.spearman([1, 1, 1], [1, 2, 3]) is None


def _rows(scores: list[list[int]]) -> list[dict[str, Any]]:
    return [{"ratings": [{"reviewer": f"r{i}", **dict.fromkeys(DIMENSIONS, s)} for i, s in enumerate(plan)]} for plan in scores]


def test_agreement_is_one_when_reviewers_agree_and_low_when_they_do_not() -> None:
    same = _rows([[1, 1, 1], [3, 3, 3], [5, 5, 5], [2, 2, 2]])
    assert calibrate.krippendorff_alpha(same, "a") == 1.0
    assert calibrate.within_one(same, "a") == 1.0
    apart = _rows([[1, 5, 3], [5, 1, 3], [3, 1, 5], [1, 3, 5]])
    assert calibrate.krippendorff_alpha(apart, "a") < 0.2  # type: ignore[operator]
    assert calibrate.within_one(apart, "a") == 0.0


def test_split_keeps_a_partners_plans_together_and_holds_out_about_a_third() -> None:
    keys = [f"evals/datasets/x.yaml#p{i}" for i in range(300)]
    held = sum(calibrate.split_of(k) == "holdout" for k in keys)
    assert 70 < held < 130
    assert calibrate.split_of(keys[0]) == calibrate.split_of(keys[0])


def test_build_joins_ratings_to_the_manifest_and_drops_malformed_entries(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(yaml.safe_dump([{"plan_id": "rp-001", "dataset": "scenarios.yaml", "scenario_id": "sc-a01",
                                         "purpose": "budget review", "engine": "offline", "plan_md": "# Plan: X — y"}]))
    ratings = tmp_path / "ratings"
    ratings.mkdir()
    good = {"plan_id": "rp-001", "reviewer": "r1", **dict.fromkeys(DIMENSIONS, 2), "reasons": {"a": "wrong quadrant"}}
    bad = {"plan_id": "rp-001", "reviewer": "r2", "a": 9}
    (ratings / "r1-batch1.yaml").write_text(yaml.safe_dump([good]))
    (ratings / "r2-batch1.yaml").write_text(yaml.safe_dump([bad]))
    out = tmp_path / "coach_ratings.yaml"
    rows = calibrate.build(ratings, manifest, out)
    assert len(rows) == 1 and [r["reviewer"] for r in rows[0]["ratings"]] == ["r1"]
    text = out.read_text()
    assert text.startswith("# Coach ratings") and "independent reviewer" in text
    assert calibrate.load_rated(out)[0]["notes_file"] == "evals/datasets/scenarios.yaml#sc-a01"


def test_fit_recovers_a_feature_that_drives_the_reviewers_scores() -> None:
    rows, scored = [], {}
    for i in range(60):
        pasted = float(i % 2)
        rows.append({"plan_id": f"p{i}", "split": "tune", "ratings": [{"reviewer": "r1", **dict.fromkeys(DIMENSIONS, 3), "f": 4 - 2 * int(pasted)}]})
        scored[f"p{i}"] = {"features": {k: 0.0 for d in DIMENSIONS for k in DEFAULT_WEIGHTS[d]} | {"value_pasted": pasted}}
    weights = calibrate.fit(rows, scored, ridge=0.01)
    assert weights["f"]["value_pasted"] < -1.5
    assert dimension_scores({"value_pasted": 1.0}, weights)["f"] < dimension_scores({"value_pasted": 0.0}, weights)["f"]


def test_an_annotated_scenario_states_its_facts_in_full() -> None:
    facts = CoachFacts.from_dict({"open_items": [{"text": "benchmark", "cues": ["benchmark"]}]})
    assert facts.avoid == [] and facts.third_party_misses == [] and facts.latest_direction is None
    assert CoachFacts.from_dict({}).avoid is None


def test_coach_scenarios_cover_every_failure_at_least_ten_times() -> None:
    scenarios = load_scenarios(DEFAULT_COACH_SCENARIOS)
    for key in ("open_items", "avoid", "third_party_misses", "forgiven_misses", "cio_statements", "private", "alt_purpose"):
        assert sum(1 for s in scenarios if s.coach.get(key)) >= 10, key
    assert sum(1 for s in scenarios if s.coach.get("latest_direction") in ("improving", "worsening")) >= 10
    assert sum(1 for s in scenarios if "raised_objections" in s.coach) >= 10
    assert sum(1 for s in scenarios if s.value_statement and s.function) >= 10


def test_coach_scenarios_and_rated_plans_never_reach_the_training_partners() -> None:
    from assistant.perception.calibration import TRAINING_FILES, training_partners

    assert "coach_scenarios.yaml" not in {Path(p).name for p in TRAINING_FILES}
    training_text = {n.text.strip() for p in training_partners() for n in p.notes}
    coach = load_scenarios(DEFAULT_COACH_SCENARIOS)
    assert not {s.id for s in coach} & {p.id for p in training_partners()}
    assert not training_text & {n.text.strip() for s in coach for n in s.parsed().notes}


def test_bootstrap_interval_brackets_the_held_out_correlation_and_keeps_partners_together() -> None:
    rows: list[dict[str, Any]] = []
    scored: dict[str, dict[str, Any]] = {}
    for i in range(24):
        for purpose in ("a", "b"):
            pid = f"p{i}{purpose}"
            rows.append({"plan_id": pid, "notes_file": f"n{i}", "split": "holdout",
                         "ratings": [{"reviewer": "r1", **dict.fromkeys(DIMENSIONS, 1 + i % 5)}]})
            scored[pid] = {"auto": {**dict.fromkeys(DIMENSIONS, float(i % 5)), "mean": float(i % 5) + (i % 3) * 0.9}}
    ci = calibrate.bootstrap_ci(rows, scored, "mean")
    assert ci is not None
    lo, hi = ci
    rho = calibrate.spearman([scored[r["plan_id"]]["auto"]["mean"] for r in rows], [calibrate.reviewer_mean(r, "mean") for r in rows])
    assert rho is not None and lo <= rho <= hi and hi - lo > 0.05
    assert calibrate.bootstrap_ci(rows, scored, "a") == [1.0, 1.0]  # a perfect ranker has no spread
    assert calibrate.bootstrap_ci(rows[:6], scored, "a") is None     # three notes files are too few to resample


def test_compare_names_new_metrics_and_reads_new_scorer_rates_as_failures() -> None:
    from evals.compare import compare_results

    old = {"metrics": {"no_promise_claim_rate": 0.4}, "scenarios": []}
    new = {"metrics": {"no_promise_claim_rate": 0.2, "stale_lead_rate": 0.1}, "scenarios": []}
    diff = compare_results(old, new)
    assert diff["new_metrics"] == ["stale_lead_rate"]
    assert diff["metrics"][0]["change"] == 1  # fewer plans deny the promises in their notes: better
