"""Labelled partners: a notes file per partner plus the expected levels (docs/data-formats.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.schema import NoteText
from assistant.text.notes_format import parse_notes_text


@dataclass
class LabelledPartner:
    id: str
    partner: str | None
    notes: list[NoteText]
    expected: dict[str, str]


def load_labelled(path: Path) -> list[LabelledPartner]:
    """A YAML list of {id, notes, expected}, as in evals/datasets/heldout_partners_v2.yaml."""
    partners = []
    for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        parsed = parse_notes_text(str(raw["notes"]))
        partners.append(LabelledPartner(str(raw["id"]), parsed.partner, parsed.notes, dict(raw["expected"])))
    return partners
