"""The last guard on a spoken line (spoken_guard): invented good and bad sentences. A bad one is named, a good one
passes; the marks that can be mended without guessing are mended."""

from __future__ import annotations

import pytest

from assistant.planning.spoken_guard import one_voice, repair_spoken, spoken_fault, voices_of, whole_dates, yes_thing

BAD = [
    "Yes: I'll be at the spring sales kick-off on 9 March 2027 —.",
    "You want a second tester on the billing squad from February —: what would help?",
    "Yes to the on the Data Council seat.",
    "Give Noor a plain yes to the of the pricing panel.",
    "We will send a the draft by Friday.",
    "Yes to the confirming who sits on the panel.",
    "Yes to the deciding whether the pilot runs.",
    "Agree the getting the vans out by six.",
    "You want me to the invoices to go out on day one.",
    "She needs us to the portal to stay up.",
    "You asked for a signed quote by 14: what should our answer include?",
    "You asked for the costed plan before 3.",
    "What does Ing need from us?",
    "Mag's team wants the report.",
    "People who matter: Dipl.-Ing (his boss).",
    "What would Dr need before the board?",
    "We will bring the the figures.",
    "Our answer comes by by 12 January.",
    "On 3 May you asked: “Let me get you a price.”",
    "You asked: “I'll send the numbers tomorrow.”",
    "Yes to the seat on,",
    "Confirm the date with Arjun:",
    "You told me the rollout was late, :",
    "Tell her the figures are ready —",
    "Yes to the planning who leads it.",
    "Yes to the platform estimate and confirming who co-presents at the retreat.",
    "The panel wants Prof (the chair) there.",
    "Your answer goes to a to the board.",
    "You want our draft of the case by the same date.",
    "Yes to your offsite invitation and agree the migration plan.",
]
GOOD = [
    "Yes: I'll speak at the spring sales kick-off on 9 March 2027.",
    "Yes to the Data Council seat.",
    "Yes to the meeting the board asked for.",
    "We will send the draft by Friday.",
    "You want the invoices to go out on day one.",
    "You asked for a signed quote by 14.01: what should our answer include?",
    "You asked for the costed plan by 3 February.",
    "What does Dr. Amara Osei need from us?",
    "Mag. Petra Huber chairs the panel.",
    "Dipl.-Ing. Karl Vogt wants the figures by Friday.",
    "Prof. dr. Lotte Jansen leads the review.",
    "We met at 11:30 and agreed the plan.",
    "The pilot ran on the training wards in May.",
    "Yes to the steering group seat and the pilot funding.",
    "That that was late is not in question.",
    "She asked us to the dinner on 4 March.",
    "Thank you for the briefing you sent.",
    "Your request of 24 November: my answer comes by 11 December.",
    "A to-do list went out on Monday.",
    "What are you waiting for?",
    "Our part, with an owner and a date, reaches you before 15 December.",
    "You asked: “Can you get me a number by 11.12?”",
    "The recording the team made is on the drive.",
    "Agree the scope of the pricing review with Hana.",
    "You want the draft by 12 March; the board meets on the same day.",
    "Yes to your offsite invitation and to the pilot funding.",
]


@pytest.mark.parametrize("sentence", BAD)
def test_a_stitched_line_is_named(sentence: str) -> None:
    assert spoken_fault(repair_spoken(sentence)) or repair_spoken(sentence) != sentence, sentence


@pytest.mark.parametrize("sentence", GOOD)
def test_a_line_a_person_says_passes(sentence: str) -> None:
    assert spoken_fault(sentence) == "", (sentence, spoken_fault(sentence))
    assert repair_spoken(sentence) == sentence


def test_a_hanging_dash_and_a_date_before_its_noun_are_mended() -> None:
    assert repair_spoken("Yes: I'll be at the away day on 2 March 2027 —.") == "Yes: I'll be at the away day on 2 March 2027."
    assert repair_spoken("What would make your 6 November offer work for you?") == "What would make your offer of 6 November work for you?"
    assert repair_spoken("Yes to your offsite invitation and agree the migration plan.") == "Yes to your offsite invitation."
    assert repair_spoken("You want an analyst for six months from April —: what would help?") == "You want an analyst for six months from April: what would help?"


def test_a_dotted_or_slashed_date_cut_from_its_span_is_made_whole() -> None:
    assert whole_dates("a price and a date by 14", "I need a price and a date by 14.01. The budget closes then.") == "a price and a date by 14.01"
    assert whole_dates("the plan by 3", "Send the plan by 3/2/2027 please.") == "the plan by 3/2/2027"
    assert whole_dates("the plan by 3 March", "the plan by 3 March.") == "the plan by 3 March"
    assert whole_dates("two screens", "two screens.") == "two screens"


def test_a_yes_names_only_what_was_offered_and_reads_whole() -> None:
    offer = "She offered us a seat on the Data Council from January."
    assert yes_thing("on the Data Council seat and the 2027 roadmap", offer) == "the Data Council seat"
    assert yes_thing("the on the Data Council seat and the 2027 roadmap", offer) == "the Data Council seat"
    assert yes_thing("the estimate and confirming who co-presents at the retreat", offer) == ""
    assert yes_thing("the confirming who sits on the panel", offer) == ""
    assert yes_thing("confirming who co-presents at the retreat", None) == ""
    assert yes_thing("the Data Council seat", offer) == "the Data Council seat"


def test_a_quotation_is_one_voice() -> None:
    voices = voices_of([("Leave it with me, I'll get you a price.", "us"), ("I need a price and a date by 14.01.", "partner")])
    line = "On 3 May you asked: “Leave it with me, I'll get you a price. I need a price and a date by 14.01.”"
    assert one_voice(line, voices) == "On 3 May you asked: “I need a price and a date by 14.01.”"
    alone = "You said: “Leave it with me, I'll get you a price.”"
    assert one_voice(alone, voices) == alone  # one sentence: left for the other checks
