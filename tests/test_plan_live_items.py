"""Round 9 of issue #20 on new training partners 90-98 (tests/data/plan_training): the plan knows what is live on the meeting day.

The newest ask with a near date leads; an old ask not mentioned for months never leads and is never called "still open" aloud;
a later entry that reports a delivery in other words closes the ask; a promise due after the meeting day is upcoming, never kept;
Teams and Slack speaker labels are read; praise is never answered with a date.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all, top

from assistant.planning.note_reading import Partner, speaker_at, speaker_ranges
from assistant.planning.situation import Situation, build_situation
from assistant.planning.situation_cues import DONE_REQUEST
from assistant.planning.situation_round6 import done_in
from assistant.schema import Plan

NEW = [str(n) for n in range(90, 99)]
STILL_OPEN = re.compile(r"\bstill open\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-live"))


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def asks(prefix: str, status: str = "") -> list[str]:
    return [i.quote for i in situation(prefix).items if i.kind in ("request", "offer") and i.owner == "partner" and (not status or i.status == status)]


def test_there_are_nine_new_training_partners_in_varied_formats() -> None:
    files = [next(DATA.glob(p + "_*")) for p in NEW]
    text = " ".join(f.read_text() for f in files)
    for mark in ("Imogen Hart   10:02\n", "[10:02] priya:", "-----Original Message-----", "newest entry first", "| Action | Owner | Due |",
                 "\n- Nadia", "Oliver Grant   10:02   Can", "Call notes, 14 April 2026", "/2026"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- 4: speaker labels of chat copies --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Imogen Hart   10:02\nCould you send the volumes?\nCIO   10:04\nCan you send me the list of suppliers?\n",
    "Imogen Hart   10:02   Could you send the volumes?\nCIO   10:04   Can you send me the list of suppliers?\n",
    "[10:02] imogen: could you send the volumes?\n[10:04] cio: can you send me the list of suppliers?\n",
])
def test_chat_labels_say_who_speaks(text: str) -> None:
    ranges = speaker_ranges(text, Partner.from_name("Imogen Hart"))
    assert speaker_at(ranges, text.index("the volumes")) == "partner"
    assert speaker_at(ranges, text.index("list of suppliers")) == "us"


@pytest.mark.parametrize(("prefix", "theirs", "ours"), [
    ("90", "estimate for the supplier portal", "list of suppliers"),
    ("91", "demo scope for the personalisation pilot", "list of channels"),
    ("96", "whether the new search can go live", "peak order volumes"),
])
def test_the_partners_chat_lines_are_asks_and_the_cios_are_not(prefix: str, theirs: str, ours: str) -> None:
    found = asks(prefix)
    assert any(theirs in q for q in found), found
    assert not any(ours in q for q in found), found
    assert not any(re.match(r"\s*(?:\[\d|[A-Z][a-z]+ [A-Z][a-z]+\s+\d)", q) for q in found), found  # the label is not part of the quote


# -- 1: what is live leads; an old, unmentioned ask never does --------------------------------------

@pytest.mark.parametrize(("prefix", "live"), [
    ("90", "supplier portal"), ("91", "demo scope"), ("92", "the board"), ("96", "new search"), ("97", "absence dashboard"),
])
def test_the_live_item_leads_the_one_thing_and_the_script(plans, prefix: str, live: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]
    assert live in plan.one_thing and live in plan.script[0], top(plan)


@pytest.mark.parametrize(("prefix", "old"), [
    ("92", "month-end close"), ("93", "ward printers"), ("94", "label printers"), ("96", "click-and-collect"), ("97", "laptop"),
    ("98", "contract system licences"),
])
def test_an_old_unmentioned_ask_never_leads_and_is_kept_as_a_check(plans, prefix: str, old: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]
    assert old not in top(plan), top(plan)
    assert not re.search(r"\b(?:14 May|15 February|21 February|11 January|14 April)\b", top(plan)), top(plan)
    kept = [i for i in plan.open_items if old in i.quote]
    if prefix != "96":  # 96's was delivered (below)
        assert len(kept) == 1 and "not seen closed since" in kept[0].text and "check before the meeting" in kept[0].text


def test_nothing_months_old_is_called_still_open_aloud(plans) -> None:  # type: ignore[no-untyped-def]
    for prefix in ("94", "98"):
        plan = plans[prefix]
        for line in plan.script:
            days = re.findall(r"\bon (\d{1,2} [A-Z][a-z]+)\b", line)
            if STILL_OPEN.search(line):
                written = [dt.datetime.strptime(f"{d} 2026", "%d %B %Y").date() for d in days]
                assert all(TODAY - d <= dt.timedelta(days=180) for d in written), line


def test_an_ask_dated_ahead_leads_then_a_chased_one() -> None:
    order = [i.quote for i in situation("95").open_theirs()]
    assert "data-retention review" in order[0] and "archive the old matter files" in order[1]  # dated ahead, then chased


# -- 2: delivered in other words ------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "ask", "delivery"), [
    ("90", "view of late orders", "backlog dashboard went live"),
    ("94", "downtime alerts", "now get a text"),
    ("96", "click-and-collect slots", "Collect slots have been live"),
    ("91", "campaign attribution numbers", "attribution figures"),
])
def test_a_delivery_in_other_words_closes_the_ask(prefix: str, ask: str, delivery: str) -> None:
    items = [i for i in situation(prefix).items if i.kind == "request" and ask in i.quote]
    assert items and all(i.status == "done" for i in items), [(i.quote, i.status) for i in items]
    assert any(delivery in i.done_quote for i in items), [i.done_quote for i in items]


def test_a_delivery_that_fits_two_open_asks_closes_neither(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Jo Park, Head of Stores\n2026-10-01 catch-up\nJo asked for a weekly view of stock by store.\n"
            "Jo asked for a daily view of stock in the depots.\n2026-11-20 catch-up\nThe stock dashboard went live last week.\n")
    plan = plan_text(text, TODAY)
    assert len([i for i in plan.open_items if i.kind == "request" and i.status == "open"]) == 2


def test_what_was_delivered_is_never_offered_again(plans) -> None:  # type: ignore[no-untyped-def]
    assert "late orders" not in top(plans["90"]) and "downtime alerts" not in top(plans["94"]) and "attribution" not in top(plans["91"])


# -- 3: upcoming is not kept; what fell due since the last note is asked about ------------------------

def test_a_scheduled_done_is_no_delivery() -> None:
    assert not done_in(DONE_REQUEST, "Mette will have the sensor trial plan done by 18 December, and the trial goes live on 11 January.")
    assert not done_in(DONE_REQUEST, "The trial goes live on 11 January.")
    assert done_in(DONE_REQUEST, "The sensor trial plan is done and went to Lars on 20 November.")


def test_a_promise_due_after_the_meeting_is_upcoming(plans) -> None:  # type: ignore[no-untyped-def]
    plan = plans["94"]
    trial = [i for i in plan.open_items if "Sensor trial plan" in i.quote]
    assert len(trial) == 1 and trial[0].status == "open"
    rota = [i for i in plans["93"].open_items if "rota integration plan" in i.quote]
    assert len(rota) == 1 and rota[0].status == "open"


def test_a_promise_that_fell_due_since_the_last_note_is_asked_about(plans) -> None:  # type: ignore[no-untyped-def]
    assert any("Maintenance log export" in line for line in plans["94"].script), plans["94"].script
    assert not any("Label printer quote" in line for line in plans["94"].script)


# -- 5 and 6: praise gets no reply; an offer with a response date is answered before it ------------------

def test_praise_is_never_answered_with_a_date(plans, plan_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Stakeholder: Ana Silva, Head of Fleet\n2026-10-02 call\nAna asked us to get the vehicle telematics feed into the "
            "maintenance planning system.\n2026-11-05 call\nAna: the telematics pilot is better than I hoped.\n")
    lines = [*plan_text(text, TODAY).script] + [line for prefix in NEW for line in plans[prefix].script]
    for line in lines:
        said = re.search(r"you said: “([^”]*)”", line)
        assert not said or not re.search(r"better than I hoped|brilliant|well done|thank", said.group(1), re.IGNORECASE), line
        assert not re.search(r"you said: “[A-Z][a-z]+ (?:invited|asked|offered)", line), line  # narration is not their words
    assert not any("better than I hoped" in i.quote for i in situation("98").items if i.kind in ("request", "offer"))


@pytest.mark.parametrize(("prefix", "deadline"), [("93", dt.date(2026, 12, 10)), ("94", dt.date(2026, 12, 8))])
def test_an_offer_with_a_response_date_is_answered_before_it(plans, prefix: str, deadline: dt.date) -> None:  # type: ignore[no-untyped-def]
    line = plans[prefix].script[0]
    days = [dt.datetime.strptime(f"{d} 2026", "%d %B %Y").date() for d in re.findall(r"\b(\d{1,2} December)\b", line)]
    assert days and all(TODAY <= d < deadline for d in days), line


def test_a_seat_to_fill_by_a_date_gets_a_yes_with_the_name_before_it(plans) -> None:  # type: ignore[no-untyped-def]
    plan = plans["92"]  # "Please name a member from your team for the board by 9 December."
    assert plan.script[0] == "Yes: I'll name our member for the board by 8 December.", plan.script
    assert "seat on the board" in plan.one_thing and "8 December" in plan.one_thing, plan.one_thing


def test_a_quote_the_checks_refuse_leaves_the_one_thing_standing_without_it(plans) -> None:  # type: ignore[no-untyped-def]
    plan = plans["95"]  # "... by 12 December, for the audit committee": an audit word the checks keep out of the room
    assert plan.one_thing.startswith(("Answer what Nadia asked on 1 December", "Bring Nadia the data-retention review")), plan.one_thing
    assert "12 December" in plan.one_thing, plan.one_thing  # "the audit committee" is the ask's audience, not an audit finding


def test_a_time_under_a_heading_is_no_speaker() -> None:
    text = "Friday 10:00\nSarah asked for the stock report.\n"
    assert speaker_at(speaker_ranges(text, Partner.from_name("Sarah Lee")), text.index("asked")) == "narrator"
