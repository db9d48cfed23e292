"""Chat answers, round 30 (evals/datasets/chat_dev_round17.yaml): the partner is called by their own first name when the
header carries a translated title ("Name — Título (Title), Firm, City") or a CRM account label ("account: Unit (Name,
Title)"), never by the title's words; the CIO's own "Asked <colleague> to ..." is never put to the partner as their ask."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round17.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 12 <= len(QUESTIONS) <= 20
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)
