"""Our promise stays open when a later line says the thing itself is late, even if a part of it 'arrived' late."""

import datetime as dt
from pathlib import Path

from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

NOTES = Path(__file__).parent / "data" / "plan_training" / "1045_supply_pilot_running_late.md"


def _promise(text: str):  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(text)
    sit = build_situation(parsed.notes, parsed.partner or "", [], dt.date(2026, 12, 7))
    return next(i for i in sit.items if i.kind == "promise" and i.owner == "us")


def test_a_pilot_said_to_be_two_weeks_late_is_overdue_not_done() -> None:
    item = _promise(NOTES.read_text(encoding="utf-8"))
    assert item.status == "overdue", (item.status, item.done_quote)


def test_a_pilot_said_to_be_live_is_still_done() -> None:
    text = NOTES.read_text(encoding="utf-8").replace(
        "Marek says the pilot is two weeks late: vendor licence arrived late, our side also slow to set up the test data.",
        "Marek says the pilot of option B went live on the chilled range on 16 November.")
    assert _promise(text).status == "done"
