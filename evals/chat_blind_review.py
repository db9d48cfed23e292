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

from evals.blind_review import alpha_line, moves, run

DIMENSIONS = "cde"


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
    out.append("per question: " + moves(per))
    out.append(alpha_line(rows, "id", DIMENSIONS))
    return out


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv, summary, "chat_blind_vN", "packet_key.yaml and ratings/")


if __name__ == "__main__":
    raise SystemExit(main())
