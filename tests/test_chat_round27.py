"""Chat answers, round 27 (evals/datasets/chat_dev_round14.yaml): a message the CIO asks to have drafted is the draft itself,
in the CIO's voice, from the notes' typed facts (the partner's latest ask, a dependency left undated, the next committed date,
the partner's own deadline); nothing is drafted where the notes hold no ask, and other questions keep their shape."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden, partner_part

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round14.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 12 <= len(QUESTIONS) <= 25
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)


def test_a_drafted_reply_gets_no_line_from_the_material() -> None:
    from assistant.conversation.chat import Answer, with_partner

    q = next(x for x in QUESTIONS if x["id"] == "r1401")
    part = partner_part(q)
    material = Answer(text="", direct="Offer one small thing the partner can check. [1]", say_this="Here is one thing you can check for yourself.",
                      grounded=True, passages=[("Offer one small thing. [1]", 1)])
    merged = with_partner(material, part, "", q["question"])
    assert "one thing you can check" not in merged.say_this, merged.say_this
    assert "Optivue has not yet dated firmware 3.1" in merged.text, merged.text
