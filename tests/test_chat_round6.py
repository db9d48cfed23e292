"""Chat answers, round 6: the line to say is chosen by what the question asks (own a miss, reply to an objection,
the partner's own measures, a tool an outside firm built), our own deliverable is stated and never asked about,
and an outcome asked of us ("a 5% cut in IT run cost") is an open request."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.coach_answer import (
    Unit,
    _sayable,
    direct_answer,
    fit_function,
    retrieval_query,
    situation_question,
)
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.question_intents import intent
from assistant.schema import Hit
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 2)

# Partners written for these tests (not from any evaluation set).
MISSED = """Stakeholder: Olu Adeyemi, Head of Underwriting
- 2026-07-01: We committed to launch the quote engine on 1 October.
- 2026-09-28: the launch moved; the pricing service failed its load test.
- 2026-10-20: Olu asked when the quote engine will really be live.
"""
USELESS = """Stakeholder: Greta Holm, Head of Stores
- 2026-08-10: Greta wants shrinkage in the stores down by half within two years.
- 2026-10-14: Greta said the daily sales pack is useless to her area managers.
"""
TARGET = """Stakeholder: Ravi Menon, VP Logistics

## 2026-08-01 meeting
Ravi's goal this year is on-time delivery from 88 to 94% on the southern routes.

## 2026-10-01 call
Ravi said the new slotting helped but he wants proof in his own figures.
"""
RIVAL_TOOL = """Stakeholder: Ines Moreau, Chief Marketing Officer
- 2026-08-05: Ines hired an agency to build a promotions planner without us.
- 2026-10-02: The planner went live. Ines said her team likes it, but it cannot see the loyalty data.
"""
PARKED = """Stakeholder: Bruno Keller, Sales Director
2026-04-08 meeting: Bruno asked for a territory map his reps can edit themselves. We parked it behind the ERP upgrade.
2026-10-12 meeting: Bruno said IT always says no.
"""
PASSED = """Stakeholder: Sofia Russo, Head of Finance
- 2026-09-01: Sofia asked us for the licence cost report by 15 October.
"""
RUN_COST = """Stakeholder: Jonas Vik, COO
- 2026-09-03: Jonas said "The portal is fine". He mainly asks about the depot move.
- 2026-10-20: Jonas asked for a 5% cut in IT run cost next year.
"""


def _part(notes: str, question: str) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY)


def test_the_question_names_its_intent() -> None:
    assert intent("We missed the go-live for Olu's engine. What now?") == "miss"
    assert intent("What do I do about the tool the agency built for Ines?") == "rival"
    assert intent("Greta says the sales pack is useless. What do I say?") == "objection"
    assert intent("Which numbers should I show Ravi?") == "metrics"
    assert intent("How do I open with Ravi?") == ""


def test_a_missed_go_live_is_owned_with_a_checked_date_not_answered_as_a_question() -> None:
    part = _part(MISSED, "We missed the launch date for Olu's quote engine. How do I handle the next meeting?")
    assert "that is on us" in part.say_this and "launch the quote engine on 1 October" in part.say_this
    assert "checked" in part.say_this and "straight answer" not in part.say_this
    assert "new date" in part.question_back


def test_an_objection_gets_a_reply_that_answers_it_with_the_partners_measure() -> None:
    part = _part(USELESS, "Greta told me the daily sales pack is useless. What do I say back?")
    assert part.say_this.startswith("You're right that the daily sales pack")
    assert "shrinkage in the stores down by half" in part.say_this
    assert "date my team has checked" not in part.say_this  # not a request line about her goal
    assert "objecting" in part.question_back


def test_a_metrics_question_uses_the_partners_stated_measure() -> None:
    part = _part(TARGET, "Which numbers should I show Ravi at the quarterly review?")
    measure = "on-time delivery from 88 to 94% on the southern routes"
    assert measure in part.say_this and measure in part.direct[0]
    assert "What matters most" not in part.say_this


def test_a_rival_tool_is_not_fought_the_cio_asks_to_see_it_and_offers_data() -> None:
    part = _part(RIVAL_TOOL, "What do I do about the tool the agency built for Ines?")
    assert part.direct[0].startswith("Do not fight") and "loyalty data" in part.direct[0]
    assert "see the tool" in part.say_this and "loyalty data" in part.say_this and "won't compete" in part.say_this


def test_it_always_says_no_names_the_parked_request_behind_it() -> None:
    part = _part(PARKED, "Bruno keeps saying IT always says no. How do I answer that?")
    assert "territory map" in part.say_this and "we parked it" in part.say_this
    assert part.direct[0].startswith("Behind “IT always says no” is Bruno's request of 8 April, which we parked")
    assert not any(x.startswith("If Bruno pushes back") for x in part.direct)


def test_our_overdue_deliverable_is_stated_never_asked_of_the_partner() -> None:
    part = _part(PASSED, "How should I open with Sofia?")
    assert "licence cost report" in part.say_this
    assert "tell me where it stands" not in part.say_this.lower() and "where it stands on our side" in part.say_this
    assert "on us" not in part.say_this  # the notes do not show it missed: no apology for what may have been delivered


def test_an_outcome_asked_of_us_is_the_open_request_not_an_offer() -> None:
    part = _part(RUN_COST, "How do I open the meeting with Jonas?")
    assert "5% cut in IT run cost" in part.say_this
    assert "Jonas's request of 20 October" in part.direct[0] and "offer" not in part.direct[0]
    assert "depot move" not in part.say_this


def test_general_board_and_borderline_material() -> None:
    borderline = Unit('A partner frames it as a chore: "Audit wants this, can you produce it?" That is still T.', 0,
                      "Borderline cases and how to decide", False)
    assert not _sayable(borderline)  # a partner's quoted words in a reference section are no line for the CIO


def test_an_offer_made_with_a_request_is_answered_and_they_stays_someone_else() -> None:
    notes = """Stakeholder: Kofi Boateng, Plant Manager
