"""Users (admins): create accounts, reset passwords, disable and re-enable. Admins never see notes or plans."""

from __future__ import annotations

import streamlit as st

from assistant.errors import InputError
from ui.state import current_user, flash, get_coach, show_flash, user_errors

accounts = get_coach().accounts
actor, _ = current_user()
st.title("Users")
show_flash()
if actor.role != "admin":
    st.error("Only admins manage users.")
    st.stop()
rows = accounts.accounts(actor)
st.dataframe([{"username": a.username, "name": a.name, "role": a.role, "locked": a.locked, "disabled": a.disabled} for a in rows], hide_index=True)
usernames = [a.username for a in rows]

with st.form("new_user"):
    st.markdown("#### New account")
    username = st.text_input("Username")
    name = st.text_input("Display name")
    role = st.selectbox("Role", ["cio", "coach", "admin"])
    password = st.text_input("Initial password", type="password", help="At least 12 characters, not a common password.")
    if st.form_submit_button("Create user", type="primary"):
        with user_errors():
            flash(f"Created {accounts.create(actor, username, password, role, name)}.")
            st.rerun()

with st.form("reset_password", clear_on_submit=True):
    st.markdown("#### Reset a password")
    st.caption("Clears a lock and ends the account's sessions.")
    who = st.selectbox("Account", usernames, key="reset_who")
    new = st.text_input("New password", type="password")
    again = st.text_input("New password again", type="password")
    if st.form_submit_button("Reset password"):
        with user_errors():
            if new != again:
                raise InputError("The two new passwords differ.")
            accounts.reset_password(actor, who, new)
            flash(f"New password set for {who}; their sessions have ended.")
            st.rerun()

with st.form("disable_enable"):
    st.markdown("#### Disable or enable an account")
    st.caption("A disabled account cannot sign in and its sessions end at once; its data stays.")
    who = st.selectbox("Account", usernames, key="state_who")
    action = st.radio("Action", ["Disable", "Enable"], horizontal=True)
    if st.form_submit_button("Apply"):
        with user_errors():
            accounts.set_disabled(actor, who, action == "Disable")
            flash(f"{who} is {'disabled' if action == 'Disable' else 'enabled'}.")
            st.rerun()
