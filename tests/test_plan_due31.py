"""Session 22 (due31) on training partners 1094-1096: time. A partner's deadline that fell before the meeting, with no
later note saying whether our answer went, is asked about ("Your deadline was 1 December: did our answer reach you? ..."); the plan
never announces a miss the notes do not record ("Your 1 December deadline has passed: what we have comes today"). A promise is "(kept)"
only when a line shows it: restated later and still open, or, not yet due, "kept" by a line naming none of it, it is not. Our promise due
before the meeting with no word since is homework: check with its owner whether it was kept."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import TODAY, plan_all

from assistant.planning import kept_unshown
from assistant.planning.situation_types import Item, Situation
from assistant.schema import Plan

PAST = {"1094": "1 December", "1095": "2 December"}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all([*PAST, "1096"], tmp_path_factory.mktemp("plan-due31"))


def test_our_promise_due_before_the_meeting_with_no_word_since_is_checked_with_its_owner(plans) -> None:  # type: ignore[no-untyped-def]
    plan = plans["1096"]  # offline mode by 1 Dec, owner Sunniva; a later revision says nothing of it
    text = " ".join(s.text for s in plan.sections)
    assert "check with Sunniva whether our promise of 2 November, due 1 December, was kept" in text, text
    assert "(kept)" not in text


@pytest.mark.parametrize("prefix", list(PAST))
def test_a_deadline_before_the_meeting_is_asked_about_never_called_missed(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    plan, day = plans[prefix], PAST[prefix]
    script = " ".join(plan.script)
    assert f"Your deadline was {day}: did our answer reach you? Was it what you needed?" in script, script
    assert "has passed" not in script and "what we have comes today" not in script, script
    assert day in plan.one_thing, plan.one_thing


def _promise(text: str, day: dt.date, due: dt.date, status: str = "open", done: str = "") -> Item:
    return Item(kind="promise", owner="us", status=status, quote=text, date=day, note_ref="n", complement=text, due=due,
                done_quote=done, done_on=day if done else None)


def test_a_promise_restated_later_and_still_open_is_never_kept_in_its_earlier_line() -> None:
    first = _promise("Offline mode for the crew inspection app on the older tablets by 1 Dec (owner: Sunniva)",
                     dt.date(2026, 11, 2), dt.date(2026, 12, 1), "done", "Version of 24 November 2026, 16:05")
    again = _promise("Offline mode for the crew inspection app by 1 Dec (owner: Sunniva). Works on two test tablets.",
                     dt.date(2026, 11, 24), dt.date(2026, 12, 1), "overdue")
    sit = Situation(items=[first, again], meeting_day=TODAY)
    kept_unshown.review(sit)
    assert sit.items == [again] and again.status == "overdue"  # the later line carries it


def test_a_promise_not_yet_due_is_not_kept_by_a_line_about_something_else() -> None:
    gate = _promise("new weatherproof badge readers at the east gate by 26 February comma Petra owns it full stop",
                    dt.date(2026, 11, 3), dt.date(2027, 2, 26), "done", "He mentioned that his deputy comma wants the annex rota full stop.")
    permit = _promise("the car park permit change by 30 November", dt.date(2026, 7, 1), dt.date(2026, 11, 30), "done",
                      "The car park permit change went live on Monday, so that one is kept.")
    sit = Situation(items=[gate, permit], meeting_day=TODAY)
    kept_unshown.review(sit)
    assert gate.status == "open" and not gate.done_quote
    assert permit.status == "done"  # its own line says it went
