"""Chat answers, round 12: the partner's own words about a pain or a result go into the line in the audience's form (said back
to the partner, passed on to the CIO's own team); an outside rival in the notes is named in the line, not only quoted as a
reading's evidence; work we sent in a thread and the partner thanked is built on, never open; a date the partner asked for is
no "first commitment" of ours; a committee named with two words is still a committee; our own miss is owned with an
apology; a doubting reading whose only evidence praises our work is not said; bracketed ISO dates start entries."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.schema import Assessment, Evidence
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 12, 4)

# Partners written for these tests (not from any evaluation set), in different note formats.
HOURS = """Partner: Malin Sundqvist, Head of Consulting
- 2026-10-08: Malin said she cannot see which clients eat the unbilled hours.
- 2026-11-18: Malin asked whether the billing data could be shown by client every month.
"""
LEADS = """Stakeholder: Kwabena Asare, Head of Claims
| Date | Note |
|---|---|
| 15 Oct 2026 | Kwabena asked for all claim documents in one viewer before the spring audit. |
| 13 Nov 2026 | Kwabena said his handlers lose an hour a day searching shared drives. |
"""
PILOT = """Partner: Rosalind Achterberg, Service Director
13 October 2026 - Rosalind asked for a parallel run of the new payroll engine.
24 November 2026 - Rosalind said the first parallel run matched the old engine to the cent.
"""
VENDOR = """Partner: Teodor Lindqvist, Head of Inside Sales
- 2026-10-12: Teodor asked for the quoting tool to work on tablets.
- 2026-11-21: Teodor said a vendor offered his team a tablet quoting app on a free trial.
"""
THREAD = """Partner: Ilona Kovacs, Group Treasurer
From: CIO
To: Ilona Kovacs
Date: 2026-11-09
Subject: cash forecast
Ilona, attached is the weekly cash forecast you asked for in October.

