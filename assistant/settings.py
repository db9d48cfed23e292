"""One typed settings object, read from COACH_* environment variables and .env."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable. Built when asked for (`Settings()`), never at import."""

    model_config = SettingsConfigDict(
        env_prefix="COACH_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(Path("data"), description="Folder for the database, index and caches (default ./data).")
    llm: Literal["offline", "openai"] = Field("offline", description="offline (default, no network) or openai (any OpenAI-compatible endpoint).")
    openai_base_url: str = Field("", description="Base URL of an OpenAI-compatible endpoint; empty = api.openai.com.")
    openai_api_key: SecretStr | None = Field(None, description="API key; OPENAI_API_KEY is honoured too.")
    model: str = Field("gpt-4o-mini", description="Model name at the endpoint.")
    temperature: float = Field(0.2, ge=0, le=2, description="Sampling temperature for the LLM engine.")
    timeout_s: float = Field(60.0, gt=0, description="Timeout of one LLM request, in seconds.")
    max_retries: int = Field(2, ge=0, le=10, description="Retries with backoff on 429 and 5xx.")
    max_output_tokens: int = Field(1200, gt=0, description="Upper bound on tokens the LLM may produce.")
    prompt_budget_tokens: int = Field(6000, gt=500, description="Token budget of one prompt.")
    price_per_1k_input: float = Field(0.00015, ge=0, description="USD per 1,000 input tokens, for cost estimates.")
    price_per_1k_output: float = Field(0.0006, ge=0, description="USD per 1,000 output tokens, for cost estimates.")
    llm_structured: Literal["auto", "json_schema", "json_object", "none"] = Field("auto", description="How the LLM is held to each step's JSON schema: auto = detect the endpoint (OpenAI/Azure strict schema, llama.cpp grammar, Ollama, vLLM) and step down to json_object, then none, if it refuses; json_schema, json_object or none to force one.")
    llm_dry_run: bool = Field(False, description="Build every LLM request (after redaction) and show it instead of sending it; nothing leaves the machine and the offline result is used.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("WARNING", description="Log level of the core (INFO shows one line per LLM call: tokens, cost, time).")
    redact: Literal["auto", "always", "never"] = Field("auto", description="Replace names and identifiers before text leaves the machine; auto = for non-loopback endpoints.")
    chroma_url: str = Field("", description="URL of a chroma server; empty = embedded chromadb on disk.")
    database_url: str = Field("", description="SQLAlchemy URL; empty = SQLite in the data dir.")
    knowledge_dir: Path | None = Field(None, description="Coaching material folder; default the project's knowledge/.")
    session_minutes: int = Field(480, gt=0, description="Login session lifetime in minutes.")
    auth: Literal["demo", "local", "oidc"] = Field("demo", description="demo: open straight on the demo CIO's workspace (single user); local: login page with local accounts; oidc: Streamlit's st.login (configure [auth] in .streamlit/secrets.toml).")
    secret_key: SecretStr | None = Field(None, description="Signs login sessions; default a random key per process (sessions end on restart).")
    date_order: Literal["auto", "dmy", "mdy"] = Field("auto", description="How notes read an ambiguous date like 11/03/2026: dmy (day first), mdy (month first), or auto (from the locale, with a warning).")
    oidc_require_verified_email: bool = Field(True, description="oidc: sign in only with an e-mail the identity provider marks verified (email_verified claim); false only for a provider you control that vouches for every e-mail but omits the claim.")

    def api_key(self) -> str | None:
        if self.openai_api_key is not None:
            return self.openai_api_key.get_secret_value()
        return os.environ.get("OPENAI_API_KEY") or None

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'coach.db'}"

    def endpoint_is_loopback(self) -> bool:
        if not self.openai_base_url:
            return False
        host = urlparse(self.openai_base_url).hostname or ""
        return host in {"localhost", "::1"} or host.startswith("127.")

    def redaction_enabled(self) -> bool:
        if self.redact == "auto":
            return not self.endpoint_is_loopback()
        return self.redact == "always"

    def resolved_knowledge_dir(self) -> Path:
        from assistant.paths import KNOWLEDGE_DIR

        return self.knowledge_dir or KNOWLEDGE_DIR


def ensure_data_dir(settings: Settings) -> Path:
    """Create the data folder, or say clearly why it cannot be used."""
    from assistant.errors import ConfigError

    path = settings.data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"The data folder {path} is not writable ({exc.strerror or exc}). "
            "Set COACH_DATA_DIR to a folder you can write to."
        ) from exc
    return path
