"""Formats CIOs paste (session 10, issue #20): CRM activity exports, one-to-one templates, voice memos, month
headings, pipe tables, forwarded chains with US dates. Training partners 178-183, written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.perception.voices import voiced_sentences
from assistant.text.notes_format import NotesFile, parse_notes_text
from assistant.text.sentences import sentence_spans

DATA = Path(__file__).parent / "data" / "plan_training"


def _read(name: str, locale_name: str = "en_GB") -> NotesFile:
    return parse_notes_text((DATA / name).read_text(encoding="utf-8"), locale_name=locale_name, today=date(2026, 6, 1))


def _sentences(parsed: NotesFile) -> list[str]:
    return [v.text for n in parsed.notes for v in voiced_sentences(n, parsed.partner)]


def test_crm_export_gives_one_dated_entry_per_activity():
    parsed = _read("178_crm_activity_export.txt")
    assert [(n.date, n.kind, n.title) for n in parsed.notes] == [
        (date(2026, 1, 14), "meeting", "Renewals dashboard"),
        (date(2026, 2, 3), "call", "Portal outage"),
        (date(2026, 2, 22), "email", "Campaign data"),
        (date(2026, 3, 9), "meeting", "Quarterly review"),
    ]
    assert not parsed.warnings
    texts = _sentences(parsed)
    assert "She wants our analyst at her campaign planning day on 2 April." in texts
    assert not any("Activity type" in t or "Subject:" in t for t in texts)  # the field names are no part of a sentence


def test_crm_record_continues_on_the_next_line_and_needs_a_date_field():
    text = ("Partner: Ana Ruiz, COO\nActivity type: Call | Date: 2026-02-01 | Notes: She asked for the depot figures\n"
            "before the board.\nOwner: Sam | Status: open\n")
    parsed = parse_notes_text(text, locale_name="en_GB")
    assert len(parsed.notes) == 1 and parsed.notes[0].date == date(2026, 2, 1)
    assert "before the board." in parsed.notes[0].text and "Owner: Sam" in parsed.notes[0].text


def test_one_to_one_template_keeps_its_headed_sections_under_each_meeting():
    parsed = _read("179_one_to_one_template.md")
    assert [n.date for n in parsed.notes] == [date(2026, 1, 12), date(2026, 2, 9)]
    texts = _sentences(parsed)
    assert "A weekly report of trailer dwell time per depot, before the February board." in texts
    assert 'Ruairi: "I took it straight to the board."' in texts


def test_voice_memo_is_dated_and_cut_into_clauses():
    parsed = _read("180_voice_memo_transcript.txt")
    assert [n.date for n in parsed.notes] == [date(2026, 3, 4), date(2026, 3, 18)]
    texts = _sentences(parsed)
    assert "she wants the same for the web chat before the summer peak" in texts
    assert "i said we would have a first cut of the repeat caller view by 20 march" in texts
    assert not any("web chat" in t and "repeat callers" in t for t in texts)  # two asks, two sentences
    assert not any("telephony supplier" in t and "i said" in t for t in texts)  # her turn and mine apart
    assert any("the shortest she has seen in two years" in t for t in texts)  # a relative clause is not cut


def test_month_headings_date_their_prose_by_the_first_day_named():
    parsed = _read("181_markdown_months.md")
    assert [(n.date, n.title) for n in parsed.notes] == [
        (date(2026, 1, 11), "January 2026"), (date(2026, 2, 24), "February 2026"), (date(2026, 3, 15), "March 2026"),
    ]
    assert not parsed.warnings


def test_month_heading_without_a_day_in_its_text_stays_on_the_first_and_a_due_day_is_not_the_entry_day():
    parsed = parse_notes_text("# April 2026\n\nShe wants the figures ready by 20 April.\n", locale_name="en_GB")
    assert parsed.notes[0].date == date(2026, 4, 1)


def test_pipe_table_rows_are_entries_and_sentences_stay_in_their_row():
    parsed = _read("182_pipe_table_meetings.md")
    assert [n.date for n in parsed.notes] == [date(2026, 1, 6), date(2026, 2, 3), date(2026, 3, 3)]
    assert 'Hamid: "I have heard that before."' in _sentences(parsed)


def test_us_header_reads_the_whole_chain_month_first_with_a_notice():
    parsed = _read("183_forwarded_chain_us_dates.md")
    assert [n.date for n in parsed.notes] == [date(2026, 2, 12), date(2026, 3, 2), date(2026, 3, 4)]
    assert any("month first" in w and "as the file says" in w for w in parsed.warnings)
    assert not any("US format" in n.text for n in parsed.notes)


def test_one_month_first_date_anywhere_reads_the_file_month_first():
    text = (DATA / "183_forwarded_chain_us_dates.md").read_text(encoding="utf-8").replace("Dates are US format.\n", "")
    parsed = parse_notes_text(text, locale_name="en_GB")
    assert [n.date for n in parsed.notes] == [date(2026, 2, 12), date(2026, 3, 2), date(2026, 3, 4)]
    assert any("month first" in w and "can only be read that way" in w for w in parsed.warnings)


def test_a_set_date_order_wins_over_the_file_and_day_first_evidence_still_counts():
    text = "Partner: A B, CFO\n03/04/2026 - call\nShe asked for the budget pack.\nNote: 11/23/2026 was the last review.\n"
    assert parse_notes_text(text, date_order="dmy").notes[0].date == date(2026, 4, 3)
    assert parse_notes_text(text, locale_name="en_GB").notes[0].date == date(2026, 3, 4)
    uk = "Partner: A B, CFO\nDates are UK format\n03/04/2026 - call\nShe asked for the budget pack.\n"
    assert parse_notes_text(uk, locale_name="en_US").notes[0].date == date(2026, 4, 3)


def test_a_sentence_never_swallows_the_next_turn_or_row():
    text = "Ruairi: the feed keeps dropping at night\nMe: we will chase the haulier\n| 2026-01-02 | call | he wants a date\n"
    assert [s.text for s in sentence_spans(text)] == [
        "Ruairi: the feed keeps dropping at night", "Me: we will chase the haulier", "| 2026-01-02 | call | he wants a date",
    ]
    wrapped = "She said the new screens are\nfine for the night shift."
    assert [s.text for s in sentence_spans(wrapped)] == [wrapped]  # a hard-wrapped sentence is still one


def test_a_long_written_sentence_with_a_semicolon_is_never_cut_as_a_run_on():
    text = ("The depot manager was upset in front of his own crew; the audit goes to the board in March and he asked that it "
            "is handled between the two directors and not in the weekly meeting.")
    assert [s.text for s in sentence_spans(text)] == [text]