From: Ilona Kovacs
Date: 2026-11-11
Subject: RE: cash forecast
Thank you, this is just what we needed. We used it at the bank meeting.
"""
ASKED_DATE = """Partner: Fenna de Wit, Head of Quality Assurance
2026-11-06: First meeting. Fenna wants test results from all four labs in one place.
2026-11-20: Fenna asked for the lab report by the end of February.
"""
BACKLOG = """Partner: Oskar Brandt, Chief Risk Officer
2026-10-03: Oskar asked for the privileged-account reviews to be finished by year end.
2026-11-19: 210 privileged-account reviews are still open; we expect to clear them by 15 February.
"""
OUTAGE = """Partner: Saskia Meijer, HR Director
2026-11-27: Our payroll release failed on the 26th and 450 staff were paid two days late. Saskia had to explain it to the unions.
"""
BRACKETS = """Partner: Dimitri Papadakis, Head of Distribution
[2026-08-20] We committed to a depot-cost comparison by 10 October.
[2026-10-29] The depot-cost comparison has not been delivered.
[2026-11-25] Dimitri offered two of his planners to test the new load planner in January.
"""


def _part(notes: str, question: str, assessment: Assessment | None = None) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, assessment, [], TODAY, "", parsed.role or "")


def test_the_partners_own_words_on_a_pain_are_said_back_in_the_line() -> None:
    part = _part(HOURS, "How do I pitch the profitability dashboard to Malin?")
    assert "You told me you cannot see which clients eat the unbilled hours" in part.say_this, part.say_this


def test_the_cios_own_team_hears_the_partners_words_in_the_third_person() -> None:
    part = _part(LEADS, "How do I explain Kwabena's viewer request to my architects?")
    assert "Kwabena told me his handlers lose an hour a day" in part.say_this, part.say_this
    assert "you asked" not in part.say_this.lower(), part.say_this


def test_a_result_the_partner_reported_replaces_the_generic_tail() -> None:
    part = _part(PILOT, "What do I say to Rosalind about the payroll engine?")
    assert "You told me the first parallel run matched the old engine to the cent" in part.say_this, part.say_this
    assert "Tell me what your team needs from it now" not in part.say_this, part.say_this


def test_a_committee_gets_no_partner_quote() -> None:
    part = _part(LEADS, "What should I tell the claims and audit committee about Kwabena's viewer?")
    assert "told me" not in part.say_this, part.say_this


def test_a_rival_in_the_notes_is_named_in_the_line_even_when_the_reading_quotes_it() -> None:
    reading = Assessment(partner="Teodor Lindqvist", dependence="I", competence="doubted", quadrant="bypass_risk", confidence=0.3,
                         evidence=[Evidence(quote="Teodor said a vendor offered his team a tablet quoting app on a free trial.",
                                            axis="competence", date="2026-11-21", signal="doubted")])
    part = _part(VENDOR, "What should I prepare before I see Teodor?", reading)
    assert "Before you go further with the vendor" in part.say_this, part.say_this
    assert any("do not run the outsiders down" in x for x in part.direct), part.direct


def test_work_we_sent_and_the_partner_thanked_is_built_on() -> None:
    part = _part(THREAD, "Where do things stand with Ilona?")
    assert part.direct[0].startswith("Build on what we delivered") and "weekly cash forecast" in part.direct[0], part.direct
    assert "weekly cash forecast helped" in part.say_this and "What matters most" not in part.say_this, part.say_this


def test_a_date_the_partner_asked_for_is_no_commitment_of_ours() -> None:
    part = _part(ASKED_DATE, "How do I earn credibility with Fenna?")
    assert "first commitment" not in part.say_this, part.say_this
    assert "28 February" in part.say_this and "checked" in part.say_this, part.say_this


def test_a_committee_named_with_two_words_is_a_committee() -> None:
    part = _part(BACKLOG, "What should I tell the risk and audit committee about the privileged-account reviews?")
    assert "risk and audit committee" in part.direct[0], part.direct
    assert "15 February" in part.say_this and "you asked" not in part.say_this.lower(), part.say_this


def test_our_own_miss_is_owned_with_an_apology() -> None:
    part = _part(OUTAGE, "How do I handle the payroll failure with Saskia?")
    assert part.say_this.startswith("I am sorry:") and "I own it" in part.say_this, part.say_this


def test_a_doubting_reading_whose_only_evidence_praises_us_is_not_said() -> None:
    reading = Assessment(partner="Rosalind Achterberg", dependence="I", competence="doubted", quadrant="bypass_risk", confidence=0.3,
                         evidence=[Evidence(quote="Rosalind said the first parallel run matched the old engine to the cent.",
                                            axis="competence", date="2026-11-24", signal="doubted")])
    part = _part(PILOT, "What should I focus on with Rosalind?", reading)
    text = " ".join(part.direct)
    assert "doubts our delivery" not in text and "bypass" not in text, text


def test_bracketed_iso_dates_start_entries_and_the_newest_offer_leads() -> None:
    parsed = parse_notes_text(BRACKETS)
    assert [n.date for n in parsed.notes] == [dt.date(2026, 8, 20), dt.date(2026, 10, 29), dt.date(2026, 11, 25)], parsed.notes
    part = _part(BRACKETS, "What should I raise first with Dimitri?")
    assert "offer of 25 November" in part.direct[0], part.direct
    assert "two of your planners" in part.say_this, part.say_this


def test_an_acceptance_keeps_its_one_point_and_a_thanks_clause_is_not_said_back() -> None:
    offer = """Partner: Wendelin Graf, Finance Director
2026-10-14: Wendelin said the vendor-spend report helped him challenge three renewals.
2026-11-13: Wendelin offered two of his analysts to help us build the allocation model in January.
"""
    part = _part(offer, "What should I say to Wendelin?")
    assert "Thank you: yes" in part.say_this and "told me" not in part.say_this, part.say_this
    live = """Partner: Oriane Petit, Head of Warehousing
2026-10-15: The new picking system went live. Oriane said mispicks are down by half and thanked the team.
"""
    part = _part(live, "What do I say to Oriane about the picking system?")
    assert "You told me mispicks are down by half." in part.say_this and "thanked" not in part.say_this, part.say_this
