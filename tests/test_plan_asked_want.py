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
    "She wants us to call her before Friday.",       # told in our note, and still a person, not a thing
])
def test_anything_else_is_not_named(quote: str) -> None:
    assert asked_want(_ask(quote)) == ""


def test_a_want_told_in_our_note_is_named_without_its_spec() -> None:
    ask = _ask("She wants two costed options for the archive move, each with the risk in plain words, by 9 March.")
    assert asked_want(ask) == "two costed options for the archive move"
    assert asked_want(_ask("He wants a saving of $80,000 in the print budget.")) == "a saving of $80,000 in the print budget"


def test_options_for_a_cut_are_a_document_we_hand_over_not_a_number_we_cannot_promise() -> None:
    from assistant.planning.lead_lines import reply_by

    options = _ask("She wants three options for cuts of 12% in the hosting budget.")
    options.complement = "three options for cuts of 12% in the hosting budget"
    said = reply_by(options, dt.date(2026, 11, 20), dt.date(2026, 11, 5))
    assert "cannot promise that number" not in said and "options" in said
    target = _ask("She wants the recharge cut by 20%.")
    target.complement = "the recharge cut by 20%"
    assert "cannot promise that number" in reply_by(target, dt.date(2026, 11, 20), dt.date(2026, 11, 5))
