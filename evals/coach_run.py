"""The coach scorers inside an eval run: a second plan per scenario for another purpose, run-level
boilerplate, the automatic 1-5 dimensions, and the headline coach metrics.

    case = coach_case(scenario, parsed, plan, alt_plan)      # in run_scenario
    metrics = apply_coach(rows, cases)                        # after every scenario ran
"""

from __future__ import annotations

from statistics import mean
from typing import Any

from evals.coach_scorers import CoachFacts, Context, PlanCase, PlanView, score_cases
from evals.coach_scorers.dimensions import DIMENSIONS, NEW_FAILURES
from evals.dataset import Scenario


def alt_purpose(scenario: Scenario) -> str:
    """The second purpose a scenario's plan is written for: its own `alt_purpose`, else a contrasting one."""
    given = scenario.coach.get("alt_purpose")
    if given:
        return str(given)
    return "project kick-off" if "budget" in scenario.purpose.lower() else "budget review"


def coach_case(scenario: Scenario, partner: str | None, role: str | None, plan: Any, alt: Any) -> PlanCase:
    ctx = Context(
        notes=scenario.notes, partner=partner or "", function=scenario.function, role=role or "",
        value_statement=scenario.value_statement, purpose=scenario.purpose, expected=dict(scenario.expected),
        facts=CoachFacts.from_dict(scenario.coach), key_facts=list(scenario.facts),
    )
    return PlanCase(scenario.id, scenario.id, PlanView.of(plan), ctx, PlanView.of(alt) if alt is not None else None)


def _pooled(rows: list[dict[str, Any]], name: str) -> float | None:
    items = [r["coach"]["scores"][name] for r in rows if name in r["coach"]["scores"] and r["coach"]["scores"][name]["n"]]
    weight = sum(s["n"] for s in items)
    return round(sum(s["value"] * s["n"] for s in items) / weight, 4) if weight else None


def _share_failing(rows: list[dict[str, Any]], name: str) -> float | None:
    items = [r["coach"]["scores"][name] for r in rows if name in r["coach"]["scores"] and r["coach"]["scores"][name]["n"]]
    return round(sum(1 for s in items if not s["passed"]) / len(items), 4) if items else None


def coach_metrics(rows: list[dict[str, Any]]) -> dict[str, Any]:
    scored = [r for r in rows if r.get("coach")]
    if not scored:
        return {}
    autos = [r["coach"]["auto"] for r in scored]
    words = [r["coach"]["scores"]["main_view_words"]["value"] for r in scored]
    return {
        "coach_score_mean": round(mean(a["mean"] for a in autos), 3),
        "coach_dimensions": {d: round(mean(a[d] for a in autos), 3) for d in DIMENSIONS},
        "open_item_recall": _pooled(scored, "open_item_recall"),
        "wrong_apology_rate": _share_failing(scored, "wrong_apology"),
        "avoid_topic_rate": _pooled(scored, "avoid_topic"),
        "boilerplate_rate": _pooled(scored, "boilerplate_rate"),
        "purpose_sensitivity": _pooled(scored, "purpose_sensitivity"),
        "pii_in_plans": int(sum(r["coach"]["scores"]["pii_in_plan"]["value"] for r in scored)),
        "unraised_objection_rate": _pooled(scored, "unraised_objection"),
        "value_pasted_rate": _share_failing(scored, "value_pasted"),
        "foreign_vocabulary_rate": _share_failing(scored, "foreign_vocabulary"),
        "trend_contradiction_rate": _share_failing(scored, "trend_contradiction"),
        "misattributed_quote_rate": _pooled(scored, "misattributed_quote"),
        "main_view_words_median": sorted(words)[len(words) // 2],
        "coach_failures_mean": round(mean(r["coach"]["features"].get("failure_count", 0.0) for r in scored), 4),
        **{f"{name}_rate": _share_failing(scored, name) for name in NEW_FAILURES},
        "coach_plans": len(scored),
    }


def apply_coach(rows: list[dict[str, Any]], cases: list[PlanCase]) -> dict[str, Any]:
    """Score every case, put the results in its row (`coach`), and return the coach metrics."""
    results = score_cases(cases)
    by_id = {r["id"]: r for r in rows}
    for case in cases:
        row = by_id[case.plan_id]
        row["coach"] = results[case.plan_id]
        row["coach_failures"] = results[case.plan_id]["failures"]
    return coach_metrics(rows)
