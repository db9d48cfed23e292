"""Resources built once per process, the signed-in user, and small rendering helpers.

Session state holds data (ids, the Actor dataclass, plain dicts), never clients.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import streamlit as st

from assistant.app import Actor, Coach
from assistant.errors import CoachError
from assistant.factory import App
from assistant.services.bootstrap import StartInfo
from assistant.text.safe_text import markdown_literal, neutralise_markdown, neutralise_stream


@st.cache_resource(show_spinner="Opening the workspace and the coaching material…")
def _started() -> tuple[App, StartInfo]:
    """Build the core once per process and run its start-up (index repair, material, demo data in demo mode)."""
    from assistant.services.bootstrap import start_app

    return start_app()


def get_app() -> App:
    """The wiring, for the sign-in page only; every other page talks to the facade (get_coach)."""
    return _started()[0]


def get_coach() -> Coach:
    """The facade: every page's one way into the core."""
    return _started()[0].coach


def current_user() -> tuple[Actor, int]:
    """The acting user and their workspace id, kept in session state.

    Demo mode signs in as the demo CIO. Local and OIDC modes (COACH_AUTH=local|oidc) rely on the
    login page having stored a session token; pages for CIOs get the CIO's workspace.
    """
    app, started = _started()
    if started.demo is not None:
        st.session_state.setdefault("actor", started.demo.actor)
        st.session_state.setdefault("workspace_id", started.demo.workspace_id)
        return st.session_state["actor"], st.session_state["workspace_id"]
    from ui.login import signed_in_actor

    actor = signed_in_actor(app.coach)
    if actor is None:
        st.warning("Please sign in.")
        st.stop()
    if "workspace_id" not in st.session_state:
        st.session_state["workspace_id"] = app.coach.home_workspace(actor)
    return actor, st.session_state["workspace_id"]


@contextmanager
def user_errors() -> Iterator[None]:
    """Show a CoachError's message to the user; never a traceback."""
    try:
        yield
    except CoachError as exc:
        st.error(str(exc))


def escape_md(text: str) -> str:
    """User or note text shown through st.markdown (or a label) as literal text: no formatting, no HTML, no links."""
    return markdown_literal(text)


def safe_markdown(text: str) -> str:
    """Engine text that quotes notes (answers, plan sections): formatting kept; images, links, HTML and URLs inert."""
    return neutralise_markdown(answer_markdown(text))


def safe_stream(chunks: Iterable[str]) -> Iterator[str]:
    """A streamed answer for st.write_stream, neutralised like `safe_markdown`."""
    return neutralise_stream(chunks)


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
    partners = get_coach().partners(actor, workspace_id)
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


def open_partner(partner_id: int, page: str = "views/partner.py") -> None:
    """Remember the partner and go to their page."""
    st.session_state["partner_id"] = partner_id
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
