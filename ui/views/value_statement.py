"""Value statement: one statement for the whole organisation, a value-trap checker, and the team consistency check."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.planning.value_traps import check_value_traps, suggest_rewrite, trap_summaries
from assistant.value_statement.consistency import load_answers_csv, render_markdown
from ui import charts
from ui.state import (
    current_user,
    escape_md,
    flash,
    get_coach,
    safe_markdown,
    show_flash,
    user_errors,
)

actor, workspace_id = current_user()
service = get_coach()

st.title("Value statement")
st.caption("One clear statement of what technology does for the business, that everyone in IT can say the same way.")
show_flash()

with user_errors():
    current = service.value_statement(actor, workspace_id)
    tab_statement, tab_traps, tab_team = st.tabs(["Statement", "Value-trap checker", "Team consistency"])

    with tab_statement, user_errors():
        if current is None:
            st.info("No value statement yet. Write one paragraph below, in the business's words, not IT's.")
        else:
            st.markdown(f"**Current statement (version {current.version})**")
            with st.container(border=True):
                st.markdown(escape_md(current.text))
            traps = check_value_traps(current.text)
            if traps:
                st.warning("Value traps in the current statement: " + " ".join(trap_summaries(traps)))
        with st.form("statement"):
            text = st.text_area("Edit the statement", value=current.text if current else "", height=140)
            if st.form_submit_button("Save as new version", type="primary"):
                with user_errors():
                    row = service.set_value_statement(actor, workspace_id, text)
                    flash(f"Saved as version {row.version}.")
                    st.rerun()
        versions = service.value_statement_versions(actor, workspace_id)
        if len(versions) > 1:
            st.markdown("#### Earlier versions")
            st.dataframe(pd.DataFrame([{"Version": v.version, "Saved": v.created_at, "Text": v.text} for v in versions]),
                         hide_index=True, width="stretch")

    with tab_traps, user_errors():
        st.caption("Paste what you plan to say or send to a business partner; the checker flags wording that makes "
                   "executives hear IT activity or IT cost instead of business value.")
        draft = st.text_area("Text to check", height=140, key="trap_text",
                             placeholder="e.g. We achieved 99.9% uptime and closed 4,000 tickets this quarter.")
        if st.button("Check for value traps", key="check_traps"):
            found = check_value_traps(draft)
            if not draft.strip():
                st.info("Paste some text first.")
            elif not found:
                st.success("No value traps found: this already speaks in business terms.")
            else:
                for summary in trap_summaries(found):
                    st.warning(safe_markdown(summary))
                st.markdown("**What to say instead**")
                st.info(safe_markdown(suggest_rewrite(draft, found)))

    with tab_team, user_errors():
        st.caption("Ask every person in IT to write down the value of technology in one or two sentences; "
                   "then see how consistent the answers are and how well they match the statement.")
        available = [(r.id, r.name) for r in reversed(service.rounds.rounds(actor, workspace_id))]
        options = ["Upload a CSV"] + [name for _, name in available]
        source = st.radio("Answers", options, index=1 if available else 0, horizontal=True, key="team_source")
        upload = None
        if source == "Upload a CSV":
            upload = st.file_uploader("CSV with an 'answer' column (optional: respondent, role, seconds)", type=["csv"], key="team_csv")
        if st.button("Run the consistency check", type="primary", key="run_consistency"):
            with user_errors():
                if source == "Upload a CSV":
                    if upload is None:
                        st.info("Choose a CSV file first.")
                        st.stop()
                    answers = load_answers_csv(upload.getvalue())
                else:
                    round_id = next(i for i, name in available if name == source)
                    answers = service.rounds.answers(actor, workspace_id, round_id)
                with st.spinner("Comparing the answers by meaning…"):
                    st.session_state["consistency"] = service.consistency_report(answers, current.text if current else "")

        report = st.session_state.get("consistency")
        if report is None:
            st.info("Pick the demo round or upload a CSV, then run the check.")
        else:
            m1, m2, m3 = st.columns(3)
            m1.metric("Consistency", "–" if report.consistency_score is None else f"{report.consistency_score}/100",
                      help="How alike the answers are, by meaning.")
            m2.metric("Band", report.consistency_band or "–")
            m3.metric("Alignment with the statement", "–" if report.mean_alignment is None else f"{report.mean_alignment}/100")
            st.markdown(safe_markdown(report.explanation))
            for message in report.messages:
                st.info(safe_markdown(message))
            if report.themes:
                st.markdown("#### Themes")
                themes = pd.DataFrame([{"label": t.label + (" (IT-centric)" if t.it_centric else ""), "size": t.size,
                                        "alignment": t.alignment} for t in report.themes])
                st.altair_chart(charts.themes_chart(themes), width="stretch")
            st.markdown("#### Answers")
            st.dataframe(pd.DataFrame([
                {"#": r.index + 1, "Answer": r.answer, "Role": r.role or "", "Alignment": r.alignment, "Theme": r.theme,
                 "Seconds": r.seconds, "Flags": "; ".join(r.flags)}
                for r in report.rows
            ]), hide_index=True, width="stretch")
            a1, a2 = st.columns(2)
            with a1:
                st.markdown("#### Reinforce")
                for item in report.actions.reinforce or ["Nothing stands out yet."]:
                    st.markdown(f"- {escape_md(item)}")
                st.markdown("#### Retire")
                for item in report.actions.retire or ["Nothing to retire."]:
                    st.markdown(f"- {escape_md(item)}")
            with a2:
                st.markdown("#### Discussion guide for the next staff meeting")
                for item in report.actions.discussion_guide:
                    st.markdown(f"- {escape_md(item)}")
            st.download_button("Download the report (Markdown)", render_markdown(report), file_name="consistency-report.md",
                               mime="text/markdown", key="dl_consistency")

    with tab_team, user_errors():

        rounds_service = service.rounds
        st.markdown("#### Collection rounds")
        st.caption("Open a dated round each quarter and send staff the link: no account needed, one answer each, "
                   "and the time each person took is recorded.")
        with st.form("open_round"):
            round_name = st.text_input("Round name", placeholder="Q1 2027")
            anonymous = st.checkbox("Anonymous answers", value=True)
            if st.form_submit_button("Open a round"):
                opened = rounds_service.open_round(actor, workspace_id, round_name, anonymous)
                st.success(f"Round '{opened.name}' is open. Share this link: ?round={opened.token}")
        existing = rounds_service.rounds(actor, workspace_id)
        if existing:
            st.dataframe(pd.DataFrame([{"Round": r.name, "Opened": r.opened_on, "Answers": r.answers, "Anonymous": r.anonymous,
                                        "Closed": r.closed, "Link": f"?round={r.token}"} for r in existing]), hide_index=True, width="stretch")
            history = rounds_service.history(actor, workspace_id, current.text if current else "")
            if len(history) >= 2:
                st.markdown("#### Convergence across rounds")
                st.line_chart(pd.DataFrame(history).set_index("date")[["consistency", "alignment"]])
