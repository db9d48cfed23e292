"""Notes as CIOs paste them, round 2 (issue #22): headings dated at the end, e-mails inside notes,
attendees with roles, the context line under the header, dated bullets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from assistant.text.dates import trailing_date
from assistant.text.minutes import read_minutes
from assistant.text.notes_format import parse_notes_text
from assistant.text.reading import parse_source

DATA = Path(__file__).parent / "data" / "parsing"


def _read(name: str):
    return parse_source((DATA / name).read_text(encoding="utf-8"), name)


def _said(result, speaker):
    return [s.text for e in result.entries for s in e.sentences if s.speaker == speaker]


def test_minutes_headings_dated_at_the_end_split_the_file():
    result = _read("minutes_trailing_dates.md")
    assert [(e.date, e.title) for e in result.entries] == [
        (date(2025, 11, 3), "budget catch-up"),
        (date(2026, 2, 10), "HR & IT quarterly"),
        (date(2026, 4, 14), "Steering group"),
    ]
    assert [(p.text, p.owner, p.due) for p in result.promises] == [("Share the payroll data map", "Sunil Varma", date(2026, 3, 1))]
    assert not any("no date" in w for w in result.warnings)


def test_trailing_dates_only_on_headings():
    assert trailing_date("Minutes - HR & IT quarterly, 2026-02-10") is not None
    assert trailing_date("Notes: budget catch-up — 3 Nov 2025") is not None
    assert trailing_date("## Steering group (14/04/2026)") is not None
    assert trailing_date("Go-live moved to 3 Nov 2025") is None  # a sentence, not a heading
    assert trailing_date("Call (3 Nov 2025) went well") is None


def test_outlook_thread_on_top_of_notes_keeps_every_message_and_the_notes():
    result = _read("outlook_top.md")
    assert [(e.date, e.source) for e in result.entries] == [
        (date(2026, 7, 14), "notes"),
        (date(2026, 10, 23), "email"),
        (date(2026, 11, 2), "email"),
        (date(2026, 11, 5), "email"),  # the newest message, first in the file
    ]
    names = [{s.name for s in e.sentences} for e in result.entries[1:]]
    assert names == [{"Ana Cruz"}, {"Ana Cruz"}, {"Marco Bellini"}]
    assert _said(result, "partner")[-2:] == ["Ana, the revised forecast is clear.", "Thank you for turning it round so fast."]
    assert not any("grumbled" in s.text for e in result.entries if e.source == "email" for s in e.sentences)


def test_emails_after_a_hallway_note_are_entries_of_their_own():
    result = _read("hallway_then_mail.md")
    assert [(e.date, e.source, len(e.sentences)) for e in result.entries] == [
        (date(2026, 7, 8), "notes", 2),
        (date(2026, 10, 9), "email", 1),
        (date(2026, 10, 13), "email", 2),
    ]
    assert result.entries[1].sentences[0].name == "Raj Patel"
    # the notes reader (import, evals) splits there too, keeping the header so the sender is still known
    notes = parse_notes_text((DATA / "hallway_then_mail.md").read_text(encoding="utf-8")).notes
    assert [(n.date, n.kind) for n in notes] == [(date(2026, 7, 8), "hallway"), (date(2026, 10, 9), "email"), (date(2026, 10, 13), "email")]
    assert notes[2].text.startswith("From: Helen Osei") and "scanners keep dropping" not in notes[2].text


def test_gmail_quote_line_inside_notes_starts_a_message():
    text = "Partner: Ana Ruiz, CMO\n\n3 Mar 2026 call\nAna wants weekly figures.\n\nOn Mon, 2 Nov 2026 at 16:05, Ana Ruiz <ana@x.example> wrote:\n> The weekly figures are exactly what we needed.\n"
    result = parse_source(text, "notes.md")
    assert [(e.date, e.source) for e in result.entries] == [(date(2026, 3, 3), "notes"), (date(2026, 11, 2), "email")]
    assert _said(result, "partner")[-1] == "The weekly figures are exactly what we needed."


def test_outlook_separator_lines_are_not_sentences():
    text = (
        "Partner: Marco Bellini, CFO\n\n2026-07-14 hallway\nMarco said the bill doubled.\n\n________________________________\n"
        "From: Marco Bellini <m@x.example>\nSent: 10/23/2026 8:14 AM\nTo: Ana\nSubject: RE: bill\n\nThanks, that helps.\n"
    )
    result = parse_source(text, "notes.md")
    assert [[s.text for s in e.sentences] for e in result.entries] == [["Marco said the bill doubled."], ["Thanks, that helps."]]
    assert [n.text for n in parse_notes_text(text).notes][0] == "Marco said the bill doubled."


def test_attendees_with_roles_in_brackets_are_one_person_each_and_listed_once():
    result = _read("minutes_trailing_dates.md")
    assert result.attendees == ["Priya Raman (CPO, HR)", "Sunil Varma (Head of Data, IT)", "Tom Reyes"]
    again = read_minutes("Attendees: Sunil Varma (Head of Data and Analytics, IT); Ana and Tom\nPresent: Sunil Varma, Ana (CMO)")
    assert again.attendees == ["Sunil Varma (Head of Data and Analytics, IT)", "Ana", "Tom"]


def test_context_line_under_the_header_is_context_not_an_undated_entry():
    result = _read("bullets.md")
    assert result.partner["context"] == "Runs brand and digital campaigns."
    assert not any("no date" in w for w in result.warnings)
    assert all(e.date for e in result.entries)
    long_first = "Partner: Ana Ruiz, CMO\nAna wants weekly figures.\n\nShe called twice about it.\n\n2026-03-03 call\nFine.\n"
    parsed = parse_notes_text(long_first)  # two paragraphs before the first date: a real undated entry
    assert parsed.context is None and parsed.notes[0].date is None and any("no date" in w for w in parsed.warnings)
    alone = parse_notes_text("Partner: Ana Ruiz, CMO\nAna wants weekly figures.\n")  # no dated entry: kept and flagged
    assert alone.context is None and len(alone.notes) == 1 and alone.warnings


def test_dated_bullets_are_entries():
    result = _read("bullets.md")
    assert [(e.date, [s.text for s in e.sentences]) for e in result.entries] == [
        (date(2026, 5, 5), ["Grace said the new CRM dashboards save her team hours every week."]),
        (date(2026, 5, 12), ["Grace asked for the campaign data feed to refresh hourly."]),
        (date(2026, 5, 19), ["She praised the service desk for the quick fix."]),
    ]
    notes = parse_notes_text("- 2026-05-05 meeting: roadmap\n- the roadmap is late\n- March 4th, 2026 is the go-live date.\n").notes
    assert [(n.date, n.kind, n.title) for n in notes] == [(date(2026, 5, 5), "meeting", "roadmap")]
    bold = parse_notes_text("- **2026-05-05**: Grace approved the budget.\n").notes
    assert [(n.date, n.text) for n in bold] == [(date(2026, 5, 5), "Grace approved the budget.")]


def test_a_sentence_ending_with_a_date_is_not_a_heading():
    text = "2026-03-03 call\nDana confirmed the go-live for Friday, 6 Mar 2026\n- Budget signed off, 4 Mar 2026\n"
    notes = parse_notes_text(text).notes
    assert [n.date for n in notes] == [date(2026, 3, 3)] and "Budget signed off" in notes[0].text


def test_coach_parse_json_on_a_mixed_notes_file():
    from cli.main import app

    out = CliRunner().invoke(app, ["parse", str(DATA / "outlook_top.md"), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert [e["date"] for e in data["entries"]] == ["2026-07-14", "2026-10-23", "2026-11-02", "2026-11-05"]
    assert data["entries"][-1]["sentences"][0]["speaker"] == "partner"


def test_numbered_dated_bullets_are_entries_too() -> None:
    import datetime as dt

    from assistant.text.notes_format import parse_notes_text

    parsed = parse_notes_text("1. 2026-03-02: Noor wants X.\n2. 2026-04-10: Noor asked for Y.\n")
    assert [(n.date, n.text) for n in parsed.notes] == [(dt.date(2026, 3, 2), "Noor wants X."), (dt.date(2026, 4, 10), "Noor asked for Y.")]
