"""One parsing path for every generative step, and the JSON schema each step sends.

A step's output is a pydantic model. The same model builds the JSON schema sent to
the endpoint (for constrained decoding), validates what comes back and types the
code that uses it. Free-text steps (the chat answer, the rehearsal partner's
line) go through `validate_text` with a model of their own.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)
Mode = Literal["json_schema", "json_object", "none"]
Kind = Literal["openai", "azure", "ollama", "vllm", "llamacpp", "unknown"]

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)
# Keywords OpenAI's strict mode rejects; other servers turn them into grammar limits.
_STRICT_UNSUPPORTED = ("maxLength", "minLength")
_NOISE = ("title", "default")


class StructuredOutputError(ValueError):
    """The model's answer is not a JSON object valid for the step's schema."""


def parse_output(text: str, model: type[T], context: dict[str, Any] | None = None) -> T:
    """The one parsing path: the first JSON object in the text, validated against the step's model."""
    data = first_json_object(text)
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        raise StructuredOutputError(_brief(exc)) from None


def validate_text(text: str, model: type[T], context: dict[str, Any] | None = None) -> T:
    """A free-text step's answer, validated by its model (field `text`)."""
    try:
        return model.model_validate({"text": text}, context=context)
    except ValidationError as exc:
        raise StructuredOutputError(_brief(exc)) from None


def first_json_object(text: str) -> dict[str, Any]:
    """The first complete JSON object in the text (code fences and chatter around it are ignored)."""
    body = _FENCE.sub("", text.strip())
    decoder = json.JSONDecoder(strict=False)  # a raw newline inside a string is no reason to lose the answer
    for match in re.finditer(r"\{", body):
        try:
            data, _end = decoder.raw_decode(body, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict):
            return data
    raise StructuredOutputError("the answer holds no complete JSON object" + (" (it may have been cut off at the output cap)" if "{" in body else ""))


def _brief(exc: ValidationError) -> str:
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}" for e in exc.errors()[:3]]
    more = f" (+{exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
    return "; ".join(parts) + more


def output_schema(model: type[BaseModel], strict: bool = False) -> dict[str, Any]:
    """The model's JSON schema, self-contained: refs inlined, every property required, no extra keys.

    strict=True drops the keywords OpenAI's strict mode does not accept (string lengths);
    servers that compile the schema to a grammar keep them, which bounds the answer.
    """
    raw = model.model_json_schema()
    defs = raw.pop("$defs", {})
    tidy: dict[str, Any] = _tidy(_inline(raw, defs), strict)
    return tidy


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            target = copy.deepcopy(defs[ref.removeprefix("#/$defs/")])
            extra = {k: v for k, v in node.items() if k != "$ref"}
            return _inline({**target, **extra}, defs)
        return {k: _inline(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def _tidy(node: Any, strict: bool) -> Any:
    if isinstance(node, list):
        return [_tidy(v, strict) for v in node]
    if not isinstance(node, dict):
        return node
    drop = _NOISE + (_STRICT_UNSUPPORTED if strict else ())
    out = {k: _tidy(v, strict) for k, v in node.items() if k not in drop and k != "properties"}
    if "properties" in node:  # field names are not keywords: a field may be called "title"
        out["properties"] = {name: _tidy(v, strict) for name, v in node["properties"].items()}
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


def schema_hint(model: type[BaseModel]) -> str:
    """The schema as text, for endpoints that do not enforce it."""
    return "Answer with one JSON object that matches this JSON schema, and nothing else:\n" + json.dumps(output_schema(model), ensure_ascii=False)


def request_fields(kind: Kind, mode: Mode, name: str, model: type[BaseModel]) -> dict[str, Any]:
    """The fields added to the request body so the endpoint constrains its answer to the step's schema.

    OpenAI and Azure: strict JSON schema. llama.cpp (its server and llama-cpp-python's): a
    json_object response_format with a `schema`, which both compile to a grammar. Ollama's
    OpenAI-compatible API turns a json_schema response_format into its native `format`; vLLM
    takes the same response_format (its older `guided_json` field was removed in vLLM 0.12).
    """
    if mode == "none":
        return {}
    if mode == "json_object":
        return {"response_format": {"type": "json_object"}}
    strict = kind in ("openai", "azure")
    schema = output_schema(model, strict=strict)
    if kind == "llamacpp":
        return {"response_format": {"type": "json_object", "schema": schema}}
    return {"response_format": {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": strict}}}
