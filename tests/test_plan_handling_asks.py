"""An ask about how to handle a matter ("keep it between us", "copy her personal address", "don't mention it to the
board") is no open item; an ask for something to deliver beside it still is. Partner invented here."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.planning.handling_asks import HANDLING

NOTES = """Partner: Ottilie Brandt, Director of Compliance

2026-10-02 coffee
Ottilie is moving the screening team to a new floor next month. She asked me to keep it between us until the staff are told.
She asked me to copy her personal address on anything about the move.

2026-10-20 meeting
Ottilie asked us for a costed option to replace the sanctions-screening tool by 14 November.
She asked me not to mention the vendor review to the board yet.
"""


def test_handling_asks_are_no_open_items_and_the_deliverable_leads(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(NOTES, dt.date(2026, 10, 25))
    asks = [o.quote for o in plan.open_items if o.kind == "request"]
    assert any("costed option" in q for q in asks)
    assert not any(w in q for q in asks for w in ("between us", "personal address", "not to mention"))
    assert "sanctions-screening" in plan.one_thing or "14 November" in plan.one_thing


@pytest.mark.parametrize("complement, handling", [
    ("me to keep it between us until then", True),
    ("me to copy her personal address on anything about it", True),
    ("us not to mention the vendor review to the board yet", True),
    ("me to call her first", True),
    ("us for a costed option to replace the tool", False),
    ("me to call her with the estimate by Friday", False),
    ("us to keep the portal running through the audit", False),
])
def test_which_complements_are_about_handling(complement: str, handling: bool) -> None:
    assert (HANDLING.search(complement) is not None) is handling


TWO_ASKS = """Partner: Nils Ekdahl, Head of Distribution

2026-11-02 call
Nils asked for a written breakdown of the depot IT recharge before his budget meeting on 20 December.
He asked again whether the depots could buy their own tablets.
"""


def test_two_asks_of_one_day_are_named_not_counted(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(TWO_ASKS, dt.date(2026, 11, 10))
    said = " ".join(plan.script)
    assert "The 2 things you asked" not in said
    assert "On 2 November you asked for the written breakdown and whether the depots could buy their own tablets." in said
