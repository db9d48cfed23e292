"""The CIO's own reading of a partner ("My read: she would like ...", "(my wording, not hers)") is never put in the
partner's mouth: no request, offer or goal of theirs is built from it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.planning.render import plan_markdown
from assistant.planning.situation_round8 import cio_reading

NOTES = """Stakeholder: Ines Alvarado, Director of Customer Operations

2 Oct 2026 - meeting
Ines said the call-routing change went in on the day we promised and her team noticed the difference.
My read: she would like a single view of complaints across the three contact centres, but she has not asked for it.
My view is that she would welcome an analyst on her floor.

6 Nov 2026 - call
Ines asked us for the weekly abandonment figures by 20 November.
I think she wants first-contact resolution at 80% next year (my wording, not hers).
"""


@pytest.fixture(scope="module")
def plan(plan_text):  # type: ignore[no-untyped-def]
    return plan_text(NOTES, dt.date(2026, 11, 24))


def test_the_cios_reading_is_no_request_of_hers(plan) -> None:  # type: ignore[no-untyped-def]
    asks = [i for i in plan.open_items if i.owner == "partner"]
    assert [str(i.date) for i in asks] == ["2026-11-06"]
    assert "abandonment figures" in asks[0].quote
    text = plan_markdown(plan)
    assert "single view of complaints" not in text and "analyst on her floor" not in text
    assert "things you asked on 2 October" not in text


def test_a_goal_in_the_cios_wording_is_not_said_back_as_hers(plan) -> None:  # type: ignore[no-untyped-def]
    assert "my wording" not in plan_markdown(plan)


@pytest.mark.parametrize("text", [
    "My read: she would like a single view of complaints, but she has not asked for it.",
    "My view is that he would welcome an analyst.",
    "He wants churn down 5% (my wording, not his).",
    "She would like weekly figures, though she hasn't asked.",
])
def test_readings(text: str) -> None:
    assert cio_reading(text)


@pytest.mark.parametrize("text", [
    "Ines asked us for the weekly abandonment figures by 20 November.",
    "She wants first-contact resolution at 80% next year.",
    "He said he has asked twice for the report.",
])
def test_not_readings(text: str) -> None:
    assert not cio_reading(text)
