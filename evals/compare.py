"""Compare two eval results: what got better and what got worse, scenario by scenario."""

from __future__ import annotations

from typing import Any

from evals.coach_scorers.dimensions import NEW_FAILURES

# Smaller is better for these; for every other score and metric, larger is better.
SMALLER_IS_BETTER = {
    "forbidden_moves", "forbidden_rate", "injection_failures", "unsupported_claim_rate", "value_message_traps", "errors",
    # coach scorers (evals/coach_scorers) and their run metrics
    "wrong_apology", "avoid_topic", "boilerplate_rate", "pii_in_plan", "main_view_words", "trend_contradiction",
    "misattributed_quote", "unraised_objection", "value_pasted", "value_traps", "foreign_vocabulary",
    "wrong_apology_rate", "avoid_topic_rate", "pii_in_plans", "unraised_objection_rate", "value_pasted_rate",
    "foreign_vocabulary_rate", "trend_contradiction_rate", "misattributed_quote_rate", "main_view_words_median",
    "coach_failures_mean", "failure_count", *NEW_FAILURES, *(f"{n}_rate" for n in NEW_FAILURES),
}
# Only a change of pass/fail matters for these (their value has no better direction).
PASS_ONLY = {"value_message_words"}
TOLERANCE = 1e-6


def _direction(name: str, old: float, new: float) -> int:
    """+1 better, -1 worse, 0 same."""
    if abs(new - old) <= TOLERANCE:
        return 0
    name = name.removeprefix("coach:")
    better = new < old if name in SMALLER_IS_BETTER else new > old
    return 1 if better else -1


def compare_scores(name: str, old: dict[str, Any], new: dict[str, Any]) -> int:
    if old["passed"] != new["passed"]:
        return 1 if new["passed"] else -1
    if name in PASS_ONLY:
        return 0
    return _direction(name, float(old["value"]), float(new["value"]))


def _all_scores(row: dict[str, Any]) -> dict[str, Any]:
    """The row's scores and its coach scores (as 'coach:<name>', plus the automatic mean as 'coach:score')."""
    scores = dict(row.get("scores", {}))
    coach = row.get("coach") or {}
    for name, score in (coach.get("scores") or {}).items():
        scores[f"coach:{name}"] = score
    if coach.get("auto"):
        scores["coach:score"] = {"value": coach["auto"]["mean"], "passed": True, "reason": "automatic coach score (1-5)"}
    return scores


def compare_results(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """{"metrics": [...], "better": [...], "worse": [...], "added": [...], "removed": [...]}."""
    metrics = []
    for name, value in new.get("metrics", {}).items():
        before = old.get("metrics", {}).get(name)
        if isinstance(value, (int, float)) and isinstance(before, (int, float)):
            metrics.append({"metric": name, "old": before, "new": value, "delta": round(value - before, 4),
                            "change": _direction(name, float(before), float(value))})
    old_rows = {r["id"]: r for r in old.get("scenarios", [])}
    new_rows = {r["id"]: r for r in new.get("scenarios", [])}
    better: list[dict[str, Any]] = []
    worse: list[dict[str, Any]] = []
    for sid, row in new_rows.items():
        before = old_rows.get(sid)
        if before is None:
            continue
        for name, score in _all_scores(row).items():
            prior = _all_scores(before).get(name)
            if prior is None:
                continue
            change = compare_scores(name, prior, score)
            if change:
                entry = {"id": sid, "score": name, "old": prior["value"], "new": score["value"],
                         "old_passed": prior["passed"], "new_passed": score["passed"], "reason": score["reason"]}
                (better if change > 0 else worse).append(entry)
        if bool(before.get("error")) != bool(row.get("error")):
            entry = {"id": sid, "score": "error", "old": before.get("error"), "new": row.get("error"),
                     "old_passed": not before.get("error"), "new_passed": not row.get("error"), "reason": row.get("error") or ""}
            (worse if row.get("error") else better).append(entry)
    return {
        "metrics": metrics,
        "better": better,
        "worse": worse,
        "new_metrics": sorted(k for k in new.get("metrics", {}) if k not in old.get("metrics", {})),
        "added": sorted(set(new_rows) - set(old_rows)),
        "removed": sorted(set(old_rows) - set(new_rows)),
    }


def format_change(entry: dict[str, Any]) -> str:
    flip = ""
    if entry["old_passed"] != entry["new_passed"]:
        flip = " (now passes)" if entry["new_passed"] else " (now fails)"
    return f"{entry['id']} {entry['score']}: {entry['old']} -> {entry['new']}{flip}"
