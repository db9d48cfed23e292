"""My account: change your own password (local sign-in)."""

from __future__ import annotations

import streamlit as st

from assistant.errors import InputError
from ui.login import start_session
from ui.state import current_user, flash, get_coach, show_flash, user_errors

coach = get_coach()
actor, _ = current_user()
st.title("My account")
show_flash()
if coach.settings.auth != "local":
    st.info("Passwords are not used in this sign-in mode.")
    st.stop()
st.caption(f"Signed in as {actor.name} ({actor.role}).")
with st.form("change_password", clear_on_submit=True):
    st.markdown("#### Change my password")
    old = st.text_input("Current password", type="password")
    new = st.text_input("New password", type="password", help="At least 12 characters, not a common password, not your username.")
    again = st.text_input("New password again", type="password")
    if st.form_submit_button("Change password", type="primary"):
        with user_errors():
            if new != again:
                raise InputError("The two new passwords differ.")
            start_session(*coach.accounts.change_own_password(actor, old, new))  # this session goes on; the others end
            flash("Password changed. Your other sessions have ended.")
            st.rerun()
