"""Resources built once per process, the signed-in user, and small rendering helpers.

Session state holds data (ids, the Actor dataclass, plain dicts), never clients.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import streamlit as st

from assistant.access import Actor
from assistant.errors import CoachError
from assistant.factory import App


@st.cache_resource(show_spinner="Opening the workspace and the coaching material…")
def get_app() -> App:
    """Build the core once per process: database, index, engine, demo data, knowledge index."""
    from assistant.demo import ensure_demo
    from assistant.factory import build_app
    from assistant.ingest import ingest_knowledge
    from assistant.logs import configure_logging
    from assistant.reconcile import reconcile
    from assistant.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level)  # COACH_LOG_LEVEL=INFO logs one line per LLM call
    app = build_app(settings)
    reconcile(app.sessions, app.service)  # repair the index after a crash before anyone reads it
    ensure_demo(app)
    if app.index.count("knowledge") == 0:
        ingest_knowledge(app.index, app.settings.resolved_knowledge_dir())
    _warm_up()
    return app


def _warm_up() -> None:
    """Train the perception classifier now, once, rather than on the first click that assesses."""
    from assistant.classifier import shared_classifier

    shared_classifier()


def _demo_login(app: App) -> tuple[Actor, int]:
    """For now every session signs in as the demo CIO; a login page replaces this later."""
    from assistant.demo import ensure_demo

    info = ensure_demo(app)
    return info.actor, info.workspace_id


def current_user() -> tuple[Actor, int]:
    """The acting user and their workspace id, kept in session state.

    Demo mode signs in as the demo CIO. Local and OIDC modes (COACH_AUTH=local|oidc) rely on the
    login page having stored a session token; pages for CIOs get the CIO's workspace.
    """
    app = get_app()
    if app.settings.auth == "demo":
        if "actor" not in st.session_state or "workspace_id" not in st.session_state:
            actor, workspace_id = _demo_login(app)
            st.session_state["actor"] = actor
            st.session_state["workspace_id"] = workspace_id
        return st.session_state["actor"], st.session_state["workspace_id"]
    from ui.login import signed_in_actor

    actor = signed_in_actor(app)
    if actor is None:
        st.warning("Please sign in.")
        st.stop()
    if "workspace_id" not in st.session_state:
        workspaces = app.service.workspaces(actor) if actor.role == "cio" else []
        if actor.role == "cio" and not workspaces:
            workspaces = [app.service.create_workspace(actor, f"{actor.name or 'My'} workspace")]
        st.session_state["workspace_id"] = workspaces[0].id if workspaces else 0
    return actor, st.session_state["workspace_id"]


@contextmanager
def user_errors() -> Iterator[None]:
    """Show a CoachError's message to the user; never a traceback."""
    try:
        yield
    except CoachError as exc:
        st.error(str(exc))


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$])")


def escape_md(text: str) -> str:
    """User text shown through st.markdown as literal text (no formatting, no HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", text or "").replace("\n", "  \n")


def plain(text: str) -> None:
    st.markdown(escape_md(text))


def flash(message: str) -> None:
    """A success message that survives the rerun that follows a save."""
    st.session_state["_flash"] = message


def show_flash() -> None:
    message = st.session_state.pop("_flash", None)
    if message:
        st.success(message)


def partner_picker(actor: Actor, workspace_id: int, label: str = "Partner", key: str = "partner_pick") -> int | None:
    """A selectbox of partners, opening on st.session_state['partner_id']; returns the chosen id."""
    partners = get_app().service.stakeholders(actor, workspace_id)
    if not partners:
        st.info("No partners yet. Load the demo workspace or add a business partner to start.")
        return None
    ids = [p.id for p in partners]
    names = {p.id: f"{p.name} — {p.role}" if p.role else p.name for p in partners}
    if st.session_state.get(key) not in ids:
        current = st.session_state.get("partner_id")
        st.session_state[key] = current if current in ids else ids[0]
    chosen = st.selectbox(label, ids, format_func=lambda i: names[i], key=key)
    st.session_state["partner_id"] = chosen
    return chosen


def open_partner(stakeholder_id: int, page: str = "views/partner.py") -> None:
    """Remember the partner and go to their page."""
    st.session_state["partner_id"] = stakeholder_id
    st.session_state.pop("partner_pick", None)
    st.switch_page(page)


def mask_password(url: str) -> str:
    """The URL with any password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def answer_markdown(text: str) -> str:
    """Engine text as Markdown: list items and numbered source lines stay together; other lines are paragraphs."""
    out: list[str] = []
    for line in (text or "").splitlines():
        stripped = line.lstrip()
        previous = out[-1].lstrip() if out else ""
        if stripped.startswith(("- ", "* ")) and previous.startswith(("- ", "* ")):
            out.append(line)
        elif re.match(r"\[\d+\]", stripped) and re.match(r"\[\d+\]", previous):
            out[-1] += "  "
            out.append(line)
        else:
            out += ["", line]
    return "\n".join(out).strip()
