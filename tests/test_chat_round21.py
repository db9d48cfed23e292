"""Chat answers, round 21: a yes/no or choose-between question gets its verdict first, read from typed facts (a contact kept
for emergencies, the person on our side who did the work, a decision the partner has made); the LLM path keeps out material
whose precondition fails, like the offline one."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.preconditions import question_case
from assistant.conversation.verdict import verdict
from assistant.text.notes_format import parse_notes_text

# Partners written for these tests (not from any evaluation set), in different note formats.
HOTLINE = """Partner: Marisol Okonjo-Reyes, Head of Clinics
Clinic chain, twelve sites.

2027-03-02 meeting: kiosk rollout close-out
Marisol: "The check-in kiosks went in on time at every clinic. My receptionists are grateful."
She gave me her private cell, 0761 220 448, and said it is "for clinic emergencies only, never for project news".

2027-04-14 email
Marisol: "The booking system double-booked forty patients on Monday. I need a written account from the vendor and what it will cost them, by 30 April, for my clinic leads."
"""
ANALYSIS = """Partner: Ruaridh Penhallow, Director of Fleet
- 2027-06-08 call: Ruaridh asked whether our telematics could show why vans sit idle at the depot.
- 2027-06-20 email: Ruaridh: "Send me idle time by depot and by driver shift for May, before our review on 9 July."
- 2027-06-22: Oyelaran, our telematics analyst, committed to send it by 6 July.
- 2027-07-01 call: Oyelaran found that most idle time sits in the early shift at the north depot, waiting for loading.
"""
SIGNED = """Partner: Thandiwe Castellanos, Head of Facilities
| Date | Note |
|---|---|
| 2027-08-03 | Thandiwe told me she will sign with Nordlys, an outside building-systems firm, on 1 October. |
| 2027-08-17 | Thandiwe: "I only want your team for the network ports and the firewall rules. Send me the port plan by 20 September." |
"""
TODAY = dt.date(2027, 9, 1)


def _part(notes: str, question: str, today: dt.date = TODAY) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")


def test_a_contact_kept_for_emergencies_is_a_plain_no_first() -> None:
    part = _part(HOTLINE, "Should I just call her on that cell number tonight, before her clinic leads hear it?", dt.date(2027, 4, 16))
    assert part.direct[0].startswith("No.")
    assert "emergencies only" in part.direct[0]
    assert any("private cell" in n.quote for n in part.notes)


def test_who_presents_our_work_is_the_person_who_did_it() -> None:
    part = _part(ANALYSIS, "Should I walk Ruaridh through the idle-time numbers myself, or bring Oyelaran and let him do it?",
                 dt.date(2027, 7, 2))
    assert part.direct[0].startswith("Bring Oyelaran")
    assert "did the work" in part.direct[0]


def test_a_decision_the_partner_made_is_not_fought() -> None:
    part = _part(SIGNED, "Thandiwe signs with Nordlys next month and only wants us for ports. Do I try to stop her?")
    assert part.direct[0].startswith("No, do not try to stop Thandiwe")
    assert "20 September" in part.direct[0]


def test_no_verdict_without_a_typed_fact() -> None:
    parsed = parse_notes_text(ANALYSIS)
    from assistant.planning.situation import build_situation

    sit = build_situation(parsed.notes, parsed.partner or "", [], TODAY)
    assert verdict("Should I call him tomorrow?", sit, "Ruaridh", "Ruaridh Penhallow", TODAY) is None
    assert verdict("What do I open with?", sit, "Ruaridh", "Ruaridh Penhallow", TODAY) is None


def test_the_llm_path_drops_material_whose_precondition_fails() -> None:
    case = question_case("How do I get my peers to see IT as more than a help desk?")
    chunk = "Name the past miss before anything else.\n\nAsk what the partner wants to decide this year."
    assert case.kept(chunk) == "Ask what the partner wants to decide this year."
