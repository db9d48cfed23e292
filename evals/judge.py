"""Optional LLM judge: pairwise plan comparison through an OpenAI-compatible endpoint.

Second to the deterministic scorers, and calibrated against coach ratings:
each pair is judged in both orders and counts as a win only when both orders
agree (position bias shows up as a tie). Skipped unless COACH_LLM=openai.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.outputs import JudgeOutput
from assistant.paths import PROMPTS_DIR
from assistant.settings import Settings
from assistant.structured import StructuredOutputError, parse_output

JUDGE_PROMPT = PROMPTS_DIR / "judge_rubric_v1.md"


class JudgeUnavailable(RuntimeError):
    """No endpoint is configured (COACH_LLM is not openai)."""


class ChatClient(Protocol):
    """The slice of `openai.OpenAI` the judge uses; tests pass a fake."""

    @property
    def chat(self) -> Any: ...


@dataclass
class Verdict:
    winner: str  # "A" | "B" | "tie"
    first_order: str  # what the judge said with A shown first
    second_order: str  # with B shown first, mapped back to A/B
    reasons: tuple[str, str]

    @property
    def consistent(self) -> bool:
        return self.first_order == self.second_order


def judge_available(settings: Settings) -> bool:
    return settings.llm == "openai"


def make_client(settings: Settings) -> Any:
    if not judge_available(settings):
        raise JudgeUnavailable("The LLM judge needs COACH_LLM=openai and an OpenAI-compatible endpoint.")
    from openai import OpenAI

    return OpenAI(
        base_url=settings.openai_base_url or None,
        api_key=settings.api_key() or "not-needed",
        timeout=settings.timeout_s,
        max_retries=settings.max_retries,
    )


def render_prompt(template: str, **values: str) -> str:
    """Strict: every {name} in the template must be given (literal braces are written {{ }})."""
    needed = set(re.findall(r"(?<!\{)\{(\w+)\}(?!\})", template))
    missing = needed - set(values)
    if missing:
        raise KeyError(f"judge prompt needs {', '.join(sorted(missing))}")
    return template.format(**values)


def plan_as_text(plan: dict[str, Any]) -> str:
    """A plan payload (Plan.model_dump or contract()) as the judge reads it."""
    parts = [f"## {s.get('title', s.get('key', ''))}\n{s.get('text', '')}" for s in plan.get("sections", [])]
    if plan.get("value_message") and not any(plan["value_message"] in p for p in parts):
        parts.append(f"## Value message\n{plan['value_message']}")
    return "\n\n".join(parts)


def _parse(reply: str) -> tuple[str, str]:
    """The verdict through the core's one parsing path; an answer that is not a verdict counts as a tie."""
    try:
        verdict = parse_output(reply, JudgeOutput)
    except StructuredOutputError as exc:
        return "tie", f"unreadable verdict ({exc}): {reply[:160]}"
    return verdict.winner, verdict.reason or reply[:200]


class PairwiseJudge:
    def __init__(self, client: Any, model: str, prompt_path: Path = JUDGE_PROMPT, temperature: float = 0.0, structured: dict[str, Any] | None = None):
        self._client = client
        self._model = model
        self._template = prompt_path.read_text(encoding="utf-8")
        self._temperature = temperature
        self._structured = structured or {}  # request fields holding the endpoint to JudgeOutput's schema

    @classmethod
    def from_settings(cls, settings: Settings) -> PairwiseJudge:
        from assistant.engines.endpoint import detect_kind, first_mode
        from assistant.structured import request_fields

        fields = request_fields(detect_kind(settings), first_mode(settings), "judge_verdict", JudgeOutput)
        return cls(make_client(settings), settings.model, structured=fields)

    def _ask(self, notes: str, value_statement: str, first: str, second: str) -> tuple[str, str]:
        prompt = render_prompt(self._template, notes=notes, value_statement=value_statement, plan_1=first, plan_2=second)
        extra = {"extra_body": self._structured} if self._structured else {}
        response = self._client.chat.completions.create(
            model=self._model, messages=[{"role": "user", "content": prompt}], temperature=self._temperature, **extra,
        )
        return _parse(response.choices[0].message.content or "")

    def compare(self, notes: str, value_statement: str, plan_a: str, plan_b: str) -> Verdict:
        """A wins only if the judge prefers A both when A is shown first and when B is."""
        one, why_one = self._ask(notes, value_statement, plan_a, plan_b)
        two, why_two = self._ask(notes, value_statement, plan_b, plan_a)
        first = {"1": "A", "2": "B"}.get(one, "tie")
        second = {"1": "B", "2": "A"}.get(two, "tie")
        winner = first if first == second else "tie"
        return Verdict(winner, first, second, (why_one, why_two))


def agreement(verdicts: Iterable[Verdict], coach_preferences: Iterable[str]) -> dict[str, float]:
    """How often the judge's winner matches the coach's ("A", "B" or "tie"), and how often it is order-consistent."""
    pairs = list(zip(verdicts, coach_preferences, strict=True))
    if not pairs:
        return {"n": 0, "agreement": 0.0, "consistency": 0.0}
    agree = sum(1 for v, c in pairs if v.winner == c)
    consistent = sum(1 for v, _ in pairs if v.consistent)
    return {"n": len(pairs), "agreement": round(agree / len(pairs), 4), "consistency": round(consistent / len(pairs), 4)}
