"""Promise status, dates and proof (session 19, dimension d): a promise handed over ahead of its own date is kept, not
overdue; an ask with its own date is not closed by our next-line promise of another thing; people "working from" data
deliver nothing; a calendar invite whose When: line starts with a weekday dates its entry; month names in the reader's
languages; a past-tense date takes the year before the note, never the next; a date owed for a thing since delivered is
moot; a rival's proposal, our no and a summary's label line are no proof to build on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.due_dates import dates_in, due_date
from assistant.schema import OpenItem, Plan
from assistant.text.notes_format import parse_notes_text
from tests.plan_training_helpers import plan_cases, top

CASES = {"832": ("the price-realisation forecast for the summit", dt.date(2026, 10, 27)),
         "833": ("the energy screen before the gas talks", dt.date(2026, 12, 2)),
         "834": ("the day-care bed view", dt.date(2026, 10, 14)),
         "835": ("the run-cost forecast for the board pack", dt.date(2026, 12, 8))}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("status25")))


def _items(plan: Plan, kind: str, owner: str, words: str) -> list[OpenItem]:
    return [i for i in plan.open_items if i.kind == kind and i.owner == owner and words.lower() in f"{i.text} {i.quote}".lower()]


def _competence(plan: Plan) -> str:
    return " ".join(s.text for s in plan.sections if s.key == "competence")


def test_handed_over_ahead_of_its_date_is_kept_not_overdue(plans: dict[str, Plan]) -> None:
    plan = plans["832"]
    assert not _items(plan, "promise", "us", "May 4")
    assert "by May 4”, due 2026-05-04 (kept)" in _competence(plan)


def test_ask_with_its_own_date_stays_open_past_our_other_promise(plans: dict[str, Plan]) -> None:
    plan = plans["832"]
    asks = _items(plan, "request", "partner", "price-realisation")
    assert asks and asks[0].status == "open" and asks[0].due == "2026-11-06"
    assert "working from one shared extract" not in _competence(plan)  # people at work on it: no delivery, no proof


def test_weekday_in_the_when_line_dates_the_first_invite(plans: dict[str, Plan]) -> None:
    plan = plans["833"]
    assert not _items(plan, "promise", "us", "20.04")  # kept on the day, in April 2026: never open and due in 2027
    asks = _items(plan, "request", "partner", "scrap cost")
    assert all(i.date == "2026-03-11" for i in asks)
    assert "recently" not in top(plan).lower()


def test_dutch_month_is_read_as_that_month(plans: dict[str, Plan]) -> None:
    text = " ".join([*(f"{i.text} {i.due}" for i in plans["834"].open_items), _competence(plans["834"])])
    assert "2027-01-01" not in text and "1 January" not in text


def test_month_names_in_the_readers_languages() -> None:
    written = dt.date(2026, 4, 14)
    for words, month in [("live by 1 juli", 7), ("bis 3. März", 3), ("até 5 de maio", 5), ("do 12 września", 9), ("le 1er avril", 4),
                         ("entro il 9 giugno", 6), ("senast 20 augusti", 8), ("voor 2 mei", 5), ("antes del 8 de octubre", 10)]:
        day = due_date(f"{words.split()[0]} {' '.join(words.split()[1:])}", written)[0] or dates_in(words, written)[0]
        assert (day.month, day.year) == (month, 2026), words


def test_a_past_tense_date_is_before_the_note() -> None:
    written = dt.date(2026, 12, 10)
    assert dates_in("Payroll went live on 17/07.", written) == [dt.date(2026, 7, 17)]
    assert due_date("went live on 14 December", dt.date(2027, 1, 5))[0] == dt.date(2026, 12, 14)
    assert due_date("We will send it by 14 January", written)[0] == dt.date(2027, 1, 14)


def test_date_owed_for_a_thing_since_live_is_not_overdue(plans: dict[str, Plan]) -> None:
    plan = plans["835"]
    assert not _items(plan, "promise", "us", "16/07")
    assert "16/07" not in top(plan) and "not yet confirmed as kept" not in _competence(plan).split("16/07")[-1][:80]


def test_rival_proposal_and_our_no_are_no_proof(plans: dict[str, Plan]) -> None:
    plan = plans["835"]
    competence = _competence(plan)
    assert "Brightline" not in competence and "same no" not in competence
    assert not _items(plan, "request", "partner", "same no")


def test_notebook_page_number_before_the_date_heads_an_entry() -> None:
    text = ("Ana Ruiz (Director of Admissions)\nTyped up from my notebook by my EA.\n\n"
            "p. 4 — Tue 3 March 2026 — her office, 20 min\n- She wants the offer letters out in two days, not five.\n\n"
            "p. 19 — Wed 9 September 2026 — call\n- Offer letters now go out within two days. She said so at the board.\n")
    notes = parse_notes_text(text).notes
    assert [n.date for n in notes if "Offer" in n.text or "offer" in n.text] == [dt.date(2026, 3, 3), dt.date(2026, 9, 9)]
