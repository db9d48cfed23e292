"""Chat answers, round 32 (evals/datasets/chat_dev_round19.yaml): a verdict first where the typed facts decide it: "no"
to opening by acknowledging a failure the partner has put behind them; "raise it, privately" where someone on the CIO's
side acted against the partner; no apology as ours where a role the notes give the partner's side caused the failure;
and a drafted e-mail that puts the CIO's own promise in writing as made (who, what, by when), with the partner's ask to
hold something back confirmed in their terms."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round19.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 12 <= len(QUESTIONS) <= 20
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)