- 2026-09-10: Kofi asked for the scrap report to include shift data.
- 2026-10-25: Kofi offered two of his line leads and asked for a simple screen on the line, so operators see stops as they happen.
"""
    part = _part(notes, "What is the newest thing open with Kofi?")
    assert part.direct[0].startswith("Start with Kofi's offer and request of 25 October")
    assert "you offered two of your line leads" in part.say_this and "stops as they happen" in part.say_this
    assert "yes to both" in part.say_this and "would like to" not in part.say_this


def test_an_outcome_asked_of_us_gets_options_not_a_date() -> None:
    part = _part(RUN_COST, "What does Jonas want?")
    assert "What date would make it useful" not in part.say_this and "where it could come from" in part.say_this


def test_our_overdue_promise_is_named_in_its_own_words() -> None:
    notes = """Stakeholder: Amara Obi, CFO
Sep 2 2026 — I promised Amara the storage cost breakdown by region by 9 October.
Oct 12 2026 — Amara said the audit committee will ask about IT run cost in December.
"""
    part = _part(notes, "How should I open with Amara next week?")
    assert part.say_this.startswith("On 2 September I promised you the storage cost breakdown by region by 9 October, and it is not done yet.")


def test_one_sentence_is_never_quoted_twice() -> None:
    from assistant.schema import Assessment, Evidence

    parsed = parse_notes_text(RUN_COST)
    quote = "Jonas asked for a 5% cut in IT run cost next year."
    a = Assessment(partner="Jonas Vik", dependence="T", competence="unknown", quadrant="unknown", confidence=0.7,
                   evidence=[Evidence(axis="dependence", level="T", quote=quote, date="2026-10-20", note_ref=parsed.notes[0].ref)])
    part = partner_answer("How do I open the meeting with Jonas?", "Jonas Vik", parsed.notes, a, [], TODAY)
    said = " ".join(part.direct)
    assert said.count("5% cut in IT run cost") == 1, said


def _hit(ref: str) -> Hit:
    return Hit(id=ref, text="x", score=0.5, metadata={"ref": ref, "title": ref})


def test_general_miss_and_rival_questions_get_their_own_material_not_teaching() -> None:
    hits = [_hit("knowledge/teaching-hr.md#In short"), _hit("knowledge/owning-past-misses.md#In short"), _hit("knowledge/quadrant-utility.md#In short")]
    miss = "Our team slipped the launch of the new HR portal by a month. How do I tell the HR director?"
    assert [h.source.ref for h in fit_function(hits, miss)] == ["knowledge/owning-past-misses.md#In short"]
    rival = "Finance built its own forecasting app with a contractor. What should I do?"
    assert intent(rival) == "rival" and retrieval_query(rival).startswith("Shadow IT")
    assert "this partner" not in situation_question("What should I show my board about the value of IT?")


def test_a_fragment_left_by_a_removed_quote_is_no_direct_answer() -> None:
    unit = Unit('Say "we" and mean the organisation you now lead, even if the miss came before you. Blaming a predecessor sounds defensive.',
                0, "Name it first, in their words", False)
    assert direct_answer(unit) == ""
