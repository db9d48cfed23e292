"""Cold versus warm first `coach assess`, side by side in one run.

Cold: an empty cache folder (XDG_CACHE_HOME and HOME) and a fresh data folder, as on a new
install. Warm: the same folders again, right after. Each round runs one cold then one warm
`coach assess --json` in a subprocess and checks both print the same assessment. The target:
the cold median costs at most 3x the warm median.

    python -m bench.first_run [--rounds 3] [--source OTHER_CHECKOUT]

`--source` measures another checkout of the project (for example the commit before the
classifier weights shipped) with this script's inputs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from assistant.paths import DATA_PACKAGE_DIR, PROJECT_ROOT

TARGET_RATIO = 3.0


def sample_notes(folder: Path) -> Path:
    """One development partner's notes as a notes file (the first in dev_partners.yaml)."""
    partners = yaml.safe_load((DATA_PACKAGE_DIR / "dev_partners.yaml").read_text(encoding="utf-8"))
    path = folder / "notes.md"
    path.write_text(partners[0]["notes"], encoding="utf-8")
    return path


def timed_assess(source: Path, notes: Path, home: Path) -> tuple[float, str]:
    """Seconds for one `coach assess --json` in a new process, and what it printed."""
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"), "COACH_DATA_DIR": str(home / "data")}
    env["PYTHONPATH"] = str(source)
    env.pop("TIKTOKEN_CACHE_DIR", None)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli.main", "assess", str(notes), "--json"], cwd=source, env=env, capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"coach assess failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def measure(source: Path, rounds: int) -> list[tuple[float, float]]:
    pairs = []
    with tempfile.TemporaryDirectory(prefix="coach-first-run-") as tmp:
        notes = sample_notes(Path(tmp))
        for round_no in range(rounds):
            home = Path(tmp) / f"home-{round_no}"
            home.mkdir()
            cold, cold_out = timed_assess(source, notes, home)
            warm, warm_out = timed_assess(source, notes, home)
            if cold_out != warm_out:
                raise SystemExit("cold and warm runs printed different assessments")
            pairs.append((cold, warm))
            print(f"round {round_no + 1}: cold {cold:.2f} s, warm {warm:.2f} s", file=sys.stderr)
    return pairs


def render(pairs: list[tuple[float, float]], source: Path) -> str:
    cold = statistics.median(c for c, _ in pairs)
    warm = statistics.median(w for _, w in pairs)
    ratio = cold / warm
    lines = [f"first `coach assess` ({source}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})", "", "| round | cold s | warm s | cold/warm |", "|---|---|---|---|"]
    lines += [f"| {i + 1} | {c:.2f} | {w:.2f} | {c / w:.2f} |" for i, (c, w) in enumerate(pairs)]
    lines += [f"| median | {cold:.2f} | {warm:.2f} | {ratio:.2f} |", "", f"target cold <= {TARGET_RATIO:.0f}x warm: {'met' if ratio <= TARGET_RATIO else 'MISSED'}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--source", type=Path, default=PROJECT_ROOT, help="checkout whose `cli.main` to run (default: this one)")
    args = parser.parse_args(argv)
    pairs = measure(args.source.resolve(), max(1, args.rounds))
    print(render(pairs, args.source))
    return 0 if statistics.median(c for c, _ in pairs) <= TARGET_RATIO * statistics.median(w for _, w in pairs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
