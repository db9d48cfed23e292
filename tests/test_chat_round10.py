"""Chat answers, round 10: a request a later note shows in use or praised is a win, not an open item; the board a question
names by its owner ("Ines's board") gets a board line; a question about a new person, or a header that says the partner
started recently, gets questions built on that; a new *system* is no office move; a note that says to leave a topic alone
is kept out with the note's own words; a delivered thing is named without its purpose clause; and the final assembler
shows no generic filler (tables, other people's example lines, product instructions) beside an answer built from notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from assistant.conversation.chat import Answer, filler, with_partner
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.schema import Source
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 27)

# Partners written for these tests (not from any evaluation set), in different note formats.
USED_REPORT = """Partner: Lucinda Barros, Group Financial Controller
2026-09-08: Lucinda asked for a weekly report on overtime cost by plant.
2026-10-13: Lucinda said the overtime report helped her cut two agency contracts.
2026-11-16: Lucinda offered one of her accountants to help us test the new close calendar in January.
"""
OWNED_BOARD = """Stakeholder: Ines Carvalho, CFO
| Date | Note |
|---|---|
| 2026-09-01 | We told Ines the consolidation tool would be ready on 12 October. |
| 2026-10-13 | The consolidation tool was not ready; we found mapping errors late. |
| 2026-11-03 | Ines asked me to explain the delay to the board on 11 December. |
"""
NEW_CFO = """Stakeholder: Bartholomew Okafor, Chief Financial Officer (started 3 November)
- 12 Nov 2026: Quick hello after the town hall. Bartholomew said he wants month-end close in five days.
"""
NEW_SYSTEM = """Partner: Yelena Petrova, Head of Fulfilment
## 1 September 2026
Yelena asked for the new picking system to be live before the winter sale.
## 16 October 2026
The picking system went live on 14 October. Yelena said mispicks are down by half and thanked the team.
"""
LEAVE_IT = """Partner: Margit Toth, Head of Legal
2026-10-06: Margit asked for e-signature on supplier contracts by March.
2026-11-09: Margit is dealing with a painful dispute inside her own team; leave it alone unless she mentions it.
"""


def _part(notes: str, question: str) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY)


def _all(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, part.say_this, part.question_back, *part.keep_out])


def test_a_request_a_later_note_shows_in_use_is_a_win_not_open() -> None:
    part = _part(USED_REPORT, "What should I focus on with Lucinda?")
    text = _all(part)
    assert "request of 8 September" not in text and "Also take up" not in text, text
    assert "offer of 16 November" in part.direct[0], part.direct
    assert "Build on what we delivered" in text and "overtime report helped her" in text, text


def test_the_board_named_by_its_owner_gets_a_board_line() -> None:
    part = _part(OWNED_BOARD, "How do I explain the consolidation delay to Ines's board?")
    assert "you asked" not in part.say_this.lower(), part.say_this
    assert "I own it" in part.say_this or "on us" in part.say_this, part.say_this
    assert "board" in part.direct[0].lower(), part.direct


def test_a_new_person_gets_questions_built_on_being_new() -> None:
    part = _part(NEW_CFO, "How should I prepare for meeting our new CFO, Bartholomew?")
    text = _all(part)
    assert "first year" in text, text


def test_a_new_system_is_not_an_office_move_and_is_named_without_its_purpose() -> None:
    part = _part(NEW_SYSTEM, "What do I say to Yelena about the picking system?")
    text = _all(part)
    assert "new place" not in text and "move" not in text.lower().replace("remove", ""), text
    assert "before the winter sale" not in part.say_this and "to be live" not in part.say_this, part.say_this


def test_leave_it_alone_is_kept_out_with_the_notes_own_words() -> None:
    part = _part(LEAVE_IT, "What should I avoid raising with Margit?")
    said = " ".join(part.keep_out)
    assert "dispute" in said and "leave it alone unless she mentions it" in said, said
    assert "confidential" not in said.lower() and "says to keep out of the room out of the room" not in said, said
    assert "dispute" not in part.say_this + " ".join(part.direct), part.direct


TABLE = "| audience | what they see |\n|---|---|\n| board | outcome metrics |\n| teams | operational metrics |"
EXAMPLES = '- "Before we start, Ravi, I want to talk about the rollout."\n- "You were promised weekly updates and got them for a month."'
PROSE = "Answer the offer before anything else on the agenda, and agree in the same conversation who works with whom and when it starts."


def test_filler_is_told_from_prose() -> None:
    assert filler(TABLE) and filler(EXAMPLES) and filler("Add material to knowledge/ and run `coach ingest`.")
    assert not filler(PROSE)


def _material() -> Answer:
    sources = [Source(kind="knowledge", ref=f"knowledge/doc{i}.md#Focus", title="Metrics and offers") for i in (1, 2, 3)]
    return Answer(text="", sources=sources, direct="Answer the offer before anything else on the agenda, and thank them for it. [1]",
                  passages=[(TABLE, 1), (EXAMPLES, 2), (PROSE, 3)])


def test_the_assembler_keeps_no_filler_beside_an_answer_from_notes() -> None:
    part = _part(USED_REPORT, "What should I focus on with Lucinda?")
    merged = with_partner(_material(), part, question="What should I focus on with Lucinda?")
    shown = " ".join(p for p, _ in merged.passages)
    assert "| audience" not in shown and "Ravi" not in shown, merged.passages
    assert "| audience" not in merged.text and "Ravi" not in merged.text


def test_a_filled_slot_shows_no_material_at_all() -> None:
    notes = """Partner: Dorota Wrona, Sales Director
