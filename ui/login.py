"""Sign-in pages: local accounts (username and password) and OpenID Connect (st.login). Demo mode needs none."""

from __future__ import annotations

import streamlit as st

from assistant.app import Actor, Coach
from assistant.errors import AuthError
from assistant.services.accounts import FIRST_ADMIN_HINT
from ui.state import escape_md


def start_session(actor: Actor, token: str) -> None:
    """Keep the signed token (at the account's current session version) in this browser session."""
    st.session_state["session_token"] = token
    st.session_state["actor"] = actor


def signed_in_actor(coach: Coach) -> Actor | None:
    """The actor of a valid, unexpired session token, or None (and a message if it expired)."""
    token = st.session_state.get("session_token")
    if not token:
        return None
    try:
        return coach.accounts.session_actor(token)
    except AuthError as exc:
        for key in ("session_token", "actor", "workspace_id"):
            st.session_state.pop(key, None)
        st.session_state["login_message"] = str(exc)
        return None


def login_page(coach: Coach) -> None:
    st.title("Sign in")
    if message := st.session_state.pop("login_message", None):
        st.warning(message)
    if coach.accounts.first_admin_needed():
        st.info(FIRST_ADMIN_HINT)
    with st.form("login"):
        username = st.text_input("Username")
        password = st.text_input("Password", type="password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        try:
            start_session(*coach.accounts.sign_in(username, password))
        except AuthError as exc:
            st.error(str(exc))
            return
        st.rerun()


def oidc_login_page(coach: Coach) -> None:
    """OpenID Connect through Streamlit's st.login; the provider's e-mail must match a local account."""
    st.title("Sign in")
    if not st.user.is_logged_in:
        if message := st.session_state.pop("login_message", None):
            st.warning(message)
        st.button("Sign in with your organisation's account", type="primary", on_click=st.login)
        return
    try:
        start_session(*coach.accounts.sign_in_identity(st.user.to_dict()))
    except AuthError as exc:
        st.error(escape_md(str(exc)))  # the message quotes the provider's e-mail claim: show it as plain text
        st.button("Sign out", on_click=st.logout)
        return
    st.rerun()


def sign_out(coach: Coach) -> None:
    """End the session; with OIDC also the provider's identity cookie, or the next run would sign in again."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    if coach.settings.auth == "oidc":
        st.logout()
    else:
        st.rerun()
