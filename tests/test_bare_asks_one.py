"""An ask for "one" carries what "one" stands for in the line before ("no date for X. Asked for one in writing")."""

import datetime as dt

from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

NOTES = """Stakeholder: Gwen Lacey, Head of Estates
2026-03-02 meeting
- Gwen: the lift monitoring screens "freeze every week"; wants them swapped, feels the recharge is steep
2026-04-10 call
- still no date for the screen swap at the north depot. She asked for one in writing by end of month.
"""


def test_one_is_read_as_the_thing_the_line_before_names() -> None:
    parsed = parse_notes_text(NOTES)
    sit = build_situation(parsed.notes, parsed.partner or "", [], dt.date(2026, 5, 5))
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner"]
    assert asks and "date for the screen swap at the north depot" in asks[0].complement
    assert not asks[0].complement.startswith("for one")


def test_one_as_a_number_is_left_alone() -> None:
    notes = NOTES.replace("She asked for one in writing by end of month.", "She asked for one owner by end of month.")
    parsed = parse_notes_text(notes)
    sit = build_situation(parsed.notes, parsed.partner or "", [], dt.date(2026, 5, 5))
    assert not any("screen swap" in i.complement for i in sit.items if i.kind == "request")
