"""Chat answers, round 21: a yes/no or choose-between question gets its verdict first, read from typed facts (a contact kept
for emergencies, the person on our side who did the work, a decision the partner has made); the LLM path keeps out material
whose precondition fails, like the offline one."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.preconditions import question_case
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
    assert "0761" not in " ".join([*part.direct, part.say_this, *(n.quote for n in part.notes)])  # the number is never repeated


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
    from assistant.conversation.verdict import verdict
    from assistant.planning.situation import build_situation

    parsed = parse_notes_text(ANALYSIS)
    sit = build_situation(parsed.notes, parsed.partner or "", [], TODAY)
    assert verdict("Should I call him tomorrow?", sit, "Ruaridh", "Ruaridh Penhallow", TODAY) is None
    assert verdict("What do I open with?", sit, "Ruaridh", "Ruaridh Penhallow", TODAY) is None


def test_the_llm_path_drops_material_whose_precondition_fails() -> None:
    case = question_case("How do I get my peers to see IT as more than a help desk?")
    chunk = "Name the past miss before anything else.\n\nAsk what the partner wants to decide this year."
    assert case.kept(chunk) == "Ask what the partner wants to decide this year."


PACK = """Partner: Dr Ingeborg Salazar-Whitfield, Head of Research Operations
03/11/2027 email
Ingeborg: "I need a firm launch date for the lab scheduler in the 20 January board pack. A range will not do."
10/11/2027 call
Our vendor, Calderwick, has not yet committed to a date for its integration module.
"""
STEERING = """Fenwick Oduya-Blackwood — Finance Director
28 January 2027, email
- Fenwick: "I need a firm cutover date for the payroll move in the 9 March steering pack."
- Our payroll vendor has not confirmed when its test environment is ready.
"""
BILLING = """Stakeholder: Cosmin Adeyemi-Laird, Head of Member Services
| Date | Kind | Notes |
|---|---|---|
| 2027-04-02 | call | The phone lines were down for two hours; Brellow telecom's exchange fault. Cosmin: "Not your fault, and you kept us posted. Thanks." |
| 2027-06-10 | meeting | Cosmin: "Your team has been solid all year." |
| 2027-09-14 | meeting | 2,300 members got the renewal letter twice: our print job ran the batch twice. Cosmin: "I want the cause in writing by 30 September." |
"""


def test_the_day_of_the_pack_is_never_said_as_the_launch_date() -> None:
    part = _part(PACK, "Ingeborg wants a firm launch date for her board pack. What do I give her?", dt.date(2027, 11, 12))
    assert "I have your date" not in part.say_this and "confirm 20 January" not in part.say_this
    assert "show the board" not in part.say_this  # "her board pack" is a document she asks for, not the board as audience


def test_a_date_asked_for_an_events_pack_is_no_date_given() -> None:
    from assistant.conversation.partner_say import asks_for_a_date

    assert asks_for_a_date("I need a firm cutover date for the payroll move in the 9 March steering pack.")
    assert asks_for_a_date("Give me a go-live date before my committee meeting on 4 June.")
    assert not asks_for_a_date("Our go-live date is 2 April, as agreed.")
    assert not asks_for_a_date("Send me the cost report by 15 January.")
    part = _part(STEERING, "What do I give Fenwick for his pack?", dt.date(2027, 2, 3))
    assert "I have your date" not in part.say_this, part.say_this


def test_a_forgiven_vendor_miss_does_not_lead_when_the_question_owns_ours() -> None:
    part = _part(BILLING, "The double renewal letters were our fault, so how should I own it with Cosmin?", dt.date(2027, 9, 20))
    assert not any("third party's" in x for x in part.direct), part.direct
    assert "trusts our delivery" not in " ".join(part.direct)


def test_the_llm_engine_sends_only_material_whose_precondition_holds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.engines.llm import LLMEngine
    from assistant.schema import Hit
    from assistant.settings import Settings
    from tests.test_llm_engine import _RecordingModel

    settings = Settings(data_dir=tmp_path, llm="openai", openai_base_url="http://127.0.0.1:9/v1", max_retries=0, timeout_s=3)
    model = _RecordingModel("Ask what the partner wants to decide this year [1]. Then own the past miss before anything else [1].")
    engine = LLMEngine(settings, None, None, model=model, names=lambda: [])  # type: ignore[arg-type]  # no fallback is needed
    hits = [Hit(id="a", text="## In short\nOwn the past miss before anything else.", score=0.8,
                metadata={"ref": "knowledge/owning-past-misses.md#In short", "title": "Owning past misses"}),
            Hit(id="b", text="## In short\nAsk what the partner wants to decide this year.\n\nName the past miss first.", score=0.7,
                metadata={"ref": "knowledge/first-meetings.md#In short", "title": "First meetings"})]
    stream, final = engine.stream_answer("How do I get a new peer to see IT as more than a help desk?", hits)
    "".join(stream)
    sent = model.sent[-1]
    assert "owning-past-misses" not in sent and "Name the past miss" not in sent
    assert "decide this year" in sent
    assert "past miss" not in final().text and final().notices


def test_the_material_rejecting_the_proposal_is_a_plain_no_first() -> None:
    from assistant.conversation.verdict import material_verdict

    direct = "Speak in the partner's results: swap server counts and patch rates for what their teams can now do."
    assert material_verdict("My architects wrote a deck of server counts and patch rates for the COO. Good enough?", direct).startswith("No")
    assert material_verdict("Should I send the deck of server counts, or ask the COO first?", direct) == direct
    assert material_verdict("How do I start the deck?", direct) == direct
