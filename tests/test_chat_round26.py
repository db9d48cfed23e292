"""Chat answers, round 26 (evals/datasets/chat_dev_round13.yaml): an outside firm's failure ("run by X, not by us", "X's
platform went dark") is not apologised for as ours; a meeting the partner asked for is no deliverable with a date to
confirm; "should I open by apologising (again)?" gets its verdict, "no" where the partner's e-mail reply (above the quoted
apology) closed it; a miss the CIO says is ours is never called a third party's; "should I agree, or push back?" is the CIO
pushing back, not the partner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.conversation.partner_answer import partner_answer
from assistant.text.notes_format import parse_notes_text

DEV = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "chat_dev_round13.yaml"
QUESTIONS: list[dict[str, Any]] = yaml.safe_load(DEV.read_text(encoding="utf-8"))


def _answer_text(q: dict[str, Any]) -> str:
    today = q["today"] if isinstance(q["today"], dt.date) else dt.date.fromisoformat(str(q["today"]))
    parsed = parse_notes_text(q["notes"], today=today)
    a = partner_answer(q["question"], parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")
    return (" ".join(a.direct) + " " + a.say_this).lower().replace("’", "'")


def test_the_dev_set_has_its_size() -> None:
    assert 15 <= len(QUESTIONS) <= 25
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    text = _answer_text(q)
    assert [m for m in q.get("must") or [] if m not in text] == [], text
    assert [m for m in q.get("must_not_say") or [] if m in text] == [], text
