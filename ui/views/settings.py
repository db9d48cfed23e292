"""Settings and status: which engine, where the data lives, how big the index is."""

from __future__ import annotations

import streamlit as st

import assistant
from ui.state import current_user, get_coach, mask_password, user_errors

actor, workspace_id = current_user()
coach = get_coach()
settings = coach.settings
knowledge_chunks, note_chunks = coach.index_counts(workspace_id)

st.title("Settings and status")
st.caption("Read-only: change these with COACH_* environment variables or a .env file, then restart the app.")

with user_errors():
    st.markdown("#### Engine")
    c1, c2, c3 = st.columns(3)
    c1.metric("Engine", settings.llm)
    c2.metric("Model", settings.model if settings.llm == "openai" else "offline (no network)")
    c3.metric("Redaction", "on" if settings.redaction_enabled() else "off")
    if settings.llm == "openai":
        st.text(f"Endpoint: {mask_password(settings.openai_base_url) or 'https://api.openai.com/v1'}")
    else:
        st.caption("The offline engine uses the bundled embedding model and playbooks: nothing leaves this machine.")

    st.markdown("#### Index")
    i1, i2 = st.columns(2)
    i1.metric("Coaching material chunks", knowledge_chunks)
    i2.metric("Note chunks in this workspace", note_chunks)
    if knowledge_chunks == 0:
        st.warning("The coaching material is not indexed. Run `coach ingest` and restart the app.")

    st.markdown("#### Data")
    st.text(f"Data folder:     {settings.data_dir.resolve()}")
    st.text(f"Database:        {mask_password(settings.resolved_database_url())}")
    st.text(f"Vector store:    {mask_password(settings.chroma_url) or 'embedded chromadb in the data folder'}")
    st.text(f"Knowledge:       {settings.resolved_knowledge_dir()}")
    st.text(f"Version:         cio-coach {assistant.__version__}")
