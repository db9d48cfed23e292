"""Round 5 of issue #20 on new training partners 27-39 (tests/data/plan_training): the top of a plan (one thing and
script) is made only of the partner's verbatim, dated words with a fixed reply, or fixed sentences over typed facts;
a miss is owned only on positive evidence; nothing delivered is promised again; dates we propose fall between the
meeting day and the partner's own deadline; the CIO's own lines are never the partner's."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, notes_text, parsed, plan_all, proposed, top

from assistant.planning.plan_guards import fragment
from assistant.planning.situation import build_situation
from assistant.schema import Plan

NEW = [f"{n}" for n in range(27, 40)]
OWNING = re.compile(r"\b(?:was ours|is ours|I own it|our fault|I am sorry|I'm sorry|apologi[sz]e|that is on us)\b", re.I)
DATE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b")


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-round5"))


def test_there_are_twelve_new_training_partners_in_varied_formats() -> None:
    files = [next(DATA.glob(p + "_*")) for p in NEW]
    assert len(files) >= 12
    text = " ".join(f.read_text() for f in files)
    for mark in ("-----Original Message-----", "] Rafael Costa:", "| Action | Owner | Due |", "newest entry first", "/11/2026"):
        assert mark in text, mark


# -- the shape of every top line ----------------------------------------------------------

@pytest.mark.parametrize("prefix", NEW)
def test_every_quotation_at_the_top_is_verbatim_from_the_notes(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    source = notes_text(prefix)
    for words in re.findall(r"“([^”]+)”", top(plans[prefix])):
        words = words.replace("‘", "'").replace("’", "'").rstrip(".")
        assert words in source.replace('"', "'") or words in source, (prefix, words)


@pytest.mark.parametrize("prefix", NEW)
def test_no_phrase_of_the_notes_is_dropped_into_a_template(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    """Outside quotation marks, no run of five words from the notes: only dates, names and fixed words."""
    words = re.findall(r"[a-z0-9'-]+", notes_text(prefix).lower())
    runs = {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}
    for line in [plans[prefix].one_thing, *plans[prefix].script]:
        line = re.sub(r"\byou asked whether we (?:could|can|would) [^.]*\.", " | ", line)  # round 8: a whole reported question, in our voice
        outside = re.findall(r"[a-z0-9'-]+", re.sub(r"“[^”]*”", " | ", line).lower())
        mine = {" ".join(outside[i:i + 5]) for i in range(len(outside) - 4)}
        assert not mine & runs, (prefix, line, mine & runs)


@pytest.mark.parametrize("prefix", NEW)
def test_top_lines_are_whole_sentences_and_dates_are_between_today_and_their_deadline(plans, prefix: str) -> None:  # type: ignore[no-untyped-def]
    plan = plans[prefix]
    assert plan.one_thing and 1 <= len(plan.script) <= 3
    for line in [plan.one_thing, *plan.script]:
        assert not fragment(line), (prefix, line)
    assert all(d >= TODAY for d in proposed(top(plan))), prefix


# -- the traps, one per partner ---------------------------------------------------------------

def test_a_vendors_miss_is_not_apologised_for(plans) -> None:  # type: ignore[no-untyped-def]
    hannah = plans["27"]  # "The payroll bureau's file transfer failed on their side"
    assert not OWNING.search(top(hannah))
    assert not [i for i in hannah.open_items if i.kind == "miss" and i.owner == "us"]
    assert "list of every interface" in hannah.script[0] and all(d <= dt.date(2026, 12, 17) for d in proposed(top(hannah)))


def test_the_partners_own_side_is_not_ours_and_the_cios_line_is_not_their_request(plans) -> None:  # type: ignore[no-untyped-def]
    rafael = plans["28"]  # "[10:03] Rafael Costa: ... that was my team"; "[10:04] CIO: Could we pilot the cash dashboard ..."
    text = top(rafael) + " ".join(i.text + i.quote for i in rafael.open_items)
    assert not OWNING.search(top(rafael)) and "pilot the cash dashboard" not in text
    assert "manual journals" in rafael.script[0]
    assert proposed(top(rafael)) and all(d < dt.date(2026, 12, 9) for d in proposed(top(rafael)))  # before his planning day


def test_delivered_work_is_not_promised_again(plans) -> None:  # type: ignore[no-untyped-def]
    sofia = plans["29"]  # "Access review of the contract repository sent to Sofia on 27 October"
    assert "access review" not in top(sofia).lower()
    assert not [i for i in sofia.open_items if i.owner == "us" and "access review" in i.text.lower()]
    assert "signed contract" in sofia.script[0]
    luca = plans["32"]  # "the cut-over plan with the fallback steps is attached"
    assert "cut-over plan" not in top(luca) and not [i for i in luca.open_items if "cut-over" in i.text and i.status == "open"]
    marco = plans["35"]  # "the win-loss report by region is attached, as promised"
    assert "did it reach you" not in top(marco).lower() and not [i for i in marco.open_items if i.kind == "promise"]


def test_an_answer_comes_before_the_partners_own_deadline(plans) -> None:  # type: ignore[no-untyped-def]
    pieter = plans["30"]  # "I need your cost estimate ... before the budget board" (11 December); he chased it
    assert any(i.kind == "request" and "cost estimate" in i.quote for i in pieter.open_items)
    assert "cost estimate" in pieter.one_thing and "chase" in pieter.script[0]
    assert proposed(top(pieter)) and all(TODAY <= d < dt.date(2026, 12, 11) for d in proposed(top(pieter)))
    tomasz = plans["38"]  # "before the winter peak starts on 14 December"
    assert all(d < dt.date(2026, 12, 14) for d in proposed(top(tomasz)))
    marco = plans["35"]  # "before the sales conference on 14 January": our answer comes well before, not on the day
    assert all(d < dt.date(2027, 1, 14) for d in proposed(top(marco)))


def test_a_miss_forgiven_in_a_newer_entry_above_it_is_not_reopened(plans) -> None:  # type: ignore[no-untyped-def]
    grace = plans["31"]  # newest first: 18/11 "behind us now, the fix was good" above 02/10 "the portal was down"
    assert not OWNING.search(top(grace)) and "onboarding portal" not in top(grace)
    assert any("onboarding portal" in a.topic for a in grace.avoid)


def test_a_worry_about_a_slip_is_not_a_miss(plans) -> None:  # type: ignore[no-untyped-def]
    luca = plans["32"]  # "If the scheduling migration slips past February we lose the spring season"
    assert not OWNING.search(top(luca)) and not [i for i in luca.open_items if i.kind == "miss"]
    sit = build_situation(parsed("32").notes, parsed("32").partner, [], TODAY)
    assert not [i for i in sit.items if i.kind == "miss"]


def test_a_trusted_partner_is_thanked_and_answered_not_treated_as_a_doubter(plans) -> None:  # type: ignore[no-untyped-def]
    nadia = plans["33"]  # praise, an invitation and a co-funding offer
    assert not OWNING.search(top(nadia)) and "Earn back" not in nadia.one_thing
    # round 8: one line per offer, named in her terms and accepted (a partner with proven competence), never "I will confirm"
    assert [line for line in nadia.script if line.startswith("Yes") and "data scientist" in line]
    assert [line for line in nadia.script if line.startswith("Yes") and "offsite on 22 January" in line]
    assert "data scientist" in nadia.one_thing and "yes" in nadia.one_thing


def test_the_meetings_real_open_item_leads(plans) -> None:  # type: ignore[no-untyped-def]
    oliver = plans["34"]  # "Oliver asked us to put an analyst on the supplier risk model from January"; "I still need an answer"
    assert "analyst" in oliver.one_thing and "16 October" in oliver.one_thing
    # told in our note; his own later words about it are what the script quotes
    assert "On 13 November you said: “The report was useful. I still need an answer on the analyst for January.”" in oliver.script[0]
    assert "data quality report" not in top(oliver).lower()


def test_a_miss_fixed_to_their_satisfaction_is_not_apologised_for(plans) -> None:  # type: ignore[no-untyped-def]
    aisha = plans["36"]  # "we own that one" in September; "recordings have been fine since the fix, she is happy with it now"
    assert not OWNING.search(top(aisha)) and "recording" not in top(aisha)
    assert not [i for i in aisha.open_items if i.kind == "miss"]


def test_the_cios_own_offer_is_never_thanked_as_theirs(plans) -> None:  # type: ignore[no-untyped-def]
    elena = plans["37"]  # "CIO: We could give you a data engineer ..."
    assert not [i for i in elena.open_items if i.kind == "offer"] and "data engineer" not in top(elena)
    assert "two-day campaign reporting" in elena.script[0] and all(d <= dt.date(2026, 12, 11) for d in proposed(top(elena)))


def test_a_line_built_on_a_relative_clause_is_never_used(plans) -> None:  # type: ignore[no-untyped-def]
    tomasz = plans["38"]  # Tomasz: "The thing I asked for that wasn't about cost was the driver app offline mode ..."
    assert "asked for that" not in top(tomasz).replace("“The thing I asked for that wasn't about cost", "")
    assert "offline mode" in tomasz.one_thing


def test_a_miss_that_was_ours_complained_of_and_unsettled_is_owned_in_their_words(plans) -> None:  # type: ignore[no-untyped-def]
    ingrid = plans["39"]  # "the field app update we pushed ... logged every engineer out"; Ingrid furious
    owned = next(line for line in ingrid.script if OWNING.search(line))
    assert "“Nobody from IT told us it was coming.” That was ours." in owned and re.search(r"by \d+ December", owned)
    assert any(i.kind == "miss" and i.owner == "us" for i in ingrid.open_items)
