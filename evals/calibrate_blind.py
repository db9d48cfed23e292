"""The blind plan reviews v2-v29 (evals/datasets/blind_plans_v2 ... _v29; see their READMEs) as rows of coach_ratings.yaml.

Each round holds 32 packets under neutral ids (p-01 ... p-32) that its `packet_key.yaml` maps to a plan of a manifest
(x-NN: the engine at the session's start, y-NN: the engine after that round's plan work). Rows get the round as a
prefix (b1-p-01 ... b4-: set v2's rounds 1-4; c1-, c2-: set v3's rounds 1-2; d1-, d2-: set v4's rounds 1-2; e1-, e2-: set v5's rounds 1-2; f1-, f2-: set v6's rounds
1-2; g1-: v7; h1-: v8; i1-: v9; j1-: v10; k1-: v11; l1-: v12; m1-: v13; n1-: v14; o1-: v15; p1-: v16; q1-: v17; r1-: v18; s1-: v19; t1-: v20; u1-: v21; v1-, v2-: v22's reviews 1-2; w1-: v23; x1-: v24; y1-: v25; z1-: v26; a2-: v27, the letters' second pass; g2-: v28; h2-: v29, after b2- ... f2-, which v2-v6's second rounds hold) so the rounds' neutral ids do not collide; a 'before' plan rated in several rounds is a row per round, with that round's three reviewers. The notes
files are scenarios whose labels (intended quadrant, open items, avoid topics; in v3 also whose each miss was and
each promise's status; in v5 and v6 a list of misses with their cause and whether forgiven) come from the writer's `key.yaml`.
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
BLIND_SETS = ("blind_plans_v2", "blind_plans_v3", "blind_plans_v4", "blind_plans_v5", "blind_plans_v6",
              "blind_plans_v7", "blind_plans_v8", "blind_plans_v9",
              "blind_plans_v10", "blind_plans_v11", "blind_plans_v12", "blind_plans_v13",
              "blind_plans_v14", "blind_plans_v15", "blind_plans_v16", "blind_plans_v17",
              "blind_plans_v18", "blind_plans_v19", "blind_plans_v20", "blind_plans_v21", "blind_plans_v22",
              "blind_plans_v23", "blind_plans_v24", "blind_plans_v25",
              "blind_plans_v26", "blind_plans_v27", "blind_plans_v28", "blind_plans_v29")
# (round prefix, set, folder in the set with packet_key.yaml and ratings/, manifests of that round's plans)
ROUNDS = (
    ("b1", "blind_plans_v2", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("b2", "blind_plans_v2", "round2", ("../manifest_before.yaml", "manifest_after2.yaml")),
    ("b3", "blind_plans_v2", "round3", ("../manifest_before.yaml", "manifest_after3.yaml")),
    ("b4", "blind_plans_v2", "round4", ("manifest_before4.yaml", "manifest_after4.yaml")),
    ("c1", "blind_plans_v3", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("c2", "blind_plans_v3", "round2", ("../manifest_before.yaml", "manifest_after2.yaml")),
    ("d1", "blind_plans_v4", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("d2", "blind_plans_v4", "round2", ("../manifest_before.yaml", "manifest_after2.yaml")),
    # v5 round 2's 'before' packets are manifest_before.yaml's plans (checked by the text its reviewers quote).
    ("e1", "blind_plans_v5", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("e2", "blind_plans_v5", "round2", ("../manifest_before.yaml", "manifest_after2.yaml")),
    # v6 (session 11, after it served as dev material): round 2's 'before' packets are manifest_before.yaml's plans too
    # (its reviewers' quotes: 60 found in those plans, 28 in the same partners' 'after' plans).
    ("f1", "blind_plans_v6", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("f2", "blind_plans_v6", "round2", ("../manifest_before.yaml", "manifest_after2.yaml")),
    # v7 (session 12, after it was scored unseen by evals/agreement_unseen.py and served as dev material): one round.
    ("g1", "blind_plans_v7", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v8 (session 13, after it was scored unseen by evals/agreement_unseen.py and served as dev material): one round.
    ("h1", "blind_plans_v8", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v9 (session 13 round 2, after it was scored unseen by evals/agreement_unseen.py and served as dev material): one round.
    ("i1", "blind_plans_v9", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v10 (session 15, after it was scored unseen by evals/agreement_unseen.py and served as dev material): one round.
    ("j1", "blind_plans_v10", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v11 (session 16, after it was scored unseen by evals/agreement_unseen.py): one round.
    ("k1", "blind_plans_v11", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v12 and v13 (session 17, after each was scored unseen by evals/agreement_unseen.py and served as dev material): one round each.
    ("l1", "blind_plans_v12", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("m1", "blind_plans_v13", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v14 (session 18, after it was scored unseen by evals/agreement_unseen.py and served as dev material): one round.
    ("n1", "blind_plans_v14", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v15 and v16 (session 19, after each was scored unseen by evals/agreement_unseen.py and served as dev material): one round each.
    ("o1", "blind_plans_v15", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("p1", "blind_plans_v16", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v17 (session 20, after it was scored unseen by evals/agreement_unseen.py and served as dev material): one round.
    ("q1", "blind_plans_v17", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v18 and v19 (session 21, after each was scored unseen by evals/agreement_unseen.py and served as dev material).
    ("r1", "blind_plans_v18", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("s1", "blind_plans_v19", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v20, v21 and v22 (session 22, after each was scored unseen by evals/agreement_unseen.py and served as dev material).
    ("t1", "blind_plans_v20", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("u1", "blind_plans_v21", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v22 in two reviews: the same 'before' plans (final/manifest_before.yaml is the root's, byte for byte) against two
    # 'after' engines, each rated by its own trio; a 'before' plan rated in both is a row per review.
    ("v1", "blind_plans_v22", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("v2", "blind_plans_v22", "final", ("manifest_before.yaml", "manifest_after.yaml")),
    # v23 and v24 (session 23, after each was scored unseen by evals/agreement_unseen.py and served as dev material).
    ("w1", "blind_plans_v23", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("x1", "blind_plans_v24", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v25 (session 23, after it was scored unseen by evals/agreement_unseen.py and served as dev material).
    ("y1", "blind_plans_v25", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v26 (session 24, after it was scored unseen by evals/agreement_unseen.py and served as dev material).
    ("z1", "blind_plans_v26", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v27 (session 25's set, folded in session 26 after it was scored unseen by evals/agreement_unseen.py and served as
    # dev material). The letters ran out at z1: a2 starts their second pass.
    ("a2", "blind_plans_v27", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    # v28 and v29 (session 26's sets, folded in session 27 after each was scored unseen by evals/agreement_unseen.py and
    # served as dev material). The second pass goes on at g2: b2 ... f2 are v2-v6's second rounds.
    ("g2", "blind_plans_v28", ".", ("manifest_before.yaml", "manifest_after.yaml")),
    ("h2", "blind_plans_v29", ".", ("manifest_before.yaml", "manifest_after.yaml")),
)
PREFIXES = tuple(f"{prefix}-" for prefix, *_ in ROUNDS)
if len(set(PREFIXES)) != len(PREFIXES):  # a reused prefix would merge two rounds' neutral ids
    raise ValueError(f"round prefixes must be unique: {PREFIXES}")
NOTES_KEY = "evals/datasets/{}/notes#{}"
# An avoid topic the writer marks as someone else's miss, or as one the partner settled (key.yaml's parentheses).
NOT_OURS = re.compile(r"third part|supplier|vendor|subcontractor|builders|not ours|own team|his team|her team", re.I)
SETTLED = re.compile(r"behind (?:her|him)|forgotten|owned, fixed|since delivered|dealt with it|he owned it", re.I)
MISS_WORDS = set("apologising outage delay failure slip crash drop fault miss near-miss stop back-order now fixed "
                 "blamed alone cut".split())
DONE = re.compile(r"^(kept|delivered)|then kept", re.I)


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


def _item(raw: dict[str, Any]) -> dict[str, Any]:
    return {"text": str(raw.get("text") or ""), "kind": str(raw.get("kind") or ""), "date": str(raw.get("date") or "")}


def _keyed_misses(entry: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """A v5+ key's `misses` (`text` or `what`; cause us/shared/third_party/partner/none; forgiven): not ours -> a wrong
    apology's label, ours (a shared cause included: our share is ours) and forgiven -> forgiven, ours and not forgiven
    -> our miss to own."""
    if "misses" not in entry:
        return {}
    misses = [dict(m) for m in entry.get("misses") or []]
    ours = ("us", "shared")

    def text(m: dict[str, Any]) -> dict[str, Any]:
        return {"text": str(m.get("text") or m.get("what") or "")}

    return {"third_party_misses": [text(m) for m in misses if m.get("cause") not in ours],
            "forgiven_misses": [text(m) for m in misses if m.get("cause") in ours and m.get("forgiven")],
            "our_misses": [text(m) for m in misses if m.get("cause") in ours and not m.get("forgiven")]}


def _coach(entry: dict[str, Any]) -> dict[str, Any]:
    """The writer's key entry as coach facts. v3 keys also say whose each miss was (`by`) and each promise's status:
    a miss by a third party or the partner's side is a wrong-apology label, a kept or delivered promise is no open
    item but delivered work (`delivered`), and misses are not open items."""
    avoid = [str(a) for a in entry.get("avoid") or []]
    opened = [dict(o) for o in entry.get("open") or []]
    coach: dict[str, Any] = {"avoid": avoid, **_misses(avoid)}
    for key, items in _keyed_misses(entry).items():
        coach[key] = coach.get(key, []) + items
    if not any("by" in o or "status" in o for o in opened):  # a v2, v4 or v5 key: every item as it stands
        coach["open_items"] = [_item(o) for o in opened]
        return coach
    done = [o for o in opened if o.get("kind") == "promise" and DONE.search(str(o.get("status") or ""))]
    coach["open_items"] = [_item(o) for o in opened if o.get("kind") in ("request", "offer", "promise") and o not in done]
    coach["delivered"] = [{"text": str(o.get("text") or "")} for o in done]
    coach["third_party_misses"] += [{"text": str(o.get("text") or "")} for o in opened
                                    if o.get("kind") == "miss" and o.get("by") in ("third_party", "partner")]
    return coach


def blind_scenarios(sets: tuple[str, ...] = BLIND_SETS) -> dict[str, Scenario]:
    """notes key -> scenario: each set's notes files with the writer's labels (quadrant, purpose, open items, avoid)."""
    out = {}
    for name in sets:
        folder = DATASETS_DIR / name
        key = _yaml(folder / "key.yaml") or {}
        for path in sorted((folder / "notes").glob("*.md")):
            entry = dict(key.get(path.stem) or {})
            out[NOTES_KEY.format(name, path.stem)] = Scenario(
                id=path.stem, notes=path.read_text(encoding="utf-8"),
                expected={k: str(v) for k, v in dict(entry.get("expected") or {}).items()},
                purpose=str(entry.get("purpose") or "next regular meeting"),
                value_statement=str(entry.get("value_statement") or ""), coach=_coach(entry))
    return out


def blind_rows(split_of: Callable[[str], str], load_rating_files: Callable[[Path], list[dict[str, Any]]],
               rounds: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ROUNDS) -> list[dict[str, Any]]:
    """Every rated packet of the rounds as a coach_ratings row (split by notes file with `split_of`; each round's
    ratings/ read with calibrate's `load_rating_files`)."""
    rows = []
    for prefix, name, sub, manifests in rounds:
        base = DATASETS_DIR / name / sub
        plans = {m["plan_id"]: m for manifest in manifests for m in _yaml(base / manifest)}
        packets = _yaml(base / "packet_key.yaml")
        by_packet: dict[str, list[dict[str, Any]]] = {}
        for r in load_rating_files(base / "ratings"):
            by_packet.setdefault(r["plan_id"], []).append(r)
        for packet, ratings in sorted(by_packet.items()):
            m = plans[packets[packet]["source_id"]]
            notes = NOTES_KEY.format(name, m["scenario_id"])
            rows.append({
                "plan_id": f"{prefix}-{packet}", "notes_file": notes, "purpose": m["purpose"], "engine": m["engine"],
                "split": split_of(notes),
                "ratings": [{"reviewer": r["reviewer"], **{d: r[d] for d in DIMENSIONS}, "reasons": r["reasons"]}
                            for r in ratings],
                "plan_md": m["plan_md"],
            })
    return rows
