"""Keep-out lines that say a true thing (session 12): a forgiven miss is named by a thing, never by a fragment with a verb
in it or a word that names nothing."""

from __future__ import annotations

import datetime as dt

from assistant.planning.situation_extras import _names_a_thing, miss_label
from assistant.planning.situation_types import Item


def _miss(quote: str, kind: str = "delay") -> Item:
    return Item(kind="miss", owner="us", status="done", quote=quote, date=dt.date(2026, 9, 8), note_ref="2026-09-08",
                miss_kind=kind, forgiven_quote="No harm done.")


def test_fragments_are_no_names() -> None:
    assert not _names_a_thing("the ledger mappings didn't load")
    assert not _names_a_thing("the bad")
    assert not _names_a_thing("the company")
    assert _names_a_thing("the payroll interface")


def test_a_miss_whose_phrase_is_a_fragment_is_named_by_its_day() -> None:
    label = miss_label(_miss("The rollout slipped a week because the ledger mappings didn't load and the company was annoyed."))
    assert "didn't" not in label and not label.endswith("company"), label


def test_a_confidential_line_or_a_sentence_adverb_names_no_one() -> None:
    from assistant.planning.note_reading import Partner
    from assistant.planning.situation import read_sentences
    from assistant.planning.situation_extras import find_people
    from assistant.text.notes_format import parse_notes_text

    notes = parse_notes_text(
        "Partner: Lorcan Dempsey, Head of Procurement\n"
        "2026-09-14 meeting\n"
        "Lorcan wants the purchase-order approvals out of e-mail and into the system by March. "
        "His deputy, Aoife Brennan (category lead), runs the supplier onboarding.\n\n"
        "2026-10-20 call\n"
        "Separately, the CFO told me that Internal Audit is reviewing a supplier payment case in procurement. "
        "In confidence; keep it out of every meeting.\n"
        "Meanwhile, the head of finance wants the approvals live before the audit.\n")
    partner = Partner.from_name(notes.partner)
    people = find_people(read_sentences(notes.notes, partner), partner)
    names = [p.name for p in people]
    assert "Separately" not in names and "Meanwhile" not in names, names
    assert any("Aoife" in n for n in names), names
