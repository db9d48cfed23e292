"""Users (admins): create accounts and see who exists. Admins never see notes or plans."""

from __future__ import annotations

import streamlit as st
from sqlalchemy import select

from assistant.store.accounts import create_user
from assistant.store.models import User
from ui.state import current_user, flash, get_app, show_flash, user_errors

app = get_app()
actor, _ = current_user()
st.title("Users")
show_flash()
if actor.role != "admin":
    st.error("Only admins manage users.")
    st.stop()
with app.sessions() as s:
    users = list(s.scalars(select(User).order_by(User.username)))
st.dataframe([{"username": u.username, "name": u.display_name, "role": u.role, "locked": bool(u.locked_until)} for u in users], hide_index=True)
with st.form("new_user"):
    username = st.text_input("Username")
    name = st.text_input("Display name")
    role = st.selectbox("Role", ["cio", "coach", "admin"])
    password = st.text_input("Initial password", type="password")
    if st.form_submit_button("Create user", type="primary"):
        with user_errors(), app.sessions() as s:
            create_user(s, username, password, role, name, by=actor)
            s.commit()
            flash(f"Created {username}.")
            st.rerun()
