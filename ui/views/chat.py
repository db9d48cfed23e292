"""Chat: coaching questions answered from the coaching material and your notes, with sources."""

from __future__ import annotations

import streamlit as st

from assistant.conversation.chat import validate_question
from assistant.errors import CoachError
from ui.state import (
    current_user,
    escape_md,
    get_coach,
    safe_markdown,
    safe_stream,
    user_errors,
)

actor, workspace_id = current_user()
service = get_coach()

st.title("Chat")
st.caption("Ask the coach. Answers quote the coaching material and your notes, and show where each part comes from. "
           "Pick a partner under “About” and the answer starts from that partner's open items and perception, citing your notes; "
           "follow-up questions read the conversation so far.")

partners = service.partners(actor, workspace_id)
scopes: dict[int, str] = {0: "Whole workspace (no partner)"} | {p.id: p.name for p in partners}
c1, c2 = st.columns([1, 1])
scope = c1.selectbox("About", list(scopes), format_func=lambda i: scopes[i], key="chat_scope")
partner_id = scope or None
search = c2.text_input("Search this conversation", key="chat_search", placeholder="a word from a question or answer")


def _sources(sources: list[dict]) -> None:
    if not sources:
        return
    with st.expander(f"Sources ({len(sources)})"):
        for number, s in enumerate(sources, start=1):
            st.markdown(f"**[{number}] {escape_md(s.get('ref', ''))}**" + (f" — {escape_md(s['title'])}" if s.get("title") else ""))
            if s.get("excerpt"):
                st.caption(escape_md(s["excerpt"][:600]))


def _save_feedback(message_id: int) -> None:
    value = st.session_state.get(f"fb_{message_id}")
    if value is None:
        return
    try:
        service.give_feedback(actor, workspace_id, message_id, value == 1, st.session_state.get(f"fbr_{message_id}", ""))
        st.toast("Thanks: your feedback is saved.")
    except CoachError as exc:
        st.session_state["_chat_error"] = str(exc)


def _feedback(message_id: int, current: int | None) -> None:
    key = f"fb_{message_id}"
    if key not in st.session_state and current is not None:
        st.session_state[key] = current
    f1, f2 = st.columns([1, 4], vertical_alignment="center")
    with f1:
        st.feedback("thumbs", key=key, on_change=_save_feedback, args=(message_id,))
    if st.session_state.get(key) is not None:
        f2.text_input("Why? (optional)", key=f"fbr_{message_id}", label_visibility="collapsed",
                      placeholder="Why? (optional) Press Enter to save.", on_change=_save_feedback, args=(message_id,))


if "_chat_error" in st.session_state:
    st.error(st.session_state.pop("_chat_error"))

with user_errors():
    history = service.chat_history(actor, workspace_id, partner_id, search)
    if not history:
        if search.strip():
            st.info("Nothing in this conversation matches your search.")
        else:
            st.info("No questions yet. Try: “How do I answer a CFO who says IT costs too much?”")
    for message in history:
        with st.chat_message(message.role):
            st.markdown(safe_markdown(message.content) if message.role == "assistant" else escape_md(message.content))
            if message.role == "assistant":
                _sources(message.sources or [])
                _feedback(message.id, message.feedback)

question = st.chat_input("Ask a coaching question")
if question:
    with user_errors():
        question = validate_question(question)
        with st.chat_message("user"):
            st.markdown(escape_md(question))
        with st.chat_message("assistant"):
            stream, finish = service.ask_stream(actor, workspace_id, question, partner_id)
            st.write_stream(safe_stream(stream))
            answer, _ = finish()
            st.session_state["last_usage"] = answer.usage.model_dump() if answer.usage else None
        st.rerun()

if usage := st.session_state.get("last_usage"):
    st.caption(f"Last answer: {usage['prompt_tokens']} tokens in, {usage['completion_tokens']} out, "
               f"about ${usage['estimated_cost_usd']:.4f} ({usage['model']}).")
