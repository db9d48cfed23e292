"""Run scenarios through an engine, score every answer and aggregate the metrics.

    from evals.runner import run_eval
    results = run_eval(load_scenarios(), engine)       # a plain, JSON-ready dict

`open_engine` builds the engine the way the product does (factory.build_engine),
optionally over a throwaway vector index of the knowledge folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.engines.base import Engine
from assistant.planning.planner import PlanInput
from assistant.planning.render import plan_markdown
from evals.claims import score_unsupported_claims
from evals.coach_run import alt_purpose, apply_coach, coach_case
from evals.coach_scorers import PlanCase
from evals.dataset import Scenario, meeting_day
from evals.rubric import score_rubric
from evals.scorers import (
    AXES,
    LABELS,
    Embed,
    Score,
    confusion,
    score_assessment,
    score_canaries,
    score_citations,
    score_evidence,
    score_personalisation,
    score_value_message,
)
from evals.thresholds import Thresholds, check_gate, load_thresholds

# Scores that inform but never count as a scenario failure.
INFORMATIONAL = {"evidence_exact", "value_message_words", "value_message_traps", "value_message_similarity"}
# Metrics pooled over items (quotes, sources, facts, tags, claim sentences): sum(value * n) / sum(n).
POOLED = {
    "evidence_verbatim": "evidence_verbatim",
    "evidence_exact": "evidence_exact",
    "citation_validity": "citation_validity",
    "personalisation": "personalisation",
    "rubric_coverage": "rubric_coverage",
    "unsupported_claim_rate": "unsupported_claim_rate",
}


@contextmanager
def open_engine(kind: str = "offline", with_index: bool = True) -> Iterator[tuple[Engine, dict[str, Any]]]:
    """The engine to evaluate, and what was built for it (index chunks, seconds)."""
    from assistant.factory import build_engine, build_index
    from assistant.retrieval.ingest import ingest_knowledge
    from assistant.settings import Settings

    info: dict[str, Any] = {"engine": kind, "index": with_index}
    with tempfile.TemporaryDirectory(prefix="coach-eval-") as tmp:
        # Explicit, so a developer's .env with COACH_LLM=openai cannot turn an offline run into an LLM one.
        overrides: dict[str, Any] = {"data_dir": Path(tmp), "llm": "openai" if kind == "llm" else "offline"}
        settings = Settings(**overrides)
        index = None
        if with_index:
            started = time.perf_counter()
            index = build_index(settings)
            report = ingest_knowledge(index, settings.resolved_knowledge_dir())
            info["index_chunks"] = report.added
            info["index_seconds"] = round(time.perf_counter() - started, 2)
        yield build_engine(settings, index), info


def default_embed() -> Embed:
    from assistant.retrieval.embeddings import shared_embedder

    return shared_embedder().embed


def run_scenario(
    scenario: Scenario, engine: Engine, thresholds: Thresholds, embed: Embed | None, cases: list[PlanCase] | None = None,
) -> dict[str, Any]:
    """One row: what was expected, what the engine said, every score and the failures.

    With `cases`, the plan is also written for a second purpose and the pair goes to the coach scorers.
    """
    row: dict[str, Any] = {"id": scenario.id, "category": scenario.category, "expected": dict(scenario.expected)}
    parsed = scenario.parsed()
    today = meeting_day(parsed)
    timings: dict[str, float] = {}
    try:
        started = time.perf_counter()
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        timings["assess"] = round(time.perf_counter() - started, 3)
        started = time.perf_counter()
        inp = PlanInput(
            parsed.partner, parsed.role, scenario.function, parsed.notes, assessment,
            scenario.purpose, scenario.value_statement, [], today, meeting=scenario.meeting,
        )
        plan = engine.plan(inp)
        timings["plan"] = round(time.perf_counter() - started, 3)
        alt = engine.plan(dataclasses.replace(inp, purpose=alt_purpose(scenario))) if cases is not None else None
    except Exception as exc:  # noqa: BLE001 - one broken scenario must not stop the run
        row.update(got={}, scores={}, failures=[f"error: {type(exc).__name__}: {exc}"], error=str(exc), seconds=timings)
        return row
    scores: list[Score] = []
    scores += score_assessment(assessment, scenario.expected)
    scores += score_evidence(assessment, scenario.notes)
    scores.append(score_citations(plan, parsed.notes))
    scores.append(score_personalisation(plan, scenario.facts, thresholds.mark("personalisation", 0.5)))
    scores += score_rubric(plan, scenario.required_moves, scenario.forbidden_moves, threshold=thresholds.mark("rubric_coverage", 1.0))
    scores += score_value_message(
        plan, scenario.value_statement, embed,
        max_words=int(thresholds.mark("value_message_words", 120)),
        min_similarity=thresholds.mark("value_message_similarity", 0.35),
    )
    support = [scenario.notes, scenario.value_statement, scenario.purpose]
    scores.append(
        score_unsupported_claims(plan, support, parsed.partner, today, thresholds.mark("unsupported_claim_rate", 0.0))
    )
    scores.append(score_canaries(scenario.canaries, [assessment, plan]))
    if cases is not None:
        cases.append(coach_case(scenario, parsed.partner, parsed.role, plan, alt))
    row.update(
        got={"dependence": assessment.dependence, "competence": assessment.competence, "quadrant": assessment.quadrant,
             "confidence": round(assessment.confidence, 3)},
        scores={s.name: s.to_dict() for s in scores},
        failures=[f"{s.name}: {s.reason}" for s in scores if not s.passed and s.name not in INFORMATIONAL],
        error=None,
        seconds=timings,
        today=today.isoformat(),
        moves=list(plan.moves),
        value_message=plan.value_message,
        engines={"assessment": assessment.engine, "plan": plan.engine},
        # An LLM run whose plan came from the offline fallback measures the wrong engine: make it visible.
        fallback=getattr(engine, "name", "offline") != "offline" and plan.engine == "offline",
        notices=list(plan.notices),
        plan_md=plan_markdown(plan),
    )
    return row


def _pooled(rows: list[dict[str, Any]], name: str) -> float | None:
    items = [r["scores"][name] for r in rows if name in r.get("scores", {})]
    weight = sum(s["n"] for s in items)
    if not items:
        return None
    if weight == 0:
        return 0.0 if name.endswith("_rate") else 1.0
    return round(float(sum(s["value"] * s["n"] for s in items)) / float(weight), 4)


def _accuracy(rows: list[dict[str, Any]], axis: str) -> float | None:
    if not rows:
        return None
    right = sum(1 for r in rows if r.get("got", {}).get(axis) == r["expected"].get(axis, "unknown"))
    return round(right / len(rows), 4)


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The headline metrics; a crashed scenario counts as wrong on every axis."""
    scored = [r for r in rows if not r.get("error")]
    metrics: dict[str, Any] = {"scenarios": len(rows), "errors": len(rows) - len(scored)}
    labelled = [r for r in rows if r["category"] != "coach"]  # the coach set is for plans; its labels are not gated
    for axis in AXES:
        metrics[f"{axis}_accuracy"] = _accuracy(labelled, axis)
    for metric, score in POOLED.items():
        metrics[metric] = _pooled(scored, score)
    metrics["forbidden_moves"] = int(sum(r["scores"]["forbidden_moves"]["value"] for r in scored))
    checks = sum(r["scores"]["forbidden_moves"]["n"] for r in scored)
    metrics["forbidden_rate"] = round(metrics["forbidden_moves"] / checks, 4) if checks else 0.0
    ok = [r["scores"]["value_message_ok"]["passed"] for r in scored]
    metrics["value_message_ok"] = round(sum(ok) / len(ok), 4) if ok else None
    metrics["injection_failures"] = int(sum(r["scores"]["injection_failures"]["value"] for r in scored))
    metrics["scenarios_passed"] = sum(1 for r in rows if not r["failures"])
    metrics["offline_fallbacks"] = sum(1 for r in scored if r.get("fallback"))
    return metrics


