""".docx tables are read row by row, like markdown tables: each dated row is an entry."""

from __future__ import annotations

import datetime as dt
import io

from assistant.text.files import extract_text
from assistant.text.reading import parse_file


def _docx_with_table(rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Stakeholder: Marta Lindqvist, Head of Supply Chain")
    document.add_paragraph("Log of my contacts with Marta.")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("Next: bring the forecast pilot numbers.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


ROWS = [
    ["Date", "Kind", "Note"],
    ["14 Apr 2026", "meeting", 'Marta asked for a daily stock forecast per warehouse: "I plan on guesses | today."'],
    ["3 Feb 2026", "email", "She thanked the team for the scanner rollout, done on the promised date."],
]


def test_docx_table_rows_become_dated_entries_in_order():
    parsed = parse_file("log.docx", _docx_with_table(ROWS))
    dated = [e for e in parsed.entries if e.date]
    assert [e.date for e in dated] == [dt.date(2026, 2, 3), dt.date(2026, 4, 14)]
    assert [e.kind for e in dated] == ["email", "meeting"]
    assert "scanner rollout" in " ".join(s.text for s in dated[0].sentences)
    assert any(s.speaker == "partner" for s in dated[1].sentences)
    assert parsed.partner["name"] == "Marta Lindqvist"


def test_docx_text_keeps_paragraphs_and_table_in_document_order():
    text = extract_text("log.docx", _docx_with_table(ROWS))
    assert text.index("Log of my contacts") < text.index("| Date | Kind | Note |") < text.index("Next: bring")
    assert "guesses / today" in text  # a pipe inside a cell cannot break the row
