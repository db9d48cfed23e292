"""Our promise's status on its own timeline, the meeting's day as today (promise_timeline, partly_kept, _new_date):
part of it in before its date is progress, never a broken promise; part of it in after its date, with a new date, is
owned as late with its count; a system named as live closes the promise of it; a report or a meeting is no promise;
a "Done." on the next line closes what it follows; a bracketed due date is the one meant; an owed date is given in the
meeting; the dates we read from "the eighteenth of December" and "a week before 21 January"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.due_dates import dates_in, due_date
from assistant.planning.promise_timeline import owes_an_answer
from assistant.planning.situation_types import Item
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases, top

CASES = {"748": ("cost per wagon handled and the scanner swap progress", dt.date(2027, 1, 14)),
         "749": ("the incident review we owe him and the e-prescribing go-live date", dt.date(2026, 12, 8))}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("status23")))


def _ours(plan: Plan, words: str) -> list:
    return [i for i in plan.open_items if i.kind == "promise" and i.owner == "us" and words.lower() in f"{i.text} {i.quote}".lower()]


def test_partial_before_its_date_is_progress_not_a_miss(plans: dict[str, Plan]) -> None:
    plan = plans["748"]
    item = _ours(plan, "scanners")
    assert item and item[0].status == "open" and item[0].due == "2027-01-29"
    assert "did not keep" not in top(plan) and "not kept" not in item[0].text
    assert any("7 of 20" in line and "as promised" in line for line in plan.script)


def test_system_named_live_closes_the_moved_promise(plans: dict[str, Plan]) -> None:
    plan = plans["748"]
    assert not _ours(plan, "WMS")  # neither the moved promise nor the report of it going live is open
    assert not [i for i in plan.open_items if "went live" in i.quote]


def test_partial_after_its_date_with_new_date_is_owned_late(plans: dict[str, Plan]) -> None:
    plan = plans["749"]
    item = _ours(plan, "kiosks")
    assert item and item[0].due == "2026-12-15" and "new date" in item[0].text
    line = next(x for x in plan.script if "11 of 30" in x)
    assert "late" in line and "15 December" in line and "Did it reach you" not in top(plan)


def test_bracketed_due_date_past_is_overdue(plans: dict[str, Plan]) -> None:
    item = _ours(plans["749"], "incident review")
    assert item and item[0].status == "overdue" and item[0].due == "2026-11-27"


def test_done_on_the_next_line_closes_it(plans: dict[str, Plan]) -> None:
    plan = plans["749"]
    assert not _ours(plan, "runbook")
    assert not [i for i in plan.open_items if "patch list" in i.quote]


def test_meeting_of_ours_is_no_promise(plans: dict[str, Plan]) -> None:
    assert not _ours(plans["749"], "see him")


def test_ordinal_words_and_offsets_are_dates() -> None:
    written = dt.date(2026, 12, 1)
    assert dates_in("the brochure reaches the printer on the twenty-second of december", written) == [dt.date(2026, 12, 22)]
    assert dates_in("we may first need a plan", written) == []
    assert due_date("the one slide a week before 1/21/2027", written, "mdy")[0] == dt.date(2027, 1, 14)
    assert due_date("two days before 9 January", written)[0] == dt.date(2027, 1, 7)
    assert due_date("by 9 January", written)[0] == dt.date(2027, 1, 9)


def _promise(comp: str) -> Item:
    return Item("promise", "us", "overdue", comp, dt.date(2026, 10, 1), "n", "you'll have", comp, False, dt.date(2026, 11, 30))


def test_owed_date_is_an_answer_not_a_deliverable() -> None:
    assert owes_an_answer(_promise("a fixed go-live date from me by 30 November"))
    assert owes_an_answer(_promise("an answer on the hosting question by 30 November"))
    assert not owes_an_answer(_promise("the new badge readers installed by 30 November"))
