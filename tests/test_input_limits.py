"""Size limits on untrusted input: the CLI's notes files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.text.notes_format import MAX_NOTES_FILE_CHARS, read_notes_text

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COACH_DATA_DIR": str(cwd / "data"), "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)}
    # The timeout only stops a run that would hang; the test asserts the refusal, not a speed.
    return subprocess.run([sys.executable, "-m", "cli.main", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", ["assess", "plan", "rehearse"])
def test_cli_refuses_a_notes_file_past_the_note_limit(tmp_path: Path, command: str) -> None:
    """1.9 MB of one undated note (under the 2 MB file cap) used to run for minutes; now it is refused at once."""
    notes = tmp_path / "huge.md"
    notes.write_text("Stakeholder: Dana Ruiz, CFO\n" + "Dana said the report was late. " * 61_000, encoding="utf-8")
    assert notes.stat().st_size < 2 * 1024 * 1024
    run = _cli(command, str(notes), cwd=tmp_path)
    assert run.returncode == 2, run.stderr[-2000:]
    assert "limit for a notes file is 200,000" in run.stderr and "Traceback" not in run.stderr


def test_several_notes_count_together() -> None:
    half = "2026-01-0{}\n" + "Dana said the report was late. " * (MAX_NOTES_FILE_CHARS // 60)
    with pytest.raises(InputError, match="limit for a notes file"):
        read_notes_text(half.format(1) + half.format(2), "two.md")
    assert len(read_notes_text(half.format(1), "one.md").notes) == 1
