"""Round 13 of issue #20 on new training partners 172-177 (tests/data/plan_training): whose ask it is, a plain yes to
an invitation with its day, the ask the meeting is for, and script lines a CIO can say word for word.

An ask the partner put to another department, a deputy's question and a remark about asking are not "what you asked";
"asked that it is kept between ..." is conduct, not an open item; an invitation told in our note gets "Yes: I'll ..."
with the exact thing and its day; a dated ask leads a newer undated one; a quarterly or budget review never says a line
that only announces ("Here is what we promised last quarter ..." with nothing named); the leading ask is named when its
siblings of the same day cannot be.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from plan_training_helpers import DATA, STATEMENT, TODAY, parsed, proposed

from assistant.factory import build_engine
from assistant.planning.invite_yes import invite_yes
from assistant.planning.lead_lines import our_promise
from assistant.planning.lead_replies import asked_whether, short_name
from assistant.planning.note_reading import Partner
from assistant.planning.plan_text import objection_kinds
from assistant.planning.planner import PlanInput
from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Item
from assistant.planning.whose_ask import not_theirs
from assistant.schema import Plan
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

NEW = [str(n) for n in range(172, 178)]
PURPOSE = {"172": "budget review", "173": "quarterly review", "176": "quarterly review"}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("plan-asks10"))), None)
    out = {}
    for prefix in NEW:
        p = parsed(prefix)
        assessment = engine.assess(p.notes, partner=p.partner)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, PURPOSE.get(prefix, "next regular meeting"),
                                            STATEMENT, [], TODAY))
    return out


def open_text(plan: Plan) -> str:
    return " ".join(o.text for o in plan.open_items)


def test_there_are_six_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("From: Tariq Nwosu", "03/10/2026 depot visit", "[10:03] Helena Brookes:", "Minutes - warehouse review", "CIO journal"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- 1: whose ask it is ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "words"), [
    ("172", ["procurement", "printer", "Noor", "boiler", "floor plates"]),
    ("174", ["Marketing", "e-mail tool", "anything beyond laptops"]),
])
def test_asks_put_to_others_someone_elses_or_remarks_are_not_open_items(plans: dict[str, Plan], prefix: str, words: list[str]) -> None:
    plan = plans[prefix]
    said = " ".join([plan.one_thing, *plan.script, open_text(plan)])
    for word in words:
        assert word not in said, (word, said)


@pytest.mark.parametrize(("sentence", "theirs"), [
    ("He has asked procurement to review the cleaning contract.", False),
    ("She's asked Finance for a second quote; she didn't ask us.", False),
    ("Jonas is keener than Maria: he asked whether we could forecast the queue.", False),
    ("Maria asked whether we could forecast the queue.", True),
    ("Asked for the queue forecast by Friday.", True),
    ("First time she has asked us for anything that isn't a laptop.", False),
])
def test_whose_ask_reads_the_sentence_not_a_name(sentence: str, theirs: bool) -> None:
    text = f"Stakeholder: Maria Lund, Head of Service\n2026-11-20 Call\n{sentence}\n"
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner"]
    assert bool(asks) is theirs, (sentence, [i.quote for i in asks])


def test_the_partners_own_words_to_our_person_stay_theirs(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Otto Brenner, Chief Financial Officer\nFrom: Otto Brenner\nSent: 2026-11-20\nSubject: Cost per head\n"
            "Anya, the board wants to see our IT cost per head against the sector. Can you send it by 11 December?\nOtto\n")
    plan = plan_text(text, TODAY)
    assert any("cost per head" in (o.quote or o.text) for o in plan.open_items), plan.open_items
    assert "cost per head" in plan.one_thing


def test_a_relayed_ask_is_not_the_partners_even_with_a_short_name() -> None:
    partner = Partner.from_name("Desmond Haugh")
    item = Item("request", "partner", "open", "Des asked me last week whether the stock system could show cover.", None, "n1",
                verb="asked", complement="me last week whether the stock system could show cover")
    assert not not_theirs(item, partner)  # "Des" is Desmond


def test_asked_that_it_is_kept_between_us_is_no_open_item(plans: dict[str, Plan]) -> None:
    plan = plans["175"]
    assert "between Ana and me" not in open_text(plan) and "audit" not in " ".join(plan.script)


# -- 2: an invitation gets a plain yes to the exact thing, with its day -------------------------------------------------

@pytest.mark.parametrize(("prefix", "line"), [
    ("173", "Yes: I'll present the fleet dashboard at the drivers' forum on 14 January."),
    ("173", "Yes: Kofi and I will be at the regional managers' day on 20 January in York, to show the app to the depot leads."),
    ("175", "Yes: I'll walk the night shift with you one evening in December to see the pick rates."),
])
def test_an_invitation_gets_a_plain_yes_to_the_exact_thing(plans: dict[str, Plan], prefix: str, line: str) -> None:
    assert line in plans[prefix].script, plans[prefix].script
    assert "Thank you for your offer" not in " ".join(plans[prefix].script)


def test_the_one_thing_for_an_invitation_says_the_yes(plans: dict[str, Plan]) -> None:
    one = plans["173"].one_thing
    assert one.startswith("Give Marta a plain yes to the invitation of 14 November: “") and "20 January" in one, one


# -- 3: the ask the meeting is for leads, named, with a date inside the partner's deadline ------------------------------

def test_a_dated_ask_leads_a_newer_undated_one_in_a_budget_review(plans: dict[str, Plan]) -> None:
    plan = plans["172"]
    assert "running cost of each of our nine sites" in plan.one_thing and "before 15 December" in plan.one_thing, plan.one_thing
    assert "running cost" in plan.script[0] and "Hi," not in plan.script[0], plan.script
    assert all(d < dt.date(2026, 12, 15) for d in proposed(plan.script[0])), plan.script[0]


def test_the_leading_ask_is_named_when_its_sibling_cannot_be(plans: dict[str, Plan]) -> None:
    script = plans["177"].script
    assert script[0].startswith("On 27 November you asked for the forecast. "), script
    assert "things you asked" not in " ".join(script)
    assert all(d < dt.date(2026, 12, 12) for d in proposed(script[0]))
    assert script[0] not in plans["177"].value_message  # the value message says the short answer, never the script line again


def test_a_whether_ask_is_said_back_to_them(plans: dict[str, Plan]) -> None:
    line = " ".join(plans["174"].script)
    assert "you asked whether we could tell you which branches lose the most members" in line, line
    assert "the members like it" not in line  # praise of the same day is no echo of the ask


# -- 4: lines a CIO can say word for word -------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["172", "173", "176"])
def test_no_purpose_line_that_only_announces(plans: dict[str, Plan], prefix: str) -> None:
    script = " ".join(plans[prefix].script)
    assert "Here is what we promised last quarter, and what we kept." not in script
    assert "Before the numbers" not in script
    assert plans[prefix].script, "a script is never empty"


def test_a_promised_label_is_said_as_our_promise() -> None:
    p = parsed("176")
    sit = build_situation(p.notes, p.partner, [], TODAY)
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us"]
    assert any(our_promise(i) == "we promised “a new rota app for the outpatient nurses by end of January”" for i in ours), \
        [(i.verb, i.complement) for i in ours]


def test_an_invitation_for_one_of_ours_is_answered_in_their_name() -> None:
    text = ("Stakeholder: Ines Varga, Head of Customer Care\n2026-11-20 catch-up\n"
            "Ines was pleased with the chat pilot. She also invited Henrik to speak at the customer forum on 14 January.\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    offers = [i for i in sit.items if i.kind == "offer"]
    assert [invite_yes(i) for i in offers] == ["Yes: Henrik will speak at the customer forum on 14 January."], [i.complement for i in offers]


# -- 5: the answer to our "What do you need from us?" is their ask --------------------------------------------------------

def test_the_answer_to_what_do_you_need_from_us_is_their_ask(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Partner: Femi Adeyemi, Director of Pricing\nTeams chat, copied\n\nMonday 16 November 2026\n"
            "Femi Adeyemi   10:02\nThe new tariff model is working, margin up two points on the pilot lines.\n"
            "Lena Brandt   10:05\nGreat result. What do you need from us?\n"
            "Femi Adeyemi   10:09\nA nightly extract of the order book for my analysts, by 11 December.\n"
            "Femi Adeyemi   10:10\nAnd someone on your side who knows the order data.\n")
    plan = plan_text(text, TODAY)
    said = " ".join([plan.one_thing, *plan.script])
    assert "nightly extract of the order book" in said and "before 11 December" in plan.one_thing, said
    assert len(plan.open_items) == 1 and "knows the order data" in plan.open_items[0].text, plan.open_items  # one answer, one ask
    assert all(d < dt.date(2026, 12, 11) for d in proposed(" ".join(plan.script)))


# -- 6: "I need <the thing> by <day>" is an ask, and "by Friday 4 December" is 4 December ---------------------------------

def test_a_needed_thing_with_its_day_is_an_ask_dated_by_its_date(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Greer Whitlock, Finance Director\nFrom: Greer Whitlock\nSent: 2026-11-23\nSubject: Board pack\n"
            "I need the licence cost per branch in the board pack by Thursday 10 December. The board meets on the 15th.\nGreer\n")
    plan = plan_text(text, TODAY)
    assert "licence cost per branch" in plan.one_thing and "before 10 December" in plan.one_thing, plan.one_thing
    assert all(d < dt.date(2026, 12, 10) for d in proposed(" ".join(plan.script))), plan.script
    assert "deadline has passed" not in " ".join(plan.script)


# -- 7: likely objections are only those the partner raised ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "kinds"), [
    ("If the benchmark comes out of some supplier's glossy vendor slides, I will spot it.", []),  # a vendor as a source
    ("He said he'd heard the same from the vendor last week.", []),
    ("She thinks of IT as the building's wiring and little more.", []),  # the CIO's reading, not her objection
    ("Honestly we could just use a consultancy instead and be done.", ["vendor"]),
    ("We're looking at a SaaS vendor for the rota, they'd do it for half.", ["vendor"]),
])
def test_an_objection_needs_the_partner_pushing_back(sentence: str, kinds: list[str]) -> None:
    assert objection_kinds(sentence) == kinds


@pytest.mark.parametrize(("line", "thing"), [
    ("Osei: I need a costed plan I can show the board by the 18th of December, because that's when the budget locks.", "costed plan"),
    ("Osei: And I want one of your engineers sitting with my planners from February.", "engineers sitting with my planners"),
])
def test_spoken_needs_and_wants_of_ours_are_asks(line: str, thing: str) -> None:
    text = f"Stakeholder: Osei Mensah, Head of Planning\n2026-11-20 call\n{line}\n"
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner"]
    assert asks and thing in asks[0].complement, [(i.verb, i.complement) for i in asks]


def test_an_invitation_ends_at_its_comma() -> None:
    item = Item("offer", "partner", "open", "", None, "n1", verb="invited",
                complement="Rahul to present at the trustees' planning day on 4 February, a slot on 'what the donor data shows'")
    assert invite_yes(item) == "Yes: Rahul will present at the trustees' planning day on 4 February."


# -- 8: one ask, one line; a line that names nothing is not said -------------------------------------------------------

def test_one_ask_in_two_messages_is_one_line_dated_inside_its_deadline(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Greer Whitlock, Finance Director\n"
            "From: Greer Whitlock\nSent: 2026-11-23\nSubject: RE: Licence cost per branch\n"
            "I need the licence cost per branch in the board pack by Thursday 10 December. The board meets on the 15th.\n\n"
            "From: Greer Whitlock\nSent: 2026-11-23\nSubject: Licence cost per branch\n"
            "Sam, the board wants to see licence cost per branch against our peers. Can you do it.\n")
    plan = plan_text(text, TODAY)
    asked = [line for line in plan.script if "you asked" in line]
    assert len(asked) == 1 and "licence cost per branch in the board pack" in asked[0], plan.script
    assert all(dt.date(2026, 12, 7) <= d < dt.date(2026, 12, 10) for d in proposed(asked[0])), asked[0]  # not "next Friday"


def test_a_second_ask_with_nothing_to_name_waits_in_the_open_list(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Colm Breen, Head of Estates\n2026-11-02 call\n"
            "Colm asked for the energy cost of each depot by 18 December, for his capital paper.\n"
            "2026-11-20 call\nHe'd heard from the council that our print costs are the highest in the region. Asked if that was true.\n")
    plan = plan_text(text, TODAY)
    assert "still open" not in " ".join(plan.script), plan.script
    assert "energy cost" in plan.script[0]
    assert any("Asked if that was true" in o.text for o in plan.open_items)


def test_a_question_asked_of_me_is_said_back_as_whether() -> None:
    item = Item("request", "partner", "open", "Asked me whether the CRM could tell her which donors lapse.", None, "n1",
                verb="Asked", complement="me whether the CRM could tell her which donors lapse")
    assert asked_whether(item) == "whether the CRM could tell you which donors lapse"


def test_a_seat_on_a_named_group_keeps_its_proper_name() -> None:
    item = Item("offer", "partner", "open", "", None, "n1", verb="offered",
                complement="me a seat on the Donor Strategy Group from March 2027")
    assert short_name(item) == ("seat", "the seat on the Donor Strategy Group from March")
