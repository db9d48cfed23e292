"""Week ahead: the next seven days of meetings with partners, what is ready for each, and who is due a conversation."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

import pandas as pd
import streamlit as st

from ui.state import current_user, escape_md, get_coach, user_errors

actor, workspace_id = current_user()
coach = get_coach()
st.title("Week ahead")
st.caption("Your meetings of the next seven days, the partner each one is with, what is ready, and who is due a conversation.")


def _when(value: dt.date | dt.datetime, end: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime) and isinstance(end, dt.datetime):
        return f"{value:%H:%M}–{end:%H:%M}"
    return "All day"


def _prepare(partner_id: int, title: str) -> None:
    """Meeting prep, opened on this partner with the meeting's title as the purpose."""
    st.session_state["partner_id"] = partner_id
    st.session_state.pop("prep_partner", None)
    st.session_state["prep_purpose"] = title
    st.switch_page("views/meeting_prep.py")


uploads = st.file_uploader("Calendar export (.ics)", type=["ics"], accept_multiple_files=True, key="week_ics",
                           help="Export your calendar (Outlook, Google, Apple) as iCalendar and drop one or more files here. Nothing is stored.")
with user_errors():
    source = coach.calendar_from_upload([(f.name, f.getvalue()) for f in uploads]) if uploads else None
    if source is None and not coach.has_demo_calendar(actor, workspace_id):
        st.info("Upload an .ics export of your calendar to see the week ahead.")
        st.stop()
    week = coach.week_ahead(actor, workspace_id, source)
    st.caption(f"{week.first_day:%a %d %b} to {week.last_day:%a %d %b %Y} · from {escape_md(week.source)}"
               + (" (the demo calendar)" if source is None else ""))
    for warning in week.warnings:
        st.warning(escape_md(warning))
    if not week.meetings:
        st.info("No meetings in the next seven days.")
    for number, (day, items) in enumerate(groupby(week.meetings, key=lambda m: m.meeting.day())):
        st.subheader(f"{day:%A %d %B}")
        for i, item in enumerate(items):
            m, prep = item.meeting, item.prep
            with st.container(border=True):
                left, right = st.columns([5, 1], vertical_alignment="center")
                left.markdown(f"**{_when(m.start, m.end)}** · {escape_md(m.title)}")
                if prep is None:
                    left.caption(f"No partner: {escape_md(item.match.reason)}.")
                    continue
                status = "Plan ready" if prep.plan_ready else ("Plan older than the last note" if prep.plan_id else "No plan yet")
                last = f"last note {prep.last_note:%d %b %Y}" if prep.last_note else "no notes yet"
                left.markdown(f"With **{escape_md(item.match.partner or '')}** · {status} · {last}")
                if prep.promises_due:
                    left.markdown("\n".join(f"- Promise {'overdue since' if p.due < week.first_day else 'due'} {p.due:%d %b}: "
                                             f"{escape_md(p.what)} ({escape_md(p.owner)})" for p in prep.promises_due))
                left.caption(f"Matched by {item.match.how}: {escape_md(item.match.reason)}.")
                if right.button("Prepare", key=f"prepare_{number}_{i}_{item.match.partner_id}", type="primary" if not prep.plan_ready else "secondary", width="stretch"):
                    _prepare(item.match.partner_id or 0, m.title)

    st.subheader("Due for contact")
    if not week.due_for_contact:
        st.caption("Everyone has been met within their cadence.")
    else:
        st.caption("Partners not met for longer than their cadence (from power and interest: 14 days for high/high up to 60 for low/low).")
        st.dataframe(pd.DataFrame([
            {"Partner": d.partner, "Last contact": d.last_contact, "Days since": d.days_since, "Cadence (days)": d.cadence_days,
             "Meeting booked": d.next_meeting}
            for d in week.due_for_contact
        ]), hide_index=True, width="stretch",
            column_config={"Last contact": st.column_config.DateColumn("Last contact"), "Meeting booked": st.column_config.DateColumn("Meeting booked")})
