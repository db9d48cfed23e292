"""The page a staff member opens from a round link: one question, one answer, no account."""

from __future__ import annotations

import time

import streamlit as st

from assistant.errors import CoachError
from ui.state import get_coach

token = st.query_params.get("round", "")
rounds = get_coach().rounds
st.title("What is the value of technology here?")
try:
    info = rounds.round_for_token(token)
except CoachError as exc:
    st.error(str(exc))
    st.stop()
st.caption(f"{info.name} · " + ("Your answer is anonymous." if info.anonymous else "Your name is recorded with your answer."))
st.session_state.setdefault("opened_at", time.monotonic())
if st.session_state.get("answered") == token:
    st.success("Thank you: your answer is in.")
    st.stop()
with st.form("answer"):
    answer = st.text_area("In one or two sentences, in your own words:")
    name = "" if info.anonymous else st.text_input("Your name")
    role = st.text_input("Your role (optional)")
    if st.form_submit_button("Send", type="primary"):
        try:
            rounds.submit(token, answer, time.monotonic() - st.session_state["opened_at"], name, role)
        except CoachError as exc:
            st.error(str(exc))
        else:
            st.session_state["answered"] = token
            st.rerun()
