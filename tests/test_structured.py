"""Structured output: schemas with enumerations, one parsing path, one repair, verbatim quotes, dry runs.

A fake chat model stands in for the endpoint: it records every call (messages and
the request-body fields) and answers with what the test scripts.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.engines.endpoint import kind_from_models, kind_from_url
from assistant.engines.llm import LLMEngine
from assistant.engines.llm_client import DRY_RUN_NOTICE, LLMClient
from assistant.outputs import assessment_output, plan_output
from assistant.planning.planner import PlanInput
from assistant.quotes import check_quotes, snap_to_candidate
from assistant.settings import Settings
from assistant.structured import StructuredOutputError, output_schema, parse_output, request_fields
from assistant.text.notes_format import parse_notes_text
from tests.test_assessment import BYPASS

LOCAL = "http://127.0.0.1:9/v1"  # never reached: the fake model answers


class FakeChat:
    """Records each call; answers with the scripted replies in turn (an exception is raised)."""

    def __init__(self, *replies: Any):
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    def invoke(self, messages: Any, **kwargs: Any) -> Any:
        self.calls.append({"messages": messages, **kwargs})
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return SimpleNamespace(content=reply, usage_metadata={"input_tokens": 120, "output_tokens": 30})

    def stream(self, messages: Any, **kwargs: Any) -> Any:
        self.calls.append({"messages": messages, **kwargs})
        for word in str(self.replies.pop(0)).split(" "):
            yield SimpleNamespace(content=word + " ", usage_metadata=None)


class Rejected(Exception):
    """What the openai client raises for a 400: it carries status_code."""

    status_code = 400


@pytest.fixture(scope="module")
def offline(knowledge_data_dir):  # type: ignore[no-untyped-def]
    from assistant.factory import build_engine

    return build_engine(Settings(data_dir=knowledge_data_dir), None)


def _engine(offline, chat: FakeChat, kind: str = "llamacpp", **settings: Any) -> LLMEngine:  # type: ignore[no-untyped-def]
    base = {"llm": "openai", "openai_base_url": LOCAL, "llm_structured": "json_schema", "max_retries": 0}
    engine = LLMEngine(Settings(**{**base, **settings}), offline, model=chat)
    engine.client._kind = kind  # type: ignore[assignment]  # as the /models probe would say
    return engine


def _ids(text: str) -> dict[str, str]:
    from assistant.engines.llm_merge import candidate_sentences

    return {c.id: c.text for c in candidate_sentences(parse_notes_text(text).notes)}


def test_schema_holds_enumerations_and_fits_each_endpoint_kind() -> None:
    schema = output_schema(assessment_output(["S1", "S2", "S3"]))
    assert schema["properties"]["evidence"]["items"]["properties"]["sentence"]["enum"] == ["S1", "S2", "S3"]
    assert schema["properties"]["dependence"]["enum"] == ["T", "I", "BT", "unknown"]
    assert schema["properties"]["competence"]["enum"] == ["doubted", "proven", "unknown"]
    assert schema["properties"]["evidence"]["maxItems"] == 3 and schema["additionalProperties"] is False
    plan = plan_output(["goal", "opening"], 150, 220)
    llama = request_fields("llamacpp", "json_schema", "plan", plan)["response_format"]
    assert llama["type"] == "json_object" and llama["schema"]["properties"]["sections"]["properties"]["goal"]["maxLength"] == 150
    strict = request_fields("openai", "json_schema", "plan", plan)["response_format"]["json_schema"]
    assert strict["strict"] is True and "maxLength" not in json.dumps(strict["schema"])  # OpenAI's strict mode rejects it
    assert strict["schema"]["properties"]["sections"]["required"] == ["goal", "opening"]
    assert request_fields("ollama", "json_schema", "plan", plan)["response_format"]["type"] == "json_schema"
    assert request_fields("vllm", "json_object", "plan", plan) == {"response_format": {"type": "json_object"}}
    assert request_fields("unknown", "none", "plan", plan) == {}


def test_endpoint_kind_from_url_or_models() -> None:
    assert kind_from_url("") == "openai" and kind_from_url("https://acme.openai.azure.com/openai/v1/") == "azure"
    assert kind_from_url("http://127.0.0.1:11434/v1") == "ollama" and kind_from_url("http://127.0.0.1:8000/v1") is None
    assert kind_from_models({"data": [{"id": "smollm2", "owned_by": "me"}]}) == "llamacpp"
    assert kind_from_models({"data": [{"id": "x", "owned_by": "vllm"}]}) == "vllm"
    assert kind_from_models(None) == "unknown"


def test_one_parsing_path_tolerates_chatter_and_rejects_what_the_schema_forbids() -> None:
    model = assessment_output(["S1", "S2"])
    good = parse_output('Sure!\n```json\n{"evidence": [{"sentence": "S2", "axis": "competence"}], "dependence": "BT", "competence": "doubted"}\n```', model)
    assert good.evidence[0].sentence == "S2" and good.dependence == "BT"
    with pytest.raises(StructuredOutputError, match="dependence"):
        parse_output('{"evidence": [], "dependence": "partner", "competence": "doubted"}', model)
    with pytest.raises(StructuredOutputError, match="sentence"):
        parse_output('{"evidence": [{"sentence": "S9", "axis": "competence"}], "dependence": "T", "competence": "doubted"}', model)
    raw_newline = parse_output('{"sections": {"goal": "one\ntwo", "opening": "x"}, "value_message": "y"}', plan_output(["goal", "opening"], 99, 99))
    assert raw_newline.texts()["goal"] == "one\ntwo"  # a control character inside a string (llama.cpp lets one through)
    with pytest.raises(StructuredOutputError, match="cut off"):
        parse_output('{"evidence": [{"sentence": "S1", "axis": "compet', model)


def test_valid_answer_is_used_with_the_notes_exact_words(offline) -> None:  # type: ignore[no-untyped-def]
    ids = _ids(BYPASS)
    late = next(i for i, t in ids.items() if "missed the last two dates" in t)
    chat = FakeChat(json.dumps({"evidence": [{"sentence": late, "axis": "competence"}], "dependence": "BT", "competence": "doubted"}))
    parsed = parse_notes_text(BYPASS)
    result = _engine(offline, chat).assess(parsed.notes, partner=parsed.partner)
    assert result.engine == "llm" and not result.notices
    assert result.competence == "doubted" and result.evidence[0].quote == ids[late] and result.evidence[0].quote in BYPASS
    sent = chat.calls[0]["extra_body"]
    assert sent["max_tokens"] > 0 and sent["response_format"]["schema"]["properties"]["evidence"]["items"]["properties"]["sentence"]["enum"] == list(ids)
    assert f"{late} [" in chat.calls[0]["messages"][-1][1]  # the model saw numbered sentences
    assert "prompt /" in result.usage_note and "completion tokens" in result.usage_note


def test_invalid_answer_is_repaired_once_then_falls_back_with_a_notice(offline) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(BYPASS)
    chat = FakeChat("I think this partner is in the bypass quadrant.", '{"dependence": "BT"}')
    result = _engine(offline, chat).assess(parsed.notes, partner=parsed.partner)
    assert len(chat.calls) == 2 and "not valid" in chat.calls[1]["messages"][-1][1]
    assert chat.calls[1]["messages"][-2] == ("ai", "I think this partner is in the bypass quadrant.")
    assert result.engine == "offline" and any("could not be used" in n for n in result.notices)
    ids = _ids(BYPASS)
    repaired = FakeChat("no JSON here", json.dumps({"evidence": [{"sentence": next(iter(ids)), "axis": "dependence"}], "dependence": "BT", "competence": "unknown"}))
    fixed = _engine(offline, repaired).assess(parsed.notes, partner=parsed.partner)
    assert fixed.engine == "llm" and any("repaired once" in n for n in fixed.notices)


def test_plan_fills_every_section_and_falls_back_when_invalid(offline) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(BYPASS)
    assessment = offline.assess(parsed.notes, partner=parsed.partner)
    inp = PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1))
    keys = [s.key for s in offline.plan(inp).sections]
    answer = {"sections": {k: f"Section {k} for Rina." for k in keys}, "value_message": "Pricing you can change in a day."}
    chat = FakeChat(json.dumps(answer))
    plan = _engine(offline, chat, max_output_tokens=600).plan(inp)
    assert plan.engine == "llm" and not plan.notices and plan.sections[0].text == f"Section {keys[0]} for Rina."
    schema = chat.calls[0]["extra_body"]["response_format"]["schema"]["properties"]["sections"]
    assert schema["required"] == keys and all(p["maxLength"] <= 200 for p in schema["properties"].values())  # fits 600 tokens
    missing = FakeChat(json.dumps({"sections": {keys[0]: "x"}, "value_message": "y"}), "still not it")
    fallback = _engine(offline, missing).plan(inp)
    assert fallback.engine == "offline" and any("could not be used" in n for n in fallback.notices) and len(missing.calls) == 2


def test_quotes_snap_to_the_exact_words_or_are_rejected(offline) -> None:  # type: ignore[no-untyped-def]
    sentences = ["She said the loyalty app was six months late and still crashes.", "I need someone who can deliver by summer."]
    assert snap_to_candidate("the loyalty app was 6 months late and still crashes", sentences) == 0
    assert snap_to_candidate("Our CFO loves the new data platform", sentences) is None
    close = check_quotes("She told us “Pricing is where we will beat them and its all software now”.", [BYPASS])
    assert close.snapped == ["Pricing is where we will beat them, and it is all software now"] and not close.rejected
    assert "“Pricing is where we will beat them, and it is all software now”" in close.text
    far = check_quotes("She told us “we will replace IT with an agency by June”.", [BYPASS])
    assert far.rejected and not far.snapped
    # In an assessment: a written-out near quote becomes its sentence; an invented one is dropped.
    parsed = parse_notes_text(BYPASS)
    near = {"quote": "Your team missed the last 2 dates.", "axis": "competence"}
    invented = {"quote": "IT never delivers anything on time", "axis": "competence"}
    chat = FakeChat(json.dumps({"evidence": [near, invented], "dependence": "BT", "competence": "doubted"}))
    result = _engine(offline, chat, llm_structured="none", kind="unknown").assess(parsed.notes, partner=parsed.partner)
    assert result.engine == "llm" and result.competence == "doubted"
    assert [e.quote for e in result.evidence if e.axis == "competence"] == [next(t for t in _ids(BYPASS).values() if "missed the last two dates" in t)]
    assert "JSON schema" in chat.calls[0]["messages"][-1][1]  # with no enforcement the schema goes in the prompt


def test_a_rejected_schema_steps_down_and_says_when_nothing_is_supported(offline) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(BYPASS)
    ids = _ids(BYPASS)
    valid = json.dumps({"evidence": [{"sentence": next(iter(ids)), "axis": "dependence"}], "dependence": "BT", "competence": "unknown"})
    chat = FakeChat(Rejected("response_format not supported"), valid)
    result = _engine(offline, chat, llm_structured="auto", kind="unknown").assess(parsed.notes, partner=parsed.partner)
    assert result.engine == "llm" and chat.calls[1]["extra_body"]["response_format"] == {"type": "json_object"}
    none = FakeChat(Rejected("no"), Rejected("no"), valid)
    engine = _engine(offline, none, llm_structured="auto", kind="unknown")
    result = engine.assess(parsed.notes, partner=parsed.partner)
    assert "response_format" not in none.calls[2]["extra_body"] and result.engine == "llm"
    assert any("accepts neither a JSON schema nor JSON mode" in n for n in result.notices)


def test_dry_run_builds_redacted_requests_and_calls_nothing(offline) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(BYPASS)
    chat = FakeChat()  # any call would fail: it has no replies
    engine = _engine(offline, chat, llm_dry_run=True, openai_base_url="https://api.example.com/v1", kind="unknown")
    assessment = engine.assess(parsed.notes, partner=parsed.partner)
    plan = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1)))
    assert not chat.calls and DRY_RUN_NOTICE in assessment.notices and DRY_RUN_NOTICE in plan.notices
    assert [r.step for r in engine.dry_runs] == ["assess", "plan"]
    sent = json.dumps([r.as_dict() for r in engine.dry_runs])
    assert "Rina" not in sent and "PERSON" in sent and "response_format" in sent


def test_cli_plan_dry_run_prints_the_messages(knowledge_data_dir, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from cli.main import app

    notes = tmp_path / "rina.md"
    notes.write_text(BYPASS)
    monkeypatch.setenv("COACH_DATA_DIR", str(knowledge_data_dir))
    monkeypatch.setenv("COACH_OPENAI_BASE_URL", "https://api.example.com/v1")
    result = CliRunner().invoke(app, ["plan", str(notes), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "# assess -> https://api.example.com/v1" in result.output and "# plan -> " in result.output
    assert "[human]" in result.output and "OUTLINE:" in result.output and "Rina" not in result.output


def test_usage_is_logged_once_logging_is_configured(offline) -> None:  # type: ignore[no-untyped-def]
    from assistant.logs import configure_logging

    stream = io.StringIO()
    configure_logging("INFO", stream=stream)
    try:
        client = LLMClient(Settings(llm="openai", openai_base_url=LOCAL, llm_structured="none"), model=FakeChat("plain text"))
        assert client.send("chat", [("human", "hello")]) == "plain text"
        line = stream.getvalue()
        assert "llm chat:" in line and "server reported 120 + 30" in line and "~$" in line
        assert client.last_usage.reported_prompt_tokens == 120 and client.last_usage.estimated_cost_usd > 0
    finally:
        configure_logging("WARNING", stream=io.StringIO())


def test_chat_answer_may_cite_only_the_sources_it_was_given(offline, knowledge_data_dir) -> None:  # type: ignore[no-untyped-def]
    from assistant.factory import build_index

    hits = build_index(Settings(data_dir=knowledge_data_dir)).query("knowledge", "CFO says IT costs too much", k=5)
    engine = _engine(offline, FakeChat("Start with the numbers [1] and the budget [9]."))
    stream, final = engine.stream_answer("How do I answer a CFO who says IT costs too much?", hits)
    assert "".join(stream).strip() and any("citations" in n for n in final().notices)


def test_judge_sends_its_verdict_schema_and_reads_it_through_the_same_path() -> None:
    from assistant.outputs import JudgeOutput
    from evals.judge import PairwiseJudge

    sent: list[dict[str, Any]] = []

    def create(**kwargs: Any) -> Any:
        sent.append(kwargs)
        content = '{"winner": "1", "reason": "specific"}' if len(sent) == 1 else "Plan 2 is better, I think."
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=content))])

    fields = request_fields("openai", "json_schema", "judge_verdict", JudgeOutput)
    judge = PairwiseJudge(SimpleNamespace(chat=SimpleNamespace(completions=SimpleNamespace(create=create))), "fake", structured=fields)
    verdict = judge.compare("notes", "statement", "A", "B")
    schema = sent[0]["extra_body"]["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["winner"]["enum"] == ["1", "2", "tie"]
    assert verdict.first_order == "A" and verdict.second_order == "tie" and "unreadable verdict" in verdict.reasons[1]


def test_plan_quotes_are_snapped_or_their_sentence_dropped(offline) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(BYPASS)
    assessment = offline.assess(parsed.notes, partner=parsed.partner)
    inp = PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, today=dt.date(2026, 6, 1))
    draft = offline.plan(inp)
    keys = [s.key for s in draft.sections]
    texts = {k: "Keep it short." for k in keys}
    texts[keys[0]] = "Open with her words: “Pricing is where we will beat them and its all software now”. Then listen."
    texts[keys[1]] = "She said “we will replace IT with an agency by June”. Ask what summer means to her."
    texts[keys[2]] = "She wrote “IT has never delivered a single project on time”."
    chat = FakeChat(json.dumps({"sections": texts, "value_message": "Pricing you can change in a day."}))
    plan = _engine(offline, chat).plan(inp)
    assert plan.engine == "llm"
    assert "“Pricing is where we will beat them, and it is all software now”" in plan.sections[0].text  # snapped
    assert plan.sections[1].text == "Ask what summer means to her."  # the invented quote's sentence is dropped
    assert plan.sections[2].text == draft.sections[2].text and any("not in the notes" in n for n in plan.notices)
