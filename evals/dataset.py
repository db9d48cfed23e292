"""Evaluation scenarios: load them from YAML or JSONL, and turn their notes into engine input."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.text.notes_format import NotesFile, parse_notes_text
from evals.coach_scorers.facts import FACT_KEYS

EVALS_DIR = Path(__file__).resolve().parent
DATASETS_DIR = EVALS_DIR / "datasets"
DEFAULT_SCENARIOS = DATASETS_DIR / "scenarios.yaml"
DEFAULT_HELDOUT = DATASETS_DIR / "heldout_partners_v2.yaml"
# Every held-out set `coach heldout` measures: the v2 partners (notes of every length) and short notes only.
HELDOUT_SETS = (DEFAULT_HELDOUT, DATASETS_DIR / "heldout_short_v1.yaml", DATASETS_DIR / "heldout_formats_v1.yaml")
# Used as "today" only when a scenario has no dated note at all.
FALLBACK_TODAY = dt.date(2026, 1, 1)
REQUIRED_KEYS = ("id", "notes", "expected")
DEFAULT_COACH_SCENARIOS = DATASETS_DIR / "coach_scenarios.yaml"
COACH_KEYS = FACT_KEYS


@dataclass
class Scenario:
    id: str
    notes: str
    expected: dict[str, str]
    category: str = "easy"
    function: str | None = None
    purpose: str = "next regular meeting"
    value_statement: str = ""
    facts: list[str] = field(default_factory=list)
    required_moves: list[str] = field(default_factory=list)
    forbidden_moves: list[str] = field(default_factory=list)
    canaries: list[str] = field(default_factory=list)
    # Optional coach facts (evals/coach_scorers/facts.py FACT_KEYS): open items, avoid topics, misses...
    coach: dict[str, Any] = field(default_factory=dict)
    meeting: dt.date | None = None  # the meeting's day, where the key gives it (what a CIO enters in the plan form)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Scenario:
        missing = [k for k in REQUIRED_KEYS if k not in raw]
        if missing:
            raise ValueError(f"scenario {raw.get('id', '?')} lacks {', '.join(missing)}")
        return cls(
            id=str(raw["id"]),
            notes=str(raw["notes"]),
            expected={k: str(v) for k, v in dict(raw["expected"]).items()},
            category=str(raw.get("category") or "easy"),
            function=raw.get("function"),
            purpose=str(raw.get("purpose") or "next regular meeting"),
            value_statement=str(raw.get("value_statement") or ""),
            meeting=as_date(raw.get("meeting")),
            facts=[str(f) for f in raw.get("facts") or []],
            required_moves=[str(t) for t in raw.get("required_moves") or []],
            forbidden_moves=[str(t) for t in raw.get("forbidden_moves") or []],
            canaries=[str(c) for c in raw.get("canaries") or []],
            coach={k: raw[k] for k in COACH_KEYS if k in raw},
        )

    def parsed(self) -> NotesFile:
        return parse_notes_text(self.notes)


def load_raw(path: Path) -> list[dict[str, Any]]:
    """A list of dicts from a YAML list or a JSONL file (one object a line)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        raise ValueError(f"{path} must hold a list of scenarios")
    return data


def load_scenarios(path: Path = DEFAULT_SCENARIOS) -> list[Scenario]:
    scenarios = [Scenario.from_dict(raw) for raw in load_raw(path)]
    ids = [s.id for s in scenarios]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path}: duplicate scenario ids {', '.join(duplicates)}")
    return scenarios


def as_date(value: Any) -> dt.date | None:
    """A key's date: a YAML date, or its ISO text; None when absent or unreadable."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def meeting_day(parsed: NotesFile) -> dt.date:
    """The fixed 'today' of a scenario: the day after its newest dated note."""
    dates = [n.date for n in parsed.notes if n.date is not None]
    return max(dates) + dt.timedelta(days=1) if dates else FALLBACK_TODAY
