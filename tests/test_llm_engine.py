"""The LLM engine falls back to the offline engine, visibly, when the endpoint fails."""

from __future__ import annotations

import datetime as dt

from assistant.factory import build_engine, build_index
from assistant.planning.planner import PlanInput
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text
from bench.localproc import free_loopback_port
from tests.test_assessment import BYPASS


def _settings(data_dir) -> Settings:
    return Settings(data_dir=data_dir, llm="openai", openai_base_url=f"http://127.0.0.1:{free_loopback_port()}/v1", max_retries=0, timeout_s=3)


def test_endpoint_down_falls_back_with_a_notice(knowledge_data_dir):
    settings = _settings(knowledge_data_dir)
    engine = build_engine(settings, build_index(settings))
    assert engine.name == "llm"
    stream, final = engine.stream_answer("How do I answer a CFO who says IT costs too much?", build_index(settings).query("knowledge", "CFO says IT costs too much", k=5))
    text = "".join(stream)
    answer = final()
    assert "offline engine" in text and answer.notices and answer.sources
    parsed = parse_notes_text(BYPASS)
    assessment = engine.assess(parsed.notes, partner=parsed.partner)
    plan = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1)))
    assert plan.engine == "offline" and any("could not be used" in n for n in plan.notices)
    assert sections_ok(plan)


def test_plan_streams_then_falls_back_when_the_endpoint_is_down(knowledge_data_dir):
    settings = _settings(knowledge_data_dir)
    engine = build_engine(settings, build_index(settings))
    parsed = parse_notes_text(BYPASS)
    assessment = engine.assess(parsed.notes, partner=parsed.partner)
    stream, final = engine.stream_plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1)))
    assert list(stream) == []
    plan = final()
    assert plan.engine == "offline" and any("failed while streaming" in n for n in plan.notices)


class _RecordingModel:
    """A fake chat model: records every prompt, answers with what the test scripts."""

    def __init__(self, reply: str):
        self.sent: list[str] = []
        self.reply = reply

    def invoke(self, prompt, **_):  # type: ignore[no-untyped-def]
        self.sent.append(str(prompt))
        return type("Reply", (), {"content": self.reply, "usage_metadata": None})()

    def stream(self, messages, **_):  # type: ignore[no-untyped-def]
        self.sent.append(str(messages))
        reply = self.reply or f"You asked: {messages[-1][1]}"  # echo the (redacted) question back
        for word in reply.split(" "):
            yield type("Chunk", (), {"content": word + " "})()


def test_names_and_identifiers_never_leave_for_a_remote_endpoint(knowledge_data_dir):
    from assistant.engines.llm import LLMEngine

    settings = Settings(data_dir=knowledge_data_dir, llm="openai", openai_base_url="https://api.example.com/v1")
    assert settings.redaction_enabled()
    offline = build_engine(Settings(data_dir=knowledge_data_dir), None)
    model = _RecordingModel('{"dependence": "BT", "competence": "doubted", "evidence": []}')
    engine = LLMEngine(settings, offline, None, model=model, names=lambda: ["Rina Patel"])
    notes = BYPASS + "\n2026-04-20 email\nRina Patel <rina.patel@example.com>, mobile +44 7700 900123.\n"
    parsed = parse_notes_text(notes)
    engine.assess(parsed.notes, partner=parsed.partner)
    sent = "\n".join(model.sent)
    for secret in ("Rina", "Patel", "rina.patel@example.com", "7700 900123"):
        assert secret not in sent
    model.reply = ""
    stream, final = engine.stream_answer("How do I win Rina Patel back?", build_index(Settings(data_dir=knowledge_data_dir)).query("knowledge", "win back a sceptical partner", k=5))
    text = "".join(stream)
    assert "Rina" not in model.sent[-1]
    assert "PERSON" in model.sent[-1]  # the model saw a placeholder
    assert "How do I win Rina Patel back?" in text  # and the answer has the name restored
    assert final().usage and final().usage.prompt_tokens > 0


def sections_ok(plan) -> bool:  # type: ignore[no-untyped-def]
    """A plan's sections: the core ones always there, each once; a details section the last sweep emptied (one that only
    repeated the main view) may be left out."""
    keys = [s.key for s in plan.sections]
    return {"goal", "stand", "opening", "questions", "value", "followups"} <= set(keys) and len(keys) == len(set(keys)) <= 9
