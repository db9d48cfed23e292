"""The LLM engine: any OpenAI-compatible endpoint through LangChain, with the offline engine as fallback.

LangChain and openai types stay in this module. Output is validated against the
same schemas as the offline engine; on failure one repair is tried, then the
offline result is returned with a notice naming what failed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from assistant.conversation.chat import Answer, number_sources
from assistant.engines.base import OfflineEngine
from assistant.engines.prompts import fence, render_prompt
from assistant.engines.redaction import Redactor, redact_messages
from assistant.engines.tokens import count_tokens, truncate_to_tokens
from assistant.perception.assessment import LedgerSignal
from assistant.planning.planner import PlanInput, Retriever
from assistant.schema import Assessment, Hit, NoteText, Plan, Usage
from assistant.settings import Settings

log = logging.getLogger(__name__)
REPAIR = "\n\nYour last answer was not a valid JSON object for this schema. Return only the JSON object."


def _json_object(text: str) -> dict:
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("the model's answer holds no JSON object")
    data = json.loads(text[start : end + 1])
    if not isinstance(data, dict):
        raise ValueError("the model's answer is not a JSON object")
    return data


PLAN_PROMPT = "plan_v2"


def _lead(text: str, words: int = 30) -> str:
    from assistant.text.prose import sentences

    first = (sentences(text) or [""])[0]
    parts = first.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _note_excerpts(inp: PlanInput, limit: int = 6) -> str:
    """Only what the plan stands on: the evidence quotes and the sentences that hold the partner's specifics."""
    from assistant.planning.facts import extract_facts

    lines: list[str] = []
    for evidence in inp.assessment.evidence[:4]:
        lines.append(f"[{evidence.note_ref or evidence.date}] {evidence.quote}")
    for fact in extract_facts(inp.notes, exclude=inp.stakeholder)[:limit]:
        lines.append(f"[{fact.note_ref}] {fact.sentence}")
    seen: set[str] = set()
    unique = [line for line in lines if not (line in seen or seen.add(line))]  # type: ignore[func-returns-value]
    return "\n".join(unique)


