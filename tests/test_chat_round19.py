"""Chat answers, round 19: the chat reads the plan engine's typed miss (who caused it, whether it is closed) instead of
deciding it again from the words; the closure cues are the plan engine's; a date in the question is read by the notes'
own date reader (29 February included); and a line to say that carries a note's third person is left out, not offered."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.partner_facts import split_dated_bullets
from assistant.conversation.say_guard import stitched
from assistant.planning.situation import Situation, build_situation
from assistant.text.notes_format import parse_notes_text

# Partners written for these tests (not from any evaluation set), in different note formats.
LEAP = """Partner: Wilhelmina Okafor, Head of Claims
2027-10-04 - Wilhelmina asked whether the new claims portal could take photo uploads before the spring storm season.
2027-11-15 - Our portal lead Dariusz estimates eight weeks of work to add photo uploads, once the storage contract is signed.
"""
HIRED = """Partner: Greta Lindqvist, Head of Facilities
* 2027-08-02 Meeting: site move
Greta wants the new office wired and live by 1 October.
* 2027-09-20 Other
Our own cabling contractor, Brightwell, was three weeks late with the site survey, so the go-live slipped to 22 October.
* 2027-10-25 Meeting
Greta: "Three weeks of people sitting on boxes. I expected better from you."
Greta asked for a move plan for the second floor by 30 November.
"""
HOSTED = """Partner: Anselm Duarte, Director of Admissions
From: CIO
Date: 2027-03-08
Subject: applicant portal
The applicant portal was offline for most of 6 March after Corvina Cloud, our hosting provider, lost a storage array.
From: Anselm Duarte
Date: 2027-03-09
Subject: RE: applicant portal
Anselm: "Two hundred applicants missed the upload deadline. I don't care whose servers they were."
From: Anselm Duarte
Date: 2027-04-20
Subject: open day
The Corvina outage? Ancient history now. Let's talk about the open day.
From: Anselm Duarte
Date: 2027-05-03
Subject: open day
Anselm asked for a live applications counter for the open day by 12 June.
"""
PRAISE = """Partner: Oskar Brennan, Finance Director
12 Sep 2027 - Oskar asked for a cost summary of the cloud move for his investment board by 20 December. We promised a first draft by 10 December. Owner: Ines.
3 Nov 2027 - Oskar said the new expenses app saved his team a day at month end.
25 Nov 2027 - Hallway: first time he has said anything kind about a system rather than its price.
"""
DRIVERS = """Partner: Wojciech Sandoval, Head of Transport
| Date | Note |
|---|---|
| 2027-09-14 | Wojciech said 30% of new drivers quit in their first six months and "no one can tell me why". |
| 2027-10-05 | Wojciech asked for the driver app rollout to the Leeds depot by the end of January. |
"""


def _sit(notes: str, today: dt.date) -> Situation:
    parsed = parse_notes_text(notes)
    return build_situation(split_dated_bullets(parsed.notes), parsed.partner or "", [], today)


def _part(notes: str, question: str, today: dt.date) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")


def test_a_date_on_29_february_is_read_by_the_notes_date_reader() -> None:
    part = _part(LEAP, "Can we promise Wilhelmina photo uploads by 29 February?", dt.date(2027, 12, 1))
    assert part.direct[0].startswith("Yes"), part.direct
    assert "29 February 2028" in part.direct[0] and "eight weeks" in part.direct[0], part.direct
    assert part.direct[0].count("29 February") == 1, part.direct  # a date asked without an event is named once


def test_a_firm_we_hired_is_ours_to_own_as_the_plan_engine_types_it() -> None:
    sit = _sit(HIRED, dt.date(2027, 11, 10))
    assert any(i.kind == "miss" and i.owner == "us" for i in sit.items), [(i.kind, i.owner) for i in sit.items]
    part = _part(HIRED, "Should I apologise to Greta for the Brightwell delay?", dt.date(2027, 11, 10))
    text = " ".join(part.direct) + " " + part.say_this
    assert "not ours" not in text and "Brightwell's" not in text, text
    assert part.direct[0].startswith("Yes"), part.direct


def test_a_named_provider_told_with_what_it_is_is_a_third_party_in_the_plan_engine() -> None:
    sit = _sit(HOSTED, dt.date(2027, 5, 20))
    misses = [i for i in sit.items if i.kind == "miss"]
    assert misses and all(i.owner == "third_party" for i in misses), [(i.owner, i.quote) for i in misses]


def test_a_complaint_just_after_an_outside_outage_is_that_same_event() -> None:
    sit = _sit(HOSTED, dt.date(2027, 5, 20))
    complaint = next(i for i in sit.items if i.kind in ("miss", "noted_miss") and "Two hundred" in i.quote)
    assert complaint.owner == "third_party", complaint


def test_the_plan_engines_closure_cues_close_a_third_partys_miss() -> None:
    part = _part(HOSTED, "Should I mention the Corvina outage to Anselm, or is that behind us?", dt.date(2027, 5, 20))
    assert part.direct[0].startswith("No, leave it out"), part.direct
    assert "Ancient history" in part.direct[0], part.direct
    assert "sorry" not in part.say_this.lower(), part.say_this


def test_the_cios_own_remark_is_never_read_out_as_the_line() -> None:
    part = _part(PRAISE, "Oskar wants the cloud cost summary for his investment board. How do I answer him?", dt.date(2027, 12, 1))
    assert "he has said" not in part.say_this and "first time" not in part.say_this.lower(), part.say_this


def test_others_in_the_notes_are_never_turned_into_you() -> None:
    part = _part(DRIVERS, "What should I prepare for my meeting with Wojciech?", dt.date(2027, 11, 20))
    assert "your first six months" not in part.say_this, part.say_this


def test_the_guard_reads_meaning_not_phrases() -> None:
    sit = _sit(DRIVERS, dt.date(2027, 11, 20))
    assert stitched("You told me 30% of new drivers quit in your first six months.", sit)
    assert not stitched("You told me 30% of new drivers quit in their first six months.", sit)
    assert not stitched("You asked for the driver app rollout to the Leeds depot by the end of January.", sit)
    praise = _sit(PRAISE, dt.date(2027, 12, 1))
    assert stitched("On our work: first time he has said anything kind about a system rather than its price.", praise)
    assert not stitched("Oskar told me the new expenses app saved his team a day at month end.", praise, to_partner=False)


def test_a_new_person_the_question_introduces_gets_a_first_meeting_not_a_generic_preparation() -> None:
    from assistant.conversation.new_partner import new_partner_part

    part = new_partner_part("Our new Chief Supply Officer, Leocadia, joins in April after ten years at a rival grocer. "
                            "I have never met her. How should I approach our first conversation?")
    assert part is not None and part.partner == "Leocadia", part
    text = " ".join(part.direct)
    assert "Leocadia" in text and "listening" in text and "Chief Supply Officer" in text, text
    assert "notes and the promise ledger" not in text and "?" in part.say_this, part.say_this
    plain = new_partner_part("Tell me how to approach our new procurement policy with the finance team.")
    assert plain is None


def test_a_newcomer_from_another_company_is_asked_about_it_not_guessed() -> None:
    from assistant.conversation.new_partner import new_partner_part

    part = new_partner_part("Hamish Oduya, our new Head of Field Service, starts Monday; he comes from a competitor. How do I approach him?")
    assert part is not None and part.partner == "Hamish Oduya", part
    assert any("formed elsewhere" in x for x in part.direct[:2]), part.direct


SEASON = """Partner: Ottilie Brandauer, Head of Parks Operations
* 2027-01-12 call
Ottilie asked for Wi-Fi at the three lakeside kiosks to be ready for the summer season; the date she gave is 2 June.
* 2027-02-03 meeting
Ottilie spoke mostly about ticket queues at the north gate.
"""


def test_a_date_the_partner_already_gave_is_never_asked_for_again() -> None:
    part = _part(SEASON, "I see Ottilie on Friday. What do I open with?", dt.date(2027, 2, 20))
    assert "What date would make it useful" not in part.say_this, part.say_this
    assert "2 June" in part.say_this, part.say_this


def test_what_the_partner_thinks_of_it_is_answered_with_the_reading_first() -> None:
    from assistant.schema import Assessment

    parsed = parse_notes_text(SEASON)
    read = Assessment(partner=parsed.partner, dependence="T", competence="proven", quadrant="utility", confidence=0.6)
    for question in ("What does Ottilie actually think of IT?", "Does Ottilie trust our team?"):
        part = partner_answer(question, parsed.partner or "", parsed.notes, read, [], dt.date(2027, 2, 20), "", parsed.role or "")
        assert "plumbing" in part.direct[0] and "trusts our delivery" in part.direct[0], (question, part.direct)


TOLLS = """Partner: Benedikt Aalders, Finance Director
2027-02-02 email from Benedikt: I want our IT cost per employee next to two other toll-road operators by 15 March for the finance committee. If we are above them I will ask for an 8% cut.
2027-02-10 call: promised him a first draft by 8 March. Owner: Saskia.
"""


def test_a_cut_the_cio_wants_to_stay_out_of_is_not_taken_as_given() -> None:
    part = _part(TOLLS, "Benedikt wants a cost comparison for his finance committee. How do I answer without walking into an 8% cut?",
                 dt.date(2027, 2, 20))
    text = " ".join(part.direct)
    assert "as given" not in text, text
    assert "what stops, what slips" not in text, text


VETTING = """Partner: Marisol Quintero, Head of E-commerce
2027-03-01 meeting: Marisol asked us to review the security of Tallowmere, the checkout vendor she wants to sign.
2027-03-15 email: Our security team sent Tallowmere a 60-question assessment form.
2027-03-29 call: Marisol said the form is "a polite way of saying no". She asked what IT needs from Tallowmere by 12 April.
"""


def test_work_sent_to_an_outside_firm_is_no_result_for_the_partner() -> None:
    part = _part(VETTING, "What should I prepare for my meeting with Marisol?", dt.date(2027, 4, 2))
    text = " ".join(part.direct)
    assert "what we delivered" not in text and "Build on" not in text, text
    assert "12 April" in text, text


MANAGED = """Partner: Ruth Abernethy-Koh, Head of Member Services
03/05/2027 email: outage
The booking engine (Quillon, provider-managed) was unavailable for a whole Saturday after Quillon's botched upgrade. Ruth asked us to chase them.
21/05/2027 meeting
We got Quillon to move upgrades to weeknights. Ruth: "You kept on at Quillon until they moved. It's settled as far as I'm concerned."
18/06/2027 meeting
Ruth asked for a member app login with the same password as the website, by 1 September.
"""


def test_a_provider_managed_service_and_its_later_closure_are_read_by_the_plan_engine() -> None:
    sit = _sit(MANAGED, dt.date(2027, 7, 1))
    outage = next(i for i in sit.items if i.kind == "miss")
    assert outage.owner == "third_party", outage
    part = _part(MANAGED, "Should I bring up the Quillon outage with Ruth, or is it behind us?", dt.date(2027, 7, 1))
    assert part.direct[0].startswith("No, leave it out"), part.direct
    assert "settled" in part.direct[0], part.direct


PORTAL = """Partner: Idris Vanterpool, Head of Purchasing
2027-01-11: We promised Idris the supplier catalogue would go live on 1 March.
2027-03-02: The supplier catalogue missed its go-live; our load testing ran over.
"""


def test_our_own_work_that_ran_late_is_ours_whatever_system_it_names() -> None:
    sit = _sit(PORTAL, dt.date(2027, 3, 10))
    miss = next(i for i in sit.items if i.kind == "miss")
    assert miss.owner == "us", miss
    part = _part(PORTAL, "We missed the go-live for Idris's portal. What do I say to him?", dt.date(2027, 3, 10))
    assert "third party" not in " ".join(part.direct), part.direct
