"""Chat answers, round 23: a general question is answered from the page written for its situation (new in the role, the
board asking what technology is worth, relationship managers, staff telling different value stories), its first sentence
answering the question; "should I tell the partner how their move landed with us?" is answered "not first", from the
partner's open request and our miss, never with a refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.conversation.chat import OfflineAnswerer
from assistant.conversation.general_situation import situation
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.paths import KNOWLEDGE_DIR
from assistant.retrieval.embeddings import shared_embedder
from assistant.retrieval.knowledge import chunk_doc, load_knowledge
from assistant.schema import Hit
from assistant.text.notes_format import parse_notes_text


@pytest.fixture(scope="module")
def answer():  # type: ignore[no-untyped-def]
    embed = shared_embedder().embed
    chunks = [c for d in load_knowledge(KNOWLEDGE_DIR).docs for c in chunk_doc(d)]
    vectors = embed([c.text for c in chunks])

    def ask(question: str):  # type: ignore[no-untyped-def]
        sims = vectors @ embed([question])[0]
        hits = [Hit(id=chunks[i].id, text=chunks[i].text, score=float(sims[i]), metadata=chunks[i].metadata) for i in sims.argsort()[::-1][:8]]
        return OfflineAnswerer(embed).answer(question, hits)

    return ask


@pytest.mark.parametrize("question, name", [
    ("After a year acting as head of technology I was confirmed in the job two weeks ago. Do I open with a strategy deck for the "
     "leadership team or meet each of them on their own?", "new_in_role"),
    ("I've just been appointed CIO at a logistics firm. What should my first 90 days look like with the other executives?", "new_in_role"),
    ("The CEO keeps asking me to justify our technology spend to the board. Do I show how we compare with other insurers?", "board_value"),
    ("Should I put a business relationship manager into each region, or keep seeing the regional heads myself?", "relationship_managers"),
    ("My managers each gave a different answer when I asked what IT contributes here. Where do I start?", "staff_value_story"),
    ("Our CFO says IT costs too much. What do I say?", ""),
])
def test_the_situation_is_read_from_the_whole_question(question: str, name: str) -> None:
    assert situation(question) == name


def test_new_in_role_choice_is_answered_in_the_first_sentence(answer) -> None:  # type: ignore[no-untyped-def]
    a = answer("After a year acting as head of technology I was confirmed in the job two weeks ago. Do I open with a strategy "
               "deck for the leadership team or meet each of them on their own?")
    first = a.direct.split(":")[0].lower()
    assert "one-to-ones" in first and "rather than" in first
    assert "utility" not in a.text.lower()
    assert "peers" in a.question_back or "peer" in a.question_back


def test_board_asking_what_it_gets_is_told_no_to_a_benchmark(answer) -> None:  # type: ignore[no-untyped-def]
    a = answer("The chair asked what the group gets for its technology spend. Should I open with a cost benchmark against competitors?")
    assert a.direct.startswith("No. Lead with what the business got")
    assert "uptime" not in a.direct.lower()


def test_relationship_managers_keep_the_senior_relationships_with_the_cio(answer) -> None:  # type: ignore[no-untyped-def]
    a = answer("Should I put a business relationship manager into each region, or keep seeing the regional heads myself?")
    assert a.direct.startswith("Keep the relationship with each division head yourself")
    assert a.say_this


# A partner written for this test (not from any evaluation set): a request on us, a miss of ours, an escalation.
ESCALATED = """Partner: Ingrid Vasquez-Thorne, Director of Clinical Operations
Hospital group, four sites.

14/08/2027 - steering minutes
- Ingrid: theatre scheduling must show live bed availability before the winter surge.
- Action: bed feed into the scheduling screen | Owner: Ravindra | Due 30/09/2027

02/10/2027 - checkpoint
- We missed the 30 September date; two of four sites are live. Ravindra says 12 November for the rest.

05/10/2027 email
Ingrid wrote to the chief executive, copying me: "The bed feed is late again. I need a dated recovery plan by 20 October."
My team saw it because I had passed it on to the leads' channel.
"""


def _part(notes: str, question: str, today: dt.date) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], today, "", parsed.role or "")


def test_passing_on_our_hurt_is_not_first_and_not_a_refusal() -> None:
    part = _part(ESCALATED, "Should I let Ingrid know my team felt blindsided by her e-mail to the chief executive?", dt.date(2027, 10, 8))
    said = " ".join(part.direct)
    assert part.direct and part.direct[0].startswith("Not as a complaint")
    assert "recovery plan" in said or "ours" in said
    assert "directly next time" in said
    assert "blindsided" not in part.say_this


# A partner written for this test: an offer of people, already taken up, and one where it is still only an offer.
LENT = """Partner: Tobias Alvarenga-Kim, Head of Pricing
Notes in my own shorthand.

2027-02-03 (coffee) Tobias said: "Have Mirela, my sharpest pricing analyst, three days a week until June if it gets us one margin view."
2027-02-10 (email) We agreed. Mirela joins Oskar's reporting squad on 1 March, Mondays to Wednesdays, until 30 June.
2027-04-02 (call) Tobias asked whether the margin view could also cover the export price list before the summer review.
"""
NOT_YET = """Partner: Tobias Alvarenga-Kim, Head of Pricing

2027-02-03 (coffee) Tobias offered to lend us Mirela, his sharpest pricing analyst, three days a week until June.
2027-02-20 (call) Tobias asked whether the margin view could cover the export price list too.
"""


def test_an_offer_already_taken_up_is_not_answered_as_a_new_one() -> None:
    part = _part(LENT, "Tobias offered to lend us one of his pricing analysts. Should I take him up on it at our review on Friday?",
                 dt.date(2027, 4, 12))
    assert part.direct[0].startswith("You already took Tobias up on it")
    assert "Mirela joins" in part.direct[0]
    assert any("export price list" in x for x in part.direct[1:])  # what is still open follows


def test_an_offer_not_yet_taken_gets_no_such_verdict() -> None:
    part = _part(NOT_YET, "Tobias offered to lend us one of his pricing analysts. Should I take him up on it?", dt.date(2027, 2, 25))
    assert not any(x.startswith("You already took") for x in part.direct)


def test_a_shaped_answer_from_the_notes_shows_where_the_material_is_silent() -> None:
    from assistant.conversation.chat import NOTHING_FOUND, Answer, with_partner

    question = "Should I let her know my team felt blindsided by that e-mail?"
    part = _part(ESCALATED, question, dt.date(2027, 10, 8))
    merged = with_partner(Answer(text=NOTHING_FOUND, sources=[], grounded=False), part, "", question)
    assert merged.text.startswith("Not as a complaint")


def test_what_to_tell_my_own_team_is_not_a_grievance_question() -> None:
    from assistant.conversation.grievance import asks_grievance

    assert not asks_grievance("She escalated over my head and my team feels blindsided. What do I tell them?")
    assert asks_grievance("Do I tell him my engineers felt undermined when he went to the board?")
