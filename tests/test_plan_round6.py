"""Round 6 of issue #20 on new training partners 40-49 (tests/data/plan_training): the partner's real asks told in the
CIO's own words are open items and lead the plan; someone else's offer is never theirs; the one thing names the most
urgent typed fact (their deadline, or their nearest dated decision or event) before any generic line; no date we propose
falls after their deadline, and a deadline that is past or a day away is said plainly."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, notes_text, plan_all, proposed, top

from assistant.planning.plan_guards import fragment
from assistant.schema import Plan

NEW = [f"{n}" for n in range(40, 50)]
GENERIC = re.compile(r"^(?:Ask how|Learn what matters|Earn back|Show \w+ (?:one|what)|Agree with \w+ one outcome)")


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-round6"))


def test_there_are_ten_new_training_partners_in_varied_formats() -> None:
    files = [next(DATA.glob(p + "_*")) for p in NEW]
    assert len(files) >= 10
    text = " ".join(f.read_text() for f in files)
    for mark in ("-----Original Message-----", "] Mei Tanaka:", "| Action | Owner | Due |", "newest entry first", "/11/2026", "\n- "):
        assert mark in text, mark


@pytest.mark.parametrize("prefix", NEW)
def test_top_lines_are_verbatim_or_fixed_and_whole(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    plan, source = plans[prefix], notes_text(prefix)
    assert plan.one_thing and 1 <= len(plan.script) <= 3
    for words in re.findall(r"“([^”]+)”", top(plan)):
        words = words.replace("‘", "'").replace("’", "'").rstrip(".")
        assert words in source.replace('"', "'") or words in source, (prefix, words)
    runs = {" ".join(w[i:i + 5]) for w in [re.findall(r"[a-z0-9'-]+", source.lower())] for i in range(len(w) - 4)}
    for line in [plan.one_thing, *plan.script]:
        assert not fragment(line), (prefix, line)
        outside = re.findall(r"[a-z0-9'-]+", re.sub(r"“[^”]*”", " | ", line).lower())
        assert not {" ".join(outside[i:i + 5]) for i in range(len(outside) - 4)} & runs, (prefix, line)
    assert all(d >= TODAY for d in proposed(top(plan))), prefix


@pytest.mark.parametrize("prefix", NEW)
def test_no_generic_one_thing_when_the_notes_hold_a_dated_item(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    assert not GENERIC.match(plans[prefix].one_thing), (prefix, plans[prefix].one_thing)


# -- asks in the CIO's own words ---------------------------------------------------------------

def test_an_ask_told_in_the_cios_words_leads_with_her_deadline(plans) -> None:  # type: ignore[no-untyped-def]
    mei = plans["41"]  # CIO note: "She wants an analyst on her floor ... she wants an answer before it" (offsite 10 December)
    assert "analyst" in mei.one_thing and "before 10 December" in mei.one_thing
    assert any(i.kind == "request" and i.owner == "partner" and "analyst" in i.text for i in mei.open_items)
    assert proposed(top(mei)) and all(d < dt.date(2026, 12, 10) for d in proposed(top(mei)))
    assert len([i for i in mei.open_items if i.kind == "request"]) == 1  # "an answer before it" is the deadline, not a second ask
    raj = plans["49"]  # "Raj told me he wants a plan for the meeting-room screens"; "He would like one contact in IT"; chased
    asks = [i for i in raj.open_items if i.kind == "request" and i.status == "open"]
    assert len(asks) == 2 and "screens" in raj.one_thing  # the chased ask leads


def test_a_deadline_that_has_passed_is_said_plainly_with_no_date_after_it(plans) -> None:  # type: ignore[no-untyped-def]
    deborah = plans["40"]  # "Deborah asked me for a written cost comparison ... by 2 December"; "I have not answered them"
    assert "cost comparison" in deborah.one_thing and "2 December has passed" in deborah.one_thing
    assert "Your deadline was 2 December: did our answer reach you" in deborah.script[0] and not proposed(top(deborah))  # no note says it went or not: asked (due31)
    anna = plans["44"]  # newest first: "She asked me for a one-page note ... by 1 December"
    assert "1 December has passed" in anna.one_thing and not proposed(top(anna))


def test_a_deadline_named_in_another_message_of_the_note_is_kept(plans) -> None:  # type: ignore[no-untyped-def]
    claire = plans["45"]  # "before the risk committee"; "The board risk committee meets on 08/12/2026"
    assert "before 8 December" in claire.one_thing
    assert proposed(top(claire)) and all(TODAY <= d < dt.date(2026, 12, 8) for d in proposed(top(claire)))


# -- someone else's offer is never theirs ----------------------------------------------------------

@pytest.mark.parametrize("prefix", ["40", "41", "43", "46", "48", "49"])
def test_a_vendors_or_our_teams_offer_is_not_the_partners(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]  # the hosting vendor, Ade (our architect), the handheld supplier, finance, the agency, the builder
    assert not [i for i in plan.open_items if i.kind == "offer"], prefix
    assert "offer" not in top(plan).lower(), prefix


# -- the most urgent typed fact, not a generic line ------------------------------------------------

def test_a_dated_decision_or_event_leads_when_nothing_is_asked(plans) -> None:  # type: ignore[no-untyped-def]
    samuel = plans["47"]  # "renews on 31 January and he has to give notice by 18 December"
    assert "before 18 December" in samuel.one_thing and "before 18 December" in samuel.script[0]
    assert "he has to give notice" not in " ".join(samuel.script)  # narration after a label is never said as his words
    laura = plans["48"]  # Laura: "The new service portal goes live on 14 December ..."
    assert "14 December" in laura.one_thing
    assert laura.script[0].startswith("On 10 November you said: “The new service portal goes live on 14 December")
    sofia = plans["46"]  # "The spring launch goes live on 2 February" is a schedule, not the delivery of her ask (round 9): her ask leads
    assert "campaign results" in sofia.one_thing and "campaign data owner" not in top(sofia) and "deadline" not in top(sofia)


def test_our_row_half_done_after_its_date_is_owned_not_asked_about(plans) -> None:  # type: ignore[no-untyped-def]
    tomas = plans["42"]  # our row "Integration effort estimate" due 04/12; "Lena: the integration estimate is half done."
    assert "Integration effort estimate" in tomas.one_thing and "Did it reach you" not in top(tomas)
    assert "chase" not in top(tomas)  # Lena is ours: her line is no chase by Tomas
    assert any(i.kind == "promise" and i.owner == "us" and i.status == "overdue" for i in tomas.open_items)
