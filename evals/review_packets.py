"""Blind-review packets: plans from today's offline engine for held-out partners, one markdown file each.

    python -m evals.review_packets --out /work/wt/review/packets

Each packet holds only what a reviewer may see: the partner's notes, the meeting purpose, the
organisation's value statement (if the notes file has one) and the plan as the CIO sees it. No
expected labels, no engine name, no move ids. The manifest (plan id -> notes file, purpose, plan
text) goes to `--manifest`, outside the packets folder, so that ratings can be joined back later.
Notes come only from the evaluation sets that were never used for tuning.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.engines.base import Engine
from assistant.planning.planner import PlanInput
from assistant.planning.render import plan_markdown
from assistant.schema import Plan
from evals.dataset import DATASETS_DIR, DEFAULT_SCENARIOS, Scenario, as_date, load_scenarios, meeting_day

PURPOSES = ("budget review", "project kick-off", "escalation after an outage", "first meeting", "quarterly review")
# (dataset, how many of its notes files): 75 notes files x 2 purposes = 150 plans.
SOURCES = (
    (DEFAULT_SCENARIOS, 30),
    (DATASETS_DIR / "heldout_partners_v2.yaml", 25),
    (DATASETS_DIR / "heldout_short_v1.yaml", 20),
)
PLANS_PER_NOTES = 2
BATCHES = 3


@dataclass
class Packet:
    plan_id: str
    scenario: Scenario
    dataset: str
    purpose: str
    plan_md: str = ""


def pick(scenarios: list[Scenario], count: int) -> list[Scenario]:
    """An even spread over the file (every k-th), so every writer and quadrant is represented."""
    if count >= len(scenarios):
        return scenarios
    step = len(scenarios) / count
    return [scenarios[int(i * step)] for i in range(count)]


def packets(prefix: str = "rp") -> list[Packet]:
    out: list[Packet] = []
    turn = 0
    for path, count in SOURCES:
        for scenario in pick(load_scenarios(path), count):
            for _ in range(PLANS_PER_NOTES):
                purpose = PURPOSES[turn % len(PURPOSES)]
                turn += 1
                out.append(Packet(f"{prefix}-{len(out) + 1:03d}", scenario, path.name, purpose))
    return out


def folder_packets(notes_dir: Path, key_file: Path, prefix: str) -> list[Packet]:
    """One packet per notes file of a blind set: `key_file` maps the file stem to its purpose, value statement and
    intended quadrant (the key stays with the lead; reviewers see none of it but the purpose and the statement)."""
    key = yaml.safe_load(key_file.read_text(encoding="utf-8")) or {}
    out: list[Packet] = []
    for path in sorted(notes_dir.glob("*.md")):
        entry = dict(key.get(path.stem) or {})
        scenario = Scenario(id=path.stem, notes=path.read_text(encoding="utf-8"),
                            expected={"quadrant": str(dict(entry.get("expected") or {}).get("quadrant", "unknown"))},
                            purpose=str(entry.get("purpose") or "next regular meeting"),
                            value_statement=str(entry.get("value_statement") or ""), meeting=as_date(entry.get("meeting")))
        out.append(Packet(f"{prefix}-{len(out) + 1:03d}", scenario, notes_dir.name, scenario.purpose))
    return out


def plan_view(plan: Plan) -> str:
    """The plan as the CIO reads it: the app's rendering (main view, then details), without the engine's name."""
    return plan_markdown(plan).replace(f" · Engine: {plan.engine}", "", 1)


def make_plan(engine: Engine, scenario: Scenario, purpose: str) -> Plan:
    parsed = scenario.parsed()
    assessment = engine.assess(parsed.notes, partner=parsed.partner)
    inp = PlanInput(parsed.partner, parsed.role, scenario.function, parsed.notes, assessment,
                    purpose, scenario.value_statement, [], meeting_day(parsed), meeting=scenario.meeting)
    return engine.plan(inp)


def packet_markdown(p: Packet) -> str:
    statement = p.scenario.value_statement.strip() or "(none on file)"
    return "\n".join([
        f"# Review packet {p.plan_id}",
        "",
        f"**Meeting purpose:** {p.purpose}",
        "",
        f"**Organisation's value statement:** {statement}",
        "",
        "## The partner's notes (as the CIO keeps them)",
        "",
        "```text",
        p.scenario.notes.rstrip(),
        "```",
        "",
        "## The plan as the CIO sees it",
        "",
        p.plan_md,
        "",
    ])


def write(items: list[Packet], out: Path, manifest: Path, engine_label: str = "offline (main before issue #20)") -> None:
    out.mkdir(parents=True, exist_ok=True)
    for p in items:
        (out / f"{p.plan_id}.md").write_text(packet_markdown(p), encoding="utf-8")
    ids = [p.plan_id for p in items]
    (out / "index.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    size = -(-len(ids) // BATCHES)
    for n in range(BATCHES):
        (out / f"batch{n + 1}.txt").write_text("\n".join(ids[n * size:(n + 1) * size]) + "\n", encoding="utf-8")
    rows: list[dict[str, Any]] = [
        {"plan_id": p.plan_id, "dataset": p.dataset, "scenario_id": p.scenario.id, "purpose": p.purpose,
         "engine": engine_label, "plan_md": p.plan_md}
        for p in items
    ]
    header = (f"# Review manifest, written {dt.date.today().isoformat()} by evals/review_packets.py: plan id ->"
              " notes file (dataset, scenario id), purpose and the plan text the reviewers saw.\n")
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(header + yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    from evals.runner import open_engine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/work/wt/review/packets"))
    parser.add_argument("--manifest", type=Path, default=DATASETS_DIR / "review_manifest.yaml")
    parser.add_argument("--engine-label", default="offline (main before issue #20)",
                        help="How the manifest names the engine that wrote the plans (e.g. after a planner change).")
    parser.add_argument("--prefix", default="rp", help="Plan id prefix; use a new one for another engine's plans.")
    parser.add_argument("--notes-dir", type=Path, help="A blind set: a folder of notes files (one partner each)...")
    parser.add_argument("--key", type=Path, help="...and its key (stem -> purpose, value_statement, quadrant).")
    args = parser.parse_args(argv)
    items = folder_packets(args.notes_dir, args.key, args.prefix) if args.notes_dir else packets(args.prefix)
    with open_engine("offline", with_index=True) as (engine, _info):
        for p in items:
            p.plan_md = plan_view(make_plan(engine, p.scenario, p.purpose))
    write(items, args.out, args.manifest, args.engine_label)
    notes_files = len({(p.dataset, p.scenario.id) for p in items})
    print(f"{len(items)} packets over {notes_files} notes files -> {args.out}")


if __name__ == "__main__":
    main()
