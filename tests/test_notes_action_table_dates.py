"""An action table's due dates are deadlines, not entries; a heading like "Site walk, 20/10/2026" starts an entry."""

from __future__ import annotations

import datetime as dt

from assistant.text.notes_format import parse_notes_text

ACTIONS = """Partner: Lidia Moretti, Director of Warehousing

## 2026-09-15 Monthly review
Lidia wants pick errors below 0.5% by March.

| Action | Owner | Due |
|---|---|---|
| Handheld printers for Verona dispatch | IT (Sam) | 30/09/2026 |

## 2026-10-20 Site visit
Printers in use.
"""

DATED_ROWS = """Partner: Lidia Moretti, Director of Warehousing

| Date | Note |
|---|---|
| 2026-09-15 | Lidia wants pick errors below 0.5% by March. |
| 2026-10-20 | Printers in use. |
"""


def test_an_action_tables_due_dates_are_not_entries() -> None:
    notes = parse_notes_text(ACTIONS).notes
    assert [n.date for n in notes] == [dt.date(2026, 9, 15), dt.date(2026, 10, 20)]
    assert "Handheld printers for Verona dispatch" in notes[0].text


def test_a_table_of_dated_rows_is_still_one_entry_a_row() -> None:
    assert [n.date for n in parse_notes_text(DATED_ROWS).notes] == [dt.date(2026, 9, 15), dt.date(2026, 10, 20)]


def test_a_site_walk_heading_with_a_trailing_date_starts_an_entry() -> None:
    text = "Partner: Lidia Moretti, Director of Warehousing\nMinutes - review, 15/09/2026\nLidia wants fewer pick errors.\n\nSite walk, 20/10/2026\nPrinters in use.\n"
    assert [n.date for n in parse_notes_text(text).notes] == [dt.date(2026, 9, 15), dt.date(2026, 10, 20)]