class LLMEngine:
    name = "llm"
    last_usage: Usage = Usage()

    def __init__(self, settings: Settings, offline: OfflineEngine, retrieve: Retriever | None = None, model=None, names: Callable[[], Iterable[str]] | None = None):  # type: ignore[no-untyped-def]
        self.settings = settings
        self.offline = offline
        self.retrieve = retrieve
        self._model = model
        self.names = names  # the stakeholder registry, for redaction

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.offline.embed(texts)

    def warm_up(self) -> None:
        self.offline.warm_up()  # the assessment's sentence classifier and the embedder stay local

    def chat_fn(self) -> Callable[[list[tuple[str, str]]], str]:
        """Free-form chat over the model, with names replaced before text leaves and restored after."""

        def chat(messages: list[tuple[str, str]]) -> str:
            red = self._redactor()
            if red is None:
                return str(self.model().invoke(messages).content)
            return red.restore(str(self.model().invoke(redact_messages(red, messages)).content))

        return chat

    def _redactor(self, *extra: str | None) -> Redactor | None:
        """Reversible placeholders for names and identifiers, when text leaves for a non-loopback endpoint."""
        if not self.settings.redaction_enabled():
            return None
        return Redactor([*(self.names() if self.names else []), *(n for n in extra if n)])

    def model(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            from langchain_openai import ChatOpenAI

            s = self.settings
            self._model = ChatOpenAI(
                model=s.model, base_url=s.openai_base_url or None, api_key=s.api_key() or "not-needed",  # type: ignore[arg-type]
                temperature=s.temperature, timeout=s.timeout_s, max_retries=s.max_retries,
                extra_body={"max_tokens": s.max_output_tokens}, tiktoken_model_name="gpt-4o-mini", stream_usage=True,
            )
        return self._model

    def usage(self, prompt: str, completion: str) -> Usage:
        s = self.settings
        p, c = count_tokens(prompt), count_tokens(completion)
        return Usage(prompt_tokens=p, completion_tokens=c, model=s.model, estimated_cost_usd=round(p / 1000 * s.price_per_1k_input + c / 1000 * s.price_per_1k_output, 6))

    def assess(self, notes: list[NoteText], stakeholder: str | None = None, ledger: LedgerSignal | None = None) -> Assessment:
        """The model's levels where its quotes are verbatim; otherwise that axis falls back to the offline result."""
        offline = self.offline.assess(notes, stakeholder=stakeholder, ledger=ledger)
        if not notes:
            return offline
        joined = "\n\n".join(f"[{n.ref}] {n.text}" for n in notes)
        red = self._redactor(stakeholder)
        notes_text = truncate_to_tokens(joined, self.settings.prompt_budget_tokens)
        prompt = render_prompt("assess_v1", notes=red.redact(notes_text) if red else notes_text)
        failure = ""
        for attempt in range(2):
            try:
                text = self._invoke(prompt if attempt == 0 else prompt + REPAIR)
                if red:
                    text = red.restore(text)  # before validation, so quotes match the notes again
                result = self._validate_assessment(text, notes, offline)
                result.usage_note = f"{self.last_usage.prompt_tokens} prompt / {self.last_usage.completion_tokens} completion tokens"
                return result
            except Exception as exc:  # noqa: BLE001 - endpoint and validation errors both fall back
                failure = f"{type(exc).__name__}: {str(exc)[:160]}"
        offline.explanation += f" (The LLM endpoint's assessment could not be used: {failure}; this is the offline result.)"
        return offline

    def _validate_assessment(self, text: str, notes: list[NoteText], offline: Assessment) -> Assessment:
        from assistant.schema import Evidence, quadrant_for

        data = _json_object(text)
        dependence = data.get("dependence") if data.get("dependence") in ("T", "I", "BT", "unknown") else None
        competence = data.get("competence") if data.get("competence") in ("doubted", "proven", "unknown") else None
        if dependence is None and competence is None:
            raise ValueError("no valid levels in the model's answer")
        by_text = {n.ref: n for n in notes}
        evidence: list[Evidence] = []
        verified_axes: set[str] = set()
        for item in data.get("evidence", []) if isinstance(data.get("evidence"), list) else []:
            quote, axis = str(item.get("quote", "")).strip(), item.get("axis")
            if axis not in ("dependence", "competence") or len(quote) < 8:
                continue
            note = next((n for n in by_text.values() if quote in n.text), None)
            if note is None:
                continue  # not verbatim: rejected
            verified_axes.add(axis)
            evidence.append(Evidence(quote=quote, axis=axis, date=note.date.isoformat() if note.date else None, note_ref=note.ref))
        # An axis the model cannot support with a verbatim quote keeps the offline level.
        dep = dependence if dependence and ("dependence" in verified_axes or dependence == "unknown") else offline.dependence
        comp = competence if competence and ("competence" in verified_axes or competence == "unknown") else offline.competence
        kept = [e for e in evidence if (e.axis == "dependence" and dep == dependence) or (e.axis == "competence" and comp == competence)]
        return offline.model_copy(update={
            "dependence": dep, "competence": comp, "quadrant": quadrant_for(dep, comp), "engine": "llm",
            "evidence": kept or offline.evidence,
        })

    def _plan_prompt(self, inp: PlanInput) -> tuple[Plan, list[str], str, Redactor | None]:
        draft = self.offline.plan(inp)
        allowed = sorted({s.ref for sec in draft.sections for s in sec.sources} | set(draft.retrieved))
        # The outline carries each section's lead sentence: the moves and facts the offline engine chose.
        compact = {"sections": [{"key": s.key, "lead": _lead(s.text)} for s in draft.sections], "value_statement": _lead(inp.value_statement, 60)}
        red = self._redactor(inp.stakeholder)
        excerpts = truncate_to_tokens(_note_excerpts(inp), self.settings.prompt_budget_tokens // 4)
        outline = json.dumps(compact, ensure_ascii=False)
        prompt = render_prompt(
            PLAN_PROMPT,
            notes=red.redact(excerpts) if red else excerpts,
            draft=red.redact(outline) if red else outline,
        )
        return draft, allowed, prompt, red

    def plan(self, inp: PlanInput) -> Plan:
        draft, allowed, prompt, red = self._plan_prompt(inp)
        return self._plan_attempts(draft, allowed, prompt, first=None, red=red)

    def _plan_attempts(self, draft: Plan, allowed: list[str], prompt: str, first: str | None, red: Redactor | None = None) -> Plan:
        """Validate a first answer (if streamed already), else ask; one repair; then the offline plan."""
        failure = ""
        for attempt in range(2):
            try:
                if attempt == 0 and first is not None:
                    text = first
                else:
                    text = self._invoke(prompt if attempt == 0 else prompt + REPAIR)
                if red:
                    text = red.restore(text)
                candidate = self._validate_plan(text, draft, allowed)
                candidate.usage = self.last_usage
                if attempt:
                    candidate.notices.append("The model's first answer was invalid and was repaired once.")
                return candidate
            except Exception as exc:  # noqa: BLE001 - endpoint and validation errors both fall back
                failure = f"{type(exc).__name__}: {str(exc)[:160]}"
        fallback = draft.model_copy(deep=True)
        fallback.notices.append(f"The LLM endpoint's plan could not be used ({failure}); this is the offline plan.")
        return fallback

    def stream_plan(self, inp: PlanInput) -> tuple[Iterator[str], Callable[[], Plan]]:
        """The model's text as it arrives; then the validated plan (repaired once, or the offline plan)."""
        draft, allowed, prompt, red = self._plan_prompt(inp)
        state: dict[str, Plan] = {}

        def generate() -> Iterator[str]:
            parts: list[str] = []
            try:
                pieces = (str(chunk.content) for chunk in self.model().stream(prompt))
                for piece in red.restore_stream(pieces) if red else pieces:
                    parts.append(piece)
                    yield piece
                self.last_usage = self.usage(prompt, "".join(parts))
                state["plan"] = self._plan_attempts(draft, allowed, prompt, first="".join(parts), red=red)
            except Exception as exc:  # noqa: BLE001 - a broken stream falls back, visibly
                fallback = draft.model_copy(deep=True)
                fallback.notices.append(f"The LLM endpoint failed while streaming ({type(exc).__name__}); this is the offline plan.")
                state["plan"] = fallback

        return generate(), lambda: state.get("plan") or draft

    def _invoke(self, prompt: str) -> str:
        """One call; usage from tiktoken before the call and the server's report after it."""
        message = self.model().invoke(prompt)
        text = str(message.content)
        usage = self.usage(prompt, text)
        reported = getattr(message, "usage_metadata", None) or {}
        if reported.get("input_tokens"):
            usage.reported_prompt_tokens = int(reported["input_tokens"])
            usage.reported_completion_tokens = int(reported.get("output_tokens", 0))
        self.last_usage = usage
        log.info("llm call: %s prompt tokens (counted), %s reported, cost ~$%.5f", usage.prompt_tokens, usage.reported_prompt_tokens, usage.estimated_cost_usd)
        return text

    def _validate_plan(self, text: str, draft: Plan, allowed: list[str]) -> Plan:
        data = _json_object(text)
        merged = draft.model_copy(deep=True)
        by_key = {s.key: s for s in merged.sections}
        for section in data.get("sections", []):
            key = section.get("key")
            if key in by_key and isinstance(section.get("text"), str) and section["text"].strip():
                refs = [src.get("ref") for src in section.get("sources", []) if isinstance(src, dict)]
                if any(r not in allowed for r in refs):
                    raise ValueError(f"section {key} cites a source that was not retrieved")
                by_key[key].text = section["text"].strip()
        if isinstance(data.get("value_message"), str) and 0 < len(data["value_message"].split()) <= 120:
            merged.value_message = data["value_message"].strip()
        merged.engine = "llm"
        return merged

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        stream, final = self.stream_answer(question, hits)
        for _ in stream:
            pass
        return final()

    def stream_answer(self, question: str, hits: list[Hit]) -> tuple[Iterator[str], Callable[[], Answer]]:
        sources = number_sources([h for h in hits if h.score >= 0.3][:5])
        if not sources:
            return self.offline.stream_answer(question, hits)
        texts = {h.source.ref: h.text for h in hits}
        rendered = "\n".join(fence("source", texts.get(s.ref, ""), n=i, ref=s.ref) for i, s in enumerate(sources, start=1))
        red = self._redactor()
        system = render_prompt("chat_v1", fenced=("sources",), sources=red.redact(rendered) if red else rendered)
        human = red.redact(question) if red else question
        state: dict[str, Answer] = {}

        def generate() -> Iterator[str]:
            parts: list[str] = []
            try:
                pieces = (str(chunk.content) for chunk in self.model().stream([("system", system), ("human", human)]))
                for piece in red.restore_stream(pieces) if red else pieces:
                    parts.append(piece)
                    yield piece
                text = "".join(parts)
                self.last_usage = self.usage(system + "\n" + human, text)
                log.info("llm chat: %s prompt tokens, %s completion tokens", self.last_usage.prompt_tokens, self.last_usage.completion_tokens)
                state["answer"] = Answer(text=text, sources=sources, usage=self.last_usage)
            except Exception as exc:  # noqa: BLE001 - any endpoint failure falls back, visibly
                notice = f"The LLM endpoint failed ({type(exc).__name__}); this answer comes from the offline engine."
                fallback = self.offline.answer(question, hits)
                fallback.notices.append(notice)
                state["answer"] = fallback
                yield "\n\n" + notice + "\n\n" + fallback.text

        return generate(), lambda: state.get("answer") or Answer(text="", sources=sources)
