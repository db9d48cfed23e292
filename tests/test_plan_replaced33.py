"""An ask, offer or promise the notes mark closed, replaced or withdrawn is not listed open (replaced_items.py): a later
line that replaces or narrows it, a bracketed status cell or a strike-through on its own line. A miss the partner waved
away as not ours is not an open miss; one they have not let go stays open (miss_reaction.py, miss_closure.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

PREFIXES = ["1150", "1151", "1152", "1153"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("replaced33")))


def _open(plan: Plan, kind: str, owner: str = "partner") -> list[str]:
    return [f"{i.text} {i.quote}" for i in plan.open_items if i.owner == owner and i.kind == kind and i.status != "done"]


def test_a_later_line_that_replaces_an_ask_closes_it(plans: dict[str, Plan]) -> None:
    asks = _open(plans["1150"], "request")
    assert not [a for a in asks if "all 40" in a]


def test_a_status_cell_closes_an_ask_and_an_offer(plans: dict[str, Plan]) -> None:
    plan = plans["1151"]
    assert not [a for a in _open(plan, "request") if "kiosk in every waiting room" in a]
    assert not [o for o in _open(plan, "offer") if "pilot users" in o]
    assert [o for o in _open(plan, "offer") if "seat beside mine" in o]  # the newest offer, no reply sent: open


def test_struck_and_replaced_asks_are_closed_the_rest_stays(plans: dict[str, Plan]) -> None:
    asks = _open(plans["1152"], "request")
    assert not [a for a in asks if "second shift" in a or "tablets" in a]
    assert [a for a in asks if "line-stop report" in a]


def test_a_miss_waved_off_as_not_ours_is_not_open_one_not_let_go_is(plans: dict[str, Plan]) -> None:
    misses = [i for i in plans["1153"].open_items if i.kind == "miss" and i.status != "done"]
    assert not [m for m in misses if "crane" in f"{m.text} {m.quote}"]
    assert [m for m in misses if m.owner == "us" and "berth-planning" in f"{m.text} {m.quote}"]


def test_a_delivered_want_gets_no_new_proposal(plans: dict[str, Plan]) -> None:
    assert not [f for f in plans["1152"].followups if "weighbridge" in f.what]
