"""Chat answers, round 9: the line fits who the CIO will say it to (the CIO's own team, the partner's board, the partner);
a question about a cut is answered with the cut's own figures; thin notes get questions built on their hooks (new in
role, a move, a reorganisation, a pilot); a seat offered to the CIO gets a plain yes in person; a topic to keep out is
given the note's own reason, never an invented one; a miss the notes show as ours is never called a third party's."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 23)

# Partners written for these tests (not from any evaluation set), in different note formats.
TEAM_ASK = """Partner: Ilse Vermeer, Head of Returns
2026-10-26: Ilse asked for a weekly returns-reason report for the two outlet stores by 18 December.
2026-11-09: Ilse said her supervisors sort returns reasons by hand.
"""
BOARD_MISS = """Stakeholder: Fergus Quinn, CFO
| Date | Note |
|---|---|
| 2026-09-07 | We told Fergus the treasury system would go live on 5 October. |
| 2026-10-05 | The treasury go-live slipped; our data load failed twice. |
| 2026-10-29 | Fergus asked me to explain the delay to the board on 10 December. |
"""
CUT = """Partner: Halvard Moe, Chief Operating Officer
Sep 21, 2026 - Halvard said every department must save money next year.
Nov 2, 2026 - Halvard told me the IT change budget for next year is cut by 15%, from 8.0m to 6.8m.
Nov 12, 2026 - Halvard wants the yard-scheduling tool kept whatever happens.
"""
NEW_ROLE = """Stakeholder: Soraya Haddad, Chief People Officer (joined 5 October)
- 19 Oct 2026: Intro call with Soraya. She is new in role and is meeting her HR business partners first.
"""
MOVE_REORG = """Partner: Emeka Obi, Head of Claims
## 6 October 2026
Emeka said his teams move to the new Leeds office in February.
## 28 October 2026
Emeka mentioned the reorganisation: claims and recoveries merge under him from March.
"""
SEAT = """Partner: Rania Aziz, Chief Commercial Officer
* 2026-09-14: Rania said our contract-search tool saves her lawyers a day a week.
* 2026-11-10: Rania offered me a seat on the bid review board, which meets every fortnight from January.
"""
KEEP_OUT = """Partner: Tove Lind, Head of Compliance
2026-10-12: Tove asked for read access to the supplier register for her analysts.
2026-11-02: Don't bring up the audit findings on her own team; she is upset about them.
"""
OUR_SLIP = """Partner: Gunnar Berg, Head of Purchasing
2026-08-24: We promised Gunnar the invoice portal would go live on 2 November.
2026-11-03: The invoice portal did not go live; our supplier integration testing ran late.
"""


def _part(notes: str, question: str) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY)


def _all(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, *part.keep_out, part.say_this, part.question_back])


def test_audience_is_read_from_who_the_question_speaks_to() -> None:
    from assistant.conversation.chat_slots import audience

    assert audience("What do I tell my team about Ilse's request?") == "team"
    assert audience("How do I brief my leadership team on the pilot?") == "team"
    assert audience("How do I explain the delay to the board?") == "board"
    assert audience("What should I show the executive team next year?") == "executive team"
    assert audience("Rania offered me a seat on the bid review board. What do I say?") == "partner"
    assert audience("What should I say to Ilse?") == "partner"
    assert audience("What should I say to Ilse about my team's capacity?") == "partner"
    assert audience("Should I bring my team to the meeting with Ilse?") == "partner"
    assert audience("What do I write to our IT team about the cut?") == "team"


def test_a_line_for_the_cios_own_team_names_the_ask_in_the_third_person() -> None:
    part = _part(TEAM_ASK, "What do I tell my team about Ilse's request?")
    assert part.say_this.startswith("On 26 October, Ilse asked for a weekly returns-reason report"), part.say_this
    assert "18 December" in part.say_this and "owner" in part.say_this
    assert "you asked" not in part.say_this.lower(), part.say_this
    assert part.direct[0].startswith("For your own team"), part.direct


def test_a_board_line_owns_our_miss_in_the_first_person() -> None:
    part = _part(BOARD_MISS, "How do I explain the treasury delay to the board?")
    assert "That was ours, and I own it." in part.say_this, part.say_this
    assert "the board" in part.say_this and "you asked" not in part.say_this.lower(), part.say_this
    assert part.direct[0].startswith("Before the board, own the miss yourself"), part.direct
    assert sum("own" in x for x in part.direct) == 1, part.direct  # the owning advice is said once


def test_a_cut_is_answered_with_its_own_figures_and_what_must_be_kept() -> None:
    part = _part(CUT, "How do I handle Halvard's cut to our budget?")
    said = _all(part)
    assert "15% cut" in part.say_this and "from 8.0m to 6.8m" in part.say_this, part.say_this
    assert "yard-scheduling tool" in part.say_this, part.say_this
    assert "15% cut" in part.question_back and "Answer the cut itself" in said
    assert any("cut by 15%" in n.quote for n in part.notes), part.notes  # the note with the cut is cited


def test_thin_notes_get_questions_built_on_their_hooks() -> None:
    new = _part(NEW_ROLE, "How should I approach Soraya?")
    said = _all(new)
    assert "in your first year" in said and "working with IT so far" in said, said
    assert "What matters most to your team this year?" not in new.say_this
    moving = _part(MOVE_REORG, "What should I do with Emeka?")
    said = _all(moving)
    assert "new structure lands" in said and "first day in the new place" in said, said
    assert moving.question_back.startswith("Which of those questions will you ask Emeka first"), moving.question_back


def test_a_seat_offered_to_the_cio_gets_a_plain_yes_in_person() -> None:
    part = _part(SEAT, "Rania offered me a seat on the bid review board. How do I respond?")
    assert "Thank you: yes, I'll join." in part.say_this, part.say_this
    assert "who on my side" not in part.say_this and "Who on your team" not in part.question_back, _all(part)


def test_a_topic_kept_out_gets_the_notes_reason_not_an_invented_one() -> None:
    part = _part(KEEP_OUT, "What should I keep out of the conversation with Tove?")
    kept = " ".join(part.keep_out)
    assert "she is upset about them" in kept, kept
    assert "confidential" not in _all(part).lower()


def test_a_miss_the_notes_show_as_ours_is_never_a_third_partys() -> None:
    part = _part(OUR_SLIP, "We missed the go-live for Gunnar's invoice portal. What do I say to him?")
    assert "third party" not in _all(part), _all(part)
    assert "that is on us" in part.say_this, part.say_this


OPEN_AND_SLIP = """Stakeholder: Wiebke Hartmann, CFO
| Date | Note |
|---|---|
| 2026-09-01 | We told Wiebke the expense system would go live on 1 October. |
| 2026-10-01 | The expense go-live slipped; we found data-migration errors late. Wiebke was not happy. |
| 2026-10-27 | Wiebke asked me for a cash-position view by 17 December. |
"""
PARKED_AND_OFFER = """Stakeholder: Nadia Petrova, Marketing Director
2026-06-08 — Nadia asked for a churn-prediction model. We parked it because of the data-centre move.
2026-10-21 — Nadia offered to lend us her data analyst two days a week to restart the churn work.
"""


def test_when_the_answer_says_to_own_a_slip_the_line_owns_it() -> None:
    part = _part(OPEN_AND_SLIP, "What should I say to Wiebke?")
    assert any("still weighs" in x for x in part.direct), part.direct
    assert "was ours, and I own it." in part.say_this, part.say_this


def test_a_parked_request_is_named_as_parked_beside_the_offer_that_restarts_it() -> None:
    part = _part(PARKED_AND_OFFER, "How do I get things moving with Nadia?")
    assert "Nadia's parked request of 8 June" in " ".join(part.direct), part.direct
    assert "Thank you: yes" in part.say_this, part.say_this


def test_asked_what_to_ask_the_answer_gives_the_questions_from_the_hooks() -> None:
    part = _part(NEW_ROLE, "What questions should I ask Soraya in our first meeting?")
    assert part.direct[0].startswith("Ask Soraya: “What do you most want to change in your first year"), part.direct
    assert "questions built on your notes" not in " ".join(part.direct), part.direct


SLOW = """Partner: Lucía Paredes, Head of Online Sales
- 2026-10-14: Lucía saw a demo from an outside agency that promises a new checkout in ten weeks.
- 2026-11-09: Lucía asked why our checkout changes take two months.
"""


def test_a_complaint_put_as_a_question_is_owned_and_the_rival_is_a_hook() -> None:
    part = _part(SLOW, "How do I approach Lucía?")
    assert "that is too slow for you, and that is on us" in part.say_this, part.say_this
    assert "What did the outside offer promise" in " ".join(part.direct), part.direct


def test_keep_out_line_names_the_topic_not_the_rest_of_the_sentence() -> None:
    from assistant.conversation.chat_slots import avoid_said

    line = avoid_said("Never mention the data breach review with his deputies present; he finds it embarrassing.",
                      "Marek", dt.date(2026, 12, 1), dt.date(2026, 11, 3), "other")
    assert line.startswith("Keep the data breach review out of the room:"), line
    assert "deputies" not in line.split(":")[0]
    assert avoid_said("Don't raise the", "Marek", dt.date(2026, 12, 1), None, "other") == ""


def test_a_pilot_that_ran_its_course_is_no_hook() -> None:
    from assistant.conversation.chat_slots import _PILOT_DONE

    for done in ("She wants to roll it out to every depot.", "The trial ended in May and worked.", "We extended the pilot to March."):
        assert _PILOT_DONE.search(done), done
    for running in ("The pilot starts on 3 March.", "Two sites are in the trial."):
        assert not _PILOT_DONE.search(running), running
