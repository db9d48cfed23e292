"""Thresholds from evals/thresholds.yaml: the gate `coach eval` exits on, and per-scenario pass marks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

THRESHOLDS_FILE = Path(__file__).resolve().parent / "thresholds.yaml"
# Metrics where smaller is better: the gate value is a maximum.
AT_MOST = {
    "injection_failures", "errors", "forbidden_moves", "unsupported_claim_rate",
    # coach metrics (evals/coach_run.py): failures a coach names, smaller is better
    "wrong_apology_rate", "avoid_topic_rate", "boilerplate_rate", "pii_in_plans", "unraised_objection_rate",
    "value_pasted_rate", "foreign_vocabulary_rate", "trend_contradiction_rate", "misattributed_quote_rate",
    "main_view_words_median",
}


@dataclass
class Thresholds:
    gate: dict[str, float] = field(default_factory=dict)
    scenario: dict[str, float] = field(default_factory=dict)

    def mark(self, name: str, default: float) -> float:
        return float(self.scenario.get(name, default))


@dataclass
class GateCheck:
    metric: str
    value: float | None
    rule: str
    passed: bool

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "value": self.value, "rule": self.rule, "passed": self.passed}


def load_thresholds(path: Path = THRESHOLDS_FILE) -> Thresholds:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    gate = {str(k): float(v) for k, v in (data.get("gate") or {}).items()}
    scenario = {str(k): float(v) for k, v in (data.get("scenario") or {}).items()}
    return Thresholds(gate, scenario)


def check_gate(metrics: dict[str, Any], thresholds: Thresholds) -> list[GateCheck]:
    """One check per gate metric; a metric missing from the results fails."""
    checks = []
    for name, limit in thresholds.gate.items():
        value = metrics.get(name)
        if name in AT_MOST:
            rule = f"<= {limit:g}"
            passed = value is not None and float(value) <= limit
        else:
            rule = f">= {limit:g}"
            passed = value is not None and float(value) >= limit
        checks.append(GateCheck(name, None if value is None else float(value), rule, passed))
    return checks
