"""Chat answers, round 31 (evals/datasets/chat_dev_round18.yaml): a question that asks for a verdict gets one first, read
from typed facts: no apology as ours where the notes put the only cause with a third party; "yes, it is not just a chat"
with the open request named, or "no" where nothing is open; the CIO's own conduct owned before anything else; a raise-or-
leave question led by the partner's unanswered request; "not yet" to going over the partner's head while our part is open."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.conversation.form_verdict import question_form
from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round18.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 12 <= len(QUESTIONS) <= 20
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)


@pytest.mark.parametrize(("question", "form"), [
    ("Should I tell him now, or wait until the review?", "choice"),
    ("Do I need to open with an apology?", "yes_no"),
    ("Is Noor still waiting on the export?", "yes_no"),
    ("Draft me a two-line reply to her e-mail.", "draft"),
    ("Give me the first two or three sentences I should say.", "draft"),
    ("What do I actually say to him on Friday?", "say"),
    ("How is the partnership going?", "open"),
])
def test_question_form(question: str, form: str) -> None:
    assert question_form(question) == form
