"""Round 14 of issue #20 on new training partners 230-237 (tests/data/plan_training): apologies and what is behind us.

A late delivery the partner accepted ("Late, but it did the job"), a fix she praised, a crash he laughs about, a slip a
year old with no complaint since, and an outage whose review he already got are never apologised for; a root cause is
never promised where the notes already tell it; a batch job of ours is ours though another firm is named, and a firm's
outage is theirs; how the partner tells an event, an overspend of our bill, the CIO's own reflection or a lost contract
is no miss; and the Competence proof section lists only a miss that was ours and still weighs.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all

from assistant.perception.cues import cue_hits
from assistant.planning.detail_lines import fact_questions, homework
from assistant.planning.miss_cause import cause_in, no_miss
from assistant.planning.partner_facts import Event, PartnerFacts
from assistant.planning.situation import Situation, build_situation
from assistant.planning.situation_types import Item, Sentence
from assistant.schema import Plan

NEW = [str(n) for n in range(230, 238)]
SORRY = re.compile(r"\b(?:sorry|apologi[sz]e|(?:was|is) ours)\b", re.IGNORECASE)
LABELS = re.compile(r"Cause not recorded|A third party's, not ours|No complaint from them|from \w+'s side|A later note says", re.IGNORECASE)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def misses(sit: Situation, words: str) -> list[Item]:
    return [i for i in sit.items if i.kind in ("miss", "noted_miss") and words in i.quote]


def line(text: str, speaker: str = "narrator") -> Sentence:
    sit = situation("230")
    return Sentence(text=text, note=sit.sentences[0].note, speaker=speaker, order=0)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-misses11"))


def section(plan: Plan, key: str) -> str:
    return next((s.text for s in plan.sections if s.key == key), "")


def test_eight_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("Subject: Grant pipeline report", "Activity type: Meeting |", "Call, 19 August 2026", "[10:02] Kwame Asante:",
                 "2025-03-10 - ", "| Action | Owner | Due |", "Teams chat, 9 October 2026", "Oskar Brandt wrote:"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


@pytest.mark.parametrize(("text", "speaker", "cause"), [
    ("The payroll bureau (Paymaster) had a 6-hour outage.", "narrator", "third_party"),
    ("That was Paymaster, not our IT.", "partner", "third_party"),
    ("Laptop quote late - the reseller repriced twice.", "narrator", "third_party"),
    ("The sensor vendor Quillon still hasn't sent their quote so our costed plan is late.", "us", "third_party"),
    ("Our release broke the rota screen for a morning.", "narrator", "us"),
])
def test_cause_read_from_the_line(text: str, speaker: str, cause: str) -> None:
    assert cause_in(text, speaker) == cause


@pytest.mark.parametrize("text", [
    'She still calls the June portal freeze "the IT meltdown" when she talks to the trustees.',
    "He didn't distinguish it from our own spring outages.",
    "Still has not asked anything about using the timesheet data for overtime forecasting.",
    "I think we have been too defensive about the kiosk delay in the past.",
    "It hasn't failed since.",
    "Thanks. Late, but it did the job.",
    "Cloud spend 18% over budget for Q2, test servers left on over the spring.",
    "The group lost the Northwind Rail crew contract, 7,000 room nights, to a rival who undercut on rate.",
])
def test_no_miss_in_these_lines(text: str) -> None:
    assert no_miss(line(text))


@pytest.mark.parametrize("text", [
    "Our release broke the rota screen for a morning.",
    "The portal was down for a day after our change and the project went over budget.",
])
def test_a_real_failure_stays_a_miss(text: str) -> None:
    assert not no_miss(line(text))


def test_our_batch_job_is_ours_though_another_firm_is_named() -> None:
    sit = situation("233")
    (export,) = misses(sit, "nightly export")
    assert export.owner == "us"
    assert not misses(sit, "hasn't failed since")


def test_our_share_of_a_split_cause_is_ours_and_owned() -> None:
    sit = situation("235")
    (pension,) = misses(sit, "Pension file interface")
    assert pension.owner == "us" and pension in sit.owned_misses()


def test_third_parties_misses_are_theirs() -> None:
    sit = situation("232")
    assert {i.owner for i in misses(sit, "Paymaster") + misses(sit, "reseller")} == {"third_party"}
    assert not misses(sit, "has not asked")
    assert all(i.owner == "third_party" for i in misses(situation("237"), "Quillon"))


@pytest.mark.parametrize(("prefix", "words"), [
    ("230", "two weeks late"),  # "Late, but it did the job" in her reply the next day
    ("231", "database change we ran"),  # the incident review went to him on 4 March
    ("234", "Radio console"),  # "exactly what we needed from you"
    ("234", "we slipped it to July"),  # a year and more ago, delivered, no complaint since
    ("236", "booking engine crash"),  # "ancient history"
])
def test_accepted_healed_or_answered_misses_are_never_owned(prefix: str, words: str) -> None:
    sit = situation(prefix)
    found = misses(sit, words)
    assert found and not any(i in sit.owned_misses() for i in found)


def test_no_apology_for_what_is_behind_us(plans: dict[str, Plan]) -> None:
    for prefix in ("230", "231", "232", "234", "236", "237"):
        plan = plans[prefix]
        said = " ".join([plan.one_thing, *plan.script])
        assert not SORRY.search(said), (prefix, said)
        assert "root cause" not in " ".join(s.text for s in plan.sections).lower(), prefix


def test_competence_proof_lists_only_misses_ours_that_weigh(plans: dict[str, Plan]) -> None:
    for prefix in NEW:
        text = section(plans[prefix], "competence")
        assert not LABELS.search(text), (prefix, text)
    assert "Ours to own" in section(plans["235"], "competence")


def test_no_root_cause_promised_where_the_notes_tell_it(plans: dict[str, Plan]) -> None:
    plan = plans["235"]  # "Root cause split: ... and our interface had no check to catch it."
    said = " ".join(plan.script)
    assert SORRY.search(said), said
    assert "Root cause" not in said and "root cause" not in " ".join(f.what for f in plan.followups).lower()


def test_a_slip_told_under_a_status_head_is_closed_by_its_delivery() -> None:
    sit = situation("232")  # "Overtime export: not delivered." / "We missed 31/10 because ..." ... "Overtime export delivered 20/11."
    (slip,) = misses(sit, "We missed 31/10")
    assert slip.status == "done" and "delivered" in slip.done_quote


def test_homework_confirms_only_the_fix_where_the_cause_is_told(plans: dict[str, Plan]) -> None:
    opening = section(plans["235"], "opening")
    assert "confirm the fix and its owner" in opening and "root cause" not in opening


def test_a_third_partys_miss_is_open_between_us_only_while_recent(plans: dict[str, Plan]) -> None:
    sit = situation("234")
    assert [i.owner for i in misses(sit, "Portnet")] == ["third_party"]
    assert not any("Portnet" in i.quote for i in plans["234"].open_items)  # September 2025: long over, nothing between us
    assert any("Quillon" in i.quote and i.owner == "third_party" for i in plans["237"].open_items)  # last week's: not ours, said so


@pytest.mark.parametrize("text", [
    "Laptop quote late - the reseller repriced twice.",
    "The sensor vendor Quillon still hasn't sent their quote so our costed plan is late.",
])
def test_the_perception_reads_the_same_cause_as_the_planner(text: str) -> None:
    """One reading of a stated cause: a firm's slip the planner calls theirs is no doubt of us in the assessment either."""
    hits = cue_hits(text)
    assert cause_in(text, "narrator") == "third_party"
    assert "doubted" not in hits and "third_party" in hits


