"""Blind review of the rehearsal debrief: does a reviewer rank the scripted rehearsals as the debrief does?

`python -m evals.rehearsal_review packets --out DIR` runs the scripted rehearsals in tests/data/rehearsals
(weak, middling and strong replies per partner), and writes one packet per partner: the notes and the three
transcripts under shuffled labels, with no debrief scores. The key (label -> level, debrief score) goes to
DIR/key.yaml, which reviewers never see.

`python -m evals.rehearsal_review agree --key DIR/key.yaml RANKING.yaml [...]` compares each reviewer's
ranking (partner folder -> labels best first) with the debrief's, pair by pair, and prints the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.conversation.rehearsal import debrief, end_rehearsal, partner_reply, start_rehearsal
from assistant.conversation.rehearsal_session import RehearsalSession
from assistant.factory import build_engine
from assistant.retrieval.embeddings import shared_embedder
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text
from cli.rehearsal import read_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "tests" / "data" / "rehearsals"
LEVELS = ("weak", "middling", "strong")
TODAY = dt.date(2026, 11, 27)


@dataclass
class Rehearsed:
    folder: str
    quadrant: str
    notes: str
    transcripts: dict[str, str] = field(default_factory=dict)  # level -> transcript text
    overall: dict[str, int] = field(default_factory=dict)  # level -> debrief score


def _transcript(session: RehearsalSession) -> str:
    return "\n\n".join(f"**{(session.partner or 'Partner') if t.speaker == 'partner' else 'CIO'}:** {t.text}" for t in session.turns)


def run_all(data: Path = SCRIPTS, today: dt.date = TODAY) -> list[Rehearsed]:
    """Run every scripted rehearsal offline and keep its transcript and debrief score."""
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp())), None)
    embed = shared_embedder().embed
    out = []
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        notes_text = (folder / "notes.md").read_text(encoding="utf-8")
        parsed = parse_notes_text(notes_text)
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        found = Rehearsed(folder.name, assessment.quadrant, notes_text)
        for level in LEVELS:
            session = start_rehearsal(parsed.partner, parsed.notes, assessment, role=parsed.role, today=today, embed=embed)
            for reply in read_script(folder / f"{level}.txt"):
                if session.done:
                    break
                partner_reply(session, reply, embed=embed)
            end_rehearsal(session)
            found.overall[level] = debrief(session, embed=embed).overall
            found.transcripts[level] = _transcript(session)
        out.append(found)
    return out


def ranked_pairs(overall: dict[str, int]) -> tuple[int, int]:
    """(pairs the debrief orders as weak < middling < strong, pairs)."""
    pairs = list(itertools.combinations(LEVELS, 2))
    return sum(overall[high] > overall[low] for low, high in pairs), len(pairs)


def write_packets(out: Path, seed: int = 7) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    key: dict[str, dict[str, dict[str, object]]] = {}
    for r in run_all():
        labels = ["X", "Y", "Z"]
        rng.shuffle(labels)
        by_label = dict(zip(labels, LEVELS, strict=True))
        key[r.folder] = {label: {"level": level, "debrief": r.overall[level]} for label, level in sorted(by_label.items())}
        parts = [f"# Rehearsal packet: {r.folder}\n", "## The partner's notes (what the CIO knows)\n", r.notes.strip(), ""]
        for label in sorted(by_label):
            parts += [f"## Rehearsal {label}\n", r.transcripts[by_label[label]], ""]
        (out / f"{r.folder}.md").write_text("\n".join(parts), encoding="utf-8")
    (out / "key.yaml").write_text(yaml.safe_dump(key, sort_keys=True), encoding="utf-8")


def agreement(key: dict[str, dict[str, dict[str, object]]], ranking: dict[str, list[str]]) -> tuple[int, int, int, int]:
    """(pairs where reviewer and debrief agree, pairs compared, pairs where the reviewer follows the scripted levels, pairs)."""
    order = {level: i for i, level in enumerate(LEVELS)}
    agree = follows = total = 0
    for folder, labels in ranking.items():
        entry = key[folder]
        rank = {label: len(labels) - i for i, label in enumerate(labels)}  # higher is better
        for a, b in itertools.combinations(sorted(entry), 2):
            total += 1
            reviewer = rank[a] > rank[b]
            agree += reviewer == (int(str(entry[a]["debrief"])) > int(str(entry[b]["debrief"])))
            follows += reviewer == (order[str(entry[a]["level"])] > order[str(entry[b]["level"])])
    return agree, total, follows, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    packets = sub.add_parser("packets")
    packets.add_argument("--out", type=Path, required=True)
    agree = sub.add_parser("agree")
    agree.add_argument("--key", type=Path, required=True)
    agree.add_argument("rankings", type=Path, nargs="+")
    args = parser.parse_args()
    if args.cmd == "packets":
        write_packets(args.out)
        print(f"packets written to {args.out}")
        return
    key = yaml.safe_load(args.key.read_text(encoding="utf-8"))
    print("| reviewer | agrees with debrief (pairs) | follows scripted levels (pairs) |\n|---|---|---|")
    for path in args.rankings:
        ranking = {k: list(v) for k, v in yaml.safe_load(path.read_text(encoding="utf-8")).items()}
        a, n, f, m = agreement(key, ranking)
        print(f"| {path.stem} | {a}/{n} = {a / n:.0%} | {f}/{m} = {f / m:.0%} |")


if __name__ == "__main__":
    main()
