"""Issue #20 (rubric b, d), session 14: a miss is a real event of its own day, and a fix the partner acknowledged heals it
(training partners 386-390).

- an old miss the partner recalls in a later entry ("before my time ... she still remembers it") is context, never a
  miss of that entry's day to apologise for or to ask the cost of;
- an outage a carrier caused, with our fallback fixed since and the partner's short "Good." reply, is not owned again;
- "delivered late April, all fine" is no delay, so no "put it behind them" keep-out is built on it;
- "no hard feelings" said of a future choice forgives nothing, and a slip fixed and liked since is not owned again;
- a miss whose own line states the day it happened is dated to that day, not the day it was noted.
"""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import plan_all, top

from assistant.planning.miss_events import not_an_event, recalled, time_only
from assistant.planning.miss_fixes import ACK
from assistant.planning.situation_types import Sentence
from assistant.schema import NoteText, Plan


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(["386", "387", "388", "389", "390"], tmp_path_factory.mktemp("heal14"))


def _questions(plan: Plan) -> str:
    return " ".join(s.text for s in plan.sections if s.title.lower().startswith("questions"))


def _owned_open(plan: Plan) -> list[str]:
    return [o.text for o in plan.open_items if o.kind == "miss" and o.owner == "us"]


def _said(plan: Plan) -> str:
    return " ".join([top(plan), _questions(plan), " ".join(f.what for f in plan.followups)])


def test_a_recalled_old_miss_is_no_miss_of_the_day_it_was_recalled(plans: dict[str, Plan]) -> None:
    plan = plans["386"]
    assert "sorry" not in _said(plan).lower() and "9 June problem" not in _said(plan), _said(plan)
    assert not _owned_open(plan), plan.open_items


def test_a_carrier_outage_fixed_since_to_a_good_is_not_owned_again(plans: dict[str, Plan]) -> None:
    plan = plans["387"]
    assert "sorry" not in _said(plan).lower() and "was ours" not in _said(plan), _said(plan)
    assert "cost your team" not in _questions(plan), _questions(plan)
    assert not _owned_open(plan), plan.open_items


def test_late_naming_a_month_is_no_delay_to_keep_out(plans: dict[str, Plan]) -> None:
    assert not [a for a in plans["388"].avoid if "behind them" in a.why], plans["388"].avoid


def test_a_conditional_no_hard_feelings_forgives_nothing_and_a_liked_fix_heals(plans: dict[str, Plan]) -> None:
    plan = plans["389"]
    assert not [a for a in plan.avoid if "behind them" in a.why], plan.avoid
    assert "sorry" not in _said(plan).lower() and not _owned_open(plan), _said(plan)


def test_a_miss_is_dated_to_the_day_its_line_states(plans: dict[str, Plan]) -> None:
    said = _said(plans["390"])
    assert "problem on 12 October was ours" in said, said
    assert "19 October problem" not in said and "problem on 19 October" not in said, said


def _line(text: str, day: dt.date = dt.date(2026, 5, 4)) -> Sentence:
    return Sentence(text, NoteText(ref=day.isoformat(), date=day, text=text), "narrator", 1)


@pytest.mark.parametrize("text", [
    "(The 2024 intranet move, our miss, and he still remembers it.)",
    "She recalled the billing outage of 2023 and laughed.",
    "He reminded me of the old data warehouse, before my time, that was years late.",
])
def test_recollections_of_old_misses(text: str) -> None:
    assert recalled(_line(text)) and not_an_event(_line(text))


@pytest.mark.parametrize("text", [
    "The payroll run failed on Friday; he remembers every minute of it.",  # a memory word, but this week's event
    "Our release broke the invoice export last night.",
])
def test_events_of_their_own_day_stay_misses(text: str) -> None:
    assert not not_an_event(_line(text))


def test_time_words_and_tallies_are_no_events() -> None:
    assert time_only("Shipped late March, no issues.") and not time_only("The March release was late.")
    assert not_an_event(_line("Three praises, one late invoice run, two complaints forwarded without comment."))
    assert not not_an_event(_line("Three servers went down, two came back within the hour."))
    assert not_an_event(_line("Every contract I see comes too late to negotiate."))


@pytest.mark.parametrize("text", ['Reply: "Good."', 'She wrote back: "Thanks, noted."', 'Omar: "Great. Keep it that way."', "👍"])
def test_short_acknowledgements(text: str) -> None:
    assert ACK.search(text)


def test_a_complaint_is_no_acknowledgement() -> None:
    assert not ACK.search('Reply: "Why did nobody tell me?"')
