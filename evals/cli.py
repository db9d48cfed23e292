"""`coach eval` and `coach heldout`: wire them in with `register(app)`.

    from evals.cli import register
    register(app)          # in cli/main.py

`python -m evals eval ...` runs the same commands without the product CLI.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from evals.dataset import DEFAULT_COACH_SCENARIOS, DEFAULT_SCENARIOS

console = Console()
err = Console(stderr=True, soft_wrap=True)  # an error message is never broken mid-path
SUMMARY_METRICS = (
    "quadrant_accuracy", "dependence_accuracy", "competence_accuracy", "evidence_verbatim", "evidence_exact",
    "citation_validity", "personalisation", "rubric_coverage", "forbidden_moves", "value_message_ok",
    "unsupported_claim_rate", "injection_failures", "errors", "offline_fallbacks", "scenarios_passed",
    "coach_score_mean", "coach_agreement", "open_item_recall", "wrong_apology_rate", "avoid_topic_rate",
    "boilerplate_rate", "purpose_sensitivity", "pii_in_plans", "unraised_objection_rate", "value_pasted_rate",
    "foreign_vocabulary_rate", "trend_contradiction_rate", "misattributed_quote_rate", "main_view_words_median",
)


def summary_table(results: dict[str, Any]) -> Table:
    gate = {g["metric"]: g for g in results.get("gate", [])}
    table = Table(title=f"Eval: {results['metrics']['scenarios']} scenarios, engine {results['run'].get('engine')}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("gate")
    for name in SUMMARY_METRICS:
        value = results["metrics"].get(name)
        check = gate.get(name)
        mark = "" if check is None else (f"[green]pass[/] {check['rule']}" if check["passed"] else f"[red]FAIL[/] {check['rule']}")
        table.add_row(name, "—" if value is None else f"{value:g}" if isinstance(value, float) else str(value), mark)
    return table


def heldout_table(summaries: list[dict[str, Any]]) -> Table:
    table = Table(title="Held-out assessment accuracy")
    for column in ("set", "n", "dependence", "competence", "quadrant"):
        table.add_column(column, justify="left" if column == "set" else "right")
    for s in summaries:
        table.add_row(s["set"], str(s["n"]), *(f"{s[f'{a}_accuracy']:.2f}" for a in ("dependence", "competence", "quadrant")))
    return table


def eval_command(
    dataset: Annotated[Path, typer.Option(help="Scenarios, YAML or JSONL.")] = DEFAULT_SCENARIOS,
    engine: Annotated[str, typer.Option(help="offline (default) or llm (COACH_LLM=openai settings).")] = "offline",
    out: Annotated[Path, typer.Option(help="Where to write the JSON results.")] = Path("evals/results/latest.json"),
    compare: Annotated[Path | None, typer.Option(help="An earlier results JSON to compare with.")] = None,
    html: Annotated[Path | None, typer.Option(help="HTML report path (default: next to --out).")] = None,
    thresholds: Annotated[bool, typer.Option("--thresholds/--no-thresholds", help="Exit 1 when a gate threshold fails.")] = True,
    index: Annotated[bool, typer.Option("--index/--no-index", help="Retrieve from a fresh index of knowledge/ (about 20 s).")] = True,
    limit: Annotated[int | None, typer.Option(help="Only the first N scenarios.")] = None,
    coach: Annotated[bool, typer.Option("--coach/--no-coach", help="Coach scorers, the coach scenarios and the agreement with reviewers.")] = True,
    coach_dataset: Annotated[Path, typer.Option(help="Coach scenarios (open items, avoid topics, misses).")] = DEFAULT_COACH_SCENARIOS,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object of the metrics instead of tables.")] = False,
) -> None:
    """Run the evaluation scenarios through the engine and score every assessment and plan."""
    from evals.coach_report import agreement_rich, attach_agreement, json_summary
    from evals.compare import compare_results, format_change
    from evals.dataset import load_scenarios
    from evals.report import write_html
    from evals.runner import open_engine, run_eval
    from evals.thresholds import check_gate, load_thresholds

    if engine not in ("offline", "llm"):
        err.print("[red]--engine must be offline or llm[/]")
        raise typer.Exit(2)
    scenarios = load_scenarios(dataset)[: limit or None]
    if coach and coach_dataset.exists():
        extra = load_scenarios(coach_dataset)[: limit or None]
        for s in extra:
            s.category = "coach"
        scenarios += extra
    started = time.perf_counter()
    try:
        with open_engine(engine, with_index=index) as (built, info):
            with console.status("Running scenarios") as status:
                results = run_eval(scenarios, built, progress=lambda sid: status.update(f"Running {sid}"),
                                   meta={**info, "dataset": str(dataset)}, coach=coach)
    except ImportError as exc:
        err.print(f"[red]The {engine} engine is not available:[/] {exc}")
        raise typer.Exit(2) from exc
    if coach:
        attach_agreement(results)
        results["gate"] = [c.to_dict() for c in check_gate(results["metrics"], load_thresholds())]
    results["run"]["total_seconds"] = round(time.perf_counter() - started, 2)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    diff = None
    if compare is not None:
        diff = compare_results(json.loads(compare.read_text(encoding="utf-8")), results)
    report = write_html(results, html or out.with_suffix(".html"), diff)
    failed = [g for g in results["gate"] if not g["passed"]]
    if as_json:
        summary = json_summary(results)
        if diff is not None:  # what changed since the run given to --compare
            summary["compare"] = {"metrics": [m for m in diff["metrics"] if m["change"]], "better": diff["better"],
                                  "worse": diff["worse"], "new_metrics": diff["new_metrics"]}
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        if thresholds and failed:
            raise typer.Exit(1)
        return
    console.print(summary_table(results))
    if results.get("coach_agreement"):
        console.print(agreement_rich(results["coach_agreement"]))
    run = results["run"]
    console.print(f"{len(scenarios)} scenarios in {run['seconds']} s (index {run.get('index_seconds', '—')} s, "
                  f"total {run['total_seconds']} s). Results: {out}; report: {report}")
    if diff is not None:
        console.print(f"[green]Better ({len(diff['better'])})[/]")
        for entry in diff["better"]:
            console.print(f"  {format_change(entry)}")
        console.print(f"[red]Worse ({len(diff['worse'])})[/]")
        for entry in diff["worse"]:
            console.print(f"  {format_change(entry)}")
        if diff["new_metrics"]:
            console.print(f"New metrics (not in the earlier run): {', '.join(diff['new_metrics'])}")
    if thresholds and failed:
        err.print("[red]Thresholds failed:[/] " + ", ".join(f"{g['metric']} = {g['value']} (needs {g['rule']})" for g in failed))
        raise typer.Exit(1)


def heldout_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    min_quadrant: Annotated[float | None, typer.Option(help="Exit 1 when quadrant accuracy on the held-out sets, pooled, is below this (a regression gate).")] = None,
) -> None:
    """Assessment accuracy on the held-out partners and the demo partners."""
    from evals.heldout import run_heldout
    from evals.runner import open_engine

    with open_engine("offline", with_index=False) as (engine, _info):
        summaries = run_heldout(engine)
    if as_json:
        print(json.dumps(summaries, indent=2, ensure_ascii=False))
    else:
        console.print(heldout_table(summaries))
        for s in summaries[:-2]:
            for miss in s["misses"]:
                console.print(f"  [dim]{s['set']} {miss['id']}: expected {miss['expected']['quadrant']}, got {miss['got']['quadrant']}[/]")
    accuracy = next(s["quadrant_accuracy"] for s in summaries if s["set"] == "heldout")
    if min_quadrant is not None and (accuracy is None or accuracy < min_quadrant):
        err.print(f"[red]Held-out quadrant accuracy (held-out sets pooled) {accuracy} is below {min_quadrant}.[/]")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `eval` and `heldout` to a Typer app."""
    app.command("eval")(eval_command)
    app.command("heldout")(heldout_command)
