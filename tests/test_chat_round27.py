"""Chat answers, round 27 (evals/datasets/chat_dev_round14.yaml): a message the CIO asks to have drafted is the draft itself,
in the CIO's voice, from the notes' typed facts (the partner's latest ask, a dependency left undated, the next committed date,
the partner's own deadline); nothing is drafted where the notes hold no ask, and other questions keep their shape."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.conversation.partner_answer import partner_answer
from assistant.text.notes_format import parse_notes_text

DEV = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "chat_dev_round14.yaml"
QUESTIONS: list[dict[str, Any]] = yaml.safe_load(DEV.read_text(encoding="utf-8"))


def _answer_text(q: dict[str, Any]) -> str:
    today = q["today"] if isinstance(q["today"], dt.date) else dt.date.fromisoformat(str(q["today"]))
    parsed = parse_notes_text(q["notes"], today=today)
    a = partner_answer(q["question"], parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")
    return (" ".join(a.direct) + " " + a.say_this).lower().replace("’", "'")


def test_the_dev_set_has_its_size() -> None:
    assert 12 <= len(QUESTIONS) <= 25
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    text = _answer_text(q)
    assert [m for m in q.get("must") or [] if m not in text] == [], text
    assert [m for m in q.get("must_not_say") or [] if m in text] == [], text


def test_a_drafted_reply_gets_no_line_from_the_material() -> None:
    from assistant.conversation.chat import Answer, with_partner

    q = next(x for x in QUESTIONS if x["id"] == "r1401")
    today = q["today"] if isinstance(q["today"], dt.date) else dt.date.fromisoformat(str(q["today"]))
    parsed = parse_notes_text(q["notes"], today=today)
    part = partner_answer(q["question"], parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")
    material = Answer(text="", direct="Offer one small thing the partner can check. [1]", say_this="Here is one thing you can check for yourself.",
                      grounded=True, passages=[("Offer one small thing. [1]", 1)])
    merged = with_partner(material, part, "", q["question"])
    assert "one thing you can check" not in merged.say_this, merged.say_this
    assert "Optivue has not yet dated firmware 3.1" in merged.text, merged.text
