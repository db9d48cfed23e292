"""Partner: profile, notes, the current assessment and its history, the promise ledger."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from assistant.records import NOTE_KINDS
from assistant.schema import QUADRANT_LABELS, Assessment
from ui import charts
from ui.note_reading import render_readings
from ui.state import current_user, escape_md, flash, get_coach, partner_picker, plain, show_flash, user_errors

actor, workspace_id = current_user()
service = get_coach()

st.title("Partner")
show_flash()
sid = partner_picker(actor, workspace_id)
if sid is None:
    st.stop()


def _save_and_reassess(message: str, action) -> None:  # type: ignore[no-untyped-def]
    """Run a note change; the core indexes the note and reassesses the partner."""
    with st.status("Saving, indexing and reassessing…", expanded=False) as status:
        action()
        status.update(label="Saved and reassessed", state="complete")
    flash(message)
    st.rerun()


with user_errors():
    partner = service.partner(actor, workspace_id, sid)
    st.subheader(escape_md(partner.name))
    facts = [partner.role, partner.function and f"function: {partner.function}",
             partner.power and f"power: {partner.power}", partner.interest and f"interest: {partner.interest}",
             partner.email and f"e-mail: {partner.email}"]
    st.caption(" · ".join(escape_md(f) for f in facts if f))
    with st.popover("Calendar e-mail", help="Meetings in the Week ahead are matched to this partner by this address first, then by name."):
        email = st.text_input("E-mail address", value=partner.email or "", key=f"email_{sid}")
        if st.button("Save e-mail", key=f"save_email_{sid}"):
            service.set_partner_email(actor, workspace_id, sid, email)
            flash("E-mail saved." if email.strip() else "E-mail removed.")
            st.rerun()

    tab_assess, tab_notes, tab_read, tab_ledger, tab_history = st.tabs(["Assessment", "Notes", "How notes were read", "Promise ledger", "History"])

    # -- assessment -------------------------------------------------------
    with tab_assess, user_errors():
        assessment: Assessment | None = service.latest_assessment(actor, workspace_id, sid)
        if st.button("Reassess", key="reassess", help="Read all notes and the promise ledger again."):
            with st.spinner("Reassessing…"):
                assessment = service.assess(actor, workspace_id, sid)
            st.success("Reassessed from all notes and the promise ledger.")
        if assessment is None:
            st.info("Not assessed yet. Add a note about this partner, then press Reassess.")
        else:
            c1, c2, c3, c4 = st.columns(4)
            c1.metric("Quadrant", QUADRANT_LABELS.get(assessment.quadrant, assessment.quadrant))
            c2.metric("Dependence", assessment.dependence)
            c3.metric("Competence", assessment.competence)
            c4.metric("Confidence", f"{assessment.confidence:.0%}")
            if assessment.trend:
                st.caption(f"Trend: {escape_md(assessment.trend)}")
            st.markdown(escape_md(assessment.explanation))
            st.caption(f"Engine: {escape_md(assessment.engine)}" + (f" · model usage: {escape_md(assessment.usage_note)}" if assessment.usage_note else ""))
            for notice in assessment.notices:
                st.info(notice)
            st.markdown("#### Evidence from your notes")
            if not assessment.evidence:
                st.info("No quoted evidence yet: the notes say too little about this partner's perceptions.")
            for ev in assessment.evidence:
                st.markdown(f"> {escape_md(' '.join(ev.quote.split()))}")
                said = {"partner": " · the partner's words", "cio": " · your own reading", "other": " · someone else's words"}.get(ev.speaker or "", "")
                st.caption(f"{ev.date or 'undated'} · {ev.axis} → {ev.signal or 'signal'}{said}")
            if assessment.questions:
                st.markdown("#### Questions that would tell you more")
                for q in assessment.questions:
                    st.markdown(f"- {escape_md(q)}")

        with st.expander("Override the assessment"):
            st.caption("You know this partner better than the notes do. Your override and reason are kept in the history.")
            with st.form("override"):
                levels_d = ["T", "I", "BT", "unknown"]
                levels_c = ["doubted", "proven", "unknown"]
                d = st.selectbox("Dependence", levels_d, index=levels_d.index(assessment.dependence) if assessment else 3)
                c = st.selectbox("Competence", levels_c, index=levels_c.index(assessment.competence) if assessment else 2)
                reason = st.text_input("Reason", placeholder="e.g. She asked me to join the pricing strategy review.")
                if st.form_submit_button("Save override"):
                    with user_errors():
                        service.override(actor, workspace_id, sid, d, c, reason)
                        flash("Override saved.")
                        st.rerun()

    # -- notes ------------------------------------------------------------
    with tab_notes, user_errors():
        st.markdown("#### Add a note")
        with st.form("add_note", clear_on_submit=True):
            how = st.radio("Source", ["Paste text", "Upload a file"], horizontal=True, key="note_source")
            text = st.text_area("Note text", height=160, placeholder="What was said, by whom, and any promise made (with a date).")
            upload = st.file_uploader("…or a file", type=[s.lstrip(".") for s in service.upload_types()], help="Markdown, text, PDF, Word or e-mail (.eml).")
            col1, col2, col3 = st.columns([1, 1, 2])
            date = col1.date_input("Date", value=service.today(), format="YYYY-MM-DD")
            kind = col2.selectbox("Kind", NOTE_KINDS)
            title = col3.text_input("Title", placeholder="e.g. Quarterly review")
            if st.form_submit_button("Save note", type="primary"):
                with user_errors():
                    filename = None
                    if upload is not None and (how == "Upload a file" or not text.strip()):
                        body = service.read_upload(upload.name, upload.getvalue())
                        filename = upload.name
                    else:
                        body = text
                    _save_and_reassess(
                        "Note saved and the assessment updated.",
                        lambda: service.add_note(actor, workspace_id, sid, body, date, kind, title, filename),
                    )

        notes = service.notes(actor, workspace_id, sid)
        st.markdown(f"#### Notes ({len(notes)})")
        if not notes:
            st.info("No notes yet. Paste what was said in your last meeting, call or e-mail with this partner.")
        for note in reversed(notes):
            label = escape_md(f"{note.date or 'undated'} · {note.kind} · {note.title or 'note'}")
            with st.expander(label):
                plain(note.text)
                if note.filename:
                    st.caption(f"From file {escape_md(note.filename)}")
                editing = st.toggle("Edit", key=f"edit_{note.id}")
                if editing:
                    with st.form(f"edit_form_{note.id}"):
                        new_text = st.text_area("Text", value=note.text, height=200)
                        e1, e2, e3 = st.columns([1, 1, 2])
                        new_date = e1.date_input("Date", value=note.date or service.today(), format="YYYY-MM-DD")
                        new_kind = e2.selectbox("Kind", NOTE_KINDS, index=NOTE_KINDS.index(note.kind) if note.kind in NOTE_KINDS else 4)
                        new_title = e3.text_input("Title", value=note.title)
                        if st.form_submit_button("Save changes"):
                            with user_errors():
                                st.session_state.pop(f"edit_{note.id}", None)
                                _save_and_reassess(
                                    "Note updated and the assessment refreshed.",
                                    lambda n=note, t=new_text, d=new_date, k=new_kind, ti=new_title: service.update_note(actor, workspace_id, n.id, t, d, k, ti),
                                )
                if st.session_state.get("confirm_delete") == note.id:
                    st.warning("Delete this note for good? Its text leaves the search index too.")
                    y, n = st.columns(2)
                    if y.button("Yes, delete", key=f"yes_del_{note.id}", type="primary"):
                        st.session_state.pop("confirm_delete", None)
                        _save_and_reassess("Note deleted.", lambda n=note: service.delete_note(actor, workspace_id, n.id))
                    if n.button("Cancel", key=f"no_del_{note.id}"):
                        st.session_state.pop("confirm_delete", None)
                        st.rerun()
                elif st.button("Delete note", key=f"del_{note.id}"):
                    st.session_state["confirm_delete"] = note.id
                    st.rerun()

    # -- how each note was read -------------------------------------------
    with tab_read, user_errors():
        render_readings(service, actor, workspace_id, sid)

    # -- promise ledger ---------------------------------------------------
    with tab_ledger, user_errors():
        st.caption("Small, dated commitments kept in public are how doubted competence becomes proven.")
        ledger = service.ledger(actor, workspace_id, sid)
        if ledger:
            today = service.today()
            st.dataframe(pd.DataFrame([
                {"What": c.what, "Owner": c.owner, "Due": c.due, "Status": c.status,
                 "Overdue": bool(c.status == "open" and c.due and c.due < today), "Delivered": c.delivered_on, "Source": c.source}
                for c in ledger
            ]), hide_index=True, width="stretch")
            open_items = {c.id: f"{c.what} (due {c.due or 'no date'}, {c.owner})" for c in ledger if c.status == "open"}
            if open_items:
                m1, m2, m3 = st.columns([4, 1, 1], vertical_alignment="bottom")
                chosen = m1.selectbox("Open commitment", list(open_items), format_func=lambda i: open_items[i], key="ledger_pick")
                if m2.button("Mark kept", key="mark_kept"):
                    service.set_commitment_status(actor, workspace_id, chosen, "kept")
                    flash("Marked as kept.")
                    st.rerun()
                if m3.button("Mark missed", key="mark_missed"):
                    service.set_commitment_status(actor, workspace_id, chosen, "missed")
                    flash("Marked as missed. Say so to the partner before they notice.")
                    st.rerun()
        else:
            st.info("No commitments yet. Add one below, or accept the follow-ups of a meeting plan.")

        st.markdown("#### Add a commitment")
        with st.form("add_commitment", clear_on_submit=True):
            what = st.text_input("What we promised")
            a1, a2 = st.columns(2)
            owner = a1.text_input("Owner", value="CIO")
            due = a2.date_input("Due", value=service.today() + dt.timedelta(days=14), format="YYYY-MM-DD")
            if st.form_submit_button("Add to ledger"):
                with user_errors():
                    service.add_commitment(actor, workspace_id, sid, what, owner, due)
                    flash("Commitment added to the ledger.")
                    st.rerun()

        suggestions = service.suggest_commitments(actor, workspace_id, sid)
        st.markdown("#### Promises found in your notes")
        if not suggestions:
            st.caption("None found. Notes that say 'we will … by YYYY-MM-DD' show up here.")
        for i, (what_s, due_s, ref) in enumerate(suggestions):
            s1, s2 = st.columns([5, 1], vertical_alignment="center")
            s1.markdown(f"{escape_md(what_s)} — due {due_s.isoformat()} *(note {escape_md(ref)})*")
            if s2.button("Add", key=f"suggest_{i}"):
                service.add_commitment(actor, workspace_id, sid, what_s, "CIO", due_s, source="note")
                flash("Commitment added to the ledger.")
                st.rerun()

    # -- history ----------------------------------------------------------
    with tab_history, user_errors():
        records = service.history(actor, workspace_id, sid)
        if not records:
            st.info("No assessments yet. Press Reassess on the Assessment tab.")
        else:
            long = []
            for r in records:
                d_level = r.override_dependence or r.dependence
                c_level = r.override_competence or r.competence
                long += [{"when": r.created_at, "axis": "dependence", "level": d_level},
                         {"when": r.created_at, "axis": "competence", "level": c_level}]
            st.altair_chart(charts.history_chart(pd.DataFrame(long)), width="stretch")
            st.dataframe(pd.DataFrame([
                {"Assessed": r.created_at, "As of notes": r.as_of, "Engine": r.engine,
                 "Dependence": r.override_dependence or r.dependence, "Competence": r.override_competence or r.competence,
                 "Quadrant": QUADRANT_LABELS.get(r.quadrant, r.quadrant), "Confidence": round(r.confidence * 100),
                 "Override reason": r.override_reason or ""}
                for r in reversed(records)
            ]), hide_index=True, width="stretch")

        rehearsals = service.rehearsal_scores(actor, workspace_id, sid)
        st.markdown("#### Rehearsal scores")
        if not rehearsals:
            st.caption("No rehearsals yet: practise the next meeting on the **Rehearse** page.")
        else:
            st.line_chart(pd.DataFrame([{"date": day, "overall score": score} for day, score in rehearsals]).set_index("date"))
