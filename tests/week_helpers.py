"""A light demo data folder for the week-ahead page: the demo partners with their latest note each, no coaching material."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SEED = """
import sys, pathlib, yaml
from assistant.factory import build_app
from assistant.services.demo import ensure_demo, load_organisation
folder = pathlib.Path(sys.argv[1])
org = load_organisation()
for partner in org["partners"]:
    partner["notes"] = partner.get("notes", [])[-1:]
(folder / "organisation.yaml").write_text(yaml.safe_dump(org), encoding="utf-8")
ensure_demo(build_app(), folder=folder)
"""


def light_demo_env(root: Path) -> dict[str, str]:
    """Seed `root`/data in a child process (so no index client here holds its files); the environment to run the app on it."""
    (root / "knowledge").mkdir(parents=True, exist_ok=True)
    (root / "org").mkdir(exist_ok=True)
    env = {"COACH_DATA_DIR": str(root / "data"), "COACH_KNOWLEDGE_DIR": str(root / "knowledge"), "COACH_LLM": "offline", "COACH_AUTH": "demo"}
    subprocess.run([sys.executable, "-c", _SEED, str(root / "org")], cwd=ROOT, env={**os.environ, **env}, check=True, timeout=600)
    return env


def ics_tomorrow(title: str, attendee: str) -> bytes:
    """A one-meeting calendar for tomorrow at 10:00 UTC with the attendee's display name."""
    import datetime as dt

    day = (dt.date.today() + dt.timedelta(days=1)).strftime("%Y%m%d")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:t1", f"SUMMARY:{title}",
             f"DTSTART:{day}T100000Z", f"DTEND:{day}T110000Z", f"ATTENDEE;CN={attendee}:mailto:someone@partner.example",
             "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()
