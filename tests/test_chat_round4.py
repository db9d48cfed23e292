"""Chat answers, round 4: for a selected partner every sentence comes from a typed fact whose meaning fits it.

A delivered request is built on, never treated as open; praise is the proof of trust; a forgiven miss or a vendor's
miss gets no apology; an invitation is answered as one; a dated need and our overdue promise lead the answer; the line
to say and the question back are about the item the answer leads with; a general sentence from a document is not
added where the notes give something to act on. The partners here are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from assistant.conversation.chat import Answer, with_partner
from assistant.conversation.coach_answer import Unit, rank_units, retrieval_query, say_this
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.schema import Assessment, Evidence
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 9, 14)


def _part(notes: str, question: str, assessment: Assessment | None = None) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, assessment, [], TODAY)


def _all(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, part.say_this, part.question_back])


def _flat(texts: list[str]) -> np.ndarray:
    return np.ones((len(texts), 4)) / 2.0


WENT_LIVE = """Stakeholder: Rafael Costa, Head of Logistics

12/05/2026 - meeting
Rafael asked us for a route-planning screen for the night drivers.

30/06/2026 - email
The route-planning screen went live on 26 June. Rafael thanked the team and said late deliveries fell by a fifth.

02/09/2026 - call
Rafael wants fuel cost per drop down 8% by March.
"""


def test_a_request_the_notes_show_delivered_is_built_on_not_asked_for_again() -> None:
    part = _part(WENT_LIVE, "How should I open my next meeting with Rafael?")
    text = _all(part)
    assert "went live on 26 June" in text and "late deliveries fell by a fifth" in text, text  # the win, in the notes' words
    assert "request of" not in text and "What date would make it useful" not in text, text
    assert part.actionable and "fuel cost per drop" in part.question_back, part.question_back  # the question back is about his goal


INVITED = """Stakeholder: Mette Berg, Chief Financial Officer
- 03 Jun 2026: Mette told the executive team that IT "delivered exactly what they promised" on the invoice matching.
- 15 Jul 2026: Mette asked our team to join her quarterly forecast reviews from October.
- 01 Sep 2026: Mette said she wants days sales outstanding below 40 by year end.
"""


def test_praise_is_the_proof_of_trust_and_an_invitation_is_answered_as_one() -> None:
    a = Assessment(partner="Mette Berg", dependence="unknown", competence="proven", quadrant="unknown", confidence=0.4,
                   evidence=[Evidence(quote="Mette asked our team to join her quarterly forecast reviews from October.", date="2026-07-15", axis="competence")])
    part = _part(INVITED, "What should I focus on with Mette this quarter?", a)
    text = " ".join(part.direct)
    assert "trusts our delivery" in text and "delivered exactly what they promised" in text, text
    assert "invitation of 15 July" in text, text
    assert "What date would make it useful" not in part.say_this and "Thank you" in part.say_this, part.say_this
    assert "invitation of 15 July" in part.question_back, part.question_back


FORGIVEN = """Stakeholder: Tariq Aziz, VP Sales

## 2026-06-03 meeting
The quoting tool was down for a day in May because of our certificate change. Tariq was furious.

## 2026-07-21 call
Tariq said the quoting outage is forgotten and our recovery was handled well. He asked us for a renewal-risk list by account.
"""


def test_a_forgiven_miss_is_not_reopened_and_gets_no_apology() -> None:
    part = _part(FORGIVEN, "How do I open the meeting with Tariq after the quoting outage?")
    text = _all(part)
    assert not part.has_miss and part.no_apology
    assert "still weighs" not in text and "on us" not in text and "own it" not in text, text
    assert part.direct[0].startswith("Tariq has already moved on"), part.direct
    assert "renewal-risk list" in text, text
    material = Answer(text="", direct="Raise the miss before the partner does, and own it plainly. [1]",
                      say_this="We missed the date we gave you, and that is on us.", grounded=True,
                      passages=[("Say it early: “That outage was on us.” [1]", 1)])
    merged = with_partner(material, part, "", "How do I open the meeting with Tariq after the quoting outage?")
    assert "on us" not in merged.text and "Raise the miss" not in merged.text, merged.text
    other = Answer(text="", direct="Use the partner's own description of the system wherever you can, not its internal name. [1]", grounded=True)
    merged = with_partner(other, part, "", "How do I open the meeting with Tariq after the quoting outage?")
    assert "internal name" not in merged.direct, merged.direct  # the notes answer the miss question: no apology, start with his ask


VENDOR = """Stakeholder: Sunita Rao, Plant Director

From: Sunita Rao
Sent: 2 September 2026
Subject: line 3
The label printers on line 3 stopped for four hours. The supplier's driver update failed; their field engineer confirmed it.
Can you get the supplier to send a root-cause report by 18 September?
"""


def test_a_vendors_miss_is_not_apologised_for_and_her_ask_leads() -> None:
    part = _part(VENDOR, "Should I apologise to Sunita for the label printers?")
    text = _all(part)
    assert "third party's, not ours" in part.direct[0], part.direct
    assert "on us" not in text and "I own it" not in text, text
    assert "18 September" in part.say_this and "18 September" in part.question_back, (part.say_this, part.question_back)


NEED = """Stakeholder: Lotte de Vries, Head of Customer Care

