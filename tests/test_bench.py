"""Smoke test of `coach bench` at tiny sizes: the report has the keys a check reads and positive values. No timing assertions."""

from __future__ import annotations

import json

import numpy as np
import pytest
import typer

from assistant.bench import BenchConfig, render_markdown, render_table, run_bench
from assistant.bench_data import perturbed_vectors, synthetic_chunks
from assistant.bench_retrieval import exact_top_k


def test_synthetic_inputs_are_deterministic_and_unit_length():
    assert synthetic_chunks(5, seed=3) == synthetic_chunks(5, seed=3)
    base = np.eye(4, 8, dtype=np.float32)
    vectors = perturbed_vectors(base, 12)
    assert vectors.shape == (12, 8)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(exact_top_k(vectors, vectors[:2], k=1)[:, 0], [0, 1])


@pytest.fixture(scope="module")
def tiny_report(tmp_path_factory):
    config = BenchConfig(ingest_sizes=[50], retrieval_sizes=[300], base_texts=30, queries=5, repeats=1, launches=1)
    return run_bench(config, workdir=tmp_path_factory.mktemp("bench"))


def test_report_has_the_keys_a_check_reads(tiny_report):
    report = json.loads(json.dumps(tiny_report, default=str))
    for key in ("ingest_speedup_vs_naive", "retrieval_p95_ms", "recall_at_10", "assess_p95_s", "plan_p95_s", "peak_rss_mb"):
        assert key in report, key
    assert report["ingest_speedup_vs_naive"] > 0
    assert report["retrieval_p95_ms"]["300"] > 0
    assert 0 < report["recall_at_10"] <= 1
    assert report["assess_p95_s"] > 0 and report["plan_p95_s"] > 0
    assert report["peak_rss_mb"] > 0
    assert report["ingestion"]["50"]["ours_stored"] == report["ingestion"]["50"]["naive_stored"] == 50
    assert report["prompt_tokens"]["llm_prompt_tokens_mean"] > 0 and report["prompt_tokens"]["stuffing_tokens_mean"] > 0
    if "skipped" not in report["app"]:
        assert report["app_ready_s"] is not None and report["app_ready_s"] > 0


def test_table_and_document_show_targets(tiny_report):
    table = render_table(tiny_report)
    assert "ingest speedup vs naive" in table and "| met |" in table
    doc = render_markdown(tiny_report)
    assert doc.startswith("# Benchmarks") and "## Machine" in doc and "not measurable without a model" in doc


def test_register_adds_the_bench_command():
    from assistant.bench_cli import register

    app = typer.Typer()
    register(app)
    assert [c.name for c in app.registered_commands] == ["bench"]
