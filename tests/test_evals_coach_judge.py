"""The optional rubric judge: skipped without an endpoint, its replies parsed strictly, its agreement reported."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from assistant.settings import Settings
from evals.coach_judge import SKIPPED, RubricJudge, main, parse_scores
from evals.judge import JudgeUnavailable


def test_judge_without_an_endpoint_is_skipped_with_a_clear_message(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_LLM", "offline")
    with pytest.raises(JudgeUnavailable):
        RubricJudge.from_settings(Settings(llm="offline"))
    assert main() == 0
    assert SKIPPED in capsys.readouterr().out


def test_scores_are_parsed_only_when_all_six_are_valid() -> None:
    good = parse_scores('Here: {"a": 4, "b": 2, "c": 3, "d": 1, "e": 2, "f": 2, "reasons": {"d": "owns the carrier outage"}}')
    assert good is not None and good["d"] == 1 and good["reasons"]["d"].startswith("owns")
    assert parse_scores('{"a": 4, "b": 2}') is None
    assert parse_scores('{"a": 9, "b": 2, "c": 3, "d": 1, "e": 2, "f": 2}') is None
    assert parse_scores("no json") is None


class FakeClient:
    def __init__(self, reply: str) -> None:
        self.prompts: list[str] = []
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))
        self._reply = reply

    def _create(self, **kwargs: Any) -> Any:
        self.prompts.append(kwargs["messages"][0]["content"])
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self._reply))])


def test_judge_prompt_carries_notes_purpose_statement_and_plan() -> None:
    client = FakeClient('{"a": 3, "b": 3, "c": 3, "d": 3, "e": 3, "f": 3}')
    result = RubricJudge(client, "m").score("NOTES-X", "budget review", "", "PLAN-Y")
    assert result is not None and result["a"] == 3
    prompt = client.prompts[0]
    assert "NOTES-X" in prompt and "PLAN-Y" in prompt and "budget review" in prompt and "(none on file)" in prompt
