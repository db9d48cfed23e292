"""Whose name (whose26): the notes' author is never the partner, a labelled partner line wins over the file owner's
line, names stay whole (hyphens, honorifics before a whole name dropped), and a person the notes keep out of the
conversation is never named in the plan's people."""

from __future__ import annotations

import datetime as dt

from assistant.planning.note_reading import Partner
from assistant.planning.partner_facts import read_people
from assistant.planning.situation import build_situation
from assistant.text.headers import partner_header
from tests.plan_training_helpers import parsed

DAY = dt.date(2026, 12, 5)


def _people(prefix: str) -> tuple[list[str], list[str]]:
    p = parsed(prefix)
    partner = Partner.from_name(p.partner)
    sit = build_situation(p.notes, p.partner, [], DAY)
    return [x.name for x in sit.people], [x.name for x in read_people(sit, partner)]


def test_partner_line_wins_over_the_plan_owner() -> None:
    p = parsed("906")
    assert p.partner == "Bartholomew Akinde", p.partner
    assert p.role == "Director of Campus Services"


def test_author_with_the_cio_role_is_never_the_partner() -> None:
    p = parsed("907")
    assert p.partner == "Zofia Malinowska", p.partner


def test_record_subject_names_the_partner() -> None:
    p = parsed("908")
    assert p.partner is not None and "Henrietta Vasquez-Oyelaran" in p.partner, p.partner


def test_chat_with_names_the_partner() -> None:
    assert parsed("909").partner == "Ottilie Brandvold"


def test_names_are_whole_and_honorifics_go_with_surnames() -> None:
    found, facts = _people("908")
    names = found + facts
    assert "Leopold Amundsen" in names, names
    assert "Jean-Marc Dubois" in names, names
    assert not [n for n in names if n.startswith(("Mr ", "Ms ")) and len(n.split()) > 2 or n in ("Marc Dubois", "Mr Leopold")], names
    from assistant.planning.situation_cues import person_name

    assert person_name("Ms Ada Kovacs") == "Ada Kovacs"
    assert person_name("Ms Kovacs") == "Ms Kovacs"


def test_hyphenated_first_name_in_a_chat_is_kept_whole() -> None:
    found, facts = _people("909")
    assert not [n for n in found + facts if n.startswith("Claire")], (found, facts)


def test_person_the_notes_keep_out_is_never_named() -> None:
    found, facts = _people("906")
    assert not [n for n in found + facts if "Odalys" in n or "Ferreira" in n], (found, facts)


def test_owner_line_alone_names_no_partner() -> None:
    header = partner_header(["Relationship log", "Kept by: Ines Duarte (CIO)", "", "3 March 2026", "Met the plant."])
    assert header.name is None
    topic = partner_header(["# Decision log — Student Records Platform", "Maintained by the architecture group", "", "ADR-1 ..."])
    assert topic.name is None


def test_advice_to_apologise_is_no_miss() -> None:
    p = parsed("910")
    sit = build_situation(p.notes, p.partner, [], DAY)
    assert not [i.quote for i in sit.items if i.kind == "miss" and "sorry" in i.quote], [i.quote for i in sit.items if i.kind == "miss"]


def test_a_colleagues_want_is_never_said_with_the_note_keepers_me() -> None:
    p = parsed("910")
    sit = build_situation(p.notes, p.partner, [], DAY)
    wants = [x.wants for x in read_people(sit, Partner.from_name(p.partner))]
    assert not [w for w in wants if " me" in f" {w} " or w.endswith(" me")], wants


def test_the_note_keepers_summary_line_ends_the_partners_turn() -> None:
    from assistant.planning.note_reading import speaker_ranges

    text = "Zofia: „Dziękuję za szybką odpowiedź.”\nEN summary: she thanked us for the two-day turnaround."
    ranges = speaker_ranges(text, Partner.from_name("Zofia Malinowska"))
    summary = text.index("EN summary")
    assert [who for start, end, who in ranges if start <= summary < end] == ["narrator"], ranges


def test_a_line_told_of_another_named_person_ends_the_partners_turn() -> None:
    from assistant.planning.note_reading import speaker_ranges

    text = "Zofia: „Nie ufam tym liczbom.”\nKarol Wiśniewski (her deputy) defended us and said the report helps him."
    ranges = speaker_ranges(text, Partner.from_name("Zofia Malinowska"))
    deputy = text.index("Karol")
    assert [who for start, end, who in ranges if start <= deputy < end] == ["narrator"], ranges
