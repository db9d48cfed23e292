"""Entry point: `streamlit run ui/app.py`. Pages live in ui/views/."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ on the path, not the project root
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from assistant.errors import CoachError  # noqa: E402
from ui.state import current_user, get_coach  # noqa: E402

# An emoji icon is drawn in the page; a :material/...: one makes the browser fetch it from fonts.gstatic.com.
st.set_page_config(page_title="CIO value coach", page_icon="🧭", layout="wide")

WORKSPACE_PAGES = [
    st.Page("views/portfolio.py", title="Portfolio", icon=":material/map:", default=True),
    st.Page("views/week_ahead.py", title="Week ahead", icon=":material/calendar_month:"),
    st.Page("views/partner.py", title="Partner", icon=":material/person:"),
    st.Page("views/meeting_prep.py", title="Meeting prep", icon=":material/edit_note:"),
    st.Page("views/rehearsal.py", title="Rehearse", icon=":material/record_voice_over:"),
    st.Page("views/chat.py", title="Chat", icon=":material/chat:"),
    st.Page("views/value_statement.py", title="Value statement", icon=":material/flag:"),
    st.Page("views/reviews.py", title="Coach reviews", icon=":material/rate_review:"),
    st.Page("views/settings.py", title="Settings and status", icon=":material/settings:"),
]
COACH_PAGES = [st.Page("views/reviews.py", title="Review inbox", icon=":material/rate_review:", default=True)]
ADMIN_PAGES = [st.Page("views/users.py", title="Users", icon=":material/group:", default=True)]
ACCOUNT_PAGE = st.Page("views/account.py", title="My account", icon=":material/key:")

try:
    coach = get_coach()
except CoachError as exc:
    st.error(str(exc))
    st.stop()

if st.query_params.get("round"):
    # A staff member answering a consistency round: no account, no workspace pages.
    st.navigation([st.Page("views/staff_answer.py", title="Your answer", icon=":material/edit:")]).run()
    st.stop()

if coach.settings.auth in ("local", "oidc"):
    from ui.login import login_page, oidc_login_page, sign_out, signed_in_actor

    signed_in = signed_in_actor(coach)
    if signed_in is None:
        page_function = login_page if coach.settings.auth == "local" else oidc_login_page
        st.navigation([st.Page(lambda: page_function(coach), title="Sign in", icon=":material/login:")]).run()
        st.stop()
    pages = {"cio": WORKSPACE_PAGES, "coach": COACH_PAGES, "admin": ADMIN_PAGES}[signed_in.role]
    pages = pages + [ACCOUNT_PAGE] if coach.settings.auth == "local" else pages
    page = st.navigation(pages)
    with st.sidebar:
        role = f" ({signed_in.role})" if f"({signed_in.role})" not in signed_in.name else ""
        st.caption(f"Signed in as **{signed_in.name}**{role}")
        if st.button("Sign out"):
            sign_out(coach)
else:
    page = st.navigation(WORKSPACE_PAGES)
    try:
        actor, workspace_id = current_user()
    except CoachError as exc:
        st.error(str(exc))
        st.stop()
    with st.sidebar:
        st.caption(f"Signed in as **{actor.name or 'CIO'}** (demo workspace)")

page.run()
