"""Dated-day counts of every notes file in evals/datasets/blind_plans_v5..v24/notes and tests/data/plan_training,
read by this checkout's reader and by another's (--base DIR): prints the files whose count changed, and fails where
one that the base reader already split (more than one dated day) changed.

    PYTHONPATH=. .venv/bin/python scripts/fallback_day_counts.py --base /work/main
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def files() -> list[Path]:
    found = [p for v in range(5, 25) for p in sorted((ROOT / f"evals/datasets/blind_plans_v{v}/notes").glob("*"))]
    return [p for p in found + sorted((ROOT / "tests/data/plan_training").glob("[0-9]*")) if p.suffix in (".md", ".txt")]


def counts() -> dict[str, int]:
    from assistant.text.notes_format import parse_notes_text

    out = {}
    for path in files():
        notes = parse_notes_text(path.read_text(encoding="utf-8")).notes
        out[str(path.relative_to(ROOT))] = len({n.date for n in notes if n.date is not None})
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--json"]:
        print(json.dumps(counts()))
        return 0
    base_dir = argv[argv.index("--base") + 1]
    code = f"import runpy, sys; sys.path.insert(0, {base_dir!r}); sys.argv = ['x', '--json']; runpy.run_path({__file__!r}, run_name='__main__')"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=base_dir)
    base, now = json.loads(run.stdout), counts()
    changed = [(name, base.get(name), days) for name, days in now.items() if base.get(name) != days]
    bad = [c for c in changed if c[1] is not None and c[1] > 1]
    for name, before, after in changed:
        print(f"{name}: {before} -> {after}{'  (WAS SPLIT ALREADY)' if before is not None and before > 1 else ''}")
    print(f"{len(now)} files, {len(changed)} changed, {len(bad)} changed that the base reader already split")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
