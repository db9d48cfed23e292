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


def test_html_shows_reviewers_beside_automatic_scores_and_their_reasons() -> None:
    from evals.coach_report import agreement_html, rated_details

    auto = {"a": 4.5, "b": 1.5, "c": 2.0, "d": 1.2, "e": 2.3, "f": 1.4, "mean": 2.15}
    rating = {"reviewer": "r7", "a": 4, "b": 1, "c": 2, "d": 1, "e": 2, "f": 1, "reasons": {"b": "ignores the benchmark request"}}
    results = {"rated": {"rp-009": {"notes_file": "x#y", "purpose": "budget review", "split": "holdout", "ratings": [rating],
                                    "auto": auto, "failures": ["wrong_apology: owns the carrier's outage"], "plan_md": "# Plan"}}}
    html = rated_details(results)
    assert "rp-009" in html and "r7" in html and "ignores the benchmark request" in html and "carrier" in html
    assert "4.5" in html and "<td class=num>4</td>" in html
    assert "No ratings yet" in agreement_html({})


def test_chat_packets_keep_the_expected_contents_outside_the_packet_folder() -> None:
    from pathlib import Path

    from evals.chat_packets import expected_file

    out = Path("/tmp/review/chat-packets")
    assert expected_file(out) == Path("/tmp/review/chat-packets-expected.md")
    assert out not in expected_file(out).parents
