"""Entry point: `streamlit run ui/app.py`. Pages live in ui/views/."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ on the path, not the project root
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from assistant.errors import CoachError  # noqa: E402
from ui.state import current_user, get_app  # noqa: E402

st.set_page_config(page_title="CIO value coach", page_icon=":material/explore:", layout="wide")

pages = [
    st.Page("views/portfolio.py", title="Portfolio", icon=":material/map:", default=True),
    st.Page("views/partner.py", title="Partner", icon=":material/person:"),
    st.Page("views/meeting_prep.py", title="Meeting prep", icon=":material/edit_note:"),
    st.Page("views/rehearsal.py", title="Rehearse", icon=":material/record_voice_over:"),
    st.Page("views/chat.py", title="Chat", icon=":material/chat:"),
    st.Page("views/value_statement.py", title="Value statement", icon=":material/flag:"),
    st.Page("views/settings.py", title="Settings and status", icon=":material/settings:"),
]
page = st.navigation(pages)

try:
    get_app()
    actor, workspace_id = current_user()
except CoachError as exc:
    st.error(str(exc))
    st.stop()

with st.sidebar:
    st.caption(f"Signed in as **{actor.name or 'CIO'}** (demo workspace)")

page.run()
