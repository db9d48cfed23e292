"""Rehearse: the assistant plays a partner; the debrief scores each reply. Session state holds plain data only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.conversation.rehearsal import (
    DEFAULT_TURNS,
    Debrief,
    RehearsalSession,
    end_rehearsal,
    retry_from,
)
from ui.state import current_user, escape_md, flash, get_coach, partner_picker, show_flash, user_errors


def _heard_line(heard) -> str:  # type: ignore[no-untyped-def]
    """What the partner heard in a reply, in one caption line."""
    parts = []
    if heard.acknowledged:
        parts.append("acknowledged: " + "; ".join(f"“{a}”" for a in heard.acknowledged[:2]))
    for p in heard.promised:
        parts.append(f"promised: {p.what} ({p.who}, {p.when or 'no date'})")
    if heard.asked:
        parts.append(f"asked: {heard.asked[-1]}")
    return escape_md("Heard · " + " · ".join(parts)) if parts else ""


actor, workspace_id = current_user()
service = get_coach()
KEY = "rehearsal"

st.title("Rehearse a meeting")
st.caption("The assistant plays your partner, in character, with the objections the playbooks predict. End it when you like; the debrief scores every reply.")
show_flash()

sid = partner_picker(actor, workspace_id, key="rehearse_partner")
if sid is None:
    st.stop()


def _session() -> RehearsalSession | None:
    stored = st.session_state.get(KEY)
    if not stored or stored["partner_id"] != sid:
        return None
    return RehearsalSession.model_validate(stored["session"])


def _keep(session: RehearsalSession, plan_id: int | None, result: Debrief | None = None) -> None:
    st.session_state[KEY] = {
        "partner_id": sid, "plan_id": plan_id, "session": session.model_dump(mode="json"),
        "debrief": result.model_dump(mode="json") if result else None,
    }


with user_errors():
    plans = service.plans(actor, workspace_id, sid)
    plan_ids: list[int | None] = [None, *(p.id for p in plans)]
    labels = {p.id: f"{p.purpose} ({p.created_at:%Y-%m-%d})" for p in plans}
    c1, c2 = st.columns([3, 1])
    plan_id = c1.selectbox("Plan for the meeting (optional)", plan_ids, format_func=lambda i: "No plan" if i is None else labels[i], key="rehearse_plan")
    turns = c2.number_input("Replies", min_value=1, max_value=20, value=DEFAULT_TURNS, key="rehearse_turns")
    if st.button("Start rehearsal", type="primary", key="rehearse_start"):
        _keep(service.start_rehearsal(actor, workspace_id, sid, plan_id, int(turns)), plan_id)
        st.rerun()

    session = _session()
    if session is None:
        st.info("Pick the partner (and the plan, if you have one), then press **Start rehearsal**.")
    else:
        stored = st.session_state[KEY]
        for notice in session.notices:
            st.info(notice)
        for index, turn in enumerate(session.turns):
            with st.chat_message("assistant" if turn.speaker == "partner" else "user"):
                who = (session.partner or "Partner") if turn.speaker == "partner" else "You"
                st.markdown(f"**{escape_md(who)}** · turn {index}")
                st.markdown(escape_md(turn.text or "(no reply)"))
                if turn.flags:
                    st.caption("Flagged: " + ", ".join(turn.flags))
                if turn.heard and (heard := _heard_line(turn.heard)):
                    st.caption(heard)
        if not session.done:
            reply = st.chat_input(f"Your reply to {session.first}")
            if reply is not None:
                with st.spinner(f"{session.first} is thinking…"):
                    service.rehearsal_reply(session, reply)
                _keep(session, stored["plan_id"])
                st.rerun()
            if st.button("End and debrief", key="rehearse_end"):
                end_rehearsal(session)
                _keep(session, stored["plan_id"])
                st.rerun()
        else:
            result = Debrief.model_validate(stored["debrief"]) if stored.get("debrief") else None
            if result is None:
                with st.spinner("Scoring your replies…"):
                    result = service.rehearsal_debrief(session)
                _keep(session, stored["plan_id"], result)
            st.subheader(f"Debrief: {result.overall}/100")
            st.caption(f"Engine: {result.engine}")
            for notice in result.notices:
                if notice not in session.notices:
                    st.info(notice)
            if result.rows:
                table = pd.DataFrame([{"turn": r.turn_index, **{result.criteria[k]: r.scores.get(k) for k in result.criteria}} for r in result.rows])
                st.dataframe(table, hide_index=True, width="stretch")
            for row in result.rows:
                with st.expander(f"Turn {row.turn_index}: {escape_md(row.reply[:80] or '(no reply)')}"):
                    st.markdown(f"> {escape_md(row.reply or '(no reply)')}")
                    for good in row.good:
                        st.success(escape_md(good))
                    if row.better:
                        st.markdown("**A better way to say it:** " + escape_md(row.better))
                    st.caption(" · ".join(f"{result.criteria.get(k, k)}: {escape_md(v)}" for k, v in row.reasons.items()))
            b1, b2, b3 = st.columns(3)
            if b1.button("Save to the partner's history", type="primary", key="rehearse_save"):
                service.save_rehearsal(actor, workspace_id, sid, session, result)
                flash("Rehearsal saved.")
                st.rerun()
            cio_turns = session.cio_turns()
            if cio_turns:
                again = b2.selectbox("Retry from your reply at turn", cio_turns, key="rehearse_retry_turn")
                if b2.button("Retry from there", key="rehearse_retry"):
                    _keep(retry_from(session, int(again)), stored["plan_id"])
                    st.rerun()
            if result.followups:
                st.markdown("#### Commitments you made")
                st.dataframe(pd.DataFrame([f.model_dump() for f in result.followups]), hide_index=True, width="stretch")
                if stored["plan_id"] is not None and b3.button("Add them to the plan's follow-ups", key="rehearse_followups"):
                    service.add_followups_to_plan(actor, workspace_id, stored["plan_id"], result.followups)
                    st.success("Added to the plan's follow-ups.")

    history = service.rehearsal_scores(actor, workspace_id, sid)
    if history:
        st.markdown("#### Rehearsal scores over time")
        st.line_chart(pd.DataFrame(history, columns=["date", "overall"]).set_index("date"))
