"""Round 12 of issue #20 on new training partners 150-153 (tests/data/plan_training): the ask the meeting is about,
our own committed dates, offers and preferences that are no objection, and "kept" that needs a delivery.

A need the partner names before their dated committee leads, with where it stands and a date before the committee; an
ask our dated promise covers is "on track for" that date, only its other part gets an answer date; a co-funding offer
is no budget objection and "I'd rather it was you than the consultants" no vendor objection; a "(kept)" mark or a line
of the same meeting is no delivery.
"""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all, proposed, top

from assistant.planning.plan_text import objection_kinds
from assistant.planning.situation import build_situation
from assistant.schema import Plan

NEW = [str(n) for n in range(150, 154)]
DAY = dt.date(2026, 12, 5)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-asks9"))


def promises(prefix: str) -> dict[str, str]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    return {i.quote: i.status for i in sit.items if i.kind == "promise" and i.owner == "us"}


def test_there_are_four_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("From: Greta Holm", "| Action | Owner | Due |", "newest entry first", "- me: promised"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- 1: the need before their committee leads, with where it stands and a date before it -----------------------------

@pytest.mark.parametrize(("prefix", "thing", "event"), [("150", "read access", "11 December"), ("153", "report access", "14 December")])
def test_a_named_need_before_their_committee_leads_with_a_date_before_it(plans: dict[str, Plan], prefix: str, thing: str, event: str) -> None:
    plan = plans[prefix]
    assert thing in plan.one_thing and f"before {event}" in plan.one_thing, plan.one_thing
    assert thing in plan.script[0] and "stands today" in plan.script[0], plan.script
    assert "What do you need from us" not in top(plan)
    day = dt.datetime.strptime(f"{event} 2026", "%d %B %Y").date()
    assert proposed(plan.script[0]) and all(d < day for d in proposed(plan.script[0])), plan.script[0]


def test_a_named_need_is_said_in_the_partners_own_person(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Rosa Veld, Head of Claims\n2026-11-20 Call\n"
            "Rosa: I need the fraud data extract for my investigators before the claims board on 15 December.\n")
    plan = plan_text(text, DAY)
    line = top(plan)
    assert "fraud data extract for your investigators" in line, line
    assert "for my investigators stands" not in line and "What do you need from us before" not in line


def test_an_event_with_no_named_need_still_asks_what_they_need(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = "Stakeholder: Rosa Veld, Head of Claims\n2026-11-20 Call\nRosa: the claims board decides the 2027 plan on 15 December.\n"
    assert "What do you need from us before 15 December" in top(plan_text(text, DAY))


# -- 2: an ask our dated promise covers keeps our date; only the rest of it gets an answer date -----------------------

def test_an_ask_our_dated_promise_covers_is_on_track_for_its_date(plans: dict[str, Plan]) -> None:
    line = top(plans["151"])
    assert "estimate: it is on track for 9 December" in line, line
    assert "analyst" in line.split("on track for 9 December", 1)[1], line  # the analyst they asked for is answered too
    assert all(d <= dt.date(2026, 12, 9) for d in proposed(line)), line


def test_a_table_row_is_not_kept_by_a_line_of_the_same_meeting() -> None:
    found = promises("151")
    assert found["| Scheduling tool go-live | IT (Lena) | 15/12/2026 |"] == "open", found


# -- 3: offers and preferences for us are no objection ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Also, I'd be glad to co-fund the storage upgrade from my lab budget if that speeds things up.",
    "Hugo: happy to share the cost of the reporting licence from his budget",
    "We can co-fund the second phase from our budget if that helps.",
    "Owen: honestly I'd rather it was you than the consultants doing this.",
    "I'd rather you ran this than the agency, your people know our wards.",
    "I'd prefer your team over an outside vendor for this.",
])
def test_an_offer_or_a_preference_for_us_is_no_objection(line: str) -> None:
    assert objection_kinds(line) == [], line


@pytest.mark.parametrize(("line", "kind"), [
    ("Why is the IT budget growing again?", "budget"),
    ("We might just use the consultants instead of you.", "vendor"),
    ("I'd rather pay the consultants than wait for IT.", "vendor"),
])
def test_real_pushback_is_still_an_objection(line: str, kind: str) -> None:
    assert kind in objection_kinds(line), line


def test_a_co_funding_offer_is_thanked_never_answered_as_a_budget_objection(plans: dict[str, Plan]) -> None:
    for prefix in ("150", "153"):
        plan = plans[prefix]
        objections = " ".join(s.text for s in plan.sections if s.key == "objections")
        assert "Raised" not in objections, (prefix, objections)
        assert any(line.startswith(("Yes", "Thank you")) for line in plan.script), plan.script


def test_a_preference_for_us_gets_no_vendor_advice(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = "Stakeholder: Owen Price, Plant Director\n2026-11-12 Call\nOwen: honestly I'd rather it was you than the consultants doing this.\n"
    plan = plan_text(text, DAY)
    objections = " ".join(s.text for s in plan.sections if s.key == "objections")
    assert "provider succeed" not in objections and "Raised" not in objections, objections


# -- 4: kept needs a later line that delivers it ----------------------------------------------------------------------

def test_a_kept_mark_is_no_delivery_and_is_never_quoted(plans: dict[str, Plan]) -> None:
    found = promises("153")
    assert found["me: promised the close dashboard by 20 November (kept)"] == "overdue", found
    assert found["me: promised the cost-centre mapping by 25 November"] == "done", found  # "the mapping arrived on 24 November"
    assert "(kept)" not in " ".join(plans["153"].script)


def test_a_month_shared_by_two_lines_is_no_delivery() -> None:
    text = ("Stakeholder: Hugo Laine, Finance Director\n2026-11-10 Call\nI promised the close dashboard by 20 November.\n"
            "2026-12-01 Call\nHugo: the payroll file arrived on 24 November, thanks.\n")
    from assistant.text.notes_format import parse_notes_text
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], DAY)
    assert [i.status for i in sit.items if i.kind == "promise"] == ["overdue"]
