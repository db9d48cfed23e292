"""Round 25c: a notes file the heading readers read into one dated day at most is split at the lines that open on a
date or carry one in a short heading ("Round 2 (21 May)", "Ep. 3 — 12 Nov", "[card 2]  31.iii.26", "Feb-26" in a
pasted sheet), or at comment stamps ("... — Hana Breck, Sep 4"); a file the readers already split is never touched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.text.dates import MonthOnly
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"


def days(text: str) -> list[date]:
    return sorted({n.date for n in parse_notes_text(text).notes if n.date is not None})


def partner(prefix: str) -> str:
    return next(DATA.glob(prefix + "_*")).read_text(encoding="utf-8")


def test_comment_stamps_of_a_task_export_date_each_comment() -> None:
    read = days(partner("895"))
    assert read == [date(2026, 5, 6), date(2026, 5, 8), date(2026, 5, 21), date(2026, 9, 4), date(2026, 10, 15), date(2026, 11, 18)]
    notes = parse_notes_text(partner("895")).notes
    first = next(n for n in notes if n.date == date(2026, 5, 6))
    assert "Crane telemetry" in first.text  # the card it comments on comes with it


def test_numbered_rounds_with_their_day_in_brackets_are_entries() -> None:
    assert days(partner("896")) == [date(2026, 3, 12), date(2026, 5, 21), date(2026, 7, 9), date(2026, 10, 29), date(2026, 12, 1)]


def test_a_pasted_sheet_of_month_rows_takes_each_rows_day_and_its_merged_gap_rows() -> None:
    notes = parse_notes_text(partner("897")).notes
    dated = [(n.date, n.kind) for n in notes if n.date is not None]
    assert dated == [(date(2026, 2, 10), "other"), (date(2026, 3, 20), "email"), (date(2026, 6, 3), "call"),
                     (date(2026, 6, 29), "hallway"), (date(2026, 9, 24), "other"), (date(2026, 11, 16), "other")]


def test_index_cards_with_roman_numeral_months() -> None:
    text = ("Index cards — Partner: Ines Okafor, Registrar\n\n[card 1]  3.iii.26   mtg, her office\nShe wants exam results online.\n\n"
            "[card 2]  18.vi.26   email\nSent the options note 17.vi. \"Thanks.\"\n\n[card 3]  2.xi.26   call\nAsked for a cost by 1.xii.\n")
    assert days(text) == [date(2026, 3, 3), date(2026, 6, 18), date(2026, 11, 2)]


def test_episode_headings_with_a_dash_and_a_yearless_day() -> None:
    text = ("THE FRIDAY DEBRIEF (2026) — about Omar Haddad, COO\n\nEp. 1 — 6 Mar\nLENA: First meeting. He wants fewer outages.\n\n"
            "Ep. 2 — 24 Apr\nOSEI: He asked for a cost by May.\n\nEp. 3 — 9 Oct\nLENA: The cost went over. He was fine.\n")
    assert days(text) == [date(2026, 3, 6), date(2026, 4, 24), date(2026, 10, 9)]


@pytest.mark.parametrize(("text", "value", "yearless"), [
    ("Sep-26\tTue 15 Sep", MonthOnly(2026, 9, 1), False),
    ("[card 5]  12.x.26   hallway", date(2026, 10, 12), False),
    ("Session 4 (2 Oct)", date(2000, 10, 2), True),
    ("Closed. — Ciarán Walsh, Apr 15", date(2000, 4, 15), True),
])
def test_the_new_date_shapes(text: str, value: date, yearless: bool) -> None:
    from assistant.text.dates import loose_date  # noqa: PLC0415  # new in 25c: the other tests fail before it without it

    found = loose_date(text)
    assert found is not None and found.value == value and found.yearless == yearless


def test_a_file_the_readers_already_split_is_left_as_it_was() -> None:
    text = ("Partner: Dana Ruiz, CFO\n\n## 2026-03-04 budget review\nShe wants a 10% cut.\n\n## 2026-05-06 call\n"
            "Session 4 (2 Oct) of her board course came up.\nEp. 3 — 12 Nov is when she presents.\n")
    assert days(text) == [date(2026, 3, 4), date(2026, 5, 6)]


def test_a_file_with_one_date_line_stays_as_it_was() -> None:
    assert days("Partner: Dana Ruiz, CFO\n\nSession 1 (2 Oct)\nShe wants a cut.\nNothing else yet.\n") == []
    assert len(days("Partner: Dana Ruiz, CFO\n\nShe wants a cut. We met on 2 Oct and on 9 Oct.\n")) <= 1
