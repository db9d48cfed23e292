"""Chat answers, round 5: one reading of the partner (the planner's situation), the live item first, the answer
the question asked for (first steps for "what should I do"), and material only where it is about the question."""

from __future__ import annotations

import datetime as dt

from assistant.conversation import partner_facts
from assistant.conversation.chat import Answer, with_partner
from assistant.conversation.coach_answer import fits_situation, retrieval_query, situation_question
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.relevance import on_topic
from assistant.planning.situation import build_situation
from assistant.schema import Assessment, Evidence, Source
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 6, 15)

# Partners written for these tests (not from any evaluation set).
EMAILED = """Stakeholder: Beatriz Lopes, Head of Legal

## 2026-05-04 meeting
Beatriz asked us for the list of contracts that renew before September. Emailed it to her the same afternoon.

## 2026-06-01 call
Beatriz wants the contract review cycle down to two weeks this year.
"""
PRAISED_OLD = """Stakeholder: Tomas Berg, VP Demand Planning

## 2026-04-06 meeting
Tomas asked for a forecasting model for the autumn range.

## 2026-05-20 call
Tomas praised the forecasting model his planners used for the spring range.
"""
LIVE = """Stakeholder: Carla Mendes, Head of Sales Operations
- 2026-05-20: Carla asked us for the pipeline ageing report by 19 June, for her quarterly review.
- 2026-06-10: Carla asked us for a new approval flow for discounts.
- 2026-06-12: Carla offered to lend us her analyst Joao for the discount data.
"""
HEALED = """Stakeholder: Rosa Alvarez, HR Director

## 2026-03-27 incident
Our upgrade broke the March payroll run; 300 staff were paid two days late. Rosa was furious.

## 2026-05-15 meeting
Rosa said the payroll failure is behind us now and that the fix was handled well. She asked for a dashboard of vacancy time by department.
"""


def _part(notes: str, question: str, today: dt.date = TODAY) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], today)


def _said(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, part.say_this, part.question_back])


# One reading: what the situation model holds open or delivered is what the chat says.

def test_a_request_the_planner_closed_is_not_asked_for_again() -> None:  # a guard: main passed it too
    parsed = parse_notes_text(EMAILED)
    sit = build_situation(parsed.notes, parsed.partner, [], TODAY)
    assert [i.status for i in sit.items if i.kind == "request"] == ["done"], "the planner reads the next line as the delivery"
    part = _part(EMAILED, "How should I open my next meeting with Beatriz?")
    assert "contracts that renew" not in _said(part), _said(part)  # the chat no longer keeps it open on its own reading


def test_praise_of_an_earlier_delivery_does_not_close_a_new_ask() -> None:
    part = _part(PRAISED_OLD, "How should I open my next meeting with Tomas?")
    assert "autumn range" in part.direct[0] and "request of 6 April" in part.direct[0], part.direct
    assert "autumn range" in part.say_this, part.say_this


def test_the_chat_keeps_no_second_reading_of_delivery() -> None:
    assert not hasattr(partner_facts, "settled_by") and not hasattr(partner_facts, "certainly_open")


# The live item leads; the item the question names leads that question's answer.

def test_an_ask_due_soon_leads_over_a_newer_undated_one() -> None:
    part = _part(LIVE, "How should I open my next meeting with Carla?")
    assert part.direct[0].startswith("Start with Carla's request of 20 May"), part.direct
    assert "19 June" in part.say_this, part.say_this


def test_the_item_the_question_names_leads() -> None:
    part = _part(LIVE, "What do I say to Carla about the discount approval flow?")
    assert "approval flow" in part.direct[0], part.direct
    assert "approval flow" in part.say_this, part.say_this


# The answer the question asked for.

def test_what_should_i_do_gets_first_steps_with_the_offer_answered() -> None:
    part = _part(LIVE, "What should I do before I meet Carla?")
    steps = part.direct[0].splitlines()
    assert steps[0] == "First steps:", part.direct
    assert steps[1].startswith("1. Confirm Carla's request of 20 May") and "19 June holds" in steps[1], steps
    assert steps[2].startswith("2. Also answer Carla's offer of 12 June") and "name who on your team" in steps[2], steps
    assert steps[-1].startswith("3. Close by reading back what you agreed"), steps


