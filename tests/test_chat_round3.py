"""Chat answers, round 3: advice (not examples) opens a material answer, a line to say and a question back that fit the
question's situation, the latest open offer named, praise of our delivery said, no apology without a miss, no broken fills."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from assistant.conversation.chat import Answer, with_partner
from assistant.conversation.coach_answer import Unit, direct_answer, pick_lead, question_back, say_this, tidy
from assistant.conversation.partner_answer import partner_answer
from assistant.schema import Assessment, Evidence
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 6, 10)


def _flat(texts: Sequence[str]) -> np.ndarray:
    """An embedder under which every text is equally close: only the rules decide."""
    return np.ones((len(texts), 4)) / 2.0


def _part(notes: str, question: str, assessment: Assessment | None = None):  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, assessment, [], TODAY)


def _unit(text: str, heading: str = "How to respond", rank: int = 0) -> Unit:
    return Unit(text, rank, heading, False)


def test_the_direct_answer_opens_with_advice_not_an_example_or_a_definition() -> None:
    para = ("A dashboard or a monthly report are common examples. A CFO at T sees technology as the ledger closing on time. "
            "Start by asking which number the partner reports upwards. Then show how one change would move it.")
    text = direct_answer(_unit(para))
    assert text.startswith("Start by asking"), text
    assert "example" not in text and "sees technology as" not in text


def test_a_paragraph_of_advice_leads_over_a_closer_paragraph_of_examples() -> None:
    examples = _unit("Late invoices and a slow close are typical examples of what finance notices first.", "How to respond")
    advice = _unit("Ask the partner what a good month looks like for their team. Write their answer down in their words.", "How to respond")
    assert pick_lead([(0.9, examples), (0.8, advice)]) is advice


def test_the_question_back_fits_the_questions_situation() -> None:
    first = question_back(_flat, "How do I prepare for a first meeting with a new COO?", "")
    assert "still not know" in first and "waited longest" not in first
    assert "miss" in question_back(_flat, "We missed the go-live date. How do I tell the HR director?", "")
    assert "outside provider" in question_back(_flat, "She says an agency would do it cheaper and faster.", "")


def test_a_how_to_section_gives_a_line_to_say_but_not_another_cios_specifics() -> None:
    unit = _unit('Open with curiosity: "Tell me what would make this worth your time this quarter." '
                 'Or name it: "The pricing tool slipped by six weeks, and that is on us."', "Respond with curiosity first")
    line = say_this(_flat, "How do I open a meeting with a partner who doubts us?", [unit])
    assert line == "Tell me what would make this worth your time this quarter."


def test_apology_and_vendor_lines_fit_only_their_own_situation() -> None:
    lines = _unit('Good lines: "We missed the date we gave you, and that is on us." '
                  '"What would the vendor need from us to hit their date?"', "Phrases that work")
    assert say_this(_flat, "How do I open my meeting with the CFO next week?", [lines]) == ""
    assert "that is on us" in say_this(_flat, "We missed the deadline; how do I own it?", [lines])
    assert "vendor" in say_this(_flat, "He wants an outside vendor instead; what do I say?", [lines])


PASSED = """Stakeholder: Karin Holm, Director of Legal

## 2026-04-01 meeting
Karin asked us for a contract search tool by 1 May.
"""


def test_no_apology_when_the_notes_show_no_miss() -> None:
    part = _part(PASSED, "How should I open my meeting with Karin next week?")
    assert not part.has_miss
    assert "on us" not in part.say_this and "1 May" in part.say_this
    material = Answer(text="", direct="Raise the miss before the partner does, and say that it is on us and we got it wrong. [1]",
                      say_this="We missed the date we gave you, and that is on us.", grounded=True)
    merged = with_partner(material, part, "", "How should I open my meeting with Karin next week?")
    assert "on us" not in merged.text, merged.text


OFFER_BEHIND = """Stakeholder: Pia Moreau, Head of Operations

