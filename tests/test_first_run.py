"""bench/first_run.py's table and verdict (the measuring itself is run by hand: python -m bench.first_run)."""

from __future__ import annotations

from pathlib import Path

from bench.first_run import TARGET_RATIO, render, sample_notes


def test_table_reports_medians_ratio_and_verdict():
    met = render([(3.0, 2.0), (9.0, 2.5), (4.0, 3.0)], Path("."))
    assert "| median | 4.00 | 2.50 | 1.60 |" in met and met.endswith("met")
    missed = render([(20.0, 2.0)], Path("."))
    assert f"{20 / 2:.2f}" in missed and missed.endswith("MISSED") and TARGET_RATIO == 3.0


def test_sample_notes_is_a_notes_file_the_cli_reads(tmp_path):
    from cli.notes_input import read_notes_file

    parsed = read_notes_file(sample_notes(tmp_path))
    assert parsed.partner and len(parsed.notes) >= 2