def test_steps_stand_apart_from_the_sentences_that_follow() -> None:
    material = Answer(text="", sources=[], grounded=False)
    part = PartnerAnswer(partner="Carla Mendes", direct=["First steps:\n1. One.\n2. Two.", "Your notes say more."], about_partner=True)
    merged = with_partner(material, part, question="What should I do before I meet Carla?")
    assert merged.direct == "First steps:\n1. One.\n2. Two.\n\nYour notes say more.", merged.direct


def test_asked_about_a_forgiven_miss_the_answer_is_no_without_reopening_it() -> None:
    part = _part(HEALED, "Do I need to bring up the payroll failure with Rosa again?")
    assert part.direct[0].startswith("No: Rosa put the failure on the March payroll run behind them on 15 May"), part.direct
    assert "Do not bring it up again" in part.direct[0]
    assert "sorry" not in part.say_this.lower() and "on us" not in part.say_this


# Material only where it is about the question.

def _material(*headings: str) -> Answer:
    sources = [Source(kind="knowledge", ref=f"knowledge/doc{i}.md#{h}", title=t) for i, (h, t) in enumerate(x.split("|") for x in headings)]
    return Answer(text="", sources=sources, direct="", passages=[(f"Passage {i}.", i + 1) for i in range(len(headings))])


def test_a_passage_not_about_the_question_is_not_shown() -> None:
    material = _material("Phrases that help|Answering 'IT's budget is too big'", "Plan the opening|Preparing a meeting with a business partner")
    part = PartnerAnswer(partner="Tomas Berg", direct=["Start with the forecasting model."], about_partner=True)
    merged = with_partner(material, part, question="How should I open my next meeting with Tomas?")
    assert [text for text, _ in merged.passages] == ["Passage 1."], merged.passages
    assert [s.ref for s in merged.sources] == ["knowledge/doc1.md#Plan the opening"], "only what is shown is cited"


def test_on_topic_ignores_names_and_words_every_meeting_question_shares() -> None:
    assert on_topic("What do I say to Rosa about the payroll failure?", "When the miss was a failure of payroll")
    assert not on_topic("How should I open my next meeting with Gwen?", "Plan the follow-ups Preparing a meeting with a business partner")
    assert not on_topic("What should I do about Kwame's offer?", "Kwame in short: owning past misses", ["Kwame Mensah"])


# General questions: a line to say that fits the question, a question back about its situation.

def test_a_line_about_owning_a_fix_fits_only_a_miss_or_a_delegation_question() -> None:
    line = "I've asked the person who runs that work to own the fix and bring you a date; call them first, me second."
    assert not fits_situation(line, "What should I do in my first month with a new chief operating officer?")
    assert fits_situation(line, "What do I say when a sales director tells me our CRM project is late again?")
    assert fits_situation(line, "Should I let my direct reports give the delivery updates to partners?")


def test_a_new_partner_and_praise_get_their_own_question_back() -> None:
    first_month = "What should I do in my first month with a new chief operating officer?"
    assert "still not know" in situation_question(first_month)
    assert "first meeting with a new partner" in retrieval_query(first_month)
    assert "praise" in situation_question("How do I answer a partner who praised my team in front of the board?")


# Praise read as praise: the proof of a trusting reading, and said beside a doubting reading it postdates.

TRUSTED = """Stakeholder: Idris Khan, Head of Field Service

## 2026-03-02 meeting
Idris asked for a parts-availability view for his engineers.

## 2026-05-18 call
Idris told his COO that the service desk is brilliant and that his engineers rely on it.
"""


def _reading(competence: str, quadrant: str, evidence_date: str) -> str:
    parsed = parse_notes_text(TRUSTED)
    a = Assessment(partner="Idris Khan", dependence="I", competence=competence, quadrant=quadrant, confidence=0.6,
                   evidence=[Evidence(quote="Idris asked for a parts-availability view for his engineers.", axis="competence",
                                      date=evidence_date, signal=competence)])
    part = partner_answer("How does Idris see us?", "Idris Khan", parsed.notes, a, [], TODAY)
    return part.direct[0]


def test_praise_is_the_proof_of_a_trusting_reading() -> None:
    reading = _reading("proven", "partner", "2026-03-02")
    assert "trusts our delivery" in reading and "On 18 May your notes say: “Idris told his COO that the service desk is brilliant" in reading, reading
    assert "parts-availability" not in reading, "an ask is no proof of trust"


def test_praise_newer_than_a_doubting_reading_is_said_beside_it() -> None:
    reading = _reading("doubted", "bypass_risk", "2026-03-02")
    assert "doubts our delivery" in reading and "Yet on 18 May" in reading and "service desk is brilliant" in reading, reading
