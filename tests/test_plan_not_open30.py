"""What the notes read as an ask but nothing open stands behind stays out of "Open between us" (not_open.py): an ask
closed in its own line (a tick and a send date, an answer on the spot), a deputy's want, the CIO's own question, a line
kept out of the plan, a withdrawn ask (its replacement stays), an ask's history, one ask told twice, the answer date of
an offer. The true asks and offers beside them stay listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_all

PREFIXES = ["1052", "1053", "1054", "1055", "1056", "1057"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PREFIXES, Path(tmp_path_factory.mktemp("open30")))


def _theirs(plan: Plan, kind: str = "request") -> list[str]:
    return [i.text for i in plan.open_items if i.owner == "partner" and i.kind == kind]


def test_asks_closed_in_their_own_line_are_not_open(plans: dict[str, Plan]) -> None:
    asks = _theirs(plans["1052"])
    assert not [a for a in asks if "answered on the spot" in a or "sent 14 Nov" in a or "Draft for" in a]
    assert [a for a in asks if "licence" in a]  # the ask still open keeps its line


def test_a_deputys_want_is_not_the_partners(plans: dict[str, Plan]) -> None:
    asks = _theirs(plans["1053"])
    assert not [a for a in asks if "pilot" in a]
    assert [a for a in asks if "weekly count" in a]


def test_own_question_and_kept_out_line_are_no_asks(plans: dict[str, Plan]) -> None:
    plan = plans["1054"]
    assert _theirs(plan) == []  # the list stays empty of asks rather than filled
    assert [o for o in _theirs(plan, "offer") if "desk in his planning room" in o]


def test_withdrawn_ask_leaves_its_replacement(plans: dict[str, Plan]) -> None:
    asks = _theirs(plans["1055"])
    assert [a for a in asks if "support contract" in a]
    assert not [a for a in asks if "withdrawn" in a]


def test_history_and_a_restated_ask_are_listed_once(plans: dict[str, Plan]) -> None:
    asks = _theirs(plans["1056"])
    assert not [a for a in asks if "had asked" in a]
    assert len([a for a in asks if "engineer" in a or "a name, not a queue" in a]) == 1
    assert [a for a in asks if "first three depots" in a]


def test_an_offers_answer_date_is_no_ask_and_the_offer_is_listed_once(plans: dict[str, Plan]) -> None:
    plan = plans["1057"]
    assert not [a for a in _theirs(plan) if "Answer needed" in a]
    assert len(_theirs(plan, "offer")) == 1
    assert [a for a in _theirs(plan) if "reason code" in a]
