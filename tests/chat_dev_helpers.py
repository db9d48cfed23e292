"""Shared harness for the chat dev-round files (evals/datasets/chat_dev_round*.yaml): load a round, answer a question
from its notes with the partner path, and check its must / must_not_say fragments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.text.notes_format import parse_notes_text

DATASETS = Path(__file__).resolve().parents[1] / "evals" / "datasets"


def dev_round(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((DATASETS / name).read_text(encoding="utf-8"))


def partner_part(q: dict[str, Any]) -> PartnerAnswer:
    today = q["today"] if isinstance(q["today"], dt.date) else dt.date.fromisoformat(str(q["today"]))
    parsed = parse_notes_text(q["notes"], today=today)
    return partner_answer(q["question"], parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")


def answer_text(q: dict[str, Any]) -> str:
    a = partner_part(q)
    return (" ".join(a.direct) + " " + a.say_this).lower().replace("’", "'")


def missing_and_forbidden(q: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The must fragments the answer lacks and the must_not_say fragments it holds."""
    text = answer_text(q)
    return [m for m in q.get("must") or [] if m not in text], [m for m in q.get("must_not_say") or [] if m in text]
