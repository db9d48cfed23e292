"""Chat answers, round 33 (evals/datasets/chat_dev_round20.yaml): verdicts read from the partner's own words: no to making a
thing the partner asked not to get, whatever the question's form; the option of an either/or the partner has not put off;
no "just an introduction" while our promise is past due or the partner's request is open; and a delay the notes put with a
vendor is never owned as ours."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round20.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 12 <= len(QUESTIONS) <= 20
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)


def test_a_quadrant_asked_for_with_one_axis_unclear_is_neither_yet() -> None:
    from assistant.conversation.choice_verdict import unplaced

    line = ("Your notes (latest note 2 May) show plainly that Ines sees technology as a source of better information. "
            "How Ines sees our delivery is not clear yet; ask before you propose anything.")
    said = unplaced("Is Ines a partner or a utility?", [line])
    assert said[0].startswith("Neither yet: how Ines sees our delivery is not clear") and line in said[0]
    assert unplaced("What should I bring to Ines on Friday?", [line]) == [line]
