"""The figures of a committed blind chat review: per-engine means of c/d/e, per-question change and Krippendorff's
alpha, from its ratings/ and packet_key.yaml (prints ids and numbers, no answer text).

    python -m evals.chat_blind_review chat_blind_v2
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from evals.calibrate import krippendorff_alpha
from evals.dataset import DATASETS_DIR

DIMENSIONS = "cde"
SAME = 0.05  # a question's mean moved less than this: the same


def load(root: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, str]]]:
    """Rating rows and the packet key (packet id -> engine and question id)."""
    key = yaml.safe_load((root / "packet_key.yaml").read_text(encoding="utf-8"))
    rows = [r for f in sorted((root / "ratings").glob("*.yaml")) for r in yaml.safe_load(f.read_text(encoding="utf-8")) or []]
    return rows, key


def summary(root: Path) -> list[str]:
    rows, key = load(root)
    out: list[str] = []
    by_engine: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_engine[key[r["id"]]["engine"]].append(r)
    for engine in ("before", "after"):
        rs = by_engine[engine]
        if rs:
            means = {d: sum(r[d] for r in rs) / len(rs) for d in DIMENSIONS}
            out.append(f"{engine:<6} " + " ".join(f"{d} {means[d]:.2f}" for d in DIMENSIONS)
                       + f"  mean {sum(means.values()) / len(DIMENSIONS):.2f}  ratings {len(rs)}")
    per: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        k = key[r["id"]]
        per[k["question"]][k["engine"]].append(sum(r[d] for d in DIMENSIONS) / len(DIMENSIONS))
    moved = {"up": 0, "down": 0, "same": 0}
    for question in sorted(per):
        before, after = per[question]["before"], per[question]["after"]
        if before and after:
            delta = sum(after) / len(after) - sum(before) / len(before)
            moved["up" if delta > SAME else "down" if delta < -SAME else "same"] += 1
    out.append(f"per question: up {moved['up']}, down {moved['down']}, same {moved['same']}")
    answers: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: {"ratings": []})
    for r in rows:
        answers[r["id"]]["ratings"].append(r)
    alphas = [krippendorff_alpha(list(answers.values()), d) for d in DIMENSIONS]
    out.append("alpha " + " ".join(f"{d} {a:.2f}" if a is not None else f"{d} -" for d, a in zip(DIMENSIONS, alphas, strict=True)))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.chat_blind_review chat_blind_vN", file=sys.stderr)
        return 2
    root = Path(args[0]) if Path(args[0]).is_dir() else DATASETS_DIR / args[0]
    if not (root / "packet_key.yaml").is_file():
        print(f"no blind chat review at {root}: it needs packet_key.yaml and ratings/", file=sys.stderr)
        return 2
    print("\n".join(summary(root)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
