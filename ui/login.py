"""Sign-in: the demo mode signs in as the demo CIO; local mode asks for a username and password."""

from __future__ import annotations

import streamlit as st

from assistant.errors import AuthError
from assistant.factory import App
from assistant.services.bootstrap import FIRST_ADMIN_HINT, first_admin_needed, signing_key
from assistant.store.access import Actor
from assistant.store.accounts import authenticate, check_session, issue_session


def session_secret(app: App) -> str:
    return signing_key(app.settings)


def start_session(app: App, actor: Actor) -> None:
    """Store a signed token for the actor (at their current session version) in this browser session."""
    st.session_state["session_token"] = issue_session(actor, session_secret(app), app.settings.session_minutes)
    st.session_state["actor"] = actor


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
    if first_admin_needed(app.sessions):
        st.info(FIRST_ADMIN_HINT)
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
        start_session(app, actor)
        st.rerun()


def oidc_login_page(app: App) -> None:
    """OpenID Connect through Streamlit's st.login; the identity must match a local account by e-mail."""
    st.title("Sign in")
    if not st.user.is_logged_in:
        st.button("Sign in with your organisation's account", type="primary", on_click=st.login)
        return
    email = str(st.user.get("email") or "").strip().lower()
    from assistant.store.lifecycle import actor_for_identity

    with app.sessions() as s:
        actor = actor_for_identity(s, email) if email else None
    if actor is None:  # no account, or a disabled or locked one
        st.error(f"No active account exists for {email or 'this identity'}. Ask an admin to create one with that e-mail as the username.")
        st.button("Sign out", on_click=st.logout)
        return
    start_session(app, actor)
    st.rerun()


def sign_out() -> None:
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.rerun()
