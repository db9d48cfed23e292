"""Held-out assessment check: axis and quadrant accuracy on partners never used for tuning.

The held-out sets (evals/datasets/heldout_*.yaml, `HELDOUT_SETS`) and the demo
organisation's partners (demo/organisation.yaml, `expected` labels), each on its
own, then the held-out sets pooled and everything pooled. Only `engine.assess` runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.engines.base import Engine
from assistant.paths import DEMO_DIR
from assistant.perception.labelled import LabelledPartner, load_labelled
from assistant.schema import NoteText
from evals.dataset import DEFAULT_HELDOUT, HELDOUT_SETS
from evals.scorers import AXES, LABELS, confusion

DEMO_ORGANISATION = DEMO_DIR / "organisation.yaml"


@dataclass
class SetResult:
    name: str
    rows: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, axis: str) -> float | None:
        if not self.rows:
            return None
        return round(sum(1 for r in self.rows if r["got"][axis] == r["expected"].get(axis)) / len(self.rows), 4)

    def summary(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "n": len(self.rows),
            **{f"{axis}_accuracy": self.accuracy(axis) for axis in AXES},
            "confusion": {a: confusion(((r["expected"].get(a, "unknown"), r["got"][a]) for r in self.rows), LABELS[a]) for a in AXES},
            "misses": [r for r in self.rows if r["got"]["quadrant"] != r["expected"].get("quadrant")],
        }


def load_heldout(path: Path = DEFAULT_HELDOUT) -> list[LabelledPartner]:
    return load_labelled(path)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_demo_partners(path: Path = DEMO_ORGANISATION) -> list[LabelledPartner]:
    org = yaml.safe_load(path.read_text(encoding="utf-8"))
    partners = []
    for raw in org.get("partners", []):
        if not raw.get("expected"):
            continue
        notes = []
        for number, note in enumerate(raw.get("notes", []), start=1):
            when = _date(note.get("date"))
            notes.append(NoteText(ref=when.isoformat() if when else f"note {number}", date=when,
                                  kind=note.get("kind", "other"), title=note.get("title", ""), text=note["text"]))
        partners.append(LabelledPartner(str(raw["id"]), raw.get("name"), notes, dict(raw["expected"])))
    return partners


def assess_set(name: str, partners: list[LabelledPartner], engine: Engine) -> SetResult:
    result = SetResult(name)
    for partner in partners:
        a = engine.assess(partner.notes, partner=partner.partner)
        result.rows.append({
            "id": partner.id,
            "expected": partner.expected,
            "got": {"dependence": a.dependence, "competence": a.competence, "quadrant": a.quadrant},
            "confidence": round(a.confidence, 3),
        })
    return result


def run_heldout(engine: Engine, heldout: tuple[Path, ...] = HELDOUT_SETS, demo: Path = DEMO_ORGANISATION) -> list[dict[str, Any]]:
    """One summary per set, then the held-out sets pooled (`heldout`), then everything pooled (`all`)."""
    held = [assess_set(path.stem, load_heldout(path), engine) for path in heldout]
    by_format = [part for path, result in zip(heldout, held, strict=True) for part in split_by_format(path, result)]
    demo_set = assess_set("demo_partners", load_demo_partners(demo), engine)
    pooled_heldout = SetResult("heldout", [r for s in held for r in s.rows])
    everything = SetResult("all", [r for s in [*held, demo_set] for r in s.rows])
    return [s.summary() for s in [*held, *by_format, demo_set, pooled_heldout, everything]]


def split_by_format(path: Path, result: SetResult) -> list[SetResult]:
    """One result per note format (`format:` in the dataset, e.g. email_thread, transcript), where the set has them."""
    formats = {str(row["id"]): row.get("format") for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []}
    names = sorted({f for f in formats.values() if f})
    return [SetResult(f"{path.stem}:{name}", [r for r in result.rows if formats.get(str(r["id"])) == name]) for name in names]
