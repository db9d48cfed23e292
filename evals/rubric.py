"""Rubric coverage: which move tags a plan shows, from its chosen moves and from text cues.

The cues live in evals/rubric.yaml so they can be read and changed without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from assistant.planning.playbooks import load_playbooks
from assistant.schema import Plan
from evals.scorers import Score, higher, lower

RUBRIC_FILE = Path(__file__).resolve().parent / "rubric.yaml"
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass
class TagCue:
    tag: str
    scope: tuple[str, ...]
    patterns: list[re.Pattern[str]]


@dataclass
class Rubric:
    cues: dict[str, TagCue]
    negation: re.Pattern[str]
    advice: re.Pattern[str]
    window: int = 60
    claims: dict[str, Any] = field(default_factory=dict)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def load_rubric(path: Path = RUBRIC_FILE) -> Rubric:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cues = {}
    for tag, raw in (data.get("tags") or {}).items():
        patterns = [re.compile(p, re.IGNORECASE) for p in raw.get("patterns") or []]
        cues[tag] = TagCue(tag, tuple(raw.get("scope") or ["all"]), patterns)
    negation = re.compile(rf"\b(?:{_alternation(data.get('negations') or ['not'])})\b", re.IGNORECASE)
    advice = re.compile(rf"^\W*(?:{_alternation(data.get('advice_openers') or ['avoid'])})\b", re.IGNORECASE)
    return Rubric(cues, negation, advice, int(data.get("negation_window", 60)), dict(data.get("claims") or {}))


@lru_cache(maxsize=1)
def default_rubric() -> Rubric:
    return load_rubric()


@lru_cache(maxsize=1)
def tags_by_move() -> dict[str, tuple[str, ...]]:
    """Playbook move id -> its tags, across all quadrants."""
    return {m.id: m.tags for book in load_playbooks().values() for m in book.moves}


def move_tags(move_ids: list[str]) -> set[str]:
    table = tags_by_move()
    return {tag for move_id in move_ids for tag in table.get(move_id, ())}


def scoped_text(plan: Plan, scope: tuple[str, ...]) -> str:
    """The plan text a cue looks at, with the partner's quoted words removed."""
    parts: list[str] = []
    if "all" in scope:
        parts = [s.text for s in plan.sections] + [plan.value_message] + [f.what for f in plan.followups]
    else:
        parts = [s.text for s in plan.sections if s.key in scope]
        if "value_message" in scope:
            parts.append(plan.value_message)
    return _QUOTED.sub(" ", "\n".join(p for p in parts if p))


def find_cue(text: str, cue: TagCue, rubric: Rubric) -> str | None:
    """The first non-negated match of a cue in the text, or None."""
    for sentence in _SENTENCE.split(text):
        if not sentence.strip() or rubric.advice.search(sentence):
            continue
        for pattern in cue.patterns:
            for match in pattern.finditer(sentence):
                before = sentence[max(0, match.start() - rubric.window) : match.start()]
                if not rubric.negation.search(before):
                    return match.group(0)
    return None


def text_tags(plan: Plan, rubric: Rubric, tags: list[str] | None = None) -> dict[str, str]:
    """tag -> the phrase that shows it, for every tag whose cue matches."""
    found = {}
    for tag in tags if tags is not None else list(rubric.cues):
        cue = rubric.cues.get(tag)
        if cue is None:
            continue
        phrase = find_cue(scoped_text(plan, cue.scope), cue, rubric)
        if phrase is not None:
            found[tag] = phrase
    return found


def score_rubric(
    plan: Plan, required: list[str], forbidden: list[str], rubric: Rubric | None = None, threshold: float = 1.0
) -> list[Score]:
    """`rubric_coverage`: share of required tags present; `forbidden_moves`: forbidden tags present (must be 0)."""
    rubric = rubric or default_rubric()
    from_moves = move_tags(plan.moves)
    from_text = text_tags(plan, rubric, list(dict.fromkeys(required + forbidden)))
    present = [t for t in required if t in from_moves or t in from_text]
    missing = [t for t in required if t not in present]
    how = [f"{t} ({'moves' if t in from_moves else 'text'})" for t in present]
    reason = f"{len(present)}/{len(required)} required tags: " + (", ".join(how) or "none")
    if missing:
        reason += "; missing: " + ", ".join(missing)
    coverage = higher("rubric_coverage", len(present) / len(required) if required else 1.0, threshold, reason, len(required))
    hits = {t: from_text[t] for t in forbidden if t in from_text}
    why = "none of " + ", ".join(forbidden) if not hits else "; ".join(f"{t}: '{p}'" for t, p in hits.items())
    return [coverage, lower("forbidden_moves", float(len(hits)), 0.0, why if forbidden else "no forbidden tags listed", len(forbidden))]
