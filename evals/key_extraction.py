"""What the plan's typed items get right, checked against the blind sets' keys: a benchmark, not a gate.

    python -m evals.key_extraction                      # every blind set with a key (about 460 partners)
    python -m evals.key_extraction --sets 26-29 --json out.json

Each blind set's key (written by the person who wrote the notes, never seen by the engine's authors before the set
was rated) lists what is open at the meeting: the partner's requests and offers, our promises, and the misses with
who caused them and whether they were forgiven. For every partner this makes the offline plan with the key's meeting
day and purpose, then counts, per set:

- quadrant: the plan's quadrant equals the key's;
- theirs: the key's open requests and offers that appear among the plan's open items (owner partner);
- ours: the key's open promises that appear among the plan's open items (owner us);
- precision: of the plan's open items on each side, the share that match a key item (the key lists everything open,
  so an unmatched plan item is a misreading or a closed item: a floor, as matching is strict);
- closed: matched key items the plan calls done although the key says they are open at the meeting;
- wrong_own: plans that own a miss (an open miss with owner us) when the key has no unforgiven miss of ours.

A key item matches a plan item of the same side when the dates agree (made or due, within two days) or when they
share at least three word stems or a figure. Keys are English and notes are in many languages, so the date carries
most matches; the figures are a floor on what the plan found, not a ceiling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from evals.dataset import DATASETS_DIR, as_date

THEIRS, OURS = {"request", "offer"}, {"promise"}
STOP = set("about after again their there these those which would could should other thing things where while "
           "before under from with that this what when will have been into than them they your yours ours".split())
WORD = re.compile(r"[^\W\d_]{4,}", re.U)
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
DATE_SLACK = dt.timedelta(days=2)


@dataclass
class Counts:
    partners: int = 0
    quadrant: int = 0
    theirs: int = 0
    theirs_found: int = 0
    ours: int = 0
    ours_found: int = 0
    theirs_items: int = 0
    ours_items: int = 0
    theirs_open_hits: int = 0
    ours_open_hits: int = 0
    closed: int = 0
    wrong_own: int = 0
    errors: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for f in fields(self):
            if f.name != "missed":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        self.missed += other.missed

    def row(self) -> dict[str, Any]:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        return {"partners": self.partners, "quadrant": share(self.quadrant, self.partners),
                "theirs_recall": share(self.theirs_found, self.theirs), "theirs": self.theirs,
                "theirs_precision": share(self.theirs_open_hits, self.theirs_items),
                "ours_recall": share(self.ours_found, self.ours), "ours": self.ours,
                "ours_precision": share(self.ours_open_hits, self.ours_items),
                "closed_but_open": self.closed, "wrong_own": self.wrong_own, "errors": self.errors}


def stems(text: str) -> set[str]:
    return {w.lower()[:6] for w in WORD.findall(text) if w.lower() not in STOP}


def figures(text: str) -> set[str]:
    return {f for f in FIGURE.findall(text) if len(f) >= 2 and not re.fullmatch(r"(19|20)\d\d", f)}


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= DATE_SLACK


def matches(key_item: dict[str, Any], item: dict[str, Any]) -> bool:
    """Same side, and the same date (made or due) or enough shared words or a shared figure."""
    k_dates = [as_date(key_item.get("date")), as_date(key_item.get("due"))]
    p_dates = [as_date(item.get("date")), as_date(item.get("due"))]
    if any(_near(a, b) for a in k_dates for b in p_dates):
        return True
    key_text, plan_text = str(key_item.get("text") or ""), f"{item.get('text') or ''} {item.get('quote') or ''}"
    return len(stems(key_text) & stems(plan_text)) >= 3 or bool(figures(key_text) & figures(plan_text))


def _side(item: dict[str, Any]) -> str:
    if item.get("kind") in THEIRS and item.get("owner") == "partner":
        return "theirs"
    if item.get("kind") in OURS and item.get("owner") == "us":
        return "ours"
    return ""


def score_partner(entry: dict[str, Any], plan: dict[str, Any], label: str) -> Counts:
    c = Counts(partners=1)
    expected = str(dict(entry.get("expected") or {}).get("quadrant", ""))
    c.quadrant = int(plan.get("quadrant") == expected)
    items = [dict(i) for i in plan.get("open_items") or []]
    used: set[int] = set()
    c.theirs_items = sum(_side(i) == "theirs" and i.get("status") != "done" for i in items)
    c.ours_items = sum(_side(i) == "ours" and i.get("status") != "done" for i in items)
    for k in entry.get("open") or []:
        side = "theirs" if k.get("kind") in THEIRS else "ours" if k.get("kind") in OURS else ""
        if not side:
            continue
        setattr(c, side, getattr(c, side) + 1)
        hit = next((n for n, i in enumerate(items) if n not in used and _side(i) == side and matches(k, i)), None)
        if hit is None:
            c.missed.append(f"{label} {side}: {str(k.get('text'))[:90]}")
            continue
        used.add(hit)
        setattr(c, f"{side}_found", getattr(c, f"{side}_found") + 1)
        done = items[hit].get("status") == "done"
        c.closed += int(done)
        setattr(c, f"{side}_open_hits", getattr(c, f"{side}_open_hits") + int(not done))
    live_ours = any(m.get("cause") == "us" and not m.get("forgiven") for m in entry.get("misses") or [])
    owns = any(i.get("kind") == "miss" and i.get("owner") == "us" and i.get("status") != "done" for i in items)
    c.wrong_own = int(owns and not live_ours)
    return c


def blind_sets(spec: str | None) -> list[Path]:
    found = sorted((p for p in DATASETS_DIR.glob("blind_plans_v*") if (p / "key.yaml").exists()),
                   key=lambda p: int(p.name.rsplit("v", 1)[1]))
    if not spec:
        return found
    low, _, high = spec.partition("-")
    wanted = range(int(low), int(high or low) + 1)
    return [p for p in found if int(p.name.rsplit("v", 1)[1]) in wanted]


def run(sets: list[Path]) -> dict[str, Counts]:
    from evals.review_packets import folder_packets, make_plan
    from evals.runner import open_engine

    out: dict[str, Counts] = {}
    with open_engine("offline", with_index=True) as (engine, _info):
        for folder in sets:
            key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8")) or {}
            total = Counts()
            for p in folder_packets(folder / "notes", folder / "key.yaml", "k"):
                label = f"{folder.name}/{p.scenario.id}"
                try:
                    plan = make_plan(engine, p.scenario, p.purpose).model_dump()
                except Exception as exc:  # noqa: BLE001 - a benchmark counts failures instead of stopping
                    print(f"{label}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    total.add(Counts(partners=1, errors=1))
                    continue
                total.add(score_partner(dict(key.get(p.scenario.id) or {}), plan, label))
            out[folder.name] = total
    return out


def table(results: dict[str, Counts]) -> str:
    head = ("| set | partners | quadrant | theirs recall (n) | theirs precision | ours recall (n) | ours precision |"
            " found but called done | wrong own | errors |")
    lines = [head, "|---" * 10 + "|"]
    overall = Counts()
    for name, c in [*results.items(), ("all", overall)]:
        if name != "all":
            overall.add(c)
        r = c.row()
        lines.append(f"| {name} | {r['partners']} | {r['quadrant']} | {r['theirs_recall']} ({r['theirs']}) | "
                     f"{r['theirs_precision']} | {r['ours_recall']} ({r['ours']}) | {r['ours_precision']} | {r['closed_but_open']} | {r['wrong_own']} | {r['errors']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="Set numbers, e.g. 26-29 or 12 (default: every blind set with a key).")
    parser.add_argument("--json", type=Path, help="Also write the per-set rows and the missed items here.")
    parser.add_argument("--missed", action="store_true", help="Print each key item the plans did not find.")
    args = parser.parse_args(argv)
    results = run(blind_sets(args.sets))
    print(table(results))
    if args.missed:
        for c in results.values():
            print("\n".join(c.missed))
    if args.json:
        args.json.write_text(json.dumps({k: {**c.row(), "missed": c.missed} for k, c in results.items()}, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
