"""Entry dates the reader finds in the blind sets' notes, flagged where they cannot be right: a benchmark, not a gate.

    python -m evals.entry_date_flags --sets 12-23 [--list]

For each partner the notes are read as the engine reads them; an entry whose year lies outside the key's range
(meeting year - 1 .. meeting year) or whose day is after the meeting is flagged. Prints the flags per set and in all.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import yaml

from assistant.text.reading import parse_file
from evals.dataset import as_date
from evals.key_extraction import blind_sets


def _flag(day: dt.date, meeting: dt.date) -> str:
    """Why an entry's date cannot be right, or "" when it can."""
    year = "" if meeting.year - 1 <= day.year <= meeting.year else " (year)"
    after = " (after meeting)" if day > meeting else ""
    return f"{day.isoformat()}{year}{after}" if year or after else ""


def _flags(notes: Path, meeting_day: object) -> tuple[int, list[str]]:
    meeting = as_date(meeting_day)
    if meeting is None:
        return 0, []
    parsed = parse_file(notes.name, notes.read_bytes())
    days = [e.date for e in parsed.entries if e.date is not None]
    return len(days), [flag for d in days if (flag := _flag(d, meeting))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="12-23")
    parser.add_argument("--list", action="store_true", help="print every partner's entry dates")
    args = parser.parse_args()
    total_days = total_flags = 0
    for folder in blind_sets(args.sets):
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
                print(f"  {folder.name.removeprefix('blind_plans_')}/{pid}: {days} dated entries; flagged {bad}")
        print(f"{folder.name}: {set_days} dated entries, {set_flags} flagged")
        total_days += set_days
        total_flags += set_flags
    print(f"all: {total_days} dated entries, {total_flags} flagged")


if __name__ == "__main__":
    main()
