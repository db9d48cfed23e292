"""Thanks for a thing and daily use close the ask it names; a partner's own aim with a direction is no ask of us."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.planning.item_status import PRAISE_OF_USE, link
from assistant.planning.situation_cues import WANT_DIRECTED

TODAY = dt.date(2026, 10, 12)

NOTES = """Partner: Ilse Vrij, Head of Fresh Produce

July 2: Ilse said the weekly stock report is useless to her store managers. She wants spoilage in the fresh aisles down
a third by next summer.
August 14: Asked for a daily view of stock at risk by 1 September.
September 30: She thanked us for the view; her managers open it every morning before the doors open.
"""


@pytest.mark.parametrize("text", [
    "She thanked us for the view; her managers open it every morning.",
    "Her planners check it every day now.",
    "Thanks for the dashboard, we live in it each week.",
])
def test_thanks_for_a_thing_and_daily_use_read_as_delivered(text: str) -> None:
    assert PRAISE_OF_USE.search(text)


@pytest.mark.parametrize("text", ["Thanks for the update on the outage.", "She thanked me for the call."])
def test_thanks_for_a_call_or_update_is_no_delivery(text: str) -> None:
    assert not PRAISE_OF_USE.search(text)


def test_a_definite_reference_to_the_asks_own_thing_links_them() -> None:
    ask = "Asked for a daily view of stock at risk by 1 September."
    assert link(ask, "She thanked us for the view; her managers open it every morning.") >= 2
    assert link(ask, "She mentioned a view of the river from the new office.") < 2


@pytest.mark.parametrize("text, is_ask", [
    ("She wants spoilage in the fresh aisles down a third by next summer.", False),
    ("She wants conversion from 61% to 70% by June.", False),
    ("He wants the backlog of complaints halved by March.", False),
    ("He wants IT run cost down 5% by March.", True),
    ("She wants the benchmark by Friday.", True),
    ("She wants a daily view from us by 1 May.", True),
])
def test_an_aim_with_a_direction_is_not_an_ask_of_us(text: str, is_ask: bool) -> None:
    assert bool(WANT_DIRECTED.search(text)) is is_ask


def test_the_plan_closes_the_thanked_view_and_keeps_her_aim_as_a_goal(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(NOTES, TODAY, "quarterly review", "Technology is worth what it does for our customers.")
    open_texts = " ".join(i.text for i in plan.open_items if i.status != "done")
    assert "daily view" not in open_texts  # thanked for and used every morning: delivered
    assert "spoilage" not in open_texts  # her own aim, not an ask of ours
    assert "spoilage" in plan.value_message
    said = " ".join(plan.script)
    assert "still open" not in said and "deadline" not in said


COPRESENT = """Stakeholder: Nadia Fenwick, Director of Brand

2026-09-02 meeting: autumn planning
Nadia wants a joint brand and technology session at the 2027 planning day: loyalty offers priced from what members buy.
Asked me to co-present and to show the exec what the data can do, not what is easy.
"""


def test_an_undated_ask_to_co_present_gets_a_plain_yes_at_the_event_a_sibling_names(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(COPRESENT, dt.date(2026, 9, 20), "quarterly review")
    said = " ".join(plan.script)
    assert "Yes: I'll co-present with you at the 2027 planning day." in said
    assert "things you asked" not in said and "My answer, with one owner" not in said


CARRIER = """Stakeholder: Oskar Lindqvist, Head of Distribution

2026-10-14 call
Our release on Monday night rejected 300 parcel labels and they missed the evening collection.
Oskar: "Not on you. Nordfrakt changed their label format overnight and told nobody."
He asked for a check of every carrier's label spec by 30 October.
"""


def test_a_miss_a_neighbour_gives_to_a_carrier_is_never_owned(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(CARRIER, dt.date(2026, 10, 20), "escalation after an outage")
    said = " ".join(plan.script) + " " + plan.one_thing
    assert not re.search(r"\b(?:sorry|apolog|was ours|on us)\b", said, re.IGNORECASE), said
    assert not any(i.kind == "miss" and i.owner == "us" for i in plan.open_items)
    assert any(i.kind == "request" and "label spec" in i.text for i in plan.open_items)  # 'He asked ...' is our note again


THREAD = """Partner: Hanna Ostrowski, General Counsel

From: Hanna Ostrowski
Sent: 30 November 2026 08:12
To: CIO
Subject: RE: retention schedule

I need the schedule actually applied in the document system before 31 December: that's the date I've given the insurers.

On 12 October 2026, Hanna Ostrowski wrote:
>> Tom, the insurers have asked for evidence that our retention policy is applied,
>> not just written. Can you tell me where we stand by the end of the month?

On 14 October 2026, CIO wrote:
> Hanna, we will switch the retention rules on by 4 December.
"""


def test_reply_headers_and_marks_never_reach_a_quote(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(THREAD, dt.date(2026, 12, 3), "quarterly review")
    quotes = " ".join(i.text + " " + i.quote for i in plan.open_items) + " ".join(plan.script) + plan.one_thing
    assert "wrote:" not in quotes and ">>" not in quotes and "\\n>" not in quotes
    assert any(i.kind == "promise" and i.owner == "us" and "retention rules" in i.quote for i in plan.open_items)


def test_an_ask_that_only_points_back_carries_the_line_it_points_to(plan_text) -> None:  # type: ignore[no-untyped-def]
    notes = ("Stakeholder: Gwyn Parry, Director of Estates\n\n2026-10-13 call\nGwyn had heard from the finance team that the "
             "new booking system would cut IT costs by a third. Asked if that was true.\n")
    plan = plan_text(notes, dt.date(2026, 10, 20), "budget review")
    (ask,) = [i for i in plan.open_items if i.kind == "request"]
    assert ask.quote.startswith("Gwyn had heard from the finance team") and ask.quote.endswith("Asked if that was true.")
