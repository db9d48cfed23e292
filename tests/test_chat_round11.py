"""Chat answers, round 11: the say-this line takes the form of the audience the question names (a committee gets a report,
a peer executive a view asked for, the CIO's own leads an owner and a date); the question's subject is named from the
note that has it, or the answer says the notes lack it; a partner with no notes gets a first meeting shaped by the role,
never a checklist that assumes history; the partner's message is answered, not read back; the partner's own numbers,
an outside rival in the notes and a cost measure are used; no "past misses" when the notes hold none; no material
passage beside an answer that has its point and its line from the notes."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.chat import Answer, with_partner
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.schema import Assessment, Source
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 24)

# Partners written for these tests (not from any evaluation set), in different note formats.
LEDGER_UPGRADE = """Partner: Solveig Aas, Group CFO
2026-09-18: Solveig asked for the general-ledger upgrade to finish before the year-end close.
2026-11-05: Testing of the ledger upgrade is ten days behind; we now expect go-live on 10 December.
"""
PRICING = """Stakeholder: Bastian Ortmann, Head of Pricing
| When | What |
|---|---|
| 2026-09-14 | Bastian asked for the pricing engine to price every order line in under a second. |
| 2026-11-03 | Bastian said the pricing pilot cut manual overrides from 30% to 12%. |
"""
ROSTERS = """Partner: Wanjiru Kamau, Head of Field Service
- 2026-09-10: Wanjiru asked for technician rosters to be in the mobile app before the spring season.
- 2026-10-28: Wanjiru said the engineers find the roster screen hard to read.
"""
EMAIL = """Partner: Hamish Fraser, Warehouse Manager
From: Hamish Fraser
Date: 2026-11-18
Subject: label printers
The label printers in bay 4 keep jamming on the thick stock. My pickers are hand-writing labels again. Can someone look at this before the stocktake on 5 December?
"""
TARGETS = """Partner: Elodie Marchand, Online Sales Director
2026-09-09: Elodie's target for next year: basket abandonment down from 70% to 60% and repeat orders up to 35%.
2026-10-30: Elodie asked for saved baskets to follow customers across devices.
"""
AGENCY = """Partner: Rasmus Holm, Brand Director
2026-10-01: Rasmus asked for the brand asset library to load in seconds, not minutes.
2026-11-12: Rasmus's team is talking to a vendor about building their own asset portal.
"""
COSTS = """Partner: Ottilie Brandt, Finance Director
* 2026-09-15: Ottilie said every new system must pay back within 24 months.
* 2026-10-20: Ottilie asked why licence costs rose 11% this year.
* 2026-11-09: Ottilie wants IT run costs down 4% next year.
"""
NO_MISS = """Partner: Konrad Weiss, Head of Engineering
2026-10-07: Konrad asked for test-rig data in one place by March.
2026-11-10: Konrad is looking at an outside consultancy's analytics tool.
"""


def _part(notes: str, question: str, assessment: Assessment | None = None) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, assessment, [], TODAY)


def _all(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, part.say_this, part.question_back, *part.keep_out])


def test_a_committee_gets_a_report_on_the_subject_not_a_question_to_the_partner() -> None:
    part = _part(LEDGER_UPGRADE, "What should I tell the risk committee about the general-ledger upgrade?")
    assert part.say_this.startswith("On the general-ledger upgrade"), part.say_this
    assert "10 December" in part.say_this and "you asked" not in part.say_this.lower(), part.say_this
    assert "risk committee" in part.direct[0], part.direct


def test_a_peer_executive_gets_a_line_of_their_own() -> None:
    part = _part(PRICING, "What do I say to our COO about Bastian's pricing engine?")
    assert "Bastian's pricing engine" in part.say_this and "30% to 12%" in part.say_this, part.say_this
    assert "you asked" not in part.say_this.lower(), part.say_this


def test_the_cios_own_leads_named_with_any_qualifier_are_the_team() -> None:
    part = _part(PRICING, "How do I brief my integration leads on Bastian's pricing request?")
    assert part.direct[0].startswith("For your own team"), part.direct
    assert "I want one owner" in part.say_this, part.say_this


def test_a_subject_the_notes_do_not_mention_is_said_to_be_missing() -> None:
    part = _part(ROSTERS, "How is the route-planning project landing with Wanjiru?")
    assert "do not mention the route-planning project" in part.direct[0], part.direct
    assert "route-planning project" in part.say_this, part.say_this


def test_no_notes_gives_a_first_meeting_shaped_by_the_role() -> None:
    notes = "Partner: Tamsin Wood, Chief Marketing Officer (joined 9 November)\n"
    part = _part(notes, "How should I prepare for my first meeting with our new CMO, Tamsin?")
    text = _all(part)
    assert "campaign" in text and "first year" in text, text
    assert "ledger" not in text and "late" not in text and "no notes on" not in text, text
    assert part.answered


def test_the_partners_message_is_answered_not_read_back() -> None:
    part = _part(EMAIL, "How do I reply to Hamish?")
    assert "you said" not in part.say_this and "Can someone look" not in part.say_this, part.say_this
    assert "before the stocktake on 5 December" in part.say_this and "label printers in bay 4" in part.say_this, part.say_this


def test_an_opening_starts_from_the_partners_own_numbers() -> None:
    part = _part(TARGETS, "How should I open the meeting with Elodie?")
    assert "70% to 60%" in part.say_this, part.say_this
    assert any("70% to 60%" in x for x in part.direct), part.direct


def test_an_outside_rival_in_the_notes_is_named() -> None:
    part = _part(AGENCY, "What should I focus on with Rasmus?")
    assert any("vendor" in x for x in part.direct), part.direct


def test_a_pitch_to_a_cost_focused_finance_lead_uses_her_cost_measures() -> None:
    part = _part(COSTS, "How do I pitch the planning platform to Ottilie?")
    assert "do not mention the planning platform" in part.direct[0], part.direct
    assert "4%" in part.say_this and "24 months" in part.say_this, part.say_this


def test_no_past_misses_are_cited_when_the_notes_hold_none() -> None:
    reading = Assessment(partner="Konrad Weiss", dependence="I", competence="doubted", quadrant="bypass_risk", confidence=0.3)
    part = _part(NO_MISS, "What should I focus on with Konrad?", reading)
    assert "bypass" in _all(part) and "past misses" not in _all(part), _all(part)


def test_no_passage_beside_an_answer_with_its_point_and_line() -> None:
    part = _part(TARGETS, "What should I focus on with Elodie?")
    assert part.actionable and part.say_this, part
    sources = [Source(kind="knowledge", ref="knowledge/trust.md#Formula", title="Trust")]
    material = Answer(text="", sources=sources, direct="Trust grows with reliability. [1]",
                      passages=[("**trust = (credibility + reliability + intimacy) / self-orientation**", 1)])
    merged = with_partner(material, part, question="What should I focus on with Elodie?")
    assert merged.passages == [], merged.passages


def test_work_still_behind_is_no_delivery_to_build_on() -> None:
    part = _part(LEDGER_UPGRADE, "What should I focus on with Solveig?")
    assert "Build on what we delivered" not in _all(part), _all(part)


def test_a_line_cut_after_its_noun_names_the_thing() -> None:
    notes = """Partner: Ansgar Lind, General Counsel
2026-09-22: Ansgar chose the e-billing system and asked us to roll it out to all practice groups by April.
2026-11-04: Ansgar said his associates still print invoices for approval.
"""
    part = _part(notes, "What should I bring to Ansgar about the e-billing rollout?")
    assert "roll it out" not in part.say_this and "e-billing system" in part.say_this, part.say_this
