"""Start-up decisions that depend on the sign-in mode (COACH_AUTH).

- demo: the demo organisation and its accounts are loaded (random passwords nobody needs: the app
  opens on the demo CIO's workspace); a random signing key per process is fine.
- local and oidc: nothing is created. The first admin comes from `coach users add NAME --role admin`;
  COACH_SECRET_KEY must hold at least 32 bytes, the same on every instance.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from assistant.accounts import reset_password
from assistant.auth import password_matches
from assistant.db import AuditEntry, User
from assistant.demo import DEMO_USERS, DemoInfo, ensure_demo
from assistant.errors import ConfigError
from assistant.factory import App, build_app
from assistant.passwords import random_password
from assistant.settings import Settings

MIN_KEY_BYTES = 32
FIRST_ADMIN_HINT = "No accounts exist yet. On the server, create the first admin with `coach users add NAME --role admin`."


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


def start_app(settings: Settings | None = None) -> App:
    """Check the settings, build the app, repair the index and load what the sign-in mode calls for."""
    from assistant.ingest import ingest_knowledge
    from assistant.reconcile import reconcile

    settings = settings or Settings()
    signing_key(settings)  # refuse to start before anything is built or created
    app = build_app(settings)
    reconcile(app.sessions, app.service)  # repair the index after a crash before anyone reads it
    load_mode_data(app)
    if settings.auth != "demo":
        retire_published_demo_passwords(app.sessions)
    if app.index.count("knowledge") == 0:
        ingest_knowledge(app.index, settings.resolved_knowledge_dir())
    return app


def load_mode_data(app: App) -> DemoInfo | None:
    """Demo accounts and data exist only with COACH_AUTH=demo; local and OIDC deployments start empty."""
    if app.settings.auth != "demo":
        return None
    return ensure_demo(app)


def retire_published_demo_passwords(sessions: Any) -> list[str]:
    """Give a random password to demo accounts that still have the password older versions published.

    Before demo passwords were random, every start created demo-cio, demo-coach and demo-admin with
    the password '<username>-pass', whatever the sign-in mode. Such an account is a way in; this closes it
    (the audit log says so) and returns the usernames it changed.
    """
    retired = []
    with sessions() as s:
        for username in DEMO_USERS.values():
            stored = s.scalar(select(User.password_hash).where(User.username == username))
            if stored is not None and password_matches(stored, f"{username}-pass"):
                reset_password(s, username, random_password())
                s.add(AuditEntry(action="retire_demo_password", target=username, detail="published demo password replaced at start"))
                s.commit()
                retired.append(username)
    return retired


def first_admin_needed(sessions: Any) -> bool:
    """True while the deployment has no account at all (the sign-in page then shows FIRST_ADMIN_HINT)."""
    with sessions() as s:
        return not s.scalar(select(func.count()).select_from(User))
