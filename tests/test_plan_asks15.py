"""The partner's open ask read from who is speaking (voiced_asks.py): a chat handle's dated want, the Q lines of Q/A
notes that answer in our voice, a quotation under an entry headed as her e-mail, and an e-mail's "I still need ...
I need it by ..."; a courtesy ("Please thank her.") or a remark ("asked questions about me") is never the ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_all, top

ASKS = {"407": "reefer yard", "408": "call recording", "409": "four in the morning", "410": "admin rights"}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(ASKS), Path(tmp_path_factory.mktemp("asks15")))


@pytest.mark.parametrize("prefix", list(ASKS))
def test_the_open_ask_leads(plans: dict[str, Plan], prefix: str) -> None:
    words = ASKS[prefix]
    assert words in top(plans[prefix]), top(plans[prefix])


@pytest.mark.parametrize("prefix", list(ASKS))
def test_the_ask_is_in_the_open_list(plans: dict[str, Plan], prefix: str) -> None:
    words = ASKS[prefix]
    assert any(words in i.text for i in plans[prefix].open_items), [i.text for i in plans[prefix].open_items]


def test_a_courtesy_is_never_an_ask(plans: dict[str, Plan]) -> None:
    seen = top(plans["410"]) + " ".join(i.text for i in plans["410"].open_items)
    assert "thank her" not in seen.lower()


def test_a_remark_is_never_an_ask(plans: dict[str, Plan]) -> None:
    seen = top(plans["409"]) + " ".join(i.text for i in plans["409"].open_items)
    assert "questions about me" not in seen


def test_the_q_tag_is_not_quoted(plans: dict[str, Plan]) -> None:
    assert "“Q:" not in top(plans["408"])
