"""Coach reviews: a coach's inbox (comment, edit, decide) or a CIO's shared plans (status, revise, resubmit)."""

from __future__ import annotations

import streamlit as st

from assistant.schema import QUADRANT_LABELS
from assistant.services.reviews import DECISIONS, OPEN_FOR_REVIEW
from ui.state import (
    current_user,
    escape_md,
    flash,
    get_coach,
    safe_markdown,
    show_flash,
    user_errors,
)

coach = get_coach()
actor, workspace_id = current_user()
review = coach.reviews
STATUS = {"draft": "Draft", "shared": "Waiting for review", "resubmitted": "Resubmitted", "approved": "Approved",
          "approved_with_edits": "Approved with edits", "sent_back": "Sent back"}

st.title("Coach reviews")
show_flash()


def pick_plan(label: str, labels: dict[int, str], remember: str) -> int:
    """A plan picker whose labels carry the status. Unkeyed, so a changed status redraws the label;
    the chosen plan id is remembered in session state so the choice survives that redraw."""
    ids = list(labels)
    current = st.session_state.get(remember)
    chosen = st.selectbox(label, ids, index=ids.index(current) if current in ids else 0, format_func=labels.__getitem__)
    st.session_state[remember] = chosen
    return chosen


def show_thread(plan_id: int, titles: dict[str, str]) -> None:
    st.markdown("#### Comments")
    comments = review.comments(actor, plan_id)
    if not comments:
        st.caption("No comments yet.")
    for comment in comments:
        author = comment.author
        section = titles.get(comment.section_key, comment.section_key)
        where = f" on *{escape_md(section)}*" if comment.section_key else ""
        rating = f" · rating {comment.rating}/5" if comment.rating else ""
        st.markdown(f"**{escape_md(author)}**{where}{rating}: {escape_md(comment.text)}")


def coach_view() -> None:
    items = review.inbox(actor)
    if not items:
        st.info("No plans have been shared with you yet. When a CIO shares a plan, it appears here.")
        return
    labels = {v.plan_id: f"{v.partner} — {v.purpose} ({STATUS.get(v.status, v.status)})" for v in items}
    plan_id = pick_plan("Plan", labels, "coach_plan_id")
    view = review.view(actor, plan_id)
    st.caption(f"Status: {STATUS.get(view.status, view.status)} · Quadrant: {QUADRANT_LABELS.get(view.plan.quadrant, view.plan.quadrant)}")
    open_for_review = view.status in OPEN_FOR_REVIEW
    if not open_for_review:
        st.info("You have decided on this plan. If the CIO revises and resubmits it, it opens for review here again.")
    for section in view.plan.sections:
        with st.container(border=True):
            st.markdown(f"##### {escape_md(section.title)}")
            st.markdown(safe_markdown(view.coach_edits.get(section.key, section.text)))
            if section.key in view.coach_edits:
                st.caption("Edited by the coach.")
            if not open_for_review:
                continue
            with st.expander("Comment or edit this section"):
                with st.form(f"c_{plan_id}_{section.key}", clear_on_submit=True):
                    text = st.text_area("Comment", key=f"ct_{plan_id}_{section.key}")
                    rating = st.select_slider("Rating", options=[0, 1, 2, 3, 4, 5], value=0, key=f"cr_{plan_id}_{section.key}")
                    edit = st.text_area("Edited text (optional)", key=f"ce_{plan_id}_{section.key}")
                    if st.form_submit_button("Save"):
                        with user_errors():
                            if text.strip():
                                review.comment(actor, plan_id, section.key, text, rating or None)
                            if edit.strip():
                                review.edit_section(actor, plan_id, section.key, edit)
                            flash("Saved.")
                            st.rerun()
    show_thread(plan_id, {s.key: s.title for s in view.plan.sections})
    if open_for_review:
        st.markdown("#### Decision")
        with st.form(f"decide_{plan_id}"):
            decision = st.radio("Decision", list(DECISIONS), format_func=lambda d: d.replace("_", " ").capitalize(), horizontal=True)
            reason = st.text_area("Reasons (required to send back)")
            if st.form_submit_button("Record decision", type="primary"):
                with user_errors():
                    review.decide(actor, plan_id, decision, reason)
                    flash("Decision recorded; the CIO sees it now.")
                    st.rerun()
    with user_errors():
        try:
            notes = review.shared_notes(actor, plan_id)
        except Exception:  # noqa: BLE001 - not shared: say so without detail
            notes = None
        if notes is None:
            st.caption("The CIO has not shared this partner's notes with you.")
        else:
            with st.expander(f"Shared notes ({len(notes)})"):
                for note in notes:
                    st.markdown(f"**{note.date}** {escape_md(note.kind)}: {escape_md(note.text)}")


def cio_view() -> None:
    plans = [p for p in coach.plans(actor, workspace_id) if p.status != "draft"]
    if not plans:
        st.info("You have not shared a plan yet. Generate one in **Meeting prep** and share it with a coach there.")
        return
    partners = {p.id: p.name for p in coach.partners(actor, workspace_id)}
    labels = {p.id: f"{partners.get(p.partner_id, '?')} — {p.purpose} ({STATUS.get(p.status, p.status)})" for p in plans}
    plan_id = pick_plan("Shared plan", labels, "cio_plan_id")
    view = review.view(actor, plan_id)
    st.caption(f"Status: {STATUS.get(view.status, view.status)}")
    titles = {s.key: s.title for s in view.plan.sections}
    if view.status in OPEN_FOR_REVIEW:
        st.info("The coach has not decided yet. You can revise the plan once they approve it or send it back.")
    show_thread(plan_id, titles)
    if view.coach_edits:
        st.markdown("#### The coach's edits")
        for key, text in view.coach_edits.items():
            st.markdown(f"**{escape_md(titles.get(key, key))}**: {escape_md(text)}")
    if view.status != "sent_back":
        with st.expander("The plan as shared"):
            for section in view.plan.sections:
                st.markdown(f"##### {escape_md(section.title)}")
                st.markdown(safe_markdown(section.text))
    if view.status == "sent_back":
        st.markdown("#### Revise and resubmit")
        with st.form(f"revise_{plan_id}"):
            texts = {s.key: st.text_area(escape_md(s.title), value=view.coach_edits.get(s.key, s.text), key=f"rv_{plan_id}_{s.key}") for s in view.plan.sections}
            if st.form_submit_button("Save revision and resubmit", type="primary"):
                with user_errors():
                    revised = view.plan.model_copy(update={"sections": [s.model_copy(update={"text": texts[s.key]}) for s in view.plan.sections]})
                    review.revise(actor, workspace_id, plan_id, revised)
                    coach_id = next(p.coach_id for p in plans if p.id == plan_id)
                    review.share(actor, workspace_id, plan_id, coach_id or 0)
                    flash("Revised and resubmitted to the coach.")
                    st.rerun()
    with st.expander("Audit log"):
        for entry in review.audit_log(actor, plan_id):
            st.text(f"{entry.at:%Y-%m-%d %H:%M} · user {entry.user_id} · {entry.action} {entry.detail}")


with user_errors():
    if actor.role == "coach":
        coach_view()
    elif actor.role == "cio":
        cio_view()
    else:
        st.info("Admins manage users; plans and notes are not visible to them.")