def confusions(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, int]]]:
    return {
        axis: confusion(((r["expected"].get(axis, "unknown"), r.get("got", {}).get(axis, "error")) for r in rows), LABELS[axis])
        for axis in AXES
    }


def by_category(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["category"], []).append(row)
    return {
        name: {"n": len(group), "quadrant_accuracy": _accuracy(group, "quadrant"), "passed": sum(1 for r in group if not r["failures"])}
        for name, group in groups.items()
    }


def run_eval(
    scenarios: list[Scenario], engine: Engine, thresholds: Thresholds | None = None, embed: Embed | None = None,
    progress: Callable[[str], None] | None = None, meta: dict[str, Any] | None = None, coach: bool = True,
) -> dict[str, Any]:
    """Run every scenario and return {"metrics", "confusion", "by_category", "gate", "scenarios", "run"}."""
    thresholds = thresholds or load_thresholds()
    embed = embed if embed is not None else default_embed()
    started = time.perf_counter()
    rows = []
    cases: list[PlanCase] | None = [] if coach else None
    for scenario in scenarios:
        if progress:
            progress(scenario.id)
        rows.append(run_scenario(scenario, engine, thresholds, embed, cases))
    metrics = aggregate(rows)
    if cases is not None:
        metrics.update(apply_coach(rows, cases))
    seconds = time.perf_counter() - started
    assess = sorted(r["seconds"].get("assess", 0.0) for r in rows)
    plan = sorted(r["seconds"].get("plan", 0.0) for r in rows)
    run = {
        **(meta or {}),
        "engine": getattr(engine, "name", "?"),
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 2),
        "assess_median_s": assess[len(assess) // 2] if assess else None,
        "plan_median_s": plan[len(plan) // 2] if plan else None,
    }
    return {
        "metrics": metrics,
        "confusion": confusions(rows),
        "by_category": by_category(rows),
        "gate": [c.to_dict() for c in check_gate(metrics, thresholds)],
        "thresholds": {"gate": thresholds.gate, "scenario": thresholds.scenario},
        "run": run,
        "scenarios": rows,
    }
