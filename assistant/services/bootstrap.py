"""Start-up, in one place for the app and the CLI: repair the index, load the coaching material,
load the demo workspace in demo mode only, and warm the models so no user waits for them."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant.factory import App
from assistant.retrieval.ingest import ingest_knowledge
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION
from assistant.services.demo import DemoInfo, ensure_demo
from assistant.services.reconcile import reconcile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartInfo:
    demo: DemoInfo | None  # the demo CIO and workspace, in demo mode only
    repaired: str  # what the index repair did, for the log


def start(app: App, warm: bool = True) -> StartInfo:
    """Run once per process after `build_app` (which applies the migrations)."""
    report = reconcile(app.sessions, app.coach)  # after a crash, before anyone reads the index
    if app.index.count(KNOWLEDGE_COLLECTION) == 0:
        ingest_knowledge(app.index, app.settings.resolved_knowledge_dir())
    demo = ensure_demo(app) if app.settings.auth == "demo" else None
    if warm:
        app.engine.warm_up()  # the embedder and the perception classifier, now rather than on the first click
    log.info("started: auth=%s engine=%s index repair: %s", app.settings.auth, app.engine.name, report.summary())
    return StartInfo(demo, report.summary())
