"""Keep-out lines that say a true thing (session 12): a forgiven miss is named by a thing, never by a fragment with a verb
in it or a word that names nothing; a note with no date is not 'the note of an undated note'."""

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


def test_an_undated_keep_out_note_reads_plainly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from assistant.factory import build_engine
    from assistant.planning.planner import PlanInput
    from assistant.settings import Settings
    from assistant.text.notes_format import parse_notes_text

    notes = parse_notes_text(
        "Partner: Odile Marchand, Director of Operations\n"
        "Background: do not raise the reorganisation with her until it is announced.\n\n"
        "2026-10-02 meeting\nOdile wants the depot scanners replaced before peak. \"Can I have a costed option by 20 November?\"\n")
    engine = build_engine(Settings(data_dir=Path(tmp_path)), None)
    plan = engine.plan(PlanInput(notes.partner, notes.role, None, notes.notes, engine.assess(notes.notes, partner=notes.partner),
                                 "next regular meeting", "Technology keeps every depot moving.", [], dt.date(2026, 11, 3)))
    topics = [a.topic for a in plan.avoid]
    assert "what an undated note says to keep out of the room" in topics, topics
