"""Dated entries in the date styles CIOs write, in date order, tables row by row, undated text kept."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.text.dates import leading_date, resolve_order
from assistant.text.notes_format import parse_notes_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026-03-04 meeting: budget", date(2026, 3, 4)),
        ("3 Nov 2025 email", date(2025, 11, 3)),
        ("Tue 14 Apr 2026 - steering", date(2026, 4, 14)),
        ("March 4th, 2026: hallway", date(2026, 3, 4)),
        ("## 1st of September 2025 meeting", date(2025, 9, 1)),
        ("**04.02.2026** call", date(2026, 2, 4)),
        ("13/03/2026 call", date(2026, 3, 13)),
        ("31/02/2026 call", None),
        ("Dana asked about the 2 servers in May.", None),
    ],
)
def test_leading_date_reads_common_styles(line, expected):
    found = leading_date(line, "dmy")
    assert (found.value if found else None) == expected


def test_ambiguous_numeric_date_follows_the_order():
    assert leading_date("11/03/2026", "dmy").value == date(2026, 3, 11)
    assert leading_date("11/03/2026", "mdy").value == date(2026, 11, 3)
    assert leading_date("11/03/2026", "dmy").ambiguous
    assert not leading_date("2026-03-04", "dmy").ambiguous  # ISO is never read day first by mistake
    assert leading_date("2026-03-04", "dmy").value == date(2026, 3, 4)


def test_order_setting_and_locale():
    assert resolve_order("mdy") == ("mdy", False)
    assert resolve_order("auto", "en_US.UTF-8") == ("mdy", True)
    assert resolve_order("auto", "en_GB.UTF-8") == ("dmy", True)


NEWEST_FIRST = """Stakeholder: Dana Whitfield, CFO
Tue 14 Apr 2026 meeting: steering
Dana praised the rollout.

11/03/2026 call
She asked for the forecast.

3 Nov 2025 email: budget
Why is IT growing?
"""


def test_entries_in_any_style_are_split_and_sorted_oldest_first():
    parsed = parse_notes_text(NEWEST_FIRST, locale_name="en_GB")
    assert [n.date for n in parsed.notes] == [date(2025, 11, 3), date(2026, 3, 11), date(2026, 4, 14)]
    assert [n.kind for n in parsed.notes] == ["email", "call", "meeting"]
    assert parsed.notes[0].title == "budget"
    assert any("date order" in w for w in parsed.warnings)
    assert any("11/03/2026" in w and "COACH_DATE_ORDER" in w for w in parsed.warnings)


def test_set_order_means_no_guess_warning():
    parsed = parse_notes_text(NEWEST_FIRST, date_order="mdy")
    assert date(2026, 11, 3) in [n.date for n in parsed.notes]
    assert not any("COACH_DATE_ORDER" in w for w in parsed.warnings)


def test_unambiguous_dates_in_the_file_settle_the_order():
    text = "25/02/2026 call\nFirst.\n\n11/03/2026 call\nSecond.\n"
    parsed = parse_notes_text(text, locale_name="en_US")  # the locale says month first, the file says day first
    assert [n.date for n in parsed.notes] == [date(2026, 2, 25), date(2026, 3, 11)]
    assert not any("COACH_DATE_ORDER" in w for w in parsed.warnings)


def test_markdown_table_rows_become_entries_and_undated_text_is_kept():
    text = """Stakeholder: Dana Whitfield, CFO
Background: Dana joined from a retailer.

| Date | Kind | Note |
|------|------|------|
| 5 Jan 2026 | email | Dana approved the budget. |
| 2 Dec 2025 | meeting | She asked why the ERP was late. |
| sometime | call | No date on this one. |
"""
    parsed = parse_notes_text(text, locale_name="en_GB")
    texts = [n.text for n in parsed.notes]
    assert "Dana approved the budget." in texts and "She asked why the ERP was late." in texts
    assert [n.date for n in parsed.notes if n.date] == [date(2025, 12, 2), date(2026, 1, 5)]
    assert [n.kind for n in parsed.notes if n.date] == ["meeting", "email"]
    undated = [n for n in parsed.notes if n.date is None and n.title != "background"]
    assert {n.text for n in undated} == {"No date on this one."}  # the line under the header is context (#22)
    # ... and, since it tells who the partner is, also an undated background note (never an entry of any day)
    assert [n.text for n in parsed.notes if n.title == "background"] == ["Background: Dana joined from a retailer."]
    assert parsed.context == "Background: Dana joined from a retailer."
    assert sum("no date" in w and "background" not in w for w in parsed.warnings) == 1
    assert not any("|" in t for t in texts)


def test_tidy_iso_notes_read_as_before():
    text = "Stakeholder: Dana, CFO\n2026-03-04 meeting: review\nShe liked it.\n\n2026-05-19 email\nThanks.\n"
    parsed = parse_notes_text(text)
    assert [(n.ref, n.kind, n.title, n.text) for n in parsed.notes] == [
        ("2026-03-04", "meeting", "review", "She liked it."),
        ("2026-05-19", "email", "", "Thanks."),
    ]
    assert parsed.warnings == []


def test_a_sentence_that_opens_with_a_date_stays_in_its_entry():
    text = "3 Nov 2025 meeting\nShe agreed the plan.\nMarch 4th, 2026 is the go-live date she wants.\n"
    parsed = parse_notes_text(text)
    assert len(parsed.notes) == 1
    assert "March 4th, 2026 is the go-live date she wants." in parsed.notes[0].text


def test_a_notes_file_may_name_its_partner_with_partner_or_stakeholder() -> None:
    from assistant.text.notes_format import parse_notes_text

    for header in ("Partner: Dana Ruiz, CFO", "Stakeholder: Dana Ruiz, CFO"):
        parsed = parse_notes_text(f"{header}\n2026-03-04 meeting\nShe asked for the cost breakdown by Friday.\n")
        assert (parsed.partner, parsed.role) == ("Dana Ruiz", "CFO")
