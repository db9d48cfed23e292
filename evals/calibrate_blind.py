"""The blind plan review v2 (evals/datasets/blind_plans_v2, see its README) as rows of coach_ratings.yaml.

Three rounds, each of 32 packets under neutral ids (p-01 ... p-32) that `packet_key.yaml` maps to a plan of a
manifest (x-NN: the engine at the session's start, y-NN: the engine after that round's plan work). Rows get the
round as a prefix (b1-p-01, b2-p-01, ...) so the rounds' neutral ids do not collide; a 'before' plan rated in
several rounds is a row per round, with that round's three reviewers. The notes files are scenarios whose
labels (intended quadrant, open items, avoid topics) come from the writer's `key.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from evals.coach_scorers.dimensions import DIMENSIONS
from evals.dataset import DATASETS_DIR, Scenario

BLIND_DIR = DATASETS_DIR / "blind_plans_v2"
# (round prefix, folder with packet_key.yaml and ratings/, manifests of that round's plans)
ROUNDS = (
    ("b1", BLIND_DIR, ("manifest_before.yaml", "manifest_after.yaml")),
    ("b2", BLIND_DIR / "round2", ("../manifest_before.yaml", "manifest_after2.yaml")),
    ("b3", BLIND_DIR / "round3", ("../manifest_before.yaml", "manifest_after3.yaml")),
)
NOTES_KEY = "evals/datasets/blind_plans_v2/notes#{}"
# An avoid topic the writer marks as someone else's miss, or as one the partner settled (key.yaml's parentheses).
NOT_OURS = re.compile(r"third part|supplier|vendor|subcontractor|builders|not ours|own team|his team|her team", re.I)
SETTLED = re.compile(r"behind (?:her|him)|forgotten|owned, fixed|since delivered|dealt with it|he owned it", re.I)
MISS_WORDS = set("apologising outage delay failure slip crash drop fault miss near-miss stop back-order now fixed "
                 "blamed alone cut".split())


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _miss_item(topic: str) -> dict[str, Any]:
    """An avoid topic as a miss item matched by its names (the words before the writer's parenthesis)."""
    head = topic.split("(")[0]
    cues = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{3,}", head) if w.lower() not in MISS_WORDS]
    return {"text": head.strip(), "cues": cues}


def _misses(avoid: list[str]) -> dict[str, list[dict[str, Any]]]:
    return {"third_party_misses": [_miss_item(a) for a in avoid if NOT_OURS.search(a) and "blamed" not in a],
            "forgiven_misses": [_miss_item(a) for a in avoid if SETTLED.search(a) and not NOT_OURS.search(a)]}


def blind_scenarios(folder: Path = BLIND_DIR) -> dict[str, Scenario]:
    """notes key -> scenario: the notes file with the writer's labels (quadrant, purpose, open items, avoid)."""
    key = _yaml(folder / "key.yaml") or {}
    out = {}
    for path in sorted((folder / "notes").glob("*.md")):
        entry = dict(key.get(path.stem) or {})
        avoid = [str(a) for a in entry.get("avoid") or []]
        coach: dict[str, Any] = {"open_items": [{"text": str(o.get("text") or ""), "kind": str(o.get("kind") or "")}
                                                for o in entry.get("open") or []], "avoid": avoid, **_misses(avoid)}
        out[NOTES_KEY.format(path.stem)] = Scenario(
            id=path.stem, notes=path.read_text(encoding="utf-8"),
            expected={k: str(v) for k, v in dict(entry.get("expected") or {}).items()},
            purpose=str(entry.get("purpose") or "next regular meeting"),
            value_statement=str(entry.get("value_statement") or ""), coach=coach)
    return out


def blind_rows(split_of: Callable[[str], str], load_rating_files: Callable[[Path], list[dict[str, Any]]],
               folder: Path = BLIND_DIR) -> list[dict[str, Any]]:
    """Every rated packet of the three rounds as a coach_ratings row (split by notes file with `split_of`; each
    round's ratings/ read with calibrate's `load_rating_files`)."""
    rows = []
    for prefix, base, manifests in ROUNDS:
        base = folder / base.relative_to(BLIND_DIR)
        plans = {m["plan_id"]: m for name in manifests for m in _yaml(base / name)}
        packets = _yaml(base / "packet_key.yaml")
        by_packet: dict[str, list[dict[str, Any]]] = {}
        for r in load_rating_files(base / "ratings"):
            by_packet.setdefault(r["plan_id"], []).append(r)
        for packet, ratings in sorted(by_packet.items()):
            m = plans[packets[packet]["source_id"]]
            notes = NOTES_KEY.format(m["scenario_id"])
            rows.append({
                "plan_id": f"{prefix}-{packet}", "notes_file": notes, "purpose": m["purpose"], "engine": m["engine"],
                "split": split_of(notes),
                "ratings": [{"reviewer": r["reviewer"], **{d: r[d] for d in DIMENSIONS}, "reasons": r["reasons"]}
                            for r in ratings],
                "plan_md": m["plan_md"],
            })
    return rows
