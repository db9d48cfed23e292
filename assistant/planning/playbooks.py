"""Playbooks: the structured moves the offline engine composes plans from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.errors import ConfigError
from assistant.paths import PLAYBOOK_DIR

SECTIONS = ("opening", "teach", "competence", "questions", "objections", "followups")
QUADRANT_FILES = ("cost_centre", "utility", "bypass_risk", "partner", "unknown")
PLACEHOLDERS = {"partner", "function", "topic", "purpose"}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Move:
    id: str
    quadrant: str
    section: str
    title: str
    levels: tuple[str, ...]
    tags: tuple[str, ...]
    when: str
    cues: tuple[str, ...]
    steps: tuple[str, ...]
    say: str
    avoid: str
    owner: str
    docs: tuple[str, ...]
    objection: str | None = None
    due_days: int | None = None


@dataclass
class Playbook:
    quadrant: str
    summary: str
    goal_templates: list[str]
    moves: list[Move] = field(default_factory=list)

    def moves_for(self, section: str, level: str | None = None) -> list[Move]:
        return [m for m in self.moves if m.section == section and (level is None or level in m.levels or level == "unknown")]


@dataclass
class ValueFrames:
    frames: dict[str, dict[str, list[str] | str]]
    function_language: dict[str, list[str]]


def fill(template: str, values: dict[str, str]) -> str:
    """Strict rendering: an unknown placeholder is an error, never left in the text."""
    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise ConfigError(f"Unknown placeholder {{{key}}} in playbook text: {template[:80]}")
        return values[key]

    text = _PLACEHOLDER.sub(replace, template)
    return re.sub(r"\b(operations|sales|customers|logistics)'s\b", r"\1'", text)  # plural possessives read "sales'"


def _check_placeholders(text: str, where: str) -> None:
    unknown = {m for m in _PLACEHOLDER.findall(text) if m not in PLACEHOLDERS}
    if unknown:
        raise ConfigError(f"{where}: unknown placeholder(s) {', '.join(sorted(unknown))}")


def load_playbook(path: Path) -> Playbook:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    quadrant = str(data["quadrant"])
    moves = []
    for raw in data.get("moves", []):
        if raw["section"] not in SECTIONS:
            raise ConfigError(f"{path.name}: move {raw.get('id')} has unknown section {raw['section']}")
        move = Move(
            id=str(raw["id"]),
            quadrant=quadrant,
            section=str(raw["section"]),
            title=str(raw["title"]),
            levels=tuple(raw.get("levels") or ("T", "I", "BT")),
            tags=tuple(raw.get("tags") or ()),
            when=str(raw.get("when") or ""),
            cues=tuple(str(c).lower() for c in raw.get("cues") or ()),
            steps=tuple(str(s) for s in raw.get("steps") or ()),
            say=str(raw.get("say") or ""),
            avoid=str(raw.get("avoid") or ""),
            owner=str(raw.get("owner") or "cio"),
            docs=tuple(raw.get("docs") or ()),
            objection=raw.get("objection"),
            due_days=raw.get("due_days"),
        )
        for text in (move.say, *move.steps):
            _check_placeholders(text, f"{path.name}:{move.id}")
        moves.append(move)
    for template in data.get("goal_templates", []):
        _check_placeholders(template, f"{path.name}:goal_templates")
    return Playbook(quadrant, str(data.get("summary", "")), list(data.get("goal_templates", [])), moves)


@lru_cache(maxsize=4)
def load_playbooks(folder: Path = PLAYBOOK_DIR) -> dict[str, Playbook]:
    books = {}
    for name in QUADRANT_FILES:
        path = folder / f"{name}.yaml"
        if not path.is_file():
            raise ConfigError(f"The playbook {path} is missing; restore knowledge/playbooks/ from the repository.")
        books[name] = load_playbook(path)
    return books


@lru_cache(maxsize=4)
def load_value_frames(folder: Path = PLAYBOOK_DIR) -> ValueFrames:
    data = yaml.safe_load((folder / "value_frames.yaml").read_text(encoding="utf-8"))
    return ValueFrames(frames=data["frames"], function_language={k: list(v) for k, v in data["function_language"].items()})