- 2026-03-03: Pia offered to lend us two planners to test the rostering app.
- 2026-04-20: Pia asked us to fix the badge reader export.
- 2026-05-02: Pia asked for a shift report for the night team.
- 2026-05-30: Pia asked us to send the overtime figures by 20 June.
"""


def test_the_latest_open_offer_is_named_behind_newer_requests() -> None:
    part = _part(OFFER_BEHIND, "What should I do first with Pia?")
    assert part.direct[0].splitlines()[1].startswith("1. Confirm Pia's request of 30 May"), part.direct  # "what should I do": first steps
    assert "offer of 3 March" in " ".join(part.direct), part.direct


PRAISE = """Stakeholder: Omar Haddad, Head of Procurement

## 2026-04-02 meeting
Omar said his team only needs the systems to run; reports are not his thing.

## 2026-05-04 call
Omar said the supplier portal we delivered is the best thing IT has done for his team in years.
"""


def test_praise_of_our_delivery_is_quoted_even_when_the_assessment_is_unsure() -> None:
    a = Assessment(partner="Omar Haddad", dependence="T", competence="unknown", quadrant="unknown", confidence=0.2,
                   evidence=[Evidence(quote="Omar said his team only needs the systems to run; reports are not his thing.", date="2026-04-02", axis="dependence")])
    text = " ".join(_part(PRAISE, "How does Omar see us?", a).direct)
    assert "best thing IT has done" in text, text
    assert "not clear" not in text and "too thin" not in text


FILL = """Stakeholder: Ines Duarte, Chief Marketing Officer

## 2026-04-18 call
Ines asked us to get her the campaign attribution dashboard.
"""


def test_no_mechanical_slot_fill_in_parentheses() -> None:
    for question in ("Who should own this for Ines?", "What do I promise her?"):
        first = _part(FILL, question).direct[0]
        assert "(" not in first and "get her" not in first, first
        assert "the campaign attribution dashboard" in first


def test_pushback_lines_have_no_dangling_it() -> None:
    lines = _part(FILL, "And what if Ines says it is not worth her time?").direct
    assert "defend it" not in " ".join(lines) and "make it worth" not in " ".join(lines)


def test_tidy_removes_double_stops_and_nests_quotes() -> None:
    assert tidy("not IT's internal name. . [2]") == "not IT's internal name. [2]"
    assert tidy('say: “Omar said "the portal is great."”') == "say: “Omar said ‘the portal is great.’”"


def test_a_first_meeting_question_gets_a_line_to_say_from_the_opening_advice() -> None:
    from pathlib import Path

    from assistant.conversation.chat import OfflineAnswerer
    from assistant.retrieval.embeddings import shared_embedder
    from assistant.retrieval.knowledge import chunk_doc, load_knowledge
    from assistant.schema import Hit

    embed = shared_embedder().embed
    docs = [d for d in load_knowledge(Path(__file__).resolve().parents[1] / "knowledge").docs if "preparing-a-partner" in d.ref]
    chunks = [c for doc in docs for c in chunk_doc(doc)]
    question = "How do I prepare for a first meeting with a new COO I have never worked with?"
    sims = embed([c.text for c in chunks]) @ embed([question])[0]
    hits = [Hit(id=chunks[i].id, text=chunks[i].text, score=float(sims[i]), metadata=chunks[i].metadata) for i in np.argsort(-sims)[:6]]
    answer = OfflineAnswerer(embed).answer(question, hits)
    assert answer.say_this and answer.say_this in " ".join(c.text for c in chunks), answer.text
    assert "still not know" in answer.question_back


def test_a_paragraph_of_signals_never_answers_and_a_quote_in_the_line_to_say_is_nested() -> None:
    from assistant.conversation.chat import compose_text

    assert direct_answer(_unit('Signals: "Payroll must not slip." Praise for a smooth migration is competence evidence.')) == ""
    text = compose_text(Answer(text="", direct="x", say_this="On 14 May you asked: “Can you get the queue in?” Tell me more."))
    assert "“On 14 May you asked: ‘Can you get the queue in?’ Tell me more.”" in text


def test_the_pushback_question_back_names_the_partner_at_most_twice() -> None:
    back = _part(FILL, "And what if Ines says it is not worth her time?").question_back
    assert back and back.count("Ines") <= 2, back
