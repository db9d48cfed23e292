"""Action tables typed by hand (no '|---|' line) and ISO dates inside sentences are read as written."""

from __future__ import annotations

import datetime as dt

from assistant.planning.due_dates import dates_in
from assistant.text.minutes import read_minutes

HAND_TYPED = """Minutes - product and IT steering, 2026-05-26
| Action | Owner | Due |
| Release pipeline for the mobile app | IT (Jonas) | 2026-06-05 |
| Pricing experiment brief | Product (Hamid) | 2026-06-12 |
Hamid noted the last two releases slipped."""


def test_an_action_table_without_a_separator_line_gives_its_rows_as_promises() -> None:
    minutes = read_minutes(HAND_TYPED)
    assert [(p.text, p.owner, p.due) for p in minutes.promises] == [
        ("Release pipeline for the mobile app", "IT (Jonas)", dt.date(2026, 6, 5)),
        ("Pricing experiment brief", "Product (Hamid)", dt.date(2026, 6, 12)),
    ]
    assert "|" not in minutes.text and "Hamid noted the last two releases slipped." in minutes.text


def test_pipe_lines_without_an_action_and_owner_or_due_header_stay_text() -> None:
    text = "| Action | Notes |\n| call back | soon |"
    minutes = read_minutes(text)
    assert minutes.promises == [] and minutes.text == text


def test_an_iso_date_in_a_sentence_is_never_read_day_first() -> None:
    assert dates_in("The pipeline is due 2026-06-05, after the review.", dt.date(2026, 5, 26)) == [dt.date(2026, 6, 5)]
