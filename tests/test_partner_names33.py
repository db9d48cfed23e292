"""Who the partner is in a chat export and under a heading in capitals, and what the plan calls them (session 33).

In any chat export the note keeper is one of the speakers and never the partner: the partner is the person the
export's title names ("Chat with ..."), else the other main speaker; the keeper's messages are never the partner's
words. A heading in capitals (an organisation's name above a document's title) names no one. A name written family
name first is said as the notes say it, though the western order of the same name appears too; an initial alone is
never the name the plan calls someone by.

The training partners 1146-1149 in tests/data/plan_training are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.note_reading import Partner, partner_said
from assistant.planning.situation import read_sentences
from assistant.text.given_names import given_name
from assistant.text.headers import partner_header
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
TODAY = dt.date(2026, 12, 6)


def _parsed(file: str):  # type: ignore[no-untyped-def]
    return parse_notes_text(next(DATA.glob(file + "_*")).read_text(encoding="utf-8"), date_order="dmy", today=TODAY)


@pytest.mark.parametrize(("file", "full", "said"), [
    ("1146", "Solveig Brekke", "Solveig"),  # WhatsApp export titled "Chat with ...": the keeper is greeted by name, never the partner
    ("1147", "Nikolai Petrov", "Nikolai"),  # Telegram copy with no title: the keeper's notes below name the partner
    ("1148", "Priyanka Raman", "Priyanka"),  # an organisation's name in capitals above a document title is no one
    ("1149", "Chua Mei Hua", "Mei Hua"),  # family name first, the western order in the notes too: "Mei Hua"
])
def test_the_partner_is_never_the_keeper_or_a_heading(file: str, full: str, said: str) -> None:
    parsed = _parsed(file)
    assert parsed.partner == full
    assert given_name(parsed.partner, "\n".join(n.text for n in parsed.notes)) == said


@pytest.mark.parametrize("file", ["1146", "1147"])
def test_the_keepers_messages_are_never_the_partners_words(file: str) -> None:
    parsed = _parsed(file)
    partner = Partner.from_name(parsed.partner)
    keeper_lines = ("will own the patch", "Rolling it back now", "Kofi goes over at 10", "I will chase them for the credit")
    theirs = [s.text for s in read_sentences(parsed.notes, partner) if partner_said(s, partner)]
    assert theirs and not [t for t in theirs if any(k in t for k in keeper_lines)]


def test_other_chat_formats_name_the_speaker_who_is_not_the_keeper() -> None:
    ios = ["[02/03/2026, 09:14:02] Marta Zielińska: Hi Omar, the scanners at dock 4 are offline",
           "[02/03/2026, 09:20:45] Omar Said: On it, Lena will look today",
           "[02/03/2026, 11:02:10] Marta Zielińska: Working again, thanks Omar",
           "[05/03/2026, 08:01:33] Omar Said: Root cause was a bad switch port, replaced",
           "[05/03/2026, 08:05:12] Marta Zielińska: Good. Omar, can we talk about the yard cameras next week?"]
    assert partner_header(["Signal conversation with Marta Zielińska", ""] + ios).name == "Marta Zielińska"
    assert partner_header(ios + ["", "Exported by Omar Said (CIO)."]).name == "Marta Zielińska"
    assert partner_header(ios + ["", "(my notes, O.S.)"]).name == "Marta Zielińska"


def test_a_capitals_header_is_written_as_a_name_and_an_initial_is_never_the_name_said() -> None:
    lines = ["R. OYELARAN - Chief Nursing Officer", "", "3 Mar, in Oyelaran's office: he wants bedside scanners on every ward. He asked for a date."]
    header = partner_header(lines)
    assert header.name == "R. Oyelaran"
    assert given_name(header.name, "\n".join(lines[1:])) == "Mr Oyelaran"  # his notes: he, never "R."
    assert given_name("R. Oyelaran", "Rukayat Oyelaran asked for a date.") == "Rukayat"
    assert given_name("R. Oyelaran", "Asked for a date.") == "R. Oyelaran"


def test_a_teams_copy_names_the_partner_its_title_names_never_the_exporter() -> None:
    lines = ["Teams export – Farah Idris (Head of Admissions) – monthly check-in chats", "Exported 02/11/2026 by K. Mensah.", "",
             "[03/03/2026 09:00] Mensah, Kwame (Digital & IT)", "Morning Farah, agenda is in the invite.",
             "[03/03/2026 09:04] Idris, Farah (Admissions)", "Offer letters went out two days late again, Kwame.",
             "[03/03/2026 09:06] Mensah, Kwame (Digital & IT)", "Our batch job failed. We fix it this week.",
             "[03/03/2026 09:07] Idris, Farah (Admissions)", "Fine. Tell me when it is done."]
    assert partner_header(lines).name == "Farah Idris"
    assert partner_header(lines[1:]).name == "Farah Idris"  # no title: the speaker tagged with our own team is the keeper


def test_a_name_in_a_script_without_capitals_names_the_partner() -> None:
    lines = ["山田 花子 — 経理部長（Head of Finance）", "", "2026年3月2日：山田部長と面談。月次決算を早めたいとのこと。"]
    assert partner_header(lines).name == "山田 花子"
