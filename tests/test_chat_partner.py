"""Chat answers about a selected partner: open items first, notes cited by date and quote, avoid topics never said."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from assistant.conversation.chat import NOTHING_FOUND
from assistant.conversation.partner_answer import partner_answer
from assistant.text.notes_format import parse_notes_text

# Written for these tests (not from any evaluation set).
NOTES = """Stakeholder: Kasia Nowak, Head of Logistics

## 2026-04-02 meeting
Kasia wants fuel cost per drop down 6% this year. She asked me for a route-level fuel report by 30 April.
Our last depot app release slipped two months because we under-estimated testing; Kasia was not happy.

## 2026-05-11 call
Kasia said her daughter is unwell and she may work from home; keep that private.
The March scanner outage was the carrier's network, not ours.
"""
THIN = """Stakeholder: Odile Marchetti, Head of Facilities

## 2026-06-01 call
Odile and I met briefly at the town hall and talked about the new canteen.
"""
TODAY = dt.date(2026, 5, 20)
PRIVATE = re.compile(r"daughter|unwell|work from home", re.I)
SENTENCE_END = re.compile(r"[.!?”\"]$")


def _answer(question: str, notes: str = NOTES):  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY)


def _said(part) -> str:  # type: ignore[no-untyped-def]
    return " ".join([*part.direct, part.say_this, part.question_back, *part.keep_out, *(n.quote for n in part.notes)])


def test_open_items_lead_and_are_cited_with_date_and_quote() -> None:
    part = _answer("How should I prepare for Kasia on Monday?")
    assert "request of 2 April" in part.direct[0], part.direct
    assert all(SENTENCE_END.search(s) for s in part.direct), "whole sentences only"
    cited = {(n.date, n.quote) for n in part.notes}
    assert ("2026-04-02", "She asked me for a route-level fuel report by 30 April.") in cited
    note_text = NOTES.replace("\n", " ")
    assert all(n.quote in note_text for n in part.notes), "quotes are verbatim"
    assert "fuel report" in part.say_this and "2 April" in part.say_this, "the line to say answers the open request"


def test_a_date_from_another_year_says_the_year() -> None:
    parsed = parse_notes_text(NOTES)
    part = partner_answer("How should I prepare for Kasia?", parsed.partner or "", parsed.notes, None, [], dt.date(2027, 1, 11))
    assert "request of 2 April 2026" in part.direct[0], part.direct


def test_third_party_miss_is_not_owned_and_our_miss_is() -> None:
    part = _answer("How should I prepare for Kasia on Monday?")
    text = " ".join(part.direct)
    assert "third party's, not ours: do not apologise" in text
    assert re.search(r"depot app.* was ours", text)
    assert "scanner" not in part.say_this and "carrier" not in part.say_this


@pytest.mark.parametrize("question", [
    "How should I prepare for Kasia on Monday?",
    "What if Kasia says no?",
    "Who on my team should own the fuel report?",
    "How does Kasia see us?",
    "What should I avoid bringing up with Kasia?",
])
def test_avoid_topic_is_never_said(question: str) -> None:
    part = _answer(question)
    assert not PRIVATE.search(_said(part)), _said(part)


def test_asked_what_to_avoid_names_the_topic_by_its_safe_label() -> None:
    part = _answer("What should I keep off the table with Kasia?")
    assert part.keep_out and "family matter" in part.keep_out[0] and "daughter" not in part.keep_out[0]
    assert not _answer("How should I prepare for Kasia on Monday?").keep_out, "only when asked"


def test_thin_notes_say_so_instead_of_guessing() -> None:
    part = _answer("How does Odile see us?", THIN)
    assert any("too thin to tell" in s for s in part.direct)
    assert "quadrant" not in " ".join(part.direct)


# -- through the facade and the command line (real SQLite, the real index and the offline engine) ------------------

@pytest.fixture(scope="module")
def chat_app(knowledge_data_dir):  # type: ignore[no-untyped-def]
    from assistant.factory import build_app
    from assistant.services.partners import NoteDraft
    from assistant.settings import Settings
    from assistant.store.access import Actor
    from assistant.store.accounts import create_user

    app = build_app(Settings(data_dir=knowledge_data_dir), today=TODAY)
    with app.sessions() as s:
        user = create_user(s, "chat-partner-cio", "amber-lantern-stone-42", "cio", "Chat CIO")
        s.commit()
        actor = Actor(user.id, "cio", user.display_name)
    ws = app.coach.create_workspace(actor, "Chat partner tests").id
    parsed = parse_notes_text(NOTES)
    partner = app.coach.add_partner(actor, ws, parsed.partner or "", parsed.role or "")
    app.coach.add_notes(actor, ws, partner.id, [NoteDraft(n.text, n.date, n.kind, n.title) for n in parsed.notes])
    return app, actor, ws, partner.id


def test_follow_up_is_resolved_from_the_conversation(chat_app) -> None:  # type: ignore[no-untyped-def]
    app, actor, ws, _ = chat_app
    first = "How do I answer Kasia about the fuel report?"
    opening, _ = app.coach.ask(actor, ws, first, None, history=[])
    assert opening.partner == "Kasia Nowak", "a partner named in the question is used"
    follow, _ = app.coach.ask(actor, ws, "And what if she says no?", None, history=[("user", first), ("assistant", opening.text)])
    assert follow.partner == "Kasia Nowak" and "If Kasia pushes back" in follow.direct
    alone, _ = app.coach.ask(actor, ws, "And what if she says no?", None, history=[])
    assert alone.partner == "", "without the conversation, nothing ties the question to Kasia"


def test_partner_answer_through_the_facade_keeps_private_matters_out(chat_app) -> None:  # type: ignore[no-untyped-def]
    app, actor, ws, partner_id = chat_app
    answer, _ = app.coach.ask(actor, ws, "How should I open my meeting with Kasia about her working from home?", partner_id, history=[])
    assert answer.partner == "Kasia Nowak" and answer.notes
    assert not re.search(r"daughter|unwell", answer.text), "no note passage or quote carries the private matter"
    assert "**From your notes on Kasia Nowak:**" in answer.text and "2 April 2026: “She asked me" in answer.text
    stored = app.coach.chat_history(actor, ws, partner_id)[-1]
    assert any(s["kind"] == "note" and s["excerpt"] == "She asked me for a route-level fuel report by 30 April." for s in stored.sources or [])


def test_no_source_stays_honest_with_a_partner_selected(chat_app) -> None:  # type: ignore[no-untyped-def]
    app, actor, ws, partner_id = chat_app
    answer, _ = app.coach.ask(actor, ws, "What is the boiling point of tungsten at altitude?", partner_id, history=[])
    assert not answer.grounded and answer.text == NOTHING_FOUND


def test_cli_ask_json_with_partner(chat_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from cli.main import app as cli

    app, _, ws, _ = chat_app
    monkeypatch.setenv("COACH_DATA_DIR", str(app.settings.data_dir))
    result = CliRunner().invoke(cli, ["ask", "What should I say first to Kasia?", "--workspace", str(ws), "--partner", "kasia", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"answer", "say_this", "question_back", "citations"} <= set(data)
    notes = [c for c in data["citations"] if c["kind"] == "note"]
    assert notes and all(c["date"] and c["quote"] for c in notes)
    missing = CliRunner().invoke(cli, ["ask", "x", "--workspace", str(ws), "--partner", "Nobody"])
    assert missing.exit_code == 2 and "no partner called 'Nobody'" in missing.output and "Kasia Nowak" in missing.output
    alone = CliRunner().invoke(cli, ["ask", "x", "--partner", "Kasia"])
    assert alone.exit_code == 2 and "--partner needs --workspace" in alone.output
