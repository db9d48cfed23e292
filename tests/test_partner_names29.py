"""Who the partner is: never the note keeper, an honorific, a slide label or a status (session 29).

The training partners 1033-1035 in tests/data/plan_training are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.planning.note_reading import Partner
from assistant.text.given_names import given_name
from assistant.text.honorifics import given
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"


def _partner(file: str) -> str | None:
    return parse_notes_text((DATA / file).read_text(encoding="utf-8"), date_order="dmy", today=date(2026, 12, 6)).partner


@pytest.mark.parametrize(("file", "first"), [
    ("1033_pak_budi_gudang.md", "Budi"),  # "Pak" is an honorific
    ("1034_dispatch_phone_log.md", "Lerato"),  # the log's title names the CIO who keeps it, the Contact line the partner
    ("1035_slides_export_member.md", "Fenna"),  # under an export note and slide labels, with a compound job title
])
def test_training_partner_is_the_person_met(file: str, first: str) -> None:
    name = _partner(file)
    assert name is not None
    assert given_name(name, "") == first


@pytest.mark.parametrize(("name", "first"), [
    ("Ibu Ratna Wulandari", "Ratna"), ("Bu Ratna", "Ratna"), ("Bapak Agus Salim", "Agus"), ("Ms Wanjiru Kamau", "Wanjiru"),
    ("Herr Jonas Weber", "Jonas"), ("Sra. Lucía Paredes", "Lucía"), ("Mehmet Bey", "Mehmet"), ("Ayşe Hanım", "Ayşe"),
    ("Tanaka-san", "Tanaka"), ("Sato-sama", "Sato"),
])
def test_honorifics_are_not_names(name: str, first: str) -> None:
    assert given(name) == first


def test_partner_names_leave_the_honorific_out() -> None:
    names = Partner.from_name("Ibu Ratna Wulandari").names
    assert "ratna" in names and "ibu" not in names and "ibu ratna wulandari" not in names
