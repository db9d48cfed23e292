"""`coach bench`: measure the product against its targets, side by side with naive baselines, in one run.

The measuring lives in bench_ingest, bench_retrieval and bench_app; this module
chooses the sizes, collects one JSON-able report, renders the table and writes
docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT
from bench.data import machine_info, peak_rss_mb

TARGETS = {
    "ingest_speedup_vs_naive": 3.0,
    "retrieval_p95_ms_at_100k": 20.0,
    "recall_at_10": 0.95,
    "plan_p95_s": 1.0,
    "app_ready_s": 5.0,
    "prompt_token_ratio": 0.5,
}
DOC_PATH = PROJECT_ROOT / "docs" / "benchmarks.md"


@dataclass
class BenchConfig:
    ingest_sizes: list[int] = field(default_factory=lambda: [1000, 10000])
    retrieval_sizes: list[int] = field(default_factory=lambda: [1000, 10000, 100000])
    base_texts: int = 10000  # real embeddings under the retrieval collections (reused from ingestion when it stored as many)
    queries: int = 200
    repeats: int = 3
    launches: int = 2
    naive_cap: int | None = 2000  # the naive pipeline ingests at most this many chunks per size, interleaved with ours
    knowledge_docs: int | None = None  # demo workspace: all coaching documents, or this many (quick run)
    partners: int | None = None  # assess / plan / prompt tokens: every demo partner, or this many
    seed: int = 7

    @classmethod
    def quick(cls) -> BenchConfig:
        return cls(
            ingest_sizes=[100], retrieval_sizes=[1000, 10000], base_texts=100, queries=50, repeats=1, launches=1, naive_cap=50,
            knowledge_docs=6, partners=5,
        )


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def run_bench(config: BenchConfig, progress: Callable[[str], None] | None = None, workdir: Path | None = None) -> dict[str, Any]:
    """Run every measurement once and return the report (plain data)."""
    from bench.app import app_ready, open_demo, prompt_tokens, time_assess_plan
    from bench.ingest import run_ingestion
    from bench.retrieval import run_retrieval

    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    report: dict[str, Any] = {"generated": dt.datetime.now().isoformat(timespec="seconds"), "config": config.__dict__.copy(), "machine": machine_info(), "load_average_start": _load()}

    say(f"ingestion: {config.ingest_sizes} chunks, ours vs naive (interleaved batches)")
    ingestion, stored = run_ingestion(config.ingest_sizes, config.seed, workdir, config.naive_cap)
    report["ingestion"] = {str(r.chunks): r.to_dict() for r in ingestion}
    report["ingest_speedup_vs_naive"] = round(ingestion[-1].speedup, 2) if ingestion else 0.0
    report["ingest_chunks_per_s"] = round(ingestion[-1].ours_cps, 2) if ingestion else 0.0
    report["naive_chunks_per_s"] = round(ingestion[-1].naive_cps, 2) if ingestion else 0.0

    report["section_s"] = {"ingestion": round(time.perf_counter() - started, 1)}
    say(f"retrieval: {config.retrieval_sizes} vectors, {config.queries} queries")
    from assistant.retrieval.vector_index import HNSW_CONFIG

    run = run_retrieval(config.retrieval_sizes, config.base_texts, config.queries, config.seed + 14, workdir=workdir, stored=stored)
    del stored
    retrieval = run.results
    report["retrieval"] = {str(r.size): r.to_dict() for r in retrieval}
    report["retrieval_embed_s"] = round(run.embed_s, 2)
    report["retrieval_base"] = {"real_vectors": run.base_real, "source": run.base_source, "hnsw": dict(HNSW_CONFIG)}
    report["synthetic_vector_check"] = run.similarity
    report["retrieval_p50_ms"] = {str(r.size): round(r.p50_ms, 3) for r in retrieval}
    report["retrieval_p95_ms"] = {str(r.size): round(r.p95_ms, 3) for r in retrieval}
    report["recall_at_10_by_size"] = {str(r.size): round(r.recall_at_10, 4) for r in retrieval}
    report["recall_at_10"] = round(min((r.recall_at_10 for r in retrieval), default=0.0), 4)

    report["section_s"]["retrieval"] = round(time.perf_counter() - started - sum(report["section_s"].values()), 1)
    with tempfile.TemporaryDirectory(prefix="coach-bench-app-", dir=workdir) as tmp:
        say("demo workspace: assess, plan, prompt tokens")
        mark = time.perf_counter()
        demo = open_demo(Path(tmp), config.knowledge_docs)
        report["section_s"]["demo_setup"] = round(time.perf_counter() - mark, 1)
        report["demo_setup_s"] = demo.setup_s
        report["demo_knowledge"] = demo.knowledge
        mark = time.perf_counter()
        latency = time_assess_plan(demo, config.repeats, config.partners)
        report["section_s"]["assess_plan"] = round(time.perf_counter() - mark, 1)
        mark = time.perf_counter()
        tokens = prompt_tokens(demo, config.partners)
        report["section_s"]["prompt_tokens"] = round(time.perf_counter() - mark, 1)
        say("app: time to ready")
        mark = time.perf_counter()
        ready = app_ready(Path(tmp), config.launches) if config.launches else {"skipped": "no launches asked for"}
    report["section_s"]["app_ready"] = round(time.perf_counter() - mark, 1)
    report["assess_plan"] = latency
    report["assess_p50_s"], report["assess_p95_s"] = latency["assess_p50_s"], latency["assess_p95_s"]
    report["plan_p50_s"], report["plan_p95_s"] = latency["plan_p50_s"], latency["plan_p95_s"]
    report["prompt_tokens"] = tokens
    report["prompt_token_ratio"] = tokens["ratio"]
    report["app"] = ready
    report["app_ready_s"] = ready.get("warm_s")
    report["peak_rss_mb"] = peak_rss_mb()
    report["app_peak_rss_mb"] = ready.get("child_peak_rss_mb")
    report["load_average_end"] = _load()
    report["elapsed_s"] = round(time.perf_counter() - started, 1)
    report["targets"] = target_rows(report)
    return report


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "NO")


def target_rows(report: dict[str, Any]) -> list[dict[str, str]]:
    """One row per measurement: what, value, target, met."""
    rows: list[dict[str, str]] = []

    def add(metric: str, value: str, target: str, ok: bool | None) -> None:
        rows.append({"metric": metric, "value": value, "target": target, "met": _met(ok)})

    for size, r in report["ingestion"].items():
        paired = r["paired_chunks"]
        note = f" (naive on {paired:,} of them, interleaved)" if paired < int(size) else " (interleaved)"
        add(
            f"ingest {int(size):,} chunks: ours / naive chunks/s", f"{r['ours_chunks_per_s']:.1f} / {r['naive_chunks_per_s']:.1f}{note}; paired speedup {r['speedup']:.2f}x", "", None,
        )
    speed = report["ingest_speedup_vs_naive"]
    add("ingest speedup vs naive (largest size, same batches)", f"{speed:.2f}x", f">= {TARGETS['ingest_speedup_vs_naive']:.0f}x", speed >= TARGETS["ingest_speedup_vs_naive"])
    for size, r in report["retrieval"].items():
        at_target = size == "100000"
        mix = f"; {r['real_vectors']:,} real + {r['synthetic_vectors']:,} mixed" if r.get("synthetic_vectors") else "; all real"
        add(
            f"retrieval {int(size):,}: p50 / p95 ms (ef_search {r['ef_search']}{mix})", f"{r['p50_ms']:.2f} / {r['p95_ms']:.2f}",
            f"p95 <= {TARGETS['retrieval_p95_ms_at_100k']:.0f} ms" if at_target else "", r["p95_ms"] <= TARGETS["retrieval_p95_ms_at_100k"] if at_target else None,
        )
        add(f"retrieval {int(size):,}: recall@10 vs exact", f"{r['recall_at_10']:.3f}", f">= {TARGETS['recall_at_10']}", r["recall_at_10"] >= TARGETS["recall_at_10"])
    if "100000" not in report["retrieval"]:
        add("retrieval p95 at 100,000", "not measured (quick run)", f"<= {TARGETS['retrieval_p95_ms_at_100k']:.0f} ms", None)
    check = report.get("synthetic_vector_check") or {}
    if "real" in check:
        real, syn = check["real"], check["synthetic"]
        add(
            f"synthetic vectors: nearest-neighbour cosine p50 / p95, real / mixed ({check['size']:,} each)",
            f"{real['nn1_p50']:.3f} / {real['nn1_p95']:.3f} vs {syn['nn1_p50']:.3f} / {syn['nn1_p95']:.3f}", "", None,
        )
    knowledge = report.get("demo_knowledge") or {}
    if knowledge and knowledge.get("documents") != knowledge.get("of"):
        add("demo workspace knowledge (quick run: a subset)", f"{knowledge['documents']} of {knowledge['of']} documents, {knowledge['chunks']} chunks", "", None)
    partners = f" ({report['assess_plan']['partners']} of {report['assess_plan'].get('of_partners')} partners)" if report["assess_plan"].get("of_partners") != report["assess_plan"]["partners"] else ""
    add(f"offline assess p50 / p95 s{partners}", f"{report['assess_p50_s']:.3f} / {report['assess_p95_s']:.3f}", "", None)
    add(f"offline plan p50 / p95 s{partners}", f"{report['plan_p50_s']:.3f} / {report['plan_p95_s']:.3f}", f"p95 <= {TARGETS['plan_p95_s']:.0f} s", report["plan_p95_s"] <= TARGETS["plan_p95_s"])
    app = report["app"]
    if "skipped" in app:
        add("app ready (warm install)", f"skipped: {app['skipped']}", f"<= {TARGETS['app_ready_s']:.0f} s", None)
    else:
        warm = app.get("warm_s")
        add("app ready (warm install), first / warm s", f"{app.get('first_launch_s')} / {warm}", f"<= {TARGETS['app_ready_s']:.0f} s", None if warm is None else warm <= TARGETS["app_ready_s"])
    tokens = report["prompt_tokens"]
    ratio = tokens["ratio"]
    subset = bool(knowledge) and knowledge.get("documents") != knowledge.get("of")
    add(
        f"prompt tokens per plan ({tokens.get('prompt', 'LLM prompt')}) / stuffing (mean{', knowledge subset: indicative only' if subset else ''})",
        f"{tokens['llm_prompt_tokens_mean']:.0f} / {tokens['stuffing_tokens_mean']:.0f} = {ratio:.2f}",
        f"<= {TARGETS['prompt_token_ratio']}" + (" (full run)" if subset else ""), None if subset else ratio <= TARGETS["prompt_token_ratio"],
    )
    add("  at equal evaluation score", "not measurable without a model", "", None)
    add("peak RSS MB: bench process / app child", f"{report['peak_rss_mb']} / {report.get('app_peak_rss_mb')}", "", None)
    return rows


def render_table(report: dict[str, Any]) -> str:
    """A markdown table of the target rows (also readable in a terminal)."""
    rows = report["targets"]
    lines = ["| metric | value | target | met |", "|---|---|---|---|"]
    lines += [f"| {r['metric']} | {r['value']} | {r['target']} | {r['met']} |" for r in rows]
    return "\n".join(lines)


def _similarity_rows(check: dict[str, Any]) -> str:
    if "real" not in check:
        return f"(not compared: {check.get('skipped', 'no data')})"
    labels = {
        "nn1_p5": "nearest neighbour cosine, p5", "nn1_p50": "nearest neighbour cosine, p50", "nn1_p95": "nearest neighbour cosine, p95",
        "nn10_p50": "10th neighbour cosine, p50", "mean_pair": "mean pairwise cosine",
        "query_top1_p50": "query's best match cosine, p50", "query_top10_p50": "query's 10th match cosine, p50",
    }
    lines = [f"| measure ({check['size']:,} vectors each) | real | mixed |", "|---|---|---|"]
    lines += [f"| {label} | {check['real'][key]:.3f} | {check['synthetic'][key]:.3f} |" for key, label in labels.items()]
    return "\n".join(lines)


def render_markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    packages = ", ".join(f"{k} {v}" for k, v in m["packages"].items())
    cfg = report["config"]
    ingest_rows = "\n".join(
        f"| {int(s):,} | {r['batch']} | {r['ours_s']:.1f} | {r['ours_chunks_per_s']:.1f} | {r['paired_chunks']:,} | {r['ours_paired_s']:.1f} | {r['naive_paired_s']:.1f} "
        f"| {r['naive_chunks_per_s']:.1f} | {r['speedup']:.2f}x | {' - '.join(f'{x:.2f}x' for x in r['speedup_per_batch_min_max'])} |"
        for s, r in report["ingestion"].items()
    )
    retrieval_rows = "\n".join(
        f"| {int(s):,} | {r['real_vectors']:,} | {r['synthetic_vectors']:,} | {r['ef_search']} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['recall_at_10']:.3f} "
        f"| {r['exact_numpy_p50_ms']:.2f} | {r['insert_s']:.1f} | "
        + "; ".join(f"ef {t['ef_search']}: {t['recall_at_10']:.3f}" for t in r["ef_search_tried"]) + " |"
        for s, r in report["retrieval"].items()
    )
    base = report["retrieval_base"]
    hnsw = ", ".join(f"{k} {v}" for k, v in base["hnsw"].items())
    check = report["synthetic_vector_check"]
    return f"""# Benchmarks

