"""The LLM engine: any OpenAI-compatible endpoint, with the offline engine as fallback.

Each step asks for a typed answer (assistant/outputs.py) through LLMClient, which
holds the endpoint to the step's JSON schema where it can. An invalid answer is
repaired once; then the offline result is returned with a notice naming what
failed. In a dry run the request is recorded, nothing is sent, and the offline
result carries a notice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from pydantic import BaseModel

from assistant.conversation.chat import Answer, number_sources
from assistant.conversation.preconditions import question_case
from assistant.conversation.rehearsal_session import ChatFn
from assistant.engines.base import OfflineEngine
from assistant.engines.llm_client import DRY_RUN_NOTICE, DryRunStop, LLMClient, LLMRequest
from assistant.engines.llm_merge import candidate_sentences, merge_assessment, merge_plan, plan_limits
from assistant.engines.prompts import fence, render_prompt
from assistant.engines.redaction import Redactor, redact_messages
from assistant.engines.tokens import truncate_to_tokens
from assistant.outputs import assessment_output, chat_answer_output, plan_output
from assistant.perception.assessment import LedgerSignal
from assistant.planning.planner import PlanInput, Retriever
from assistant.schema import Assessment, Hit, NoteText, Plan, Usage
from assistant.settings import Settings
from assistant.structured import StructuredOutputError, validate_text

log = logging.getLogger(__name__)
ASSESS_PROMPT = "assess_v2"
PLAN_PROMPT = "plan_v3"


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
    for fact in extract_facts(inp.notes, exclude=inp.partner)[:limit]:
        lines.append(f"[{fact.note_ref}] {fact.sentence}")
    seen: set[str] = set()
    unique = [line for line in lines if not (line in seen or seen.add(line))]  # type: ignore[func-returns-value]
    return "\n".join(unique)


def _failure(exc: Exception) -> str:
    return f"{type(exc).__name__}: {str(exc)[:160]}"


class LLMEngine:
    name = "llm"

    def __init__(self, settings: Settings, offline: OfflineEngine, retrieve: Retriever | None = None, model=None, names: Callable[[], Iterable[str]] | None = None, client: LLMClient | None = None):  # type: ignore[no-untyped-def]
        self.settings = settings
        self.offline = offline
        self.retrieve = retrieve
        self.client = client or LLMClient(settings, model=model)
        self.names = names  # the partner registry, for redaction

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.offline.embed(texts)

    def warm_up(self) -> None:
        self.offline.warm_up()  # the assessment's sentence classifier and the embedder stay local

    def chat_fn(self) -> ChatFn:
        """Role-play and debrief calls over the client: names replaced before text leaves and restored after;
        with `output`, the endpoint is held to that JSON schema and the answer validated (repaired once)."""

        def chat(messages: list[tuple[str, str]], output: type[BaseModel] | None = None) -> str:
            red = self._redactor()
            sent = redact_messages(red, messages) if red else list(messages)
            text = self.client.ask("rehearsal_debrief", sent, output).text if output else self.client.send("rehearsal_turn", sent)
            return red.restore(text) if red else text

        return chat

    @property
    def last_usage(self) -> Usage:
        return self.client.last_usage

    @property
    def dry_runs(self) -> list[LLMRequest]:
        """The requests a dry run built instead of sending."""
        return self.client.dry_runs

    def model(self) -> Any:
        return self.client.model()

    def _redactor(self, *extra: str | None) -> Redactor | None:
        """Reversible placeholders for names and identifiers, when text leaves for a non-loopback endpoint."""
        if not self.settings.redaction_enabled():
            return None
        return Redactor([*(self.names() if self.names else []), *(n for n in extra if n)])

    # --- assessment ------------------------------------------------------------

    def assess(self, notes: list[NoteText], partner: str | None = None, ledger: LedgerSignal | None = None) -> Assessment:
        """The model picks numbered sentences and levels; an axis without a cited sentence keeps the offline level."""
        offline = self.offline.assess(notes, partner=partner, ledger=ledger)
        candidates = candidate_sentences(notes)
        if not candidates:
            return offline
        red = self._redactor(partner)
        shown = {c.id: red.redact(c.text) if red else c.text for c in candidates}
        listing = "\n".join(f"{c.id} [{c.note.ref}] {shown[c.id]}" for c in candidates)
        prompt = render_prompt(ASSESS_PROMPT, sentences=truncate_to_tokens(listing, self.settings.prompt_budget_tokens))
        try:
            reply = self.client.ask("assess", [("human", prompt)], assessment_output(list(shown)), context={"sentences": shown})
        except DryRunStop:
            return offline.model_copy(update={"notices": [*offline.notices, DRY_RUN_NOTICE]})
        except Exception as exc:  # noqa: BLE001 - endpoint and validation errors both fall back
            notice = f"The LLM endpoint's assessment could not be used ({_failure(exc)}); this is the offline result."
            log.warning(notice)
            return offline.model_copy(update={"notices": [*offline.notices, notice]})
        result = merge_assessment(reply.value, candidates, offline)
        usage = self.client.last_usage
        result.usage_note = f"{usage.prompt_tokens} prompt / {usage.completion_tokens} completion tokens, ~${usage.estimated_cost_usd:.5f}"
        result.notices = [*reply.notices, *(["The model's first answer was invalid and was repaired once."] if reply.repaired else [])]
        return result

    # --- plan ------------------------------------------------------------------

    def _plan_request(self, inp: PlanInput) -> tuple[Plan, str, Redactor | None]:
        draft = self.offline.plan(inp)
        # The outline carries each section's lead sentence: the moves and facts the offline engine chose.
        compact = {"sections": [{"key": s.key, "lead": _lead(s.text)} for s in draft.sections], "value_statement": _lead(inp.value_statement, 60)}
        red = self._redactor(inp.partner)
        excerpts = truncate_to_tokens(_note_excerpts(inp), self.settings.prompt_budget_tokens // 4)
        outline = json.dumps(compact, ensure_ascii=False)
        prompt = render_prompt(PLAN_PROMPT, notes=red.redact(excerpts) if red else excerpts, draft=red.redact(outline) if red else outline)
        return draft, prompt, red

    def _plan_model(self, draft: Plan):  # type: ignore[no-untyped-def]
        """Section texts bounded so the answer fits the output cap, where the endpoint enforces lengths."""
        keys = [s.key for s in draft.sections]
        if self.client.enforces_lengths():
            return plan_output(keys, *plan_limits(self.settings.max_output_tokens, len(keys)))
        return plan_output(keys, 4000, 2000)

    def plan(self, inp: PlanInput) -> Plan:
        draft, prompt, red = self._plan_request(inp)
        return self._plan_answer(inp, draft, prompt, red, first=None)

    def _plan_answer(self, inp: PlanInput, draft: Plan, prompt: str, red: Redactor | None, first: str | None) -> Plan:
        """Validate a first answer (if streamed already), else ask; one repair; then the offline plan."""
        try:
            reply = self.client.ask("plan", [("human", prompt)], self._plan_model(draft), first=first)
        except DryRunStop:
            return self._fallback(draft, DRY_RUN_NOTICE)
        except Exception as exc:  # noqa: BLE001 - endpoint and validation errors both fall back
            return self._fallback(draft, f"The LLM endpoint's plan could not be used ({_failure(exc)}); this is the offline plan.")
        plan = merge_plan(reply.value, draft, inp.notes, red)
        plan.usage = self.client.last_usage
        plan.notices[:0] = reply.notices + (["The model's first answer was invalid and was repaired once."] if reply.repaired else [])
        return plan

    def _fallback(self, draft: Plan, notice: str) -> Plan:
        if notice != DRY_RUN_NOTICE:
            log.warning(notice)
        fallback = draft.model_copy(deep=True)
        fallback.notices.append(notice)
        return fallback

    def stream_plan(self, inp: PlanInput) -> tuple[Iterator[str], Callable[[], Plan]]:
        """The model's text as it arrives; then the validated plan (repaired once, or the offline plan)."""
        draft, prompt, red = self._plan_request(inp)
        state: dict[str, Plan] = {}

        def generate() -> Iterator[str]:
            raw: list[str] = []  # as the model wrote it (placeholders in): what is validated

            def tap() -> Iterator[str]:
                for piece in self.client.stream("plan", [("human", prompt)], self._plan_model(draft)):
                    raw.append(piece)
                    yield piece

            try:
                yield from red.restore_stream(tap()) if red else tap()
                state["plan"] = self._plan_answer(inp, draft, prompt, red, first="".join(raw))
            except DryRunStop:
                state["plan"] = self._fallback(draft, DRY_RUN_NOTICE)
            except Exception as exc:  # noqa: BLE001 - a broken stream falls back, visibly
                state["plan"] = self._fallback(draft, f"The LLM endpoint failed while streaming ({type(exc).__name__}); this is the offline plan.")

        return generate(), lambda: state.get("plan") or draft

    # --- chat --------------------------------------------------------------------

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        stream, final = self.stream_answer(question, hits)
        for _ in stream:
            pass
        return final()

    def stream_answer(self, question: str, hits: list[Hit]) -> tuple[Iterator[str], Callable[[], Answer]]:
        """Streamed as free text (a reader watches it arrive); the finished text is validated: it may cite only sources 1..n."""
        case = question_case(question)  # the same preconditions as the offline answer: material for another situation is not sent
        hits = [h.model_copy(update={"text": case.kept(h.text)}) for h in hits if case.holds_source(h.source.ref)]
        hits = [h for h in hits if h.text.strip()]
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
                pieces = self.client.stream("chat", [("system", system), ("human", human)])
                for piece in red.restore_stream(pieces) if red else pieces:
                    parts.append(piece)
                    yield piece
                text = "".join(parts)
                answer = Answer(text=case.kept(text), sources=sources, usage=self.client.last_usage)
                if answer.text != text:
                    answer.notices.append("A paragraph that presupposed a situation your question does not show was left out.")
                try:
                    validate_text(text, chat_answer_output(len(sources)))
                except StructuredOutputError as exc:
                    answer.notices.append(f"The answer does not hold up ({exc}); check its citations against the sources.")
                state["answer"] = answer
            except Exception as exc:  # noqa: BLE001 - any endpoint failure (or a dry run) falls back, visibly
                dry = isinstance(exc, DryRunStop)
                notice = DRY_RUN_NOTICE if dry else f"The LLM endpoint failed ({type(exc).__name__}); this answer comes from the offline engine."
                fallback = self.offline.answer(question, hits)
                fallback.notices.append(notice)
                state["answer"] = fallback
                yield "\n\n" + notice + "\n\n" + fallback.text

        return generate(), lambda: state.get("answer") or Answer(text="", sources=sources)
