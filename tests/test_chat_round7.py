"""Chat answers, round 7: work we delivered is never asked for again; a partner's offer is answered; a partner who sees
technology as plumbing is not offered a strategy seat; a board or executive-team question is answered in the measures the
notes say the leadership follows (never with a line for the CIO's own staff); the partner's own measures are named even
without a number; a slip of ours is owned, whether or not the notes record a complaint."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.chat import Answer, with_partner
from assistant.conversation.coach_answer import fit_function, retrieval_query, situation_question
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.question_intents import intent
from assistant.schema import Assessment, Hit
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 9)

# Partners written for these tests (not from any evaluation set), in different note formats.
ESTIMATE_DONE = """Stakeholder: Wiebke Lang, Head of Estates
4 Sep 2026: Wiebke wants a cost estimate for rewiring the two depots by end of September.
29 Sep 2026: estimate done and shared with Wiebke. She liked the three options.
"""
OFFER_ROW = """Partner: Ilias Petrou, Head of Warehousing
| date | what |
|---|---|
| 2026-10-02 | Ilias said the pick screens confuse his temps. |
| 2026-10-21 | Ilias offered two of his team leads for a week to try a shorter pick screen. |
"""
BOARD_NOTES = """Stakeholder: Marit Dahl, CEO
## 2026-09-15 one-to-one
Marit asked me to speak at the December board on what technology did for the group this year.
## 2026-10-08 call
Marit said the board follows two things this year: net revenue retention and cost to serve.
"""
MEASURED = """Stakeholder: Kofi Mensah, Head of Contact Centre
- 2026-09-03: Kofi is measured on first-call resolution and abandoned calls.
- 2026-10-12: the new queue screen went live on two floors.
"""
AIMS = """Stakeholder: Nadia Rahman (Director of Pharmacy)
## 2 September 2026
Nadia's aims for next year: cut dispensing errors by half and get prescriptions ready within 30 minutes.
"""
SLIP_TYPED = """Partner: Tobias Krug, VP Sales
2026-10-01 — Our CRM release broke Tobias's pipeline report for a week; his forecast call went in blind.
2026-10-20 — Tobias asked for a win-loss view by region before the January kickoff.
"""
SLIP_MISTAKE = """Partner: Selin Aydin, Head of Customer Operations
2026-10-14 — Our update to the address rules overwrote 300 delivery addresses by mistake; Selin's team rang every customer.
"""


def _part(notes: str, question: str, assessment: Assessment | None = None) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, assessment, [], TODAY)


def _all(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, part.say_this, part.question_back])


def test_delivered_work_is_built_on_not_asked_for_as_an_open_goal() -> None:
    part = _part(ESTIMATE_DONE, "What should I focus on with Wiebke this month?")
    said = _all(part)
    assert "you want a cost estimate" not in said and "goal" not in part.question_back, said
    assert part.say_this.startswith("Now that you have the cost estimate"), part.say_this
    assert "what we delivered" in part.question_back


def test_an_offer_in_a_table_row_is_answered_and_quoted_without_the_cell_mark() -> None:
    part = _part(OFFER_ROW, "Ilias says the pick screens are too complicated. What should I do?")
    assert "offered two of your team leads" in part.say_this and "yes" in part.say_this
    assert "| " not in _all(part) and all(not n.quote.startswith("|") for n in part.notes), _all(part)


def test_a_general_question_about_an_offer_looks_for_the_offer_material() -> None:
    question = "A partner offered two of her planners to help test our forecast. How should I respond?"
    assert "offers people" in retrieval_query(question)
    assert "partner's people" in situation_question(question)


def test_a_plumbing_partner_gets_no_strategy_question_from_the_material() -> None:
    general = Answer(text="", direct="Teach with their own data. [1]", question_back=(
        "Which of this partner's decisions this year could technology change, and have they invited you into it?"))
    part = PartnerAnswer(partner="Carla", direct=["Start with Carla's request."], plumbing=True)
    assert with_partner(general, part, question="How do I move things forward with Carla?").question_back == ""
    reading = Assessment(partner="Carla", dependence="T", competence="proven", quadrant="utility", confidence=0.7)
    assert _part(MEASURED, "How do I move things forward with Kofi?", reading).plumbing


def test_a_board_question_names_the_measures_the_board_follows_and_a_line_for_the_board() -> None:
    part = _part(BOARD_NOTES, "What should I tell the board about IT's value in December?")
    assert "net revenue retention and cost to serve" in part.direct[0], part.direct
    assert "the board" in part.say_this and "net revenue retention" in part.say_this
    assert "staff" not in _all(part) and part.answered


def test_staff_material_does_not_answer_a_board_or_partner_question() -> None:
    def hit(ref: str, title: str) -> Hit:
        return Hit(id=ref, text=f"{title} — In short\nText.", score=0.5, metadata={"kind": "knowledge", "ref": ref, "title": title})

    hits = [hit("knowledge/staff-value-exercise.md#In short", "The staff value exercise"),
            hit("knowledge/metrics-in-their-place.md#Who sees what", "Metrics in their place")]
    kept = [h.source.ref for h in fit_function(hits, "How do I show the executive team what IT is worth?")]
    assert kept == ["knowledge/metrics-in-their-place.md#Who sees what"]
    assert len(fit_function(hits, "How do I check my staff can state the value of technology?")) == 2


def test_measures_without_a_number_and_plural_aims_are_named() -> None:
    kofi = _part(MEASURED, "Which metrics matter to Kofi?")
    assert "first-call resolution and abandoned calls" in kofi.direct[0], kofi.direct
    nadia = _part(AIMS, "How do I show Nadia the value of what we delivered?")
    assert intent("How do I show Nadia the value of what we delivered?") == "metrics"
    assert "cut dispensing errors by half" in nadia.direct[0], nadia.direct
    assert "your aim to cut dispensing errors" in nadia.say_this and "for next year" not in nadia.say_this


def test_a_slip_of_ours_is_owned_beside_the_newest_request() -> None:
    part = _part(SLIP_TYPED, "How should I open with Tobias?")
    assert part.direct[0].startswith("Start with Tobias's request"), part.direct
    assert "was ours and still weighs" in part.direct[1], part.direct
    assert part.has_miss


def test_a_change_of_ours_that_did_harm_by_mistake_is_owned_with_a_line() -> None:
    part = _part(SLIP_MISTAKE, "What do I say to Selin next week?")
    assert "slip of ours" in part.direct[0] and "overwrote 300 delivery addresses" in part.direct[0], part.direct
    assert "our doing, and I own it" in part.say_this and "14 October" in part.say_this
    assert "cannot happen again" in part.question_back


def test_a_general_question_about_a_change_that_broke_something_is_a_miss() -> None:
    assert intent("We shipped a change that broke the finance team's reports. How do I own it?") == "miss"
    assert retrieval_query("We pushed an update that wiped the planners' saved views. What now?").startswith("Owning a past miss")
