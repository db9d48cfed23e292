"""Entry headings without a year ("July 2:", "## 14 Apr - call") are entries, dated from the file's order."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.dates import leading_date, years_for
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("line, month, day", [
    ("July 2: Marta said the report is useless.", 7, 2),
    ("Tue 14 Apr - call with Dana", 4, 14),
    ("2 May: hallway", 5, 2),
    ("## Sept 30th — steering group", 9, 30),
    ("- Oct 7: chased the access again", 10, 7),
])
def test_a_yearless_heading_date_is_read_when_asked(line: str, month: int, day: int) -> None:
    found = leading_date(line, "dmy", yearless=True)
    assert found is not None and found.yearless and (found.value.month, found.value.day) == (month, day)
    assert leading_date(line, "dmy") is None  # callers that do not ask (tables, e-mail headers) keep the old reading


@pytest.mark.parametrize("line", ["Jul 2026: budget", "Mayor 5: not a date", "March 4th, 2026 go-live"])
def test_no_false_yearless_date(line: str) -> None:
    found = leading_date(line, "dmy", yearless=True)
    assert found is None or not found.yearless


def test_years_follow_the_file_order_oldest_first_and_newest_first() -> None:
    days = [dt.date(2000, 11, 20), dt.date(2000, 12, 5), dt.date(2000, 3, 1), dt.date(2000, 7, 2)]
    assert years_for(days, TODAY) == [dt.date(2025, 11, 20), dt.date(2025, 12, 5), dt.date(2026, 3, 1), dt.date(2026, 7, 2)]
    assert years_for(days[::-1], TODAY) == [dt.date(2026, 7, 2), dt.date(2026, 3, 1), dt.date(2025, 12, 5), dt.date(2025, 11, 20)]
    assert years_for([dt.date(2000, 12, 20)], TODAY) == [dt.date(2025, 12, 20)]  # never after the anchor day


NOTES = """Partner: Marta Lind, Head of Fresh

July 2: Marta said the weekly stock report is useless.
August 14: Asked for a daily view of stock at risk by 1 September.
May 5 we agreed the whole plan with Dana and her team at the depot.
September 30: She thanked us for the view.
"""


def test_yearless_entries_are_separate_dated_notes_with_a_warning() -> None:
    parsed = parse_notes_text(NOTES, today=TODAY)
    assert [n.date for n in parsed.notes] == [dt.date(2026, 7, 2), dt.date(2026, 8, 14), dt.date(2026, 9, 30)]
    assert "May 5 we agreed" in parsed.notes[1].text  # a sentence that starts with a date stays in its entry
    assert any("without a year" in w and "2 July 2026" in w for w in parsed.warnings)


def test_a_file_whose_years_are_past_anchors_on_its_latest_year() -> None:
    text = "Partner: A, CFO\n\n3 Nov 2024: first call.\n\nDec 12: she asked for the benchmark.\n"
    parsed = parse_notes_text(text, today=TODAY)
    assert [n.date for n in parsed.notes] == [dt.date(2024, 11, 3), dt.date(2024, 12, 12)]


def test_a_sentence_on_the_date_line_is_the_entrys_text_not_its_title() -> None:
    text = ("Partner: A, CFO\n\n2026-07-02: Ilse said the weekly report is useless. She wants spoilage down\n"
            "a third by next summer.\n2026-08-03: Budget call\nShe asked for the benchmark.\n")
    first, second = parse_notes_text(text, today=TODAY).notes
    assert first.text.startswith("Ilse said the weekly report is useless.") and "a third by next summer" in first.text
    assert (second.title, second.text) == ("Budget call", "She asked for the benchmark.")


def test_a_yearless_bullet_under_a_dated_heading_stays_in_its_entry() -> None:
    text = "Partner: A, CFO\n\n07/10/2026 my note\n- 7 Oct: chased the access again.\n- I want the review to go cleanly.\n"
    (note,) = parse_notes_text(text, "dmy", today=TODAY).notes
    assert note.title == "my note" and "chased the access again" in note.text and "review to go cleanly" in note.text
