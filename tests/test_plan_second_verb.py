"""An ask in the partner's second verb ("Paul wants X and asked for Y by 10 December") is an open request of theirs."""

from __future__ import annotations

import datetime as dt

from assistant.planning.note_reading import Partner, about_partner
from assistant.planning.render import plan_markdown

NOTES = """Stakeholder: Paul Strand, Chief Financial Officer

15 Sep 2026 - budget meeting
Paul asked for a benchmark of our IT spend against five peer insurers by 31 October.

4 Nov 2026 - email
Sent Paul the peer benchmark on 29 October.

20 Nov 2026 - call
Paul wants the cost per policy down 4% next year and asked for a one-page view of where IT spend goes by 10 December.
"""


def test_the_second_verb_of_the_partners_sentence_is_theirs() -> None:
    paul = Partner.from_name("Paul Strand")
    assert about_partner("Paul wants the cost per policy down 4% next year and ", paul)
    assert not about_partner("Paul wants the cost per policy down 4% next year and we ", paul)


def test_the_ask_in_the_second_verb_leads_the_plan(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(NOTES, dt.date(2026, 11, 24))
    open_asks = [i for i in plan.open_items if i.owner == "partner" and i.status == "open"]
    assert any("one-page view" in i.quote for i in open_asks)
    assert "one-page view" in plan.one_thing + " ".join(plan.script)
    assert "10 December" in plan_markdown(plan)


def test_what_we_delivered_is_the_competence_proof(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(NOTES, dt.date(2026, 11, 24))
    competence = next(s.text for s in plan.sections if s.key == "competence")
    assert "Proof to build on, noted on 4 November: “Sent Paul the peer benchmark on 29 October.”" in competence
    assert not any("benchmark of our IT spend" in i.quote for i in plan.open_items if i.status == "open")


THANKED = """Stakeholder: Rhea Okafor, Head of Procurement

9 Sep 2026 - meeting
Rhea asked for a supplier spend dashboard so her category managers can see spend by vendor each week.
She also asked for a contract-renewal calendar for the top 50 suppliers.

21 Oct 2026 - call
Rhea thanked the team for the supplier spend dashboard; her category managers are using it in every Monday huddle.
"""


def test_what_they_thank_us_for_and_use_is_delivered_not_open(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(THANKED, dt.date(2026, 11, 24))
    still_open = [i.quote for i in plan.open_items if i.status == "open"]
    assert not any("spend dashboard" in q for q in still_open)
    assert any("contract-renewal calendar" in q for q in still_open)
    assert "2 things you asked" not in plan_markdown(plan)


def test_an_ask_told_in_our_note_is_named_by_its_head_noun(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(THANKED, dt.date(2026, 11, 24))
    assert plan.script[0].startswith("On 9 September you asked for the contract-renewal calendar.")


SAME_DAY = """Stakeholder: Tariq Nasser, Harbour Operations Manager

27 Oct 2026 - site visit
Tariq asked for a berth-occupancy dashboard for the control room.
He also asked for a tide-window calendar for the pilots.
He asked for a maintenance tracker for the cranes.
"""


def test_asks_of_one_day_are_named_in_one_line(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(SAME_DAY, dt.date(2026, 11, 24))
    lines = [s for s in plan.script if "27 October" in s]
    assert len(lines) == 1 and "things you asked" not in lines[0]
    assert all(name in lines[0] for name in ("the berth-occupancy dashboard", "the tide-window calendar", "the maintenance tracker"))
