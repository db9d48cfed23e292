"""Meeting prep: a conversation plan for the next meeting with one partner, with sources."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from assistant.planning.planner import DEFAULT_PURPOSE
from assistant.schema import QUADRANT_LABELS, Plan, Source
from ui.export import plan_docx, plan_filename, plan_markdown
from ui.state import (
    current_user,
    escape_md,
    flash,
    get_coach,
    partner_picker,
    safe_markdown,
    safe_stream,
    show_flash,
    user_errors,
)

actor, workspace_id = current_user()
service = get_coach()

st.title("Meeting prep")
st.caption("A plan for one conversation: goal, opening, what to teach, the competence proof, questions, follow-ups.")
show_flash()


def _source_label(source: Source) -> str:
    return source.ref if source.kind == "knowledge" else f"note {source.ref}"


sid = partner_picker(actor, workspace_id, key="prep_partner")
if sid is None:
    st.stop()
purpose = st.text_input("Purpose of the meeting", value=DEFAULT_PURPOSE, key="prep_purpose")
meeting = st.date_input("Meeting day (optional)", value=None, key="prep_meeting",
                        help="Every date in the plan falls on or after it. Left empty: read from the notes, else today.")

with user_errors():
    if st.button("Generate plan", type="primary", key="generate"):
        with st.spinner("Reading the notes, the ledger and the coaching material…"):
            stream, finish = service.plan_stream(actor, workspace_id, sid, purpose, meeting if isinstance(meeting, dt.date) else None)
        if service.engine.name != "offline":
            with st.expander("The model's draft, as it arrives", expanded=True):
                st.write_stream(safe_stream(stream))
        else:
            for _ in stream:
                pass
        plan_id, plan = finish()
        st.session_state["plan"] = {"id": plan_id, "partner_id": sid, "payload": plan.model_dump(mode="json")}
        st.session_state.pop("plan_editing", None)

    stored = st.session_state.get("plan")
    if not stored or stored["partner_id"] != sid:
        st.info("Pick the partner and the purpose, then press **Generate plan**.")
        st.stop()

    plan_id: int = stored["id"]
    plan = Plan.model_validate(stored["payload"])
    st.subheader(f"Plan for {escape_md(plan.partner or 'partner')}")
    st.caption(f"Quadrant: {QUADRANT_LABELS.get(plan.quadrant, plan.quadrant)} · Purpose: {escape_md(plan.purpose)} · Engine: {escape_md(plan.engine)}")
    if plan.usage:
        st.caption(f"Model usage: {plan.usage.prompt_tokens} tokens in, {plan.usage.completion_tokens} out, "
                   f"about ${plan.usage.estimated_cost_usd:.4f} ({plan.usage.model}).")
    for notice in plan.notices:
        st.info(notice)
    if plan.one_thing:
        st.markdown("#### Goal for this meeting: the one thing")
        st.success(escape_md(plan.one_thing))  # it quotes the notes: shown as literal text
    if plan.script:
        st.markdown("#### Say this")
        st.markdown("\n".join(f"{i}. {escape_md(line)}" for i, line in enumerate(plan.script, start=1)))
    if plan.open_items:
        st.markdown("#### Open between us")
        st.dataframe(pd.DataFrame([{"Kind": i.kind, "Whose": i.owner.replace("_", " "), "Status": i.status, "Date": i.date or "", "What": i.text}
                                   for i in plan.open_items]), hide_index=True, width="stretch")
    if plan.avoid:
        st.markdown("#### Keep out of the room")
        st.markdown("\n".join(f"- **{escape_md(a.topic)}**: {escape_md(a.why)}" for a in plan.avoid))

    editing = st.toggle("Edit the plan", key="plan_editing")
    if editing:
        with st.form("edit_plan"):
            texts = [st.text_area(escape_md(section.title), value=section.text, height=150, key=f"sec_{plan_id}_{i}")
                     for i, section in enumerate(plan.sections)]
            if st.form_submit_button("Save plan", type="primary"):
                edited = plan.model_copy(update={"sections": [s.model_copy(update={"text": t}) for s, t in zip(plan.sections, texts, strict=True)]})
                service.save_plan(actor, workspace_id, plan_id, edited)
                stored["payload"] = edited.model_dump(mode="json")
                st.session_state.pop("plan_editing", None)
                flash("Plan saved.")
                st.rerun()
    else:
        with st.expander("Details: where the partner stands, what to teach, questions, objections, sources", expanded=not plan.one_thing):
            for number, section in enumerate(plan.sections, start=1):
                with st.container(border=True):
                    st.markdown(f"##### {number}. {escape_md(section.title)}")
                    st.markdown(safe_markdown(section.text))
                    if section.sources:
                        st.caption("Sources: " + " · ".join(escape_md(_source_label(s)) for s in section.sources))

    if plan.value_message:
        st.markdown("#### Value message")
        st.success(safe_markdown(plan.value_message))
    if plan.value_traps:
        st.markdown("#### Value-trap check")
        for trap in plan.value_traps:
            st.warning(safe_markdown(trap))
    else:
        st.caption("Value-trap check: no IT-centric wording found in the plan.")

    st.markdown("#### Follow-ups")
    if plan.followups:
        st.dataframe(pd.DataFrame([f.model_dump() for f in plan.followups]).rename(columns=str.capitalize), hide_index=True, width="stretch")
        if st.button("Accept follow-ups into the promise ledger", key="accept_followups"):
            created = service.accept_followups(actor, workspace_id, plan_id)
            st.success(f"{len(created)} commitment(s) added to the promise ledger.")
    else:
        st.caption("This plan proposes no follow-ups.")

    d1, d2 = st.columns(2)
    d1.download_button("Download Markdown", plan_markdown(plan), file_name=plan_filename(plan, "md"), mime="text/markdown", key="dl_md")
    d2.download_button("Download Word (.docx)", plan_docx(plan), file_name=plan_filename(plan, "docx"),
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document", key="dl_docx")

    st.markdown("#### Share with a coach")

    review = service.reviews
    coaches = {c.display_name: c.id for c in review.coaches(actor)}
    if not coaches:
        st.caption("No coach accounts exist yet; an admin can create one.")
    else:
        with st.form(f"share_{plan_id}"):
            coach_name = st.selectbox("Coach", list(coaches))
            share_notes = st.checkbox("Also share this partner's notes with the coach", value=False)
            if st.form_submit_button("Share plan for review"):
                record = review.share(actor, workspace_id, plan_id, coaches[coach_name], share_notes)
                st.success(f"Shared with {coach_name}; status: {record.status.replace('_', ' ')}. Follow it under **Coach reviews**.")
