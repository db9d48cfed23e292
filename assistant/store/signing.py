"""The key that signs session tokens: required outside demo mode, random per process in demo mode."""

from __future__ import annotations

import secrets
from functools import lru_cache

from assistant.errors import ConfigError
from assistant.settings import Settings

MIN_KEY_BYTES = 32


def signing_key(settings: Settings) -> str:
    """The key that signs session tokens; a ConfigError naming COACH_SECRET_KEY when it is missing or short."""
    key = settings.secret_key.get_secret_value() if settings.secret_key else ""
    if not key and settings.auth == "demo":
        return _process_key()
    if len(key.encode("utf-8")) < MIN_KEY_BYTES:
        state = "is not set" if not key else f"has only {len(key.encode('utf-8'))} bytes"
        raise ConfigError(
            f"COACH_SECRET_KEY {state}; COACH_AUTH={settings.auth} needs a signing key of at least {MIN_KEY_BYTES} bytes, "
            "the same on every app instance. Generate one with "
            "`python -c \"import secrets; print(secrets.token_hex(32))\"` and set COACH_SECRET_KEY (environment or .env)."
        )
    return key


@lru_cache(maxsize=1)
def _process_key() -> str:
    return secrets.token_hex(32)
