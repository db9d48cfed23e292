"""Chat answers, round 29 (evals/datasets/chat_dev_round16.yaml): delivered work is never an open item. A brief later line
reports the delivery ("All 12 handed out", "Register sent") or the partner thanks us for it; our promise written with the
request is settled with it; a late delivery the partner took without complaint is no miss to own again. A partial
delivery, thanks for something else and a late delivery the partner complained about stay open."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round16.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 15 <= len(QUESTIONS) <= 25
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)


def test_a_complaint_keeps_the_late_delivery_a_miss() -> None:
    q = next(q for q in QUESTIONS if q["id"] == "r1610")
    assert "it was ours" in answer_text(q)
