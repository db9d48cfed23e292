"""An absence is claimed only from a confident reading (owed_check.absence_sure): our dated promise written in a
format or language the promise readers miss ("Comprometido: ... el 11/12", "Me: Yes. A costing ... by Wed 9 Dec") is
never denied with "No promise or miss of ours is open"; notes with several dated entries and no day set ahead of us
still say it; a shortfall dated the day the promise was made, before it fell due, is no miss (item_timeline)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.item_timeline import unclear_promises
from assistant.planning.situation_types import Item, Situation
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

PREFIXES = ["969", "970", "971"]
ABSENCE = "No promise or miss of ours is open"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("claims27")))


@pytest.mark.parametrize("prefix", ["969", "970"])
def test_an_unread_dated_promise_is_never_denied(plans: dict[str, Plan], prefix: str) -> None:
    whole = plans[prefix].model_dump_json()
    assert ABSENCE not in whole, (prefix, whole)


def test_a_confident_reading_still_says_nothing_is_open(plans: dict[str, Plan]) -> None:
    competence = next((s.text for s in plans["971"].sections if s.key == "competence"), "")
    assert competence == f"{ABSENCE} with Petra.", competence


def test_a_shortfall_bearing_the_promise_day_is_no_miss() -> None:
    """A 'not kept' line dated the day the promise was made, months before it falls due, is no broken promise."""
    made, due = dt.date(2026, 9, 10), dt.date(2026, 12, 31)
    early = Item("promise", "us", "overdue", "We promised backup links at all 12 branches by 31 Dec.", made, "n1", due=due,
                 broken_quote="7 of 12 branches on backup link.", broken_on=made)
    late = Item("promise", "us", "overdue", "We promised the report by 1 Oct.", made, "n1", due=dt.date(2026, 10, 1),
                broken_quote="Report still not sent.", broken_on=dt.date(2026, 11, 5))
    sit = Situation(items=[early, late])
    unclear_promises(sit)
    assert not early.broken_quote and early.broken_on is None
    assert late.broken_quote == "Report still not sent."  # a word after the due day still says it was not kept
