"""Chat answers, round 2: only certainly-open items in "say this", no invented dates, an honest reading with its
evidence, the newest open item first, follow-ups that answer the new question, material that fits the function."""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.coach_answer import fit_function, names_people
from assistant.conversation.partner_answer import partner_answer
from assistant.conversation.partner_facts import invents_a_date, split_dated_bullets, to_partner
from assistant.schema import Assessment, Evidence, Hit, NoteText
from assistant.text.notes_format import parse_notes_text

# Partners written for these tests (not from any evaluation set).
DELIVERED = """Stakeholder: Ayumi Sato, Head of Procurement

## 2026-02-09 meeting
Ayumi asked us for a supplier scorecard by 15 March. She mainly asks about contract renewal dates.

## 2026-03-16 email
The supplier scorecard landed on 12 March and Ayumi loved it.

## 2026-04-20 call
Ayumi wants to cut maverick spend by a third this year.
"""
DOUBT = """Stakeholder: Rolf Hansen, Head of Field Service

## 2026-03-03 meeting
Rolf said his engineers now book jobs in a spreadsheet their contractor built, because our scheduling tool is too slow.

## 2026-04-22 hallway
Rolf said "I'd rather pay the contractor than wait for IT again."
"""
DUE = """Stakeholder: Greta Lind, Chief Financial Officer

## 2026-04-15 meeting
Greta said the month-end close takes nine days and she wants it down to five.

## 2026-05-20 call
Greta asked for a cash forecast view by 30 June; otherwise she will hire an agency to build it.
She offered to lend us her treasury analyst two days a week.
"""
BULLETS = """- 2026-03-02: Noor wants warehouse pick rates up 8% by October.
- 2026-04-10: The scanner outage in March was the carrier's network, not ours.
- 2026-05-05: Noor asked us to send a pick-rate report by 31 May.
"""
TODAY = dt.date(2026, 6, 2)


def _part(notes: str, question: str, assessment: Assessment | None = None, said_before: str = ""):  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, assessment, [], TODAY, said_before)


def _all(part) -> str:  # type: ignore[no-untyped-def]
    return " ".join([*part.direct, part.say_this, part.question_back])


def test_a_delivered_and_praised_request_is_not_presented_as_open() -> None:
    part = _part(DELIVERED, "How should I open with Ayumi?")
    said = _all(part)
    assert "request of" not in said and "open item" not in said, said
    assert "scorecard" not in part.say_this and "15 March" not in said, said
    assert "praising what we delivered" in said and "Ayumi loved it" in said, "the praise is the evidence, quoted"


def test_a_remark_is_not_turned_into_a_request_with_a_date() -> None:
    part = _part(DELIVERED, "What should I say first to Ayumi?")
    assert "renewal dates" not in _all(part), _all(part)
    assert "maverick spend" in part.say_this, "the line starts from what Ayumi said matters, not a generic opener"
    assert not re.search(r"what matters most", part.say_this, re.I)


def test_say_this_never_names_a_date_the_notes_do_not_give() -> None:
    for notes in (DELIVERED, DOUBT, DUE):
        parsed = parse_notes_text(notes)
        for question in ("How should I open?", "What should I say first?", "What do I promise?"):
            part = partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY)
            assert not invents_a_date(part.say_this, parsed.notes), part.say_this
    assert invents_a_date("You will have it by 12 June.", parse_notes_text(DUE).notes)


def test_plain_doubt_is_said_with_its_evidence_not_called_too_thin() -> None:
    quote = "Rolf said \"I'd rather pay the contractor than wait for IT again.\""
    a = Assessment(partner="Rolf Hansen", competence="doubted", confidence=0.3,
                   evidence=[Evidence(quote=quote, axis="competence", date="2026-04-22", signal="doubted")])
    part = _part(DOUBT, "How does Rolf see us?", a)
    text = " ".join(part.direct)
    assert "too thin" not in text
    assert "doubts our delivery" in text and "22 April" in text and "rather pay the contractor" in text
    assert "is not clear yet" in text, "the unknown axis is said honestly"


