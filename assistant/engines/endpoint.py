"""Which kind of OpenAI-compatible endpoint this is, and which structured output it gets.

`COACH_LLM_STRUCTURED=auto` decides from the base URL where it can (OpenAI, Azure,
Ollama's port), else from one cheap `GET /models` (each server names itself in
`owned_by`). Every kind starts with a JSON schema; an endpoint that rejects it
is stepped down to json_object, then to none, with a clear message (see LLMClient).
"""

from __future__ import annotations

import json
import logging
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from assistant.settings import Settings
from assistant.structured import Kind, Mode

log = logging.getLogger(__name__)
Probe = Callable[[str, str | None, float], dict[str, Any] | None]

_OWNED_BY: dict[str, Kind] = {
    "llamacpp": "llamacpp",  # llama.cpp's llama-server
    "me": "llamacpp",  # llama-cpp-python's server
    "vllm": "vllm",
    "library": "ollama",
    "ollama": "ollama",
    "openai": "openai",
    "system": "openai",
    "openai-internal": "openai",
}
DOWNGRADE: dict[Mode, Mode | None] = {"json_schema": "json_object", "json_object": "none", "none": None}


def kind_from_url(base_url: str) -> Kind | None:
    """The kind when the URL alone says it; None when only the server can tell."""
    if not base_url:
        return "openai"
    url = urlparse(base_url)
    host = (url.hostname or "").lower()
    if host == "api.openai.com":
        return "openai"
    if host.endswith((".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com")):
        return "azure"
    if url.port == 11434 or "ollama" in host:
        return "ollama"
    return None


def kind_from_models(payload: dict[str, Any] | None) -> Kind:
    """The kind from a /models answer's `owned_by` (unknown when it names no server we know)."""
    for item in (payload or {}).get("data", []) or []:
        owner = str(item.get("owned_by", "")).lower() if isinstance(item, dict) else ""
        if owner in _OWNED_BY:
            return _OWNED_BY[owner]
    return "unknown"


def probe_models(base_url: str, api_key: str | None, timeout: float) -> dict[str, Any] | None:
    """One GET {base_url}/models; None when the endpoint does not answer it."""
    request = urllib.request.Request(base_url.rstrip("/") + "/models", headers={"Authorization": f"Bearer {api_key or 'not-needed'}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the configured endpoint
            data = json.loads(response.read(1_000_000))
    except (OSError, ValueError) as exc:
        log.info("endpoint probe %s/models failed: %s", base_url, exc)
        return None
    return data if isinstance(data, dict) else None


def detect_kind(settings: Settings, probe: Probe | None = probe_models) -> Kind:
    """From the URL, else from the probe (skipped when probe is None, e.g. in a dry run)."""
    kind = kind_from_url(settings.openai_base_url)
    if kind is not None:
        return kind
    if probe is None:
        return "unknown"
    return kind_from_models(probe(settings.openai_base_url, settings.api_key(), min(settings.timeout_s, 5.0)))


def first_mode(settings: Settings) -> Mode:
    """The structured mode to start with: the setting, or a JSON schema under auto."""
    return "json_schema" if settings.llm_structured == "auto" else settings.llm_structured


def unsupported_message(settings: Settings, kind: Kind) -> str:
    endpoint = settings.openai_base_url or "api.openai.com"
    return (
        f"The endpoint at {endpoint} ({kind}) accepts neither a JSON schema nor JSON mode, so answers are parsed from "
        "free text and small models will often fail validation. Use a server with structured output (llama.cpp, Ollama, "
        "vLLM, OpenAI), or set COACH_LLM_STRUCTURED=none to skip the attempts."
    )
