"""Our dated promises in more shapes: action labels with owners, 'we agreed I'd', a third-person diary, '(our commitment)',
'the 13th of December'; and lines that are not our promises."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 20)


def our_promises(line: str) -> list[tuple[str, dt.date | None]]:
    text = f"Partner: Aisling Cordero, Marketing Director\n\n2026-11-10 call\nAisling asked how the launch is going.\n{line}\n"
    parsed = parse_notes_text(text)
    sit = build_situation(parsed.notes, parsed.partner, [], TODAY)
    return [(i.complement, i.due) for i in sit.items if i.kind == "promise" and i.owner == "us"]


@pytest.mark.parametrize("line, due", [
    ("ACTION (IT / Sam): draft benchmark by 1 Dec.", dt.date(2026, 12, 1)),
    ("We agreed I'd get her the draft benchmark by 1 December.", dt.date(2026, 12, 1)),
    ("Committed: go-live on 8 December.", dt.date(2026, 12, 8)),
    ("I'll have the estimate to her by the 13th of December.", dt.date(2026, 12, 13)),
    ("Me: workstations for all 40 wards by 30 Nov.", dt.date(2026, 11, 30)),
    ("The CIO promised Aisling an options paper by 27 November.", dt.date(2026, 11, 27)),
    ("Go-live remains 7 December (our commitment).", dt.date(2026, 12, 7)),
])
def test_our_promise_is_read_with_its_date(line: str, due: dt.date) -> None:
    assert [d for _, d in our_promises(line)] == [due]


@pytest.mark.parametrize("line", [
    "Aisling promised to send the brief by 1 December.",
    "She asked whether we could have it by 1 December.",
    "Committee: meets 8 December.",
    "Me: I think she is unhappy.",
    "If we get the budget, we'll go live by 8 December.",
])
def test_not_our_promise(line: str) -> None:
    assert our_promises(line) == []
