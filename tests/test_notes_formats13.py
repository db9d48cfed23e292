"""Notes in formats the reader had not met (training partners 336-345): who the partner is, every entry's date,
who said each sentence, and the background kept before the first dated entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.text.dates import leading_date
from assistant.text.notes_format import parse_notes_text
from assistant.text.reading import parse_file
from assistant.text.sentences import sentence_spans
from tests.plan_training_helpers import DATA, TODAY, parsed, plan_all

D = dt.date


def _dates(prefix: str) -> list[D | None]:
    return [n.date for n in parsed(prefix).notes]


def _read(prefix: str) -> dict:
    path = next(DATA.glob(prefix + "_*"))
    return parse_file(path.name, path.read_bytes(), None, [], "auto").to_dict()


def _said(prefix: str, words: str) -> str:
    for entry in _read(prefix)["entries"]:
        for s in entry["sentences"]:
            if words in s["text"]:
                return s["speaker"]
    raise AssertionError(f"no sentence with {words!r}")


@pytest.mark.parametrize(("prefix", "name", "role"), [
    ("336", "Odile Marchetti", "Director of Outpatient Services"),  # YAML front matter
    ("337", "Bartholomew Achebe", "Head of Fleet Maintenance"),  # an e-mail signature's shape
    ("338", "Ingeborg Sæther", "Director of Estates"),  # org-mode #+TITLE
    ("339", "Lorraine Okafor-Diaz", "Director of Customer Operations"),  # "Relationship handover — Name (Role)"
    ("340", "Dr. Wiebke Harms", "Werkleiterin / Plant Director"),  # a German field label
    ("341", "Kwame Asante-Boateng", "Chief Operating Officer"),  # "Name | Role | Organisation"
    ("342", "Beatriz Quintanilla", "General Counsel"),  # a two-column card table
    ("343", "Priyanka Venkataraman", "Chief Merchandising Officer"),  # "# Stakeholder notes: Name, Role"
    ("344", "Fenella Brightwater-Okoye", "Director of Property Services"),  # "Account: label — Name, Role"
    ("345", "Prof. Aurelio Castellano", "Pro-Vice-Chancellor (Education)"),  # "notes on Name", then "About: Name, Role"
])
def test_partner_header_in_new_shapes(prefix: str, name: str, role: str) -> None:
    p = parsed(prefix)
    assert (p.partner, p.role) == (name, role)
    assert not any(name.split()[-1] in n.text.split("\n")[0] and n.date is None and n.title != "background" for n in p.notes)


def test_wiki_link_dates_head_entries() -> None:
    assert _dates("336") == [None, D(2026, 9, 15), D(2026, 10, 2), D(2026, 11, 18)]
    assert parsed("336").notes[1].title == "Clinic managers' forum"


def test_day_month_name_year_with_dashes() -> None:
    p = parsed("337")
    assert _dates("337") == [D(2026, 10, 6), D(2026, 10, 21), D(2026, 11, 12), D(2026, 11, 30)]
    assert [n.kind for n in p.notes] == ["call", "other", "email", "other"]
    assert p.notes[1].title == "Depot visit"  # never "| Depot visit"


def test_org_mode_timestamps_head_entries() -> None:
    p = parsed("338")
    assert [n.date for n in p.notes if n.date] == [D(2026, 9, 8), D(2026, 10, 29), D(2026, 11, 24)]
    assert p.notes[-1].kind == "meeting" and p.notes[-1].title == "budget round"


def test_handover_preamble_kept_as_background_not_dated() -> None:
    p = parsed("339")
    background = p.notes[0]
    assert background.date is None and background.title == "background"
    assert "appointment-booking rebuild" in background.text
    assert _dates("339")[1:] == [D(2026, 9, 8), D(2026, 9, 17), D(2026, 11, 4)]
    assert any("kept as background" in w for w in p.warnings)


def test_short_preamble_about_the_partner_stays_a_note() -> None:
    p = parsed("343")
    assert p.context and "markdown losses" in p.context
    assert p.notes[0].date is None and "cut markdown losses by a fifth" in p.notes[0].text


def test_file_description_is_context_only() -> None:
    p = parse_notes_text("Partner: Ana Ruiz, CFO\nRunning notes, newest last.\n\n2026-03-04 meeting\nAna asked for the cost.\n")
    assert p.context == "Running notes, newest last." and [n.date for n in p.notes] == [D(2026, 3, 4)]


def test_german_dates_head_entries_and_read_in_sentences() -> None:
    from assistant.text.dates import english_dates

    p = parsed("340")
    assert [n.date for n in p.notes if n.date] == [D(2026, 9, 3), D(2026, 10, 15), D(2026, 11, 19)]
    assert p.notes[0].title == "Werksrundgang / plant walk"
    assert "by 11 December 2026" in p.notes[-1].text
    assert english_dates("le 3 mars 2026, el 5 de mayo de 2026") == "le 3 March 2026, el 5 May 2026"
    assert leading_date("3. Oktober 2026 — Besprechung").value == D(2026, 10, 3)  # type: ignore[union-attr]
    assert [s.text for s in sentence_spans("I promised it by 11. Dezember 2026, on lines 1 to 4.", 1)] == [
        "I promised it by 11. Dezember 2026, on lines 1 to 4."]


def test_iso_timestamps_with_bracketed_kind() -> None:
    p = parsed("341")
    assert [(n.date, n.kind) for n in p.notes if n.date] == [
        (D(2026, 9, 10), "meeting"), (D(2026, 9, 24), "email"), (D(2026, 10, 20), "call"), (D(2026, 11, 12), "hallway"),
        (D(2026, 11, 26), "meeting")]
    assert p.notes[-1].text.startswith("Kwame asked again")


def test_card_table_then_dated_headings() -> None:
    assert _dates("342") == [None, D(2026, 9, 15), D(2026, 10, 7), D(2026, 11, 23)]
    assert parsed("342").notes[0].title == "background"  # who she is: kept, undated, never the card table itself
    assert "|" not in parsed("342").notes[0].text


def test_calendar_items_dated_by_their_when_line() -> None:
    p = parsed("343")
    assert [(n.date, n.title) for n in p.notes if n.date] == [
        (D(2026, 9, 8), "Monthly sync - Priyanka / CIO"), (D(2026, 10, 1), "Follow-up call"), (D(2026, 11, 25), "Quarterly review")]
    assert "Subject: Follow-up call" not in p.notes[1].text  # the next item's subject opens the next entry


def test_meeting_summaries_dated_and_voiced() -> None:
    assert [d for d in _dates("344") if d] == [D(2026, 9, 17), D(2026, 10, 14), D(2026, 11, 19)]
    assert _said("344", "Summary: Fenella asked for a daily list") == "partner"
    assert _said("344", "The regulator will ask") == "partner"  # a quotation right after her reported ask


def test_quoted_reply_is_its_own_dated_entry_in_the_partners_words() -> None:
    p = parsed("345")
    assert [n.date for n in p.notes if n.date] == [D(2026, 9, 14), D(2026, 9, 14), D(2026, 10, 2), D(2026, 11, 23), D(2026, 11, 24)]
    assert _said("345", "Could I have attendance by module") == "partner"


def test_lone_quote_after_partner_report_is_theirs() -> None:
    assert _said("340", "The auditors will ask me") == "partner"


def test_mail_header_line_is_not_a_partner_header() -> None:
    p = parse_notes_text("From: Dana Okafor (Chief Information Officer)\nSent: Monday, 30 November 2026 08:15\nTo: Lewis Grant\n"
                         "Subject: FW: portal\n\nLewis - context before you meet Rafael.\n")
    assert p.partner is None


def test_plans_promise_the_thing_with_a_by_compound(tmp_path: Path) -> None:
    plans = plan_all(["340", "343"], tmp_path)
    assert "the scrap-by-shift view by 11 December" in " ".join(plans["340"].script)
    assert "the store-by-week markdown view by 15 December" in " ".join(plans["343"].script)
    assert TODAY < D(2026, 12, 11)
