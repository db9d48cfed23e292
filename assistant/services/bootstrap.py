"""Start-up, in one place for the app and the CLI. What loads depends on the sign-in mode (COACH_AUTH):

- demo: the demo organisation and its accounts are loaded (random passwords nobody needs: the app
  opens on the demo CIO's workspace); a random signing key per process is fine.
- local and oidc: nothing is created. The first admin comes from `coach users add NAME --role admin`;
  COACH_SECRET_KEY must hold at least 32 bytes, the same on every instance.

Every mode repairs the index after a crash, loads the coaching material when the index lacks it,
and warms the models so no user waits for them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from assistant.factory import App, build_app
from assistant.logs import configure_logging
from assistant.retrieval.ingest import ingest_knowledge
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION
from assistant.services.demo import DEMO_USERS, DemoInfo, ensure_demo
from assistant.services.reconcile import reconcile
from assistant.settings import Settings
from assistant.store.accounts import password_matches
from assistant.store.lifecycle import reset_password
from assistant.store.models import AuditEntry, User
from assistant.store.passwords import random_password
from assistant.store.signing import signing_key

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class StartInfo:
    demo: DemoInfo | None  # the demo CIO and workspace, in demo mode only
    repaired: str  # what the index repair did, for the log


def start_app(settings: Settings | None = None, warm: bool = True) -> tuple[App, StartInfo]:
    """Check the settings, build the app, then start it (`start`)."""
    settings = settings or Settings()
    configure_logging(settings.log_level)  # COACH_LOG_LEVEL=INFO logs one line per LLM call
    signing_key(settings)  # refuse to start before anything is built or created
    app = build_app(settings)
    return app, start(app, warm)


def start(app: App, warm: bool = True) -> StartInfo:
    """Run once per process after `build_app` (which applies the migrations)."""
    report = reconcile(app.sessions, app.coach)  # after a crash, before anyone reads the index
    if app.index.count(KNOWLEDGE_COLLECTION) == 0:
        ingest_knowledge(app.index, app.settings.resolved_knowledge_dir())
    demo = ensure_demo(app) if app.settings.auth == "demo" else None
    if app.settings.auth != "demo":
        retire_published_demo_passwords(app.sessions)
    if warm:
        app.engine.warm_up()  # the embedder and the perception classifier, now rather than on the first click
    log.info("started: auth=%s engine=%s index repair: %s", app.settings.auth, app.engine.name, report.summary())
    return StartInfo(demo, report.summary())