def test_a_slip_still_owed_is_reported_as_our_promise_not_apologised_for(plans: dict[str, Plan]) -> None:
    sit = situation("235")  # "still not done, my fault, I said I'd get it to her by 8 December"
    (owed,) = misses(sit, "starter cost sheet")
    assert owed.kind == "noted_miss" and owed not in sit.owned_misses()  # the open promise in the same line carries it
    assert not any("24 November was ours" in line for line in plans["235"].script)
    assert any("8 December" in line for line in plans["235"].script)


def test_misses_not_ours_to_own_leave_no_denial_that_anything_was_promised(plans: dict[str, Plan]) -> None:
    for prefix in ("232", "236"):  # a bureau's outage, a reseller's repricing; a lost contract, a crash laughed off
        text = section(plans[prefix], "competence")
        assert "No promise or miss of ours is open" not in text, (prefix, text)
        assert not SORRY.search(text), (prefix, text)


def test_a_partner_who_feels_an_overrun_and_a_review_of_options_are_not_cleared() -> None:
    assert not no_miss(line("Your project came in 40% over budget and I had to find the money.", "partner"))
    sit = situation("231")
    (outage,) = misses(sit, "database change we ran")
    assert "incident review" in outage.done_quote  # closed by the incident review he got, not by any "review"


def test_a_cut_event_name_is_never_said_after_for_or_before() -> None:
    sit = situation("231")
    day = dt.date(2026, 12, 9)
    cut = PartnerFacts(events=[Event("to the board", day, day, "n1")])
    whole = PartnerFacts(events=[Event("the claims board", day, day, "n1")])
    assert not any("for to the" in line for line in homework(sit, cut, "Tobias"))
    assert not any("before to the" in q for q in fact_questions(sit, "Tobias", TODAY, [], cut))
    assert any("for the claims board" in line for line in homework(sit, whole, "Tobias"))


def test_what_is_behind_us_is_said_with_the_first_name_not_a_title() -> None:
    p = parsed("230")
    sit = build_situation(p.notes, "Dr Marisol Quint", [], TODAY)
    assert any("Marisol put it behind them" in a.why for a in sit.avoid)
    assert not any(a.why.startswith("Dr ") for a in sit.avoid)
