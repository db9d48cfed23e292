"""The meeting's purpose leads, and the meeting is the answer (purpose21): a purpose that hands a thing over in this
meeting is answered here, never at a later date; the one thing and each ask line name the ask; the partner's own words
quoted back ("for your team to own it") are no apology of ours; a line that only names an ask, or repeats one a line
before it answered, goes; an older broken promise no longer displaces the item the purpose names."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.planning.plan_checks import PlanChecker
from assistant.planning.purpose_anchor import purpose_items
from assistant.planning.purpose_leads import ask_named, asks_answered, named_ask_goal
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "683": ("Bring Dario a draft of the routing-engine estimate before his 18 December deadline", dt.date(2026, 12, 8)),
    "684": ("Give Hana an answer on the engineer secondment and her co-funding offer", dt.date(2026, 12, 9)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("purpose21")))


def _later_dates(line: str, today: dt.date) -> list[dt.date]:
    bare = re.sub(r"“[^”]*”", "", line)
    days = [dt.datetime.strptime(f"{d} {m} {today.year}", "%d %B %Y").date() for d, m in re.findall(r"\bby (\d{1,2}) ([A-Z][a-z]+)", bare)]
    return [d for d in days if d > today]


def test_the_thing_brought_to_the_meeting_is_here_not_later(plans: dict[str, Plan]) -> None:
    plan = plans["683"]
    lines = [x for x in plan.script if "estimate" in x]
    assert lines and "today" in lines[0]
    assert not _later_dates(lines[0], dt.date(2026, 12, 8))
    assert any(f.what.startswith("Before the meeting") and "estimate" in f.what for f in plan.followups)


def test_one_thing_and_ask_line_name_the_ask(plans: dict[str, Plan]) -> None:
    plan = plans["683"]
    assert "estimate" in plan.one_thing and not plan.one_thing.startswith("Answer what")
    assert not any(x.startswith("What you asked") for x in plan.script)


def test_partners_quote_is_no_apology_of_ours() -> None:
    sit = SimpleNamespace(items=[], owned_misses=lambda: [], sentences=[], confidences=[], avoid=[])
    checker = PlanChecker(sit)  # type: ignore[arg-type]
    line = "On 2 March you asked: “A costed plan for your team to own it, with run cost.” You'll have the plan by 9 March, with one owner."
    assert checker.fault(line) == ""
    assert checker.fault("We missed it, I own it.") != ""  # our own owning with no miss of ours on record still goes


def test_dangling_and_repeated_ask_lines_go() -> None:
    script = ["On 26 May you asked for the survey. You'll have the survey by 2 June, with one owner.",
              "On 3 June you asked for the survey.", "On 1 June you asked for the survey. You'll have the survey by 9 June.",
              "Yes to your seat on the panel."]
    assert asks_answered(script) == [script[0], script[3]]


def test_ask_named_by_the_purpose_item() -> None:
    line = "What you asked on 4 May is still open. My answer, with one owner, comes by 11 May."
    assert ask_named(line, "the depot rota report").startswith("On 4 May you asked for the depot rota report. My answer")
    assert ask_named(line, "Report rota status") == line  # no thing named as one: the line stays
    goal = named_ask_goal("Answer what Ola asked on 4 May, with one owner, before 20 May.", ["On 4 May you asked: “x.” You'll have the survey by 19 May."])
    assert goal == "Bring Ola the survey, with one owner, before 20 May."


def test_purpose_items_leave_out_name_and_draft_frame() -> None:
    assert purpose_items("Bring Tomas a draft of the kiosk estimate before his 3 May deadline") == ["the kiosk estimate"]
    assert purpose_items("Give Ola an answer on the analyst loan and her funding offer") == ["the analyst loan", "your funding offer"]