Produced by `coach bench` (full run) on {report['generated']}; `coach bench --json` prints the same data.
Reproduce with `coach bench` (this run took {report['elapsed_s'] / 60:.0f} minutes); `coach bench --quick` runs smaller sizes and does not write this file.

## Machine

- CPU: {m['cpu']}, {m['cores']} cores; RAM {m['ram_gb']} GB; {m['os']}; Python {m['python']}
- Packages: {packages}
- Load average at start / end: {report['load_average_start']} / {report['load_average_end']} (other work shared this machine; absolute times are noisy, ratios were measured side by side in the same run)

## Targets

{render_table(report)}

## Ingestion

The same synthetic note chunks (seed {cfg['seed']}, 40-90 words each, as the demo notes: 43-98 words, mean 64)
go through both pipelines into a persistent chromadb in a temporary folder; model loading and collection creation are outside the timing.

- ours: `split_words` + `VectorIndex.upsert` (MiniLM int8, onnxruntime with 2 intra-op threads, batches of 32 sorted by length and padded per batch, 256 chunks per chromadb upsert, the product's HNSW settings).
- naive: LangChain `RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100)` + a LangChain `Chroma` store
  (`add_documents`, which is what `Chroma.from_documents` calls) with chromadb's default HNSW settings, embedding with
  chromadb's default `ONNXMiniLM_L6_V2` made to work offline: its model folder is built from the same int8 model
  (chromadb would download the larger fp32 model, so the naive side is if anything faster than its default) and
  the project's tokenizer files; it pads every text to 256 tokens.
- Side by side: the chunks go in batches (the batch column) and each pipeline appends every batch to its own collection.
  Ours ingests every batch; the naive pipeline ingests at most {cfg.get('naive_cap') or 'all'} chunks per size, in batches spread evenly over the run,
  each right before or after ours on the same batch (alternating which goes first), so load from other work hits both alike.
  The speedup is naive seconds / ours seconds over those paired batches; "ours chunks/s" is over all chunks.

| chunks | batch | ours s (all) | ours chunks/s | paired chunks | ours s (paired) | naive s (paired) | naive chunks/s | speedup | per-batch speedup min - max |
|---|---|---|---|---|---|---|---|---|---|
{ingest_rows}

## Retrieval

Embedding 100k chunks would take most of an hour here, so the larger collections are partly synthetic.
The real part is {base['real_vectors']:,} MiniLM embeddings of synthetic note chunks ({base['source']}); each collection takes
as many of them as it holds, and past that, mixtures: each synthetic vector mixes two or three distinct random real
embeddings (Dirichlet(8) weights) on their deviations from the mean embedding, rescaled by 1/sqrt(sum of squared weights)
so the set keeps the mean and spread of real embeddings, plus Gaussian noise of 0.003 per dimension, then normalised.
(An earlier version used noisy copies of 2000 real vectors: about 50 near-duplicates per note, a neighbourhood
structure real notes do not have, which made recall look much worse than it is.) Check, on equal-sized sets made from the same real vectors
(nearest-neighbour similarity grows with the size of a set):

{_similarity_rows(check)}

The mixed vectors are about as close to their neighbours and to each other as real notes are; queries match them a little
less closely than they match real notes (a question is about one note, not a blend of two or three).

{cfg['queries']} queries are real embeddings of synthetic questions. The collections use the product's HNSW settings
(`assistant/retrieval/vector_index.py` `HNSW_CONFIG`: {hnsw}). Timed: `collection.query(n_results=10, include documents, metadatas, distances)`;
recall@10 is against exact numpy search over the same vectors. If recall is under 0.95,
`ef_search` is raised (chromadb 1.5 applies a changed `ef_search` only after the client's system cache is cleared
and the collection reopened).

| vectors | real | mixed | ef_search | p50 ms | p95 ms | recall@10 | exact numpy p50 ms | insert s | tried |
|---|---|---|---|---|---|---|---|---|---|
{retrieval_rows}

## Demo workspace, prompt size, memory

Assess and plan are timed through `Coach` on the demo workspace ({report['assess_plan']['partners']} partners,
{report['assess_plan']['repeats']} runs each, offline engine, knowledge ingested). The LLM prompt is the one `LLMEngine.plan`
renders with the current prompt ({report['prompt_tokens'].get('prompt', 'see llm_engine.PLAN_PROMPT')}; a recording model stands in for the endpoint); the stuffing baseline is the plan rules without a draft,
all of the partner's notes and the top {8} knowledge chunks. {report['prompt_tokens']['equal_score_note']}
App ready is the time from `streamlit run ui/app.py` to `/_stcore/health` answering ok, on the already initialised data dir.
Peak RSS is `ru_maxrss` of the bench process (which held the 100k vectors and both pipelines) and of the app child.
"""


def write_doc(report: dict[str, Any], path: Path = DOC_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_markdown(report), encoding="utf-8")
    return path