- 2026-09-21: Dorota's goals for next year: quote-to-order time from 6 days to 3, and renewal rate above 90%.
"""
    question = "Which metrics should I show Dorota?"
    merged = with_partner(_material(), _part(notes, question), question=question)
    assert merged.passages == [], merged.passages
    assert "6 days to 3" in merged.direct, merged.direct


def test_a_seat_offered_shows_no_advice_on_lent_people_and_nothing_twice() -> None:
    notes = """Stakeholder: Cosima Reyes, Chief Customer Officer
From: me
Date: 2026-11-12
Cosima offered me a place on the service-design board, which meets on the second Monday of each month.
"""
    question = "Cosima offered me a place on her service-design board. What should I say?"
    lent = ("Say yes to what you can staff, and agree what their people will do, for how long and who on your team works with them.", 1)
    again = ("Answer the offer before anything else on the agenda, and thank them for it. Then agree the first date together.", 2)
    plain = ("Bring one question about the customer measures the board follows, so that your first contribution is about their goals.", 3)
    material = replace(_material(), passages=[lent, again, plain])
    merged = with_partner(material, _part(notes, question), question=question)
    shown = " ".join(p for p, _ in merged.passages)
    assert "their people" not in shown, merged.passages
    assert shown.count("Answer the offer before anything else") + merged.direct.count("Answer the offer before anything else") <= 1, merged.text


def test_a_cut_is_answered_with_its_size_and_its_day() -> None:
    notes = """Partner: Anselm Richter, CFO
Oct 8, 2026 - Anselm said every function must save before the half-year.
Nov 11, 2026 - Anselm cut the IT project budget by 10%, from 6.0m to 5.4m, starting 1 February.
"""
    part = _part(notes, "How do I answer Anselm's cut?")
    assert "10%" in part.say_this and "1 February" in part.say_this, part.say_this


def test_a_pointer_to_a_material_file_is_cut_from_a_passage() -> None:
    notes = """Stakeholder: Leopold Graf, COO (joined 1 October)
- 14 Oct 2026: First coffee with Leopold. He is new in role and still meeting his plant managers.
"""
    question = "What questions should I ask Leopold in our first one-to-one?"
    tip = ("Pick three or four questions that serve the goal. The examples in questions-for-partners.md are grouped by axis.", 1)
    sources = [Source(kind="knowledge", ref=f"knowledge/q{i}.md#Questions", title="Questions to ask") for i in (1, 2)]
    material = Answer(text="", sources=sources, direct="", passages=[tip, (TABLE, 2)])
    merged = with_partner(material, _part(notes, question), question=question)
    assert merged.passages, merged.text
    shown = " ".join(p for p, _ in merged.passages)
    assert ".md" not in shown and "| audience" not in shown, merged.passages
