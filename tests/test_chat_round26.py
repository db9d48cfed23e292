"""Chat answers, round 26 (evals/datasets/chat_dev_round13.yaml): an outside firm's failure ("run by X, not by us", "X's
platform went dark") is not apologised for as ours; a meeting the partner asked for is no deliverable with a date to
confirm; "should I open by apologising (again)?" gets its verdict, "no" where the partner's e-mail reply (above the quoted
apology) closed it; a miss the CIO says is ours is never called a third party's; "should I agree, or push back?" is the CIO
pushing back, not the partner."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round13.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 15 <= len(QUESTIONS) <= 25
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)
