"""Notes in formats the reader had not met: a journal whose dates sit inside its sentences, headings with a weekday,
a dotted date or a label word in another language, a chat export under a preamble, a log keyed by timestamps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).parent / "data" / "parsing"
TODAY = date(2026, 12, 1)


def _read(name: str):
    return parse_notes_text((DATA / name).read_text(), date_order="dmy", today=TODAY)


def _dated(text: str):
    return [n for n in parse_notes_text(text, date_order="dmy", today=TODAY).notes if n.date]


def test_journal_paragraphs_start_entries_on_the_days_their_first_sentences_name():
    notes = [n for n in _read("journal_dates_in_sentences.md").notes if n.date]
    assert [n.date for n in notes] == [date(2026, 1, 14), date(2026, 1, 24), date(2026, 1, 30), date(2026, 3, 2), date(2026, 4, 13)]
    walk = notes[3].text
    assert "occupancy sensors" in walk and "Teodor" in walk  # a deadline and an undated paragraph stay with the entry above
    assert notes[2].text.startswith("The next Friday")


def test_a_deadline_or_an_unsure_relative_day_never_starts_an_entry():
    text = ("Partner: Ana Ruiz, CFO\n\nOn the 3rd of February 2026 Ana asked for a cost model.\n\n"
            "She wants it by the 20th of February, in her words.\n\n"
            "Two days later, and again the next Friday, her analyst chased the numbers.\n\n"
            "On the 9th of March the model went to her board.\n")
    assert [n.date for n in _dated(text)] == [date(2026, 2, 3), date(2026, 3, 9)]


def test_a_file_with_dated_headings_is_not_split_by_its_sentences():
    text = ("Partner: Ana Ruiz, CFO\n\n## 2026-02-03\nAna asked for a cost model.\n\nOn the 5th of February she chased it.\n\n"
            "## 2026-03-09\nModel to the board.\n\n## 2026-04-10\nApproved.\n")
    assert [n.date for n in _dated(text)] == [date(2026, 2, 3), date(2026, 3, 9), date(2026, 4, 10)]


def test_headings_with_weekdays_dotted_days_and_label_words_in_any_language():
    notes = [n for n in _read("headings_any_language.md").notes if n.date]
    assert [n.date for n in notes] == [date(2026, 1, 13), date(2026, 2, 24), date(2026, 4, 8), date(2026, 5, 19), date(2026, 7, 2)]
    assert "Due 27.02.2026" in notes[0].text  # a due date is a line of its entry, never an entry of its own
    assert notes[4].title == "Quarterly steering, Q2"


def test_us_weekday_heading_with_a_comma():
    text = "Partner: Ana Ruiz, CFO\nDates are US format.\n\nFriday, 6/5/2026\nKick-off.\n\nTuesday, 7/14/2026\nReview.\n"
    notes = parse_notes_text(text, locale_name="en_GB", today=TODAY).notes  # the file's own line sets the order
    assert [n.date for n in notes if n.date] == [date(2026, 6, 5), date(2026, 7, 14)]


def test_short_heading_shapes_and_lines_that_are_not_headings():
    from assistant.text.entry_heads import marked_heading, word_heading

    assert word_heading("Protokół 3.2.2026 — przegląd", "dmy") is not None
    assert word_heading("Réunion 3/4/2026 10:00 (Paris)", "dmy") is not None
    for line in ("Due 13.03.2026", "Sent: 2026-03-04 10:00", "Réunion 3/4/2026 we agreed the budget.", "Updated 2026-03-04"):
        assert word_heading(line, "dmy") is None, line
    assert marked_heading("## Plan due 3 May 2026", "dmy") is None
    assert marked_heading("## Prep for the next call, 8 Jan 2027", "dmy") is None
    assert marked_heading("**Board away day (held 12 March 2026)**", "dmy") is not None


def test_chat_export_under_a_preamble_reads_each_message_on_its_day():
    parsed = _read("chat_export_preamble.txt")
    assert parsed.partner == "Ilsabet Moreau-Quist"
    notes = [n for n in parsed.notes if n.date]
    assert [n.date for n in notes] == [date(2026, 2, 5)] * 3 + [date(2026, 3, 19)] + [date(2026, 6, 2)] * 2
    assert notes[0].text.startswith("Ilsabet Moreau-Quist: The rota app") and notes[2].text.startswith("Tomas Erdogan: On it")
    assert not any(":41]" in n.text or "AM]" in n.text for n in notes)  # the stamp's time is never part of what was said


def test_timestamped_log_with_a_who_column_is_read_row_by_row():
    notes = [n for n in _read("table_timestamps_with_owner.md").notes if n.date]
    assert [n.date for n in notes] == [date(2026, 2, 3), date(2026, 4, 21), date(2026, 6, 30), date(2026, 9, 8)]
