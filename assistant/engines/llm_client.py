"""The one adapter to an OpenAI-compatible chat endpoint (LangChain's ChatOpenAI).

Every request goes through `send`/`stream`: the structured-output fields for the
endpoint's kind are added, usage and cost are counted and logged, a dry run
records the request instead of sending it, and under COACH_LLM_STRUCTURED=auto an
endpoint that rejects a JSON schema is stepped down (json_object, then none).
`ask` is the structured step: send, parse with the step's model, repair once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from assistant.engines.endpoint import DOWNGRADE, Probe, detect_kind, first_mode, probe_models, unsupported_message
from assistant.engines.tokens import count_tokens
from assistant.schema import Usage
from assistant.settings import Settings
from assistant.structured import Kind, Mode, StructuredOutputError, parse_output, request_fields, schema_hint

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
Messages = list[tuple[str, str]]
REPAIR = "Your last answer was not valid ({error}). Answer again with only the JSON object, following the schema exactly."
DRY_RUN_NOTICE = "Dry run (COACH_LLM_DRY_RUN): the request was built but not sent; this is the offline result."


@dataclass
class LLMRequest:
    """Exactly what would leave the machine for one call (after redaction)."""

    step: str
    messages: Messages
    body: dict[str, Any]
    model: str
    endpoint: str
    structured: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "step": self.step, "endpoint": self.endpoint, "model": self.model, "structured": self.structured,
            "messages": [{"role": r, "content": c} for r, c in self.messages], "body": self.body,
        }


class DryRunStop(Exception):
    """Raised instead of sending, in a dry run; the request is in LLMClient.dry_runs."""

    def __init__(self, request: LLMRequest):
        super().__init__(f"dry run: {request.step} request not sent")
        self.request = request


@dataclass
class Reply(Generic[T]):
    value: T
    text: str
    repaired: bool = False
    notices: list[str] = field(default_factory=list)


class LLMClient:
    def __init__(self, settings: Settings, model: Any = None, probe: Probe | None = probe_models):
        self.settings = settings
        self._model = model
        self._probe = probe
        self._kind: Kind | None = None
        self._mode: Mode = first_mode(settings)
        self.last_usage = Usage()
        self.dry_runs: list[LLMRequest] = []
        self._pending: list[str] = []  # one-off notices (a step-down) for the next result

    def model(self) -> Any:
        if self._model is None:
            from langchain_openai import ChatOpenAI

            s = self.settings
            self._model = ChatOpenAI(
                model=s.model, base_url=s.openai_base_url or None, api_key=s.api_key() or "not-needed",  # type: ignore[arg-type]
                temperature=s.temperature, timeout=s.timeout_s, max_retries=s.max_retries,
                extra_body={"max_tokens": s.max_output_tokens}, tiktoken_model_name="gpt-4o-mini", stream_usage=True,
            )
        return self._model

    def kind(self) -> Kind:
        """Detected once; a dry run never probes (nothing may leave the machine)."""
        if self._kind is None:
            probe = None if self.settings.llm_dry_run or self._mode != "json_schema" else self._probe
            self._kind = detect_kind(self.settings, probe)
            log.info("endpoint %s: kind %s, structured output %s", self.settings.openai_base_url or "api.openai.com", self._kind, self._mode)
        return self._kind

    def enforces_lengths(self) -> bool:
        """Whether the endpoint compiles string lengths into its grammar (llama.cpp, Ollama, vLLM under a schema)."""
        return self._mode == "json_schema" and self.kind() in ("llamacpp", "ollama", "vllm")

    def request(self, step: str, messages: Messages, output: type[BaseModel] | None) -> LLMRequest:
        body: dict[str, Any] = {}
        if output is not None:
            body = request_fields(self.kind(), self._mode, step, output)
            if self._mode != "json_schema":  # the endpoint does not hold the model to the schema: show it
                role, content = messages[-1]
                messages = [*messages[:-1], (role, content + "\n\n" + schema_hint(output))]
        return LLMRequest(step, messages, body, self.settings.model, self.settings.openai_base_url or "https://api.openai.com/v1", self._mode if output else "text")

    def take_notices(self) -> list[str]:
        notices, self._pending = self._pending, []
        return notices

    # --- sending ---------------------------------------------------------------

    def send(self, step: str, messages: Messages, output: type[BaseModel] | None = None) -> str:
        """One call (stepping down the structured mode under auto if the endpoint rejects it)."""
        while True:
            request = self.request(step, messages, output)
            if self.settings.llm_dry_run:
                self.dry_runs.append(request)
                raise DryRunStop(request)
            started = time.perf_counter()
            try:
                message = self.model().invoke(request.messages, extra_body=self._extra_body(request))
            except Exception as exc:  # noqa: BLE001 - only a rejected schema is handled here
                if self._step_down(request, exc):
                    continue
                raise
            text = str(message.content)
            self._account(request, text, getattr(message, "usage_metadata", None), time.perf_counter() - started)
            return text

    def stream(self, step: str, messages: Messages, output: type[BaseModel] | None = None) -> Iterator[str]:
        """The answer as it arrives; usage is counted when it ends."""
        request = self.request(step, messages, output)
        if self.settings.llm_dry_run:
            self.dry_runs.append(request)
            raise DryRunStop(request)
        started, parts, reported = time.perf_counter(), [], None
        for chunk in self.model().stream(request.messages, extra_body=self._extra_body(request)):
            reported = getattr(chunk, "usage_metadata", None) or reported
            piece = str(chunk.content)
            parts.append(piece)
            yield piece
        self._account(request, "".join(parts), reported, time.perf_counter() - started)

    def ask(self, step: str, messages: Messages, output: type[T], context: dict[str, Any] | None = None, first: str | None = None) -> Reply[T]:
        """A validated answer: the first (or the given streamed text), else one repair; raises if both fail."""
        text = first if first is not None else self.send(step, messages, output)
        try:
            return Reply(parse_output(text, output, context), text, notices=self.take_notices())
        except StructuredOutputError as exc:
            log.info("llm %s: invalid answer (%s); repairing once", step, exc)
            repair = [*messages, ("ai", text[:4000]), ("human", REPAIR.format(error=str(exc)[:300]))]
            text = self.send(step, repair, output)
            return Reply(parse_output(text, output, context), text, repaired=True, notices=self.take_notices())

    def _extra_body(self, request: LLMRequest) -> dict[str, Any]:
        return {"max_tokens": self.settings.max_output_tokens, **request.body}

    def _step_down(self, request: LLMRequest, exc: Exception) -> bool:
        """Under auto, a 400/422 to a structured request means: try the next weaker mode."""
        status = getattr(exc, "status_code", None)
        if self.settings.llm_structured != "auto" or not request.body or status not in (400, 422):
            return False
        weaker = DOWNGRADE[self._mode]
        if weaker is None:
            return False
        log.warning("the endpoint rejected structured output %s (%s); trying %s", self._mode, str(exc)[:200], weaker)
        self._mode = weaker
        if weaker == "none":
            message = unsupported_message(self.settings, self.kind())
            log.warning(message)
            self._pending.append(message)
        return True

    # --- usage -----------------------------------------------------------------

    def usage(self, prompt: str, completion: str) -> Usage:
        s = self.settings
        p, c = count_tokens(prompt), count_tokens(completion)
        return Usage(prompt_tokens=p, completion_tokens=c, model=s.model, estimated_cost_usd=round(p / 1000 * s.price_per_1k_input + c / 1000 * s.price_per_1k_output, 6))

    def _account(self, request: LLMRequest, text: str, reported: Any, seconds: float) -> None:
        usage = self.usage("\n".join(c for _r, c in request.messages), text)
        if reported and reported.get("input_tokens"):
            usage.reported_prompt_tokens = int(reported["input_tokens"])
            usage.reported_completion_tokens = int(reported.get("output_tokens", 0))
        self.last_usage = usage
        log.info(
            "llm %s: %s prompt + %s completion tokens (counted; server reported %s + %s), ~$%.5f, %.2f s, model %s, structured %s",
            request.step, usage.prompt_tokens, usage.completion_tokens, usage.reported_prompt_tokens,
            usage.reported_completion_tokens, usage.estimated_cost_usd, seconds, usage.model, request.structured,
        )
