"""The `coach bench` command. Wire it in with `register(app)`."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

BENCH_EXTRA = ("langchain_chroma", "langchain_text_splitters")  # the naive baseline's packages (pyproject: bench extra)


def _sizes(text: str | None) -> list[int] | None:
    if not text:
        return None
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise typer.BadParameter("give sizes as comma-separated whole numbers, e.g. 1000,10000") from exc
    if not sizes or any(s <= 0 for s in sizes):
        raise typer.BadParameter("sizes must be positive")
    return sizes


def bench(
    quick: Annotated[bool, typer.Option("--quick", help="Small sizes (100 ingest chunks, 1k/10k retrieval vectors, 6 coaching documents, 5 partners, one run each; under a minute on 2 cores). Does not write docs/benchmarks.md.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    ingest_sizes: Annotated[str | None, typer.Option(help="Override ingestion sizes, e.g. 1000,10000.")] = None,
    retrieval_sizes: Annotated[str | None, typer.Option(help="Override retrieval sizes, e.g. 1000,10000,100000.")] = None,
    naive_cap: Annotated[int | None, typer.Option(help="The naive pipeline ingests at most this many chunks per size, in batches interleaved with ours (default 2000; quick 50).")] = None,
    write_doc: Annotated[bool | None, typer.Option("--write-doc/--no-write-doc", help="Write docs/benchmarks.md (default: on for a full run).")] = None,
) -> None:
    """Measure ingestion, retrieval, assess/plan latency, app start and prompt size against the targets."""
    from importlib.util import find_spec

    from bench import runner as bench_module

    err = Console(stderr=True, soft_wrap=True)
    missing = [name for name in BENCH_EXTRA if find_spec(name) is None]
    if missing:
        err.print(f"[bold red]Error:[/] `coach bench` needs the bench extra ({', '.join(missing)} missing): .venv/bin/pip install -e '.\\[bench]'")
        raise typer.Exit(2)
    config = bench_module.BenchConfig.quick() if quick else bench_module.BenchConfig()
    config.ingest_sizes = _sizes(ingest_sizes) or config.ingest_sizes
    config.retrieval_sizes = _sizes(retrieval_sizes) or config.retrieval_sizes
    config.naive_cap = naive_cap if naive_cap and naive_cap > 0 else config.naive_cap
    report = bench_module.run_bench(config, progress=lambda msg: err.print(f"[dim]bench:[/] {msg}"))
    if write_doc if write_doc is not None else not quick:
        path = bench_module.write_doc(report)
        err.print(f"wrote {path}")
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(bench_module.render_table(report) + "\n")  # plain text: a terminal-width wrap would break the table


def register(app: typer.Typer) -> None:
    """Add `bench` to the `coach` command line."""
    app.command("bench")(bench)
