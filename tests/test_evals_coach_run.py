"""The coach scorers inside an eval run: every row scored, the one-object JSON summary, the HTML."""

from __future__ import annotations

import json
from pathlib import Path

from evals.coach_report import JSON_KEYS, json_summary
from evals.dataset import DEFAULT_COACH_SCENARIOS, load_scenarios
from evals.report import render_html


def test_eval_run_scores_coach_scenarios_and_summarises_them(tmp_path: Path) -> None:
    from assistant.factory import build_engine
    from assistant.settings import Settings
    from evals.runner import run_eval

    scenarios = load_scenarios(DEFAULT_COACH_SCENARIOS)[:2]
    for s in scenarios:
        s.category = "coach"
    engine = build_engine(Settings(data_dir=tmp_path, llm="offline"), None)
    results = run_eval(scenarios, engine)
    for row in results["scenarios"]:
        scores = row["coach"]["scores"]
        assert {"wrong_apology", "open_item_recall", "purpose_sensitivity", "boilerplate_rate", "pii_in_plan"} <= set(scores)
        assert 1.0 <= row["coach"]["auto"]["mean"] <= 5.0
        assert "(facts)" in scores["open_item_recall"]["reason"]
    results["coach_agreement"] = {}
    summary = json_summary(results)
    assert set(JSON_KEYS) <= set(summary)
    assert summary["quadrant_accuracy"] is None  # coach rows never count in the gated accuracy
    json.dumps(summary)
    html = render_html(results)
    assert "Plans and coach scorers" in html and scenarios[0].id in html