14 August 2026 — call
Lotte: "I need the repeat-contact report in my inbox by 30 September, before the board review."
"""


def test_a_dated_need_in_the_partners_words_is_the_open_item() -> None:
    part = _part(NEED, "What should I do first with Lotte?")
    assert part.direct[0].splitlines()[1].startswith("1. Confirm Lotte's request of 14 August"), part.direct  # "what should I do": first steps
    assert "30 September" in part.say_this and "you said" in part.say_this, part.say_this
    assert "30 September holds" in part.question_back, part.question_back


ACTIONS = """Stakeholder: Yusuf Demir, Head of Product

Minutes - product and IT steering, 2026-08-18
| Action | Owner | Due |
| Feature-flag service for the web shop | IT (Kemal) | 2026-09-04 |
| Experiment backlog | Product (Yusuf) | 2026-09-11 |
"""


def test_our_overdue_action_is_reported_with_the_date_the_minutes_give() -> None:
    part = _part(ACTIONS, "What can I promise Yusuf at Thursday's steering?")
    text = _all(part)
    assert "due on 4 September" in text and "9 April" not in text, text
    assert text.count("report on our promise") + text.count("Our promise of") == 1, part.direct  # said once, not twice
    assert "Feature-flag service for the web shop" in part.say_this and "Kemal" in part.say_this, part.say_this
    assert "Kemal" in part.question_back, part.question_back


def test_no_general_document_sentence_where_the_notes_give_something_to_act_on() -> None:
    part = _part(VENDOR, "What should I prepare for my call with Sunita?")
    material = Answer(text="", direct="Read your notes and the promise ledger again before the meeting, and place the partner on both axes. [1]",
                      grounded=True)
    merged = with_partner(material, part, "", "What should I prepare for my call with Sunita?")
    assert "promise ledger again" not in merged.direct and "18 September" in merged.direct, merged.direct


def test_a_line_with_another_cios_history_is_not_a_line_to_say() -> None:
    unit = Unit('Admit what is true: "You are right that the close has been disrupted twice this year, and here is what we are changing."',
                0, "How to answer in business terms", False)
    assert say_this(_flat, "How do I answer a CFO who says IT costs too much?", [unit]) == ""


def test_a_section_for_one_case_does_not_lead_a_general_question() -> None:
    case = Unit("Sometimes the failure was shared. Own your part and leave the rest for a calmer day.", 0, "When the miss was not really IT's", False)
    general = Unit("Offer one small commitment instead of a big recovery plan. Confirm it in writing the same day.", 1, "Why small commitments work", False)
    ranked = rank_units(_flat, "How do I rebuild trust after a failed ERP rollout?", [case, general], 2)
    assert ranked[0][1] is general, [u.heading for _, u in ranked]
    named = rank_units(_flat, "What if the miss was not really IT's fault?", [case, general], 2)
    assert named[0][1] is case  # the question names that case


def test_a_strategy_question_finds_the_material_on_strategy() -> None:
    from assistant.paths import KNOWLEDGE_DIR
    from assistant.retrieval.embeddings import shared_embedder
    from assistant.retrieval.knowledge import chunk_doc, load_knowledge

    wanted = ("moving-i-to-bt", "communication-plans-in-their-place", "preparing-a-partner-meeting", "following-up-a-meeting")
    docs = [d for d in load_knowledge(KNOWLEDGE_DIR).docs if any(w in str(d.path) for w in wanted)]
    chunks = [c for d in docs for c in chunk_doc(d)]
    embed = shared_embedder().embed
    vectors = embed([c.text for c in chunks])
    question = "How do I get invited into the business strategy discussions?"
    top = chunks[int(np.argmax(vectors @ embed([retrieval_query(question)])[0]))]
    assert "moving-i-to-bt" in top.id, top.id


SUPPORT = """Stakeholder: Ilse Janssen, Chief Marketing Officer

Call transcript, 8 September 2026
Ilse: Honestly the service desk is great, my people get answers the same day.
Ilse: What I really want is to know which promotions bring back lapsed customers.
"""


def test_plain_praise_of_our_service_is_quoted_not_read_as_doubt() -> None:
    a = Assessment(partner="Ilse Janssen", dependence="I", competence="unknown", quadrant="unknown", confidence=0.3,
                   evidence=[Evidence(quote="What I really want is to know which promotions bring back lapsed customers.", date="2026-09-08", axis="dependence")])
    text = " ".join(_part(SUPPORT, "How do I get Ilse to see IT as more than support?", a).direct)
    assert "the service desk is great" in text and "praised what we delivered" in text, text
