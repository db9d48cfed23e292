"""Format debris never reaches a quote: tabular exports row by row with their text cells only, org-mode drawers and
planning lines folded, a dictated memo's spoken punctuation as marks, and no phrase cut inside a number or a bracket."""

from __future__ import annotations

from pathlib import Path

from assistant.planning.situation_types import Item
from assistant.text.reading import ParsedNotes, parse_file

DATA = Path(__file__).parent / "data" / "plan_training"


def _read(name: str) -> ParsedNotes:
    return parse_file(name, (DATA / name).read_bytes())


def _sentences(parsed: ParsedNotes) -> list[str]:
    return [s.text for e in parsed.entries for s in e.sentences]


def test_a_whiteboard_csv_export_is_read_as_rows_of_text_only() -> None:
    parsed = _read("1112_lab_whiteboard_csv.md")
    said = _sentences(parsed)
    assert any(s.startswith("She ASKED: a monthly export of instrument uptime") for s in said)
    assert not [s for s in said if "9001122" in s or "yellow" in s or "Tomasz Wren" in s or ";" in s]
    assert len({e.date for e in parsed.entries if e.date}) == 4


def test_org_mode_drawers_and_planning_lines_are_never_quoted() -> None:
    said = _sentences(_read("1113_agronomy_org_log.md"))
    assert not [s for s in said if ":PROPERTIES:" in s or ":END:" in s or "DEADLINE:" in s or "CLOSED:" in s or "\\\\" in s]
    assert any("Yield comparison per seed line" in s and "deadline 2026-12-11" in s for s in said)


def test_a_dictated_memo_reads_with_marks_not_spoken_punctuation() -> None:
    said = _sentences(_read("1114_depot_dictated_memo.md"))
    assert not [s for s in said if "full stop" in s or "comma" in s or "unquote" in s]
    assert 'She said "the drivers queue for twenty minutes and blame me".' in said


def test_a_project_plan_table_is_one_dated_entry_a_row() -> None:
    parsed = _read("1115_finance_project_table.md")
    days = {e.date for e in parsed.entries if e.date}
    assert len(days) == 4
    said = _sentences(parsed)
    assert "Vendor missed the card feed twice." in said
    assert not [s for s in said if "%" in s or s.startswith("Mon ") or s.startswith("Fri ") or "| " in s]


def test_a_cut_phrase_is_never_left_inside_a_number_or_a_bracket() -> None:
    quote = "Asked for an itemised breakdown of the $4.7M site recharge by Friday. He wants it for the board."
    item = Item("request", "partner", "open", quote, None, "n1", complement="an itemised breakdown of the $4.7")
    assert item.complement == "an itemised breakdown of the $4.7M site recharge by Friday"
    quote = "Options: a night contractor (approx. 40 000 € a year) or a rota of our own staff. Numbers needed."
    item = Item("request", "partner", "open", quote, None, "n1", complement="a night contractor (approx.")
    assert "(approx." not in item.complement or "€ a year)" in item.complement
    whole = Item("request", "partner", "open", quote, None, "n1", complement="a rota of our own staff")
    assert whole.complement == "a rota of our own staff"


def test_an_outliners_tab_indented_lines_are_never_stitched_into_one_sentence() -> None:
    said = _sentences(_read("1116_library_tab_outline.md"))
    assert "Wi-Fi survey of the reading rooms (promised 9 Nov 2026, owner: Tunde)" in said
    assert not [s for s in said if "nothing open" in s and "Mood" in s]
    assert not [s for s in said if "Promises" in s and "queueing" in s]


def test_a_table_with_no_date_column_gives_its_text_cells_not_its_pipes(tmp_path: Path) -> None:
    note = ("2026-09-14 quarterly review\n| Topic | RAG | Comment |\n|---|---|---|\n"
            "| Store network | R | Two outages in the south cluster this quarter. |\n| Cost per store | A | She wants the cost per store down next year. |\n")
    parsed = parse_file("review.md", note.encode())
    said = _sentences(parsed)
    assert "Two outages in the south cluster this quarter." in said
    assert not [s for s in said if "|" in s]
