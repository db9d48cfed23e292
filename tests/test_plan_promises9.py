"""Round 11 of issue #20 on new training partners 122-127 (tests/data/plan_training): our own dated promises, what is
delivered (on time or late), and plain yeses to invitations and offers.

Our promises are read in many voices (a person of ours, a label for our side, the CIO reporting it, our own mail); a
promise is kept only when a later line shows it delivered on or before its date, delivered late it is never proof; an
invitation to be somewhere gets "Yes, I'll be there on <day>" (naming what is joined, since session 12), an offer a plain yes, in every quadrant.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all, proposed, top

from assistant.planning.situation import build_situation
from assistant.schema import Plan
from assistant.text.notes_format import parse_notes_text

NEW = [str(n) for n in range(122, 128)]
DAY = dt.date(2026, 10, 10)
HEAD = "Stakeholder: Mia Lund, Head of Operations\n2026-10-01 Meeting notes\nPresent: Mia Lund, Bea (her sales lead), CIO, Dami (our architect), Ade (IT)\n"


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-promises9"))


def our_promises(text: str, today: dt.date = DAY) -> list[tuple[str, dt.date | None]]:
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], today)
    return [(i.status, i.due) for i in sit.items if i.kind == "promise" and i.owner == "us"]


def test_there_are_six_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("-----", "From: CIO", "| Action | Owner | Due |", "Lukas Brandt   10:02", "Tue 14 Apr 2026", "[09:14] cio:", "newest entry first"):
        assert mark in text.replace("From: Hana", "-----From: Hana"), mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- 1: our own dated promises, in many voices -----------------------------------------------------

@pytest.mark.parametrize(("line", "due"), [
    ("Dami will send the real-time link estimate by 16 October.", "2026-10-16"),
    ("Dami (our architect) will send the link estimate by 16 October.", "2026-10-16"),
    ("Ade is on the hook for the test report by 21 October.", "2026-10-21"),
    ("We promised all 40 sites by 30 November.", "2026-11-30"),
    ("I said I'd come back on the access this week.", "2026-10-02"),
    ("Architect named by 31 October; feed live by 20 November (us).", "2026-10-31"),
    ("IT: new PCs on Line 3 by 5 December in the shutdown.", "2026-12-05"),
    ("Our side: Wi-Fi in the last two homes by 8 December.", "2026-12-08"),
    ("Our commitment: the new rota tool live by 15 November.", "2026-11-15"),
    ("Next step for us: the training plan to Mia by 30 October.", "2026-10-30"),
    ("I'll have the estimate to you by 23 October.", "2026-10-23"),
    ("Told her we would have the cut-over plan ready by 28 October.", "2026-10-28"),
    ("Promised the sizing note by 19 October.", "2026-10-19"),
    ("We owe her the supplier shortlist by 22 October.", "2026-10-22"),
    ("I've undertaken to send the licence count by 25 October.", "2026-10-25"),
    ("My team will deliver the pricing feed by 2 November.", "2026-11-02"),
    ("We agreed to have Line 2 scanners installed by 6 November.", "2026-11-06"),
    ("Our analyst Priya promised the cash forecast extract by 18 October.", "2026-10-18"),
    ("Action: IT to confirm the licence numbers by 9 November.", "2026-11-09"),
    ("Sam from my team will have the cost model with you by 3 November.", "2026-11-03"),
])
def test_our_dated_promise_is_read_in_many_voices(line: str, due: str) -> None:
    found = our_promises(HEAD + line + "\n")
    assert dt.date.fromisoformat(due) in [d for _, d in found], found


@pytest.mark.parametrize("line", [
    "Mia will send us the volumes by 16 October.",
    "She promised the floor plan by 20 October.",
    "Bea will present the map to the sales team by 30 October.",
    "Mia: can you get the estimate to us by 23 October?",
    "Mia asked for the pilot plan by 30 November.",
    "If we get the budget, the rollout could finish by 5 December.",
    "The vendor will ship the scanners by 2 November.",
    "Mia wants the Wi-Fi in the last two homes by 8 December.",
])
def test_what_is_not_ours_is_no_promise_of_ours(line: str) -> None:
    assert our_promises(HEAD + line + "\n") == []


def test_the_thing_to_you_by_a_date_is_ours_in_our_mail_only() -> None:
    ours = "Stakeholder: Mia Lund, Head of Operations\nFrom: CIO\nSent: 01 October 2026 09:00\nTo: Mia Lund\nSubject: Pilot\n\nMia,\nPilot plan to you by 30 November.\n"
    theirs = ours.replace("From: CIO", "From: Mia Lund").replace("To: Mia Lund", "To: CIO")
    assert [d for _, d in our_promises(ours)] == [dt.date(2026, 11, 30)]
    assert our_promises(theirs) == []


# -- 2: kept, kept late, upcoming ------------------------------------------------------------------

def test_a_promise_delivered_after_its_date_is_kept_late_and_never_proof(plans) -> None:  # type: ignore[no-untyped-def]
    omar = plans["127"]  # "it went live on 24 November, nine days after the date we gave him"
    proof = next(s.text for s in omar.sections if s.key == "competence")
    assert "nine days after" not in proof and "(kept)" not in proof, proof
    priya = plans["126"]  # "I said I'd come back on the access this week" (2 November) ... "access live since 13 Nov"
    assert not [i for i in priya.open_items if "access" in i.text and i.status != "done"], priya.open_items
    assert "live since 13 Nov" not in next(s.text for s in priya.sections if s.key == "competence")


def test_a_delivery_in_its_own_words_keeps_the_promise_it_names_and_no_other() -> None:
    p = parsed("123")  # "Wi-Fi live in the first ten homes since 28/10/2026" keeps the first row, not "the last two homes"
    sit = build_situation(p.notes, p.partner, [], TODAY)
    rows = {i.complement: i.status for i in sit.items if i.kind == "promise" and i.owner == "us"}
    assert rows == {"Wi-Fi in the first ten homes": "done", "Wi-Fi in the last two homes": "open"}, rows
    p = parsed("124")  # "Any news on the pilot plan?" / "Sara finished it yesterday, I sent it to you this morning."
    sit = build_situation(p.notes, p.partner, [], TODAY)
    assert [i.status for i in sit.items if i.kind == "promise" and i.owner == "us"] == ["done"]
    p = parsed("125")  # "architect named by 30 Sep" kept by "Named Ola Berg as the architect for the MES feed"
    sit = build_situation(p.notes, p.partner, [], TODAY)
    status = {i.complement: i.status for i in sit.items if i.kind == "promise" and i.owner == "us"}
    assert status["architect named by 30 Sep"] == "done" and status["MES feed live by 20 Dec"] == "open", status


@pytest.mark.parametrize(("prefix", "thing", "day"), [("122", "the estimate", "11 December"), ("123", "Wi-Fi in the last two homes", "18 December"),
                                                      ("126", "the sensor feed in the dashboard", "16 December"),
                                                      ("127", "the cash forecast extract", "18 December")])
def test_our_promise_due_within_three_weeks_is_in_the_script(plans, prefix: str, thing: str, day: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]
    assert f"You'll have {thing} by {day}, as promised." in plan.script, plan.script
    assert [i for i in plan.open_items if i.kind == "promise" and i.owner == "us" and i.status == "open"]


def test_no_plan_says_no_promise_of_ours_is_open_while_one_is(plans) -> None:  # type: ignore[no-untyped-def]
    for prefix, plan in plans.items():
        text = " ".join(s.text for s in plan.sections) + " " + top(plan)
        if [i for i in plan.open_items if i.kind == "promise" and i.owner == "us" and i.status == "open"]:
            assert not re.search(r"no promise (?:or miss )?of ours is open", text, re.IGNORECASE), prefix


# -- 3: plain yeses ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "line"), [("122", "Yes, I'll join your depot walk-round on 9 December."), ("124", "Yes, I'll pitch it with you on 10 December."),
                                              ("126", "Yes, I'll come to the space review on 21 December."), ("123", "Yes to the board: I'll be there on 14 December.")])
def test_an_invitation_gets_a_plain_yes_on_its_day(plans, prefix: str, line: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]
    assert line in plan.script, plan.script
    assert not re.search(r"in principle|my answer, with one owner, comes", top(plan), re.IGNORECASE), top(plan)


@pytest.mark.parametrize("prefix", ["123", "125"])
def test_an_offer_of_money_or_people_gets_a_yes_with_a_dated_step(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]  # a secondee (123), co-funding half the MES feed (125)
    line = next(line for line in plan.script if "offer" in line)
    assert ": yes." in line and re.search(r"by \d{1,2} December", line) and "in principle" not in line, line


# -- 4 and 5: someone else's ask; answered before the event -----------------------------------------

@pytest.mark.parametrize(("prefix", "word"), [("122", "Bea"), ("127", "Julia")])
def test_an_ask_of_someone_else_is_no_open_request_of_ours(plans, prefix: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not [i for i in plans[prefix].open_items if word in i.text], plans[prefix].open_items


def test_the_estimate_is_answered_before_the_committee_it_is_for(plans) -> None:  # type: ignore[no-untyped-def]
    hana = plans["122"]  # "before the 15 December investment committee"
    assert all(d < dt.date(2026, 12, 15) for d in proposed(top(hana))), top(hana)
    assert any("11 December" in line for line in hana.script)


def test_an_action_row_owned_by_one_of_our_people_is_ours() -> None:
    text = ("Stakeholder: Mia Lund, Head of Operations\n2026-09-01 Meeting notes\n"
            "My team lead for networks, Dami, joined for the second half.\n| Action | Owner | Due |\n"
            "| Link estimate | Dami | 16/12/2026 |\n| Depot list | Mia Lund | 10/09/2026 |\n| Carrier quote | Bea | 20/12/2026 |\n")
    assert our_promises(text, TODAY) == [("open", dt.date(2026, 12, 16))]
