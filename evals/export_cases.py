"""Coach feedback becomes eval cases: a reviewed plan or a rated chat answer -> a scenario dict.

The dicts use the scenarios.yaml schema (docs/data-formats.md) plus a `source`
key saying where the case came from; the loader ignores extra keys. Append them
to a JSONL file and run `coach eval --dataset that.jsonl`.

Rules, kept simple:
- a plan the coach rated 4 or 5 protects its moves: their tags become required;
- a plan rated 1 or 2 marks what was wrong: forbidden tags found in its text become forbidden;
- explicit `required_moves` / `forbidden_moves` / `facts` always win.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.schema import Plan
from evals.rubric import default_rubric, move_tags, text_tags

FORBIDDEN_TAGS = (
    "lead_with_it_metrics", "big_bang_proposal", "defend_legacy", "feature_talk",
    "call_them_customers", "budget_justification_first", "jargon", "overpromise",
)
UNKNOWN = {"dependence": "unknown", "competence": "unknown", "quadrant": "unknown"}


def _expected(assessment: dict[str, Any] | None, override: dict[str, str] | None) -> dict[str, str]:
    """The coach's override wins over the engine's assessment."""
    from assistant.schema import quadrant_for

    source = {**(assessment or {}), **(override or {})}
    dependence = str(source.get("dependence", "unknown"))
    competence = str(source.get("competence", "unknown"))
    return {"dependence": dependence, "competence": competence, "quadrant": quadrant_for(dependence, competence)}


def case_from_plan_review(
    case_id: str,
    notes: str,
    plan_payload: dict[str, Any],
    *,
    rating: int | None = None,
    comments: Iterable[str] = (),
    edited_plan: dict[str, Any] | None = None,
    assessment: dict[str, Any] | None = None,
    override: dict[str, str] | None = None,
    function: str | None = None,
    value_statement: str = "",
    facts: list[str] | None = None,
    required_moves: list[str] | None = None,
    forbidden_moves: list[str] | None = None,
) -> dict[str, Any]:
    """A scenario from a plan a coach reviewed (the stored Plan payload, as edited, plus rating and comments)."""
    plan = Plan.model_validate(plan_payload)
    reference = Plan.model_validate(edited_plan) if edited_plan else plan
    required = required_moves
    if required is None:
        required = sorted(move_tags(reference.moves)) if rating is not None and rating >= 4 else []
    forbidden = forbidden_moves
    if forbidden is None:
        found = text_tags(plan, default_rubric(), list(FORBIDDEN_TAGS)) if rating is not None and rating <= 2 else {}
        forbidden = sorted(found)
    return {
        "id": case_id,
        "category": "coach_review",
        "function": function,
        "purpose": plan.purpose,
        "value_statement": value_statement,
        "notes": notes,
        "expected": _expected(assessment, override),
        "facts": list(facts or []),
        "required_moves": required,
        "forbidden_moves": forbidden,
        "canaries": [],
        "source": {
            "kind": "plan_review",
            "rating": rating,
            "comments": list(comments),
            "reference_value_message": reference.value_message,
        },
    }


def case_from_chat_answer(
    case_id: str,
    question: str,
    answer: str,
    *,
    thumbs_up: bool,
    reason: str = "",
    notes: str = "",
    assessment: dict[str, Any] | None = None,
    function: str | None = None,
    value_statement: str = "",
    sources: Iterable[str] = (),
) -> dict[str, Any]:
    """A scenario from a rated chat answer: the question becomes the meeting purpose."""
    return {
        "id": case_id,
        "category": "coach_chat",
        "function": function,
        "purpose": question,
        "value_statement": value_statement,
        "notes": notes,
        "expected": _expected(assessment, None) if assessment else dict(UNKNOWN),
        "facts": [],
        "required_moves": [],
        "forbidden_moves": [],
        "canaries": [],
        "source": {"kind": "chat", "question": question, "answer": answer, "thumbs_up": thumbs_up,
                   "reason": reason, "sources": list(sources)},
    }


def append_cases(cases: Iterable[dict[str, Any]], path: Path) -> int:
    """Append cases to a JSONL file; returns how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("a", encoding="utf-8") as handle:
        for case in cases:
            handle.write(json.dumps(case, ensure_ascii=False) + "\n")
            count += 1
    return count
