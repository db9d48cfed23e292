"""Chat answers, round 20: every coaching passage, line to say and question back has a precondition read from typed
facts (a miss of ours that still weighs, cost raised by the partner or the question, an outside provider in play, a
keep-it-running ask); material whose precondition does not hold is left out, however close it is to the question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from assistant.conversation.chat import Answer, with_partner
from assistant.conversation.coach_answer import question_back
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.preconditions import Case, question_case
from assistant.schema import Source
from assistant.text.notes_format import parse_notes_text

# Partners written for these tests (not from any evaluation set), in different note formats.
QUIET = """Partner: Ottoline Brandt, Head of Estates
| Date | Note |
|---|---|
| 2027-09-06 | Ottoline asked for a floor-by-floor occupancy report for her space review by 15 November. |
| 2027-10-11 | Our analyst Ferdinand sent a first cut; Ottoline said "this is exactly the view I needed". |
| 2027-10-25 | Ottoline asked whether the badge data could show which meeting rooms stand empty. |
"""
PRICED = """Partner: Radomir Vasquez, Director of Logistics
From: Radomir Vasquez
Date: 2027-05-04
Subject: renewal
Radomir: "Your licence renewal costs more than my whole depot budget. What am I getting for it?"
From: CIO
Date: 2027-05-06
Subject: RE: renewal
I offered to walk him through the renewal line by line on 20 May.
"""
COURTED = """Partner: Isolde Marchetti, Head of Events
* 2027-02-01 Meeting
Isolde asked for ticket sales by venue for the spring season.
* 2027-03-15 Call
A consultancy, Brightfield, pitched her their own ticketing dashboard; she is "keen to see it running by April".
"""
MATERIAL = Answer(
    text="",
    sources=[Source(kind="knowledge", ref="knowledge/example.md#In short", title="Example")],
    direct="Own the past miss first. [1]",
    say_this="Understood. Reliable systems first. Let me tell you how we'll make sure that's what you get.",
    question_back="When this partner says IT costs too much, which is it: they can't see what they get, or pressure from above?",
    passages=[("Ask what the outside provider would give them that we have not, and answer that sooner.", 1)],
)


def _flat(texts: Sequence[str]) -> np.ndarray:
    """An embedder under which every text is equally close: only the rules decide."""
    return np.ones((len(texts), 4)) / 2.0


def _part(notes: str, question: str, today: dt.date) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")


def test_material_for_another_situation_is_left_out_for_a_partner_with_none_of_them() -> None:
    question = "Should Ferdinand present the occupancy numbers to Ottoline, or should I?"
    part = _part(QUIET, question, dt.date(2027, 11, 1))
    assert part.case == Case()  # no miss of ours, no cost complaint, no outside provider, no keep-running ask
    merged = with_partner(MATERIAL, part, question=question)
    shown = " ".join([merged.direct, merged.say_this, merged.question_back] + [p for p, _ in merged.passages])
    assert "past miss" not in shown and "costs too much" not in shown
    assert "Reliable systems first" not in shown and "outside provider" not in shown


def test_a_cost_complaint_in_the_partners_own_voice_lets_the_budget_material_in() -> None:
    question = "How do I prepare for Radomir on 20 May?"
    part = _part(PRICED, question, dt.date(2027, 5, 10))
    assert part.case.cost and not part.case.outside
    assert part.case.holds(MATERIAL.question_back) and not part.case.holds(MATERIAL.direct)  # cost: yes; a miss of ours: no


def test_an_outside_firm_pitching_the_partner_is_read_from_the_notes() -> None:
    part = _part(COURTED, "What do I bring to Isolde next week?", dt.date(2027, 3, 20))
    assert part.case.outside and not part.case.cost


def test_the_question_alone_sets_what_is_true() -> None:
    assert not question_case("My peers only know me as the person who restores outages. How do I change that?").miss
    assert question_case("The cutover slipped two weeks and it was our fault. What should I say to own it?").miss
    assert not question_case("My gut says Bertrand sees us as a cost line. Is that right?").cost
    assert question_case("Bertrand says IT costs too much for what his team gets.").cost
    assert question_case("Our CFO wants to cut the IT budget by a tenth.").cost
    assert not question_case("My leadership team wants a design studio or an agency to write our purpose statement. Sensible?").outside
    assert question_case("Leontyne is hiring an outside agency to build her loyalty app.").outside
    assert not question_case("Our vendor still has no date for the interface. What do I tell her?").outside


def test_the_question_back_never_presumes_a_complaint_nobody_made() -> None:
    back = question_back(_flat, "Marguerite runs a cost review of her own department next month. How can I help her?", "")
    assert "costs too much" not in back
    assert "miss" not in question_back(_flat, "How should I spend my first months as CIO with peers who know me as the outage fixer?", "")
    assert "outside provider" not in question_back(_flat, "Should a design agency write our purpose statement for the staff?", "")
