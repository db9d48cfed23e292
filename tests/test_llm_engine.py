"""The LLM engine falls back to the offline engine, visibly, when the endpoint fails."""

from __future__ import annotations

import datetime as dt
import socket

from assistant.factory import build_engine, build_index
from assistant.notes_file import parse_notes_text
from assistant.planner import PlanInput
from assistant.settings import Settings
from tests.test_assessment import BYPASS


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(data_dir) -> Settings:
    return Settings(data_dir=data_dir, llm="openai", openai_base_url=f"http://127.0.0.1:{_closed_port()}/v1", max_retries=0, timeout_s=3)


def test_endpoint_down_falls_back_with_a_notice(knowledge_data_dir):
    settings = _settings(knowledge_data_dir)
    engine = build_engine(settings, build_index(settings))
    assert engine.name == "llm"
    stream, final = engine.stream_answer("How do I answer a CFO who says IT costs too much?", build_index(settings).query("knowledge", "CFO says IT costs too much", k=5))
    text = "".join(stream)
    answer = final()
    assert "offline engine" in text and answer.notices and answer.sources
    parsed = parse_notes_text(BYPASS)
    assessment = engine.assess(parsed.notes, stakeholder=parsed.stakeholder)
    plan = engine.plan(PlanInput(parsed.stakeholder, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1)))
    assert plan.engine == "offline" and any("could not be used" in n for n in plan.notices)
    assert len(plan.sections) == 9


def test_plan_streams_then_falls_back_when_the_endpoint_is_down(knowledge_data_dir):
    settings = _settings(knowledge_data_dir)
    engine = build_engine(settings, build_index(settings))
    parsed = parse_notes_text(BYPASS)
    assessment = engine.assess(parsed.notes, stakeholder=parsed.stakeholder)
    stream, final = engine.stream_plan(PlanInput(parsed.stakeholder, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1)))
    assert list(stream) == []
    plan = final()
    assert plan.engine == "offline" and any("failed while streaming" in n for n in plan.notices)
