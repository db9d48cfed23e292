"""Who the partner is and what the plan calls them (session 31): never a form's heading in capitals, a label in a
series, a pronoun or a job title; with no header, the person the file keeps naming who is not on our side; a name
written family name first is said the way the notes address the person.

The training partners 1100-1105 in tests/data/plan_training are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.partner_facts import read_facts
from assistant.planning.situation import build_situation
from assistant.text.given_names import given_name
from assistant.text.headers import partner_header
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
TODAY = dt.date(2026, 12, 6)


def _called(file: str) -> tuple[str | None, str | None]:
    parsed = parse_notes_text(next(DATA.glob(file + "_*")).read_text(encoding="utf-8"), date_order="dmy", today=TODAY)
    said = given_name(parsed.partner, "\n".join(n.text for n in parsed.notes)) if parsed.partner else None
    return parsed.partner, said


@pytest.mark.parametrize(("file", "full", "said"), [
    ("1100", "Elodie Marchetti", "Elodie"),  # a form's capitals title and its "Part A." labels name no one
    ("1101", "Rafaela Okonjo", "Rafaela"),  # raw mails: the mailbox owner is on every mail, the partner signs her own
    ("1102", "Nguyễn Thị Mai Lan", "Lan"),  # family name first: the notes say "chị Lan"
    ("1103", "Ines Hartwig", "Ines"),  # an export table: named once in full, then by her initials
    ("1105", "Noor Haddad", "Noor"),  # a CSV whose author column names the note keeper on every row
])
def test_the_partner_is_the_person_the_notes_are_about(file: str, full: str, said: str) -> None:
    assert _called(file) == (full, said)


def test_a_heading_in_capitals_or_a_series_label_is_no_name() -> None:
    for heading in (["ACCOUNT REVIEW – PARTNER QUESTIONNAIRE", "", "Notes below."], ["Part B. Who is this about?", "Part B again", "Part B"]):
        assert partner_header(heading).name is None


def test_no_one_leads_clearly_no_one_is_named() -> None:
    lines = ["From: Ana Ruiz <a@x.example>", "To: Ben Okafor <b@x.example>", "", "Ana, Ben, Ana, Ben: the rota again.", "Ana", ""]
    assert partner_header(lines).name is None


def test_a_western_surname_said_alone_keeps_the_given_name() -> None:
    assert given_name("Dana Whitfield", "Dana Whitfield\nWhitfield said it twice. Whitfield again.") == "Dana"
    assert given_name("Tan Wei Ling", "Tan Wei Ling\nWei Ling asked for the figures.") == "Wei Ling"


def test_people_who_matter_are_people_not_places_or_titles() -> None:
    parsed = parse_notes_text(next(DATA.glob("1104_*")).read_text(encoding="utf-8"), date_order="dmy", today=TODAY)
    sit = build_situation(parsed.notes, parsed.partner)
    people = [p.name for p in read_facts(sit, parsed.partner, TODAY).people] + [p.name for p in sit.people]
    assert "Nils Backman" in people and "Kiruna" not in people and "Senior Counsel" not in people  # a job title, not a person