def test_a_tentative_quadrant_says_its_certainty() -> None:
    a = Assessment(partner="Greta Lind", dependence="I", competence="proven", quadrant="partner", confidence=0.2)
    text = " ".join(_part(DUE, "How does Greta see us?", a).direct)
    assert "partner quadrant" in text and "tentative" in text


def test_the_newest_dated_request_leads_with_its_alternative() -> None:
    part = _part(DUE, "What should I do first with Greta?")
    steps = part.direct[0].splitlines()
    assert steps[0] == "First steps:" and steps[1].startswith("1. Confirm Greta's request of 20 May"), part.direct  # "what should I do": steps
    assert "agency" in steps[1]
    assert "offer of 20 May" in steps[2]
    assert "30 June" in part.say_this and "cash forecast view" in part.say_this


def test_a_follow_up_answers_the_new_question_without_repeating_the_last_answer() -> None:
    first = _part(DUE, "What should I do first with Greta?")
    before = " ".join([*first.direct, first.say_this, first.question_back])
    follow = _part(DUE, "What do I promise her, and who owns it?", said_before=before)
    assert follow.direct and not any(s in before for s in follow.direct), follow.direct
    assert "cash forecast view" in follow.direct[0] and "30 June" in follow.direct[0]
    assert any("direct reports" in s for s in follow.direct)
    assert follow.say_this not in before or not follow.say_this


def test_a_pushback_follow_up_uses_the_partners_goal() -> None:
    pasted = NoteText(ref="2026-06-02", date=TODAY, text=BULLETS)
    part = partner_answer("And what if Noor says the report is not worth his time?", "Noor Haddad", [pasted], None, [], TODAY, "earlier answer")
    assert part.direct[0].startswith("If Noor pushes back") and "pick rates up 8% by October" in part.direct[0]


def test_dated_bullets_become_dated_entries() -> None:
    pasted = NoteText(ref="2026-06-02", date=TODAY, text=BULLETS)
    split = split_dated_bullets([pasted])
    assert [n.date for n in split] == [dt.date(2026, 3, 2), dt.date(2026, 4, 10), dt.date(2026, 5, 5)]
    assert split[2].text == "Noor asked us to send a pick-rate report by 31 May."
    part = partner_answer("How does Noor see us?", "Noor Haddad", [pasted], None, [], TODAY)
    said = " ".join(part.direct)
    assert "latest note 5 May" in said and "request of 5 May" in said, said
    assert all(not n.quote.startswith("2026-") for n in part.notes)


def test_to_partner_addresses_them() -> None:
    assert to_partner("offered to lend us her analyst", "Greta") == "offered to lend us your analyst"
    assert to_partner("asked us to send her the report", "Greta") == "asked us to send you the report"


def test_worked_examples_naming_people_are_recognised() -> None:
    assert names_people('Cost centre: "Dana hears that the outage is owned and fixed."') == ["Dana"]
    assert names_people("Sam's team decides what to buy.") == ["Sam"]
    assert names_people("The HR director sees technology as a way to plan the workforce. What would change?") == []
    assert names_people("Priya agrees to bring her roadmap.", allowed=["Priya"]) == []


def _hit(ref: str) -> Hit:
    return Hit(id=ref, text="x", score=0.5, metadata={"kind": "knowledge", "ref": ref})


def test_material_for_another_function_is_left_out() -> None:
    hits = [_hit("knowledge/teaching-sales.md#A"), _hit("knowledge/teaching-hr.md#B"), _hit("knowledge/small-dated-commitments.md#C")]
    kept = [h.source.ref for h in fit_function(hits, "How do I explain the recruiting platform to our HR director?")]
    assert kept == ["knowledge/teaching-hr.md#B", "knowledge/small-dated-commitments.md#C"]
    by_role = [h.source.ref for h in fit_function(hits, "How do I open with her?", role="Head of Sales")]
    assert "knowledge/teaching-hr.md#B" not in by_role and "knowledge/teaching-sales.md#A" in by_role
    assert fit_function(hits, "How do I handle a vague objection?") == hits


