"""Entry dates the reader finds in the blind sets' notes, flagged where they cannot be right: a benchmark, not a gate.

    python -m evals.entry_date_flags --sets 12-23 [--list]

For each partner the notes are read as the engine reads them; an entry whose year lies outside the key's range
(meeting year - 1 .. meeting year) or whose day is after the meeting is flagged. Prints the flags per set and in all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from assistant.text.reading import parse_file
from evals.dataset import DATASETS_DIR, as_date


def _flags(notes: Path, meeting_day: object) -> tuple[int, list[str]]:
    meeting = as_date(meeting_day)
    if meeting is None:
        return 0, []
    parsed = parse_file(notes.name, notes.read_bytes())
    days = [e.date for e in parsed.entries if e.date is not None]
    bad = [f"{d.isoformat()}{' (year)' if not meeting.year - 1 <= d.year <= meeting.year else ''}"
           f"{' (after meeting)' if d > meeting else ''}" for d in days
           if not meeting.year - 1 <= d.year <= meeting.year or d > meeting]
    return len(days), bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="12-23")
    parser.add_argument("--list", action="store_true", help="print every partner's entry dates")
    args = parser.parse_args()
    low, high = (int(x) for x in args.sets.split("-"))
    total_days = total_flags = 0
    for number in range(low, high + 1):
        folder = DATASETS_DIR / f"blind_plans_v{number}"
        key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
        set_days = set_flags = 0
        for pid, item in key.items():
            notes = next((folder / "notes").glob(f"{pid}.*"), None)
            if notes is None:
                continue
            days, bad = _flags(notes, item["meeting"])
            set_days += days
            set_flags += len(bad)
            if bad or args.list:
                print(f"  v{number}/{pid}: {days} dated entries; flagged {bad}")
        print(f"blind_plans_v{number}: {set_days} dated entries, {set_flags} flagged")
        total_days += set_days
        total_flags += set_flags
    print(f"all: {total_days} dated entries, {total_flags} flagged")


if __name__ == "__main__":
    main()
