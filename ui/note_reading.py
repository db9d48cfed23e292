"""The partner page's "How this note was read": entries with date and source, sentences with speaker, corrections."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from assistant.app import Actor, Coach
from assistant.records import NoteReadingInfo
from ui.state import escape_md, flash, user_errors

SPEAKER_LABELS = {"partner": "the partner", "cio": "you or your team", "other": "someone else", "unknown": "unknown"}
DATE_FROM = {"text": "read from the text", "note": "the note's date", "corrected": "corrected by you", None: "undated"}


def render_readings(service: Coach, actor: Actor, workspace_id: int, partner_id: int) -> None:
    st.caption("What the engine understood: each entry's date and source, and who said each sentence. "
               "Only the partner's words and actions move the assessment; your own opinions never decide it alone. "
               "Correct a speaker or a date and the partner is reassessed; corrections are kept.")
    readings = service.note_readings(actor, workspace_id, partner_id)
    if not readings:
        st.info("No notes yet.")
    for reading in reversed(readings):
        heading = f"{reading.date or 'undated'} · {reading.title or 'note'}"
        st.markdown(f"##### {escape_md(heading)}")
        for warning in reading.warnings:
            st.warning(warning)
        for entry in reading.entries:
            st.caption(escape_md(f"{entry.date or 'undated'} ({DATE_FROM.get(entry.date_from, entry.date_from)}) · {entry.source}"
                                 + (f" · {entry.title}" if entry.title else "")))
            st.dataframe(pd.DataFrame([
                {"Sentence": s.text, "Speaker": SPEAKER_LABELS.get(s.speaker, s.speaker) + (" (corrected)" if s.corrected else ""),
                 "Name": s.name or ""}
                for s in entry.sentences
            ]), hide_index=True, width="stretch")
        _correction_forms(service, actor, workspace_id, reading)


def _correction_forms(service: Coach, actor: Actor, workspace_id: int, reading: NoteReadingInfo) -> None:
    sentences = [s.text for e in reading.entries for s in e.sentences]
    if not sentences:
        return
    with st.form(f"speaker_fix_{reading.note_id}"):
        c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
        sentence = c1.selectbox("Sentence", sentences, key=f"fix_sentence_{reading.note_id}")
        speaker = c2.selectbox("Said by", list(SPEAKER_LABELS), format_func=SPEAKER_LABELS.__getitem__, key=f"fix_speaker_{reading.note_id}")
        if st.form_submit_button("Correct the speaker"):
            with user_errors():
                service.correct_speaker(actor, workspace_id, reading.note_id, sentence, speaker)
                flash("Speaker corrected and the assessment updated.")
                st.rerun()
    keys = {e.key: f"{e.date or 'undated'} · {e.source} · {(e.sentences[0].text if e.sentences else e.title)[:60]}" for e in reading.entries}
    with st.form(f"date_fix_{reading.note_id}"):
        d1, d2 = st.columns([4, 1], vertical_alignment="bottom")
        key = d1.selectbox("Entry", list(keys), format_func=keys.__getitem__, key=f"fix_entry_{reading.note_id}")
        default = next((e.date for e in reading.entries if e.key == key and e.date), None) or reading.date or dt.date.today()
        when = d2.date_input("Its date", value=default, format="YYYY-MM-DD", key=f"fix_date_{reading.note_id}")
        if st.form_submit_button("Correct the date"):
            with user_errors():
                service.correct_entry_date(actor, workspace_id, reading.note_id, key, when)
                flash("Date corrected and the assessment updated.")
                st.rerun()
