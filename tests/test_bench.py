"""Smoke test of `coach bench` at tiny sizes: the report has the keys a check reads and positive values. No timing assertions."""

from __future__ import annotations

import json

import numpy as np
import pytest
import typer

from bench.data import mixture_vectors, similarity_check, synthetic_chunks, synthetic_vectors
from bench.ingest import paired_batches
from bench.retrieval import exact_top_k
from bench.runner import BenchConfig, render_markdown, render_table, run_bench


def test_synthetic_inputs_are_deterministic_and_unit_length():
    assert synthetic_chunks(5, seed=3) == synthetic_chunks(5, seed=3)
    base = np.eye(4, 8, dtype=np.float32)
    vectors = synthetic_vectors(base, 12)
    assert vectors.shape == (12, 8)
    assert np.array_equal(vectors[:4], base)  # the real vectors come first, unchanged
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(synthetic_vectors(base, 12), vectors)
    assert np.array_equal(exact_top_k(vectors, vectors[:2], k=1)[:, 0], [0, 1])


def test_mixtures_keep_the_neighbourhood_of_real_vectors():
    rng = np.random.default_rng(0)
    centre = rng.normal(size=32)
    real = centre + rng.normal(size=(400, 32))
    real /= np.linalg.norm(real, axis=1, keepdims=True)
    mixed = mixture_vectors(real.astype(np.float32), 400)
    # not near-copies of a source: a typical mixture is well away from its nearest real vector
    assert float(np.median((mixed @ real.T).max(axis=1))) < 0.95
    check = similarity_check(real.astype(np.float32), real[:20].astype(np.float32), size=400)
    assert abs(check["real"]["mean_pair"] - check["synthetic"]["mean_pair"]) < 0.05


def test_naive_batches_are_spread_over_the_run():
    assert paired_batches(8, None, 25) == set(range(8))
    assert paired_batches(40, 2000, 250) == {0, 5, 10, 15, 20, 25, 30, 35}
    assert paired_batches(8, 100, 25) == {0, 2, 4, 6}


@pytest.fixture(scope="module")
def tiny_report(tmp_path_factory):
    config = BenchConfig(ingest_sizes=[50], retrieval_sizes=[300], base_texts=30, queries=5, repeats=1, launches=1, naive_cap=None, knowledge_docs=3)
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
    assert report["ingestion"]["50"]["paired_chunks"] == 50 and report["ingestion"]["50"]["speedup"] > 0
    assert report["retrieval"]["300"]["real_vectors"] == 30 and report["retrieval_base"]["source"].startswith("vectors stored")
    assert "real" in report["synthetic_vector_check"]
    assert report["demo_knowledge"]["documents"] == 3 < report["demo_knowledge"]["of"]
    assert report["prompt_tokens"]["llm_prompt_tokens_mean"] > 0 and report["prompt_tokens"]["stuffing_tokens_mean"] > 0
    if "skipped" not in report["app"]:
        assert report["app_ready_s"] is not None and report["app_ready_s"] > 0


def test_table_and_document_show_targets(tiny_report):
    table = render_table(tiny_report)
    assert "ingest speedup vs naive" in table and "| met |" in table
    doc = render_markdown(tiny_report)
    assert doc.startswith("# Benchmarks") and "## Machine" in doc and "not measurable without a model" in doc


def test_register_adds_the_bench_command():
    from cli.bench import register

    app = typer.Typer()
    register(app)
    assert [c.name for c in app.registered_commands] == ["bench"]
