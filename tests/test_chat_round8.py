"""Chat answers, round 8: an invitation or offer is accepted plainly ("yes, I'll be there on <day>"), with what the offer
asks of us in return said as ours to do; a board or executive-team question names the leadership's own targets even when
the notes list them without a number; a general question about an invitation, or about a partner asking again for work we
already sent, looks for the material written for that."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.coach_answer import Unit, situation_question, table_answer
from assistant.conversation.material_fit import retrieval_query
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.conversation.relevance import on_topic
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 16)

# Partners written for these tests (not from any evaluation set), in different note formats.
COUNCIL = """Partner: Oduya Mensah, Chief Risk Officer
2026-10-05 | Oduya said the risk register tool crashes when two people edit it.
2026-11-02 | Oduya invited me to join his risk council on 3 December to hear what the regional heads worry about.
"""
TEAM_INVITE = """Stakeholder: Linnea Berg, Head of Product
## 20 October 2026
Linnea invited our team to sit in on her roadmap reviews from January.
"""
PRESENT = """Partner: Tariq Aziz, Group Treasurer
* 2026-10-28: Tariq asked me to present at his treasury offsite on 10 December about payment fraud.
"""
CONDITIONAL = """Stakeholder: Margit Horvath, CFO
Sep 3, 2026 - Margit asked for a sizing of a new consolidation tool.
Sep 30, 2026 - My finance lead sent Margit the sizing with two options.
Oct 26, 2026 - Margit offered to champion the cheaper option at the capital committee if we send her a two-page case by mid-November.
"""
PLAIN_OFFER = """Partner: Esme Clarke, Head of HR
- 2026-10-30: Esme offered to lend us her HRIS analyst for the whole of January.
"""
LISTED_TARGETS = """Stakeholder: Viktor Sandberg, Chair of the Board
2026-09-29: Viktor said the board will judge every function on the group scorecard: energy cost, on-time delivery and employee turnover.
2026-10-19: Viktor asked me to give the board a short view of technology in February.
"""
NEXT_YEAR = """Stakeholder: Amara Obi, CEO
Oct 7, 2026 — Amara said the leadership team is judged on three things next year: recurring revenue, cash conversion and customer complaints.
"""


def _part(notes: str, question: str) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY)


def _all(part: PartnerAnswer) -> str:
    return " ".join([*part.direct, part.say_this, part.question_back])


def test_an_invitation_to_the_cio_is_accepted_plainly_with_its_day() -> None:
    part = _part(COUNCIL, "What should I say to Oduya?")
    assert "Thank you: yes, I'll be there on 3 December." in part.say_this, part.say_this
    assert "would like to" not in _all(part) and "Who on your team" not in part.question_back, _all(part)
    assert "join Oduya on 3 December" in part.question_back, part.question_back


def test_an_invitation_to_present_and_one_to_the_team_keep_their_own_yes() -> None:
    present = _part(PRESENT, "What do I tell Tariq?")
    assert "Thank you: yes, I'll do it on 10 December." in present.say_this, present.say_this
    team = _part(TEAM_INVITE, "How do I answer Linnea?")
    assert "Thank you: yes, we'll be there." in team.say_this and "would like to" not in team.say_this, team.say_this
    assert "Who on your team" in team.question_back


def test_an_offer_with_a_condition_is_accepted_and_the_condition_is_ours_to_do() -> None:
    part = _part(CONDITIONAL, "What should I do next with Margit?")
    said = _all(part)
    assert "Thank you: yes, we'll send you a two-page case by mid-November." in said, said
    assert "who on your team will send her a two-page case" in said, said
    assert part.question_back.startswith("Who on your team will send her a two-page case by mid-November, and has"), part.question_back
    assert "When do you need it?" not in part.say_this  # the note already gives the time
    assert "sizing" not in part.say_this and "would like to say yes" not in said


def test_a_plain_offer_gets_a_plain_yes() -> None:
    part = _part(PLAIN_OFFER, "How should I respond to Esme?")
    assert "Thank you: yes, we'll take you up on it." in part.say_this, part.say_this
    assert "would like to" not in part.say_this


def test_a_board_question_names_targets_listed_without_a_number() -> None:
    part = _part(LISTED_TARGETS, "What should I show the board about technology in February?")
    assert "energy cost, on-time delivery and employee turnover" in part.direct[0], part.direct
    assert part.say_this.startswith("Thank you: yes, I'll do it. I'd like to show the board"), part.say_this  # his request, accepted
    assert "energy cost" in part.say_this, part.say_this
    assert "staff" not in _all(part)


def test_things_the_leadership_is_judged_on_next_year_are_named_without_the_count() -> None:
    part = _part(NEXT_YEAR, "What should I say to the leadership team about IT's value?")
    assert "recurring revenue, cash conversion and customer complaints" in part.say_this, part.say_this
    assert "three things" not in _all(part), _all(part)


def test_general_invitation_and_asked_again_questions_look_for_their_own_material() -> None:
    invited = "How do I answer a partner who invited me to their quarterly business review?"
    assert "how to answer an invitation" in retrieval_query(invited)
    assert "which one thing will you bring" in situation_question(invited)
    again = "The head of sales keeps asking for a sizing we already sent. What do I do?"
    assert "asks again for something you already delivered" in retrieval_query(again)
    assert "reach the person who has to decide" in situation_question(again)
    earn = "How do I get invited into the business strategy discussions?"  # earning an invitation is a strategy question
    assert "how to answer an invitation" not in retrieval_query(earn) and "which one thing" not in situation_question(earn)


def test_a_question_about_one_business_partner_reads_the_partner_row_of_a_who_sees_what_table() -> None:
    table = Unit(heading="Who sees what", text="| audience | what they see |\n|---|---|\n| board | three outcomes |\n"
                 "| each business partner | the outcome metrics agreed with them |\n| delivery teams | their own service metrics |", hit_rank=0,
                 is_list=False)
    row, unit = table_answer("Which numbers should I show our head of procurement?", [table])
    assert row == "What each business partner should see: the outcome metrics agreed with them." and unit is table
    assert table_answer("What should I show the board?", [table])[0] == "What the board should see: three outcomes."


ASKED_AGAIN_NOTES = """Stakeholder: Yara Haddad, Head of Customer Care
12 Aug 2026: Yara asked for a cost estimate of a callback system for the care line.
3 Sep 2026: Jonas on my team sent Yara the callback estimate — 60k to build, live in ten weeks.
21 Oct 2026: Yara asked again for the callback estimate; her new deputy cannot find it.
2 Nov 2026: Yara asked for a cost estimate of a chatbot for billing questions.
"""


def test_delivered_work_asked_for_again_is_said_as_sent_and_resent_not_promised() -> None:
    part = _part(ASKED_AGAIN_NOTES, "What should I do about the callback estimate Yara wants?")
    said = _all(part)
    assert "asks again for what your notes show we delivered on 3 September" in part.direct[0], part.direct
    assert "We sent it to you on 3 September; I'll send it again today" in part.say_this, part.say_this
    assert "checked date" not in said and "What date would make it useful" not in said, said
    newer = _part(ASKED_AGAIN_NOTES, "How do I answer Yara about the chatbot?")  # a new estimate of another thing stays a request
    assert "asks again" not in " ".join(newer.direct) and "We sent it to you" not in newer.say_this, _all(newer)


def test_a_time_anchor_names_no_topic_for_the_material() -> None:
    question = "What should I settle with Odile before the planning round?"
    assert not on_topic(question, "Planning a roadmap with a partner", ["Odile"])
    assert situation_question("What must I finish with Ravi ahead of the budget cycle?") == ""
    assert situation_question("Ravi says the budget is too big. What do I say?") != ""  # a budget question still is one
    assert on_topic("How do I prepare the planning round with Odile?", "Planning a roadmap with a partner", ["Odile"])

