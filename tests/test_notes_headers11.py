"""Notes shapes the reader used to miss (issue #20): partner headers as fields or a bare "Name — Role" line, dates
followed by a full stop, chat-export day separators, and meeting headings with the date between separators.

Every partner and note here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.schema import NoteText
from assistant.text.notes_format import note_entries, parse_notes_text
from assistant.text.reading import parse_source

TODAY = date(2026, 12, 6)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse_notes_text(text, date_order="dmy", today=TODAY)


def dated(text: str) -> list[tuple[str, str]]:
    return [(n.ref, n.text) for n in read(text).notes]


BODY = "\n2026-10-05 meeting: depot scanners\nShe wants the handheld refresh costed before budget round.\n"


@pytest.mark.parametrize(("header", "name", "role"), [
    ("Name: Ines Carvalho\nRole: Head of Logistics\n", "Ines Carvalho", "Head of Logistics"),
    ("Contact: Ines Carvalho\nTitle: Head of Logistics\n", "Ines Carvalho", "Head of Logistics"),
    ("**Name:** Ines Carvalho\nCompany: Tagus Freight\n**Job title:** Head of Logistics\n", "Ines Carvalho", "Head of Logistics"),
    ("Role: Head of Logistics\nName: Ines Carvalho\n", "Ines Carvalho", "Head of Logistics"),
    ("Stakeholder: Ines Carvalho\nRole: Head of Logistics\n", "Ines Carvalho", "Head of Logistics"),
    ("Ines Carvalho — Head of Logistics\n", "Ines Carvalho", "Head of Logistics"),
    ("Ines Carvalho - Head of Logistics, Tagus Freight\n", "Ines Carvalho", "Head of Logistics, Tagus Freight"),
    ("Dr Ines van der Berg (Head of Logistics)\n", "Dr Ines van der Berg", "Head of Logistics"),
    ("# Ines Carvalho (COO)\n", "Ines Carvalho", "COO"),
])
def test_partner_header_shapes_name_the_partner_and_leave_no_undated_note(header: str, name: str, role: str) -> None:
    notes = read(header + BODY)
    assert (notes.partner, notes.role) == (name, role)
    assert [n.ref for n in notes.notes] == ["2026-10-05"]


@pytest.mark.parametrize("first", [
    "Meeting notes — Q3 planning",
    "Weekly sync (confidential)",
    "Title: Depot scanner programme",
    "Ines Carvalho said the rollout slipped - again.",
    "Depot visit - 14 sites",
    "Notes on Ines Carvalho (Tagus Freight)",
    "Project Phoenix — Kickoff",
    "Budget Planning - Finance",
    "Depot Scanners (Phase Two)",
])
def test_a_first_line_that_is_no_partner_header_is_kept_as_text(first: str) -> None:
    notes = read(first + "\n" + BODY)
    assert notes.partner is None
    assert first in notes.notes[0].text


def test_parse_source_names_the_partner_from_a_field_header() -> None:
    parsed = parse_source("Contact: Ines Carvalho\nTitle: Head of Logistics\n" + BODY, "ines.txt")
    assert parsed.partner == {"name": "Ines Carvalho", "role": "Head of Logistics"}
    assert [str(e.date) for e in parsed.entries] == ["2026-10-05"]


def test_dated_bullets_and_dates_followed_by_a_full_stop_or_dash_start_entries() -> None:
    text = (
        "Partner: Tobias Lindqvist, Finance Director\n"
        "- 2026-08-14 asked again for the cloud cost model\n"
        "* 2026-08-21 said the audit committee liked the draft\n"
        "Aug 25, 2026. He wants the licence true-up explained before September.\n"
        "September 3rd, 2026 - chased the invoice dispute with the reseller\n"
        "Sept 17th, 2026 – call about the laptop lease\n"
    )
    refs = [n.ref for n in read(text).notes]
    assert refs == ["2026-08-14", "2026-08-21", "2026-08-25", "2026-09-03", "2026-09-17"]
    assert read(text).notes[2].text == "He wants the licence true-up explained before September."


def test_a_sentence_that_holds_a_date_stays_in_its_entry() -> None:
    text = (
        "Partner: Tobias Lindqvist, Finance Director\n"
        "2026-08-14 meeting: budget\n"
        "The reseller said on Aug 25, 2026 the credit note would come.\n"
        "March 4th, 2027 is the go-live date he wants.\n"
        "We agreed - 18/11/2026 - is too late for the board.\n"
        "--- signed off ---\n"
    )
    notes = read(text).notes
    assert [n.ref for n in notes] == ["2026-08-14"]
    assert "18/11/2026" in notes[0].text and "March 4th" in notes[0].text


def test_chat_export_day_separators_date_the_messages_below_them() -> None:
    text = (
        "Partner: Amara Nwosu, Head of Customer Service\n"
        "Teams chat export, my notes in brackets.\n\n"
        "----- November 3rd, 2026 -----\n"
        "[09:12] amara.nwosu: the IVR dropped calls again this morning\n"
        "[09:20] me: on it, update by noon\n\n"
        "=== 2026-11-10 ===\n"
        "[14:02] amara.nwosu: thanks for the fix, queue times look normal\n\n"
        "—— 24/11/2026 ——\n"
        "[10:00] amara.nwosu: can we talk about the chatbot pilot?\n"
    )
    notes = read(text).notes
    assert [n.ref for n in notes] == ["2026-11-03", "2026-11-10", "2026-11-24"]
    assert "IVR dropped" in notes[0].text and "chatbot" not in notes[0].text
    assert notes[2].text.startswith("[10:00]")


def test_yearless_day_separators_take_their_years_from_the_file() -> None:
    text = (
        "Partner: Amara Nwosu, Head of Customer Service\n"
        "Chat log, 2026.\n"
        "— Tuesday 3 November —\n"
        "amara: the IVR dropped calls again\n"
        "— Tuesday 24 November —\n"
        "amara: can we talk about the chatbot pilot?\n"
    )
    assert [n.ref for n in read(text).notes] == ["2026-11-03", "2026-11-24"]


def test_meeting_headings_with_the_date_between_separators_start_dated_notes() -> None:
    text = (
        "Partner: Wendell Osei, Director of Estates\n"
        "Minutes - 18/11/2026 - Estates & IT review\n"
        "1. Attendees: Wendell Osei, Priti Shah, me\n"
        "2. Building sensors: two sites still offline.\n\n"
        "Steering group – 02/12/2026 – sensor contract\n"
        "Wendell wants the contract renewed for one year only.\n\n"
        "## Call | 2026-12-04 | follow-up\n"
        "He accepted the one-year option.\n"
    )
    notes = read(text).notes
    assert [(n.ref, n.kind, n.title) for n in notes] == [
        ("2026-11-18", "meeting", "Estates & IT review"),
        ("2026-12-02", "other", "sensor contract"),
        ("2026-12-04", "call", "follow-up"),
    ]
    assert "two sites still offline" in notes[0].text and "one year only" in notes[1].text


def test_a_stored_chat_export_is_read_entry_by_entry_under_its_day_lines() -> None:
    note = NoteText(ref="2026-12-01", date=date(2026, 12, 1), kind="other", title="chat",
                    text="----- October 6th, 2026 -----\nkai: the printers are down\n"
                         "----- October 20th, 2026 -----\nkai: printers fine now, thanks\n")
    assert [(e.date, e.text) for e in note_entries(note)] == [
        (date(2026, 10, 6), "kai: the printers are down"),
        (date(2026, 10, 20), "kai: printers fine now, thanks"),
    ]


CHAT = (
    "----- March 2nd, 2026 -----\n"
    "[08:40] amara.nwosu: the IVR dropped calls again this morning\n"
    "[08:41] amara.nwosu: my agents are taking complaints about it all day\n"
    "[08:45] tom.cio: sorry, that one is ours, fix by noon\n"
    "[tom: the certificate had expired. Nobody owned renewals.]\n"
    "[08:50] amara.nwosu: fine, keep me posted\n"
)


def test_chat_handles_and_bracketed_asides_are_split_by_speaker() -> None:
    entry = note_entries(NoteText(ref="n", date=date(2026, 3, 5), kind="other", title="chat", text=CHAT))[0]
    parsed = parse_source(entry.text, partner="Amara Nwosu")
    said = [(s.speaker, s.text) for e in parsed.entries for s in e.sentences]

    def who(words: str) -> str:
        return next(speaker for speaker, text in said if words in text)

    assert who("agents are taking complaints") == "partner"
    assert who("that one is ours") == "cio"
    assert who("certificate had expired") == "cio"  # the CIO's aside, not the partner's words
    assert who("Nobody owned renewals") == "cio"
    assert who("keep me posted") == "partner"
