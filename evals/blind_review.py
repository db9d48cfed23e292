"""The figures of a committed blind plan review: per-engine dimension means, partners with a 1, per-partner change and
Krippendorff's alpha, from its ratings/, packet_key.yaml and the two manifests (prints ids and numbers, no plan text).

    python -m evals.blind_review blind_plans_v13
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from evals.calibrate import krippendorff_alpha
from evals.dataset import DATASETS_DIR

DIMENSIONS = "abcdef"
SAME = 0.05  # a partner's mean moved less than this: the same


def load(root: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, str]], dict[str, str]]:
    """Rating rows, the packet key and each manifest plan's partner id."""
    key = yaml.safe_load((root / "packet_key.yaml").read_text(encoding="utf-8"))
    partner = {row["plan_id"]: row["scenario_id"] for m in ("manifest_before.yaml", "manifest_after.yaml")
               for row in yaml.safe_load((root / m).read_text(encoding="utf-8"))}
    rows = [r for f in sorted((root / "ratings").glob("*.yaml")) for r in yaml.safe_load(f.read_text(encoding="utf-8")) or []]
    return rows, key, partner


def summary(root: Path) -> list[str]:
    rows, key, partner = load(root)
    out: list[str] = []
    by_engine: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_engine[key[r["plan_id"]]["engine"]].append(r)
    for engine in ("before", "after"):
        rs = by_engine[engine]
        if not rs:
            continue
        means = {d: sum(r[d] for r in rs) / len(rs) for d in DIMENSIONS}
        ones = {partner[key[r["plan_id"]]["source_id"]] for r in rs if min(r[d] for d in DIMENSIONS) == 1}
        total = len({partner[key[r["plan_id"]]["source_id"]] for r in rs})
        out.append(f"{engine:<6} " + " ".join(f"{d} {means[d]:.2f}" for d in DIMENSIONS)
                   + f"  mean {sum(means.values()) / 6:.2f}  partners with a 1: {len(ones)}/{total}  ratings {len(rs)}")
    per: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        k = key[r["plan_id"]]
        per[partner[k["source_id"]]][k["engine"]].append(sum(r[d] for d in DIMENSIONS) / 6)
    out.append("per partner: " + moves(per))
    out.append(alpha_line(rows, "plan_id", DIMENSIONS))
    return out


def moves(per: dict[str, dict[str, list[float]]]) -> str:
    """How many items' mean went up, down or stayed (within SAME) from the before engine to the after engine."""
    moved = {"up": 0, "down": 0, "same": 0}
    for item in sorted(per):
        before, after = per[item]["before"], per[item]["after"]
        if before and after:
            delta = sum(after) / len(after) - sum(before) / len(before)
            moved["up" if delta > SAME else "down" if delta < -SAME else "same"] += 1
    return f"up {moved['up']}, down {moved['down']}, same {moved['same']}"


def alpha_line(rows: list[dict[str, Any]], id_field: str, dimensions: str) -> str:
    """Krippendorff's alpha per dimension over the rated items."""
    items: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: {"ratings": []})
    for r in rows:
        items[r[id_field]]["ratings"].append(r)
    alphas = [krippendorff_alpha(list(items.values()), d) for d in dimensions]
    return "alpha " + " ".join(f"{d} {a:.2f}" if a is not None else f"{d} -" for d, a in zip(dimensions, alphas, strict=True))


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv, summary, "blind_plans_vN", "packet_key.yaml, the two manifests and ratings/")


def run(args: list[str], summarise: Callable[[Path], list[str]], example: str, needs: str) -> int:
    """The command line shared by the plan and chat review tables: one set folder (a path or a name under datasets)."""
    if len(args) != 1:
        print(f"usage: python -m {summarise.__module__} {example}", file=sys.stderr)
        return 2
    root = Path(args[0]) if Path(args[0]).is_dir() else DATASETS_DIR / args[0]
    if not (root / "packet_key.yaml").is_file():
        print(f"no blind review at {root}: it needs {needs}", file=sys.stderr)
        return 2
    print("\n".join(summarise(root)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