def test_answers_never_show_worked_examples_naming_other_people() -> None:
    from pathlib import Path

    import numpy as np

    from assistant.conversation.chat import OfflineAnswerer
    from assistant.retrieval.embeddings import shared_embedder
    from assistant.retrieval.knowledge import chunk_doc, load_knowledge

    embed = shared_embedder().embed
    knowledge = Path(__file__).resolve().parents[1] / "knowledge"
    docs = [d for d in load_knowledge(knowledge).docs if any(k in d.ref for k in ("owning-past", "preparing-a-partner"))]
    chunks = [c for doc in docs for c in chunk_doc(doc)]
    vectors = embed([c.text for c in chunks])
    for question in ("After owning a missed deadline, how do I say what changes now?", "How do I choose one realistic goal for a partner meeting?"):
        sims = vectors @ embed([question])[0]
        hits = [Hit(id=chunks[i].id, text=chunks[i].text, score=float(sims[i]), metadata=chunks[i].metadata) for i in np.argsort(-sims)[:8]]
        answer = OfflineAnswerer(embed).answer(question, hits)
        shown = " ".join([answer.direct, answer.say_this, *(text for text, _ in answer.passages)])
        assert answer.grounded and not names_people(shown), (question, names_people(shown))


SPOKEN = """Stakeholder: Ines Alvarez, Head of Customer Care

## 2026-05-14 call
Ines: "Can you get the refund queue into the agents' screen before the autumn peak?"

## 2026-06-30 hallway
Ines mentioned that the new help-centre search we shipped in April cut handling time by 40 seconds.
"""


def test_spoken_request_is_quoted_without_its_label_and_no_date_is_asked_for_again() -> None:
    part = _part(SPOKEN, "How should I open my meeting with Ines?")
    assert "“Can you get the refund queue into the agents' screen before the autumn peak?”" in part.direct[0]
    assert "Ines:" not in part.direct[0]
    assert "What date would make it useful" not in part.say_this and "date my team has checked" in part.say_this
    reading = _part(SPOKEN, "How does Ines see us?").direct[0]
    assert "praising what we delivered" in reading and "cut handling time by 40 seconds" in reading


def test_a_follow_up_does_not_show_the_same_passage_and_cites_only_what_it_shows() -> None:
    from assistant.conversation.chat import Answer, with_partner
    from assistant.conversation.partner_answer import PartnerAnswer
    from assistant.schema import Source

    sources = [Source(kind="knowledge", ref=f"knowledge/x.md#{i}", title="") for i in (1, 2)]
    material = Answer(text="", sources=sources, direct="", passages=[("Shown before, whole.", 1), ("A new passage for the new question.", 2)])
    part = PartnerAnswer(partner="Greta Lind", direct=["Give the delivery to one of your direct reports by name."], answered=True)
    merged = with_partner(material, part, said_before="Earlier answer.\n\nShown before, whole. [1]")
    assert merged.passages == [("A new passage for the new question.", 1)]
    assert [s.ref for s in merged.sources] == ["knowledge/x.md#2"]
    assert "Shown before" not in merged.text and "[1] knowledge/x.md#2" in merged.text


def test_a_who_sees_what_table_answers_what_to_show_and_how_often() -> None:
    from assistant.conversation.coach_answer import Unit, table_answer

    table = Unit("| audience | what they see | how often |\n|---|---|---|\n| board | two outcome measures | twice a year |\n"
                 "| each partner | their own measures | monthly |", 0, "Who sees what", True)
    assert table_answer("What should I show the board?", [table])[0] == "What the board should see: two outcome measures (how often: twice a year)."
    assert table_answer("How often should I report it? (following: what do I show the board?)", [table])[0] == "How often, for the board: twice a year."
    assert table_answer("What should I show my team?", [table]) == ("", None)
