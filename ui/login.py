"""Sign-in: the demo mode signs in as the demo CIO; local mode asks for a username and password."""

from __future__ import annotations

import secrets
from functools import lru_cache

import streamlit as st

from assistant.access import Actor
from assistant.auth import authenticate, check_session, issue_session
from assistant.errors import AuthError
from assistant.factory import App
from assistant.oidc import actor_for_identity
from ui.state import escape_md


@lru_cache(maxsize=1)
def _process_secret() -> str:
    return secrets.token_hex(32)


def session_secret(app: App) -> str:
    key = app.settings.secret_key
    return key.get_secret_value() if key else _process_secret()


def signed_in_actor(app: App) -> Actor | None:
    """The actor of a valid, unexpired session token, or None (and a message if it expired)."""
    token = st.session_state.get("session_token")
    if not token:
        return None
    try:
        with app.sessions() as s:
            return check_session(s, token, session_secret(app))
    except AuthError as exc:
        for key in ("session_token", "actor", "workspace_id"):
            st.session_state.pop(key, None)
        st.session_state["login_message"] = str(exc)
        return None


def login_page(app: App) -> None:
    st.title("Sign in")
    if message := st.session_state.pop("login_message", None):
        st.warning(message)
    with st.form("login"):
        username = st.text_input("Username")
        password = st.text_input("Password", type="password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        try:
            with app.sessions() as s:
                actor = authenticate(s, username, password)
        except AuthError as exc:
            st.error(str(exc))
            return
        st.session_state["session_token"] = issue_session(actor, session_secret(app), app.settings.session_minutes)
        st.session_state["actor"] = actor
        st.rerun()
    st.caption("Demo accounts are printed by `coach demo` (CIO, coach and admin).")


def oidc_login_page(app: App) -> None:
    """OpenID Connect through Streamlit's st.login; the provider's e-mail must match a local account."""
    st.title("Sign in")
    if not st.user.is_logged_in:
        if message := st.session_state.pop("login_message", None):
            st.warning(message)
        st.button("Sign in with your organisation's account", type="primary", on_click=st.login)
        return
    try:
        with app.sessions() as s:
            actor = actor_for_identity(s, st.user.to_dict(), app.settings.oidc_require_verified_email)
    except AuthError as exc:
        st.error(escape_md(str(exc)))  # the message quotes the provider's e-mail claim: show it as plain text
        st.button("Sign out", on_click=st.logout)
        return
    st.session_state["session_token"] = issue_session(actor, session_secret(app), app.settings.session_minutes)
    st.session_state["actor"] = actor
    st.rerun()


def sign_out(app: App) -> None:
    """End the session; with OIDC also the provider's identity cookie, or the next run would sign in again."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    if app.settings.auth == "oidc":
        st.logout()
    else:
        st.rerun()
