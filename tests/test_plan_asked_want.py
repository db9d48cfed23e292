"""A request the partner made in their own first-person words is named when it is said back ("On 3 March you asked for
a costed migration plan."), never "What you asked on 3 March is still open", which names nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.planning.lead_replies import asked_want
from assistant.planning.situation_types import Item


def _ask(quote: str) -> Item:
    return Item("request", "partner", "open", quote, dt.date(2026, 11, 3), "2026-11-03", complement=quote)


@pytest.mark.parametrize(("quote", "named"), [
    ("I want a costed migration plan for the two depots.", "a costed migration plan for the two depots"),
    ("We need the reconciled stock figures by the 9th.", "the reconciled stock figures"),
    ("“I'd like a one-page summary of the outage, before the audit committee.”", "a one-page summary of the outage"),
    ("I really need two named testers from your side.", "two named testers from your side"),
])
def test_their_own_want_is_named(quote: str, named: str) -> None:
    assert asked_want(_ask(quote)) == named


@pytest.mark.parametrize("quote", [
    "I want you to call me before Friday.",          # a person, not a thing
    "We need to know what the licences buy.",        # a verb first: no thing to name
    "I need it by Friday.",                          # a pronoun pointing elsewhere
    "She wants a costed plan.",                      # our narration: not their first-person words
])
def test_anything_else_is_not_named(quote: str) -> None:
    assert asked_want(_ask(quote)) == ""
