"""Session-12 coach scorers (evals/coach_scorers/deadlines.py, disowned.py, dimensions.sentence_load): each on an
invented plan it must pass and one it must fail. The notes, purposes, keys and plans are written for these tests, in
several formats (an e-mail thread, US month-first dates, terse ISO bullets)."""

from __future__ import annotations

from evals.calibrate_blind import _coach
from evals.coach_scorers import CoachFacts, Context, PlanView
from evals.coach_scorers.deadlines import purpose_words, score_answer_after_deadline, score_purpose_unanswered
from evals.coach_scorers.dimensions import sentence_load
from evals.coach_scorers.disowned import score_ours_disowned

NOTES = """From: Marta Quinn <m.quinn@lowmoor.example>
Sent: Monday, 16 November 2026 09:40
Subject: co-funding the sensor trial

Marta offered to co-fund the bridge sensor trial from her maintenance budget.
She needs our answer by 4 December: the capital committee sits on 10 December.
The May scheduling outage was our own patch, pushed without a test run; she was angry.
The October ticket-machine freeze was the vendor's firmware, not ours.
"""
NOTES_US = """Dates are US format.
Nov 18 - Dale Ortiz asked for the dock-scheduling interface estimate; due Dec 2 for his bid.
Nov 25 - Dale: "the bid goes in Dec 4, don't make me chase."
"""


def plan(*script: str, details: str = "Nothing to add.") -> PlanView:
    lines = ["# Plan: Marta Quinn — meeting", "Quadrant: Partner · Confidence: 70%", "", "## The one thing", script[0], "",
             "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details", "",
             "### 1. Our record", details, "", "### 3. Value message", "Fewer closed lanes on the bridge."]
    return PlanView.from_markdown("\n".join(lines))


def test_purpose_words_skip_stock_purposes_and_meeting_words() -> None:
    assert purpose_words("quarterly review") == []
    assert purpose_words("project kick-off (bridge sensor trial)") == ["bridge", "sensor", "trial"]
    assert purpose_words("before the 10 Dec capital committee: co-funding offer") == ["capital", "co-funding", "offer"]


def test_purpose_unanswered_fails_when_the_lead_leaves_out_the_purposes_item() -> None:
    ctx = Context(NOTES, "Marta Quinn", purpose="answer the co-funding offer for the bridge sensor trial")
    bad = plan("Thank you for your time; how is the quarter going?", "What matters most to your team this year?")
    good = plan("Yes to your co-funding offer for the bridge sensor trial: here is how we run it.",
                "Could your maintenance lead join the first sensor walk-round?")
    assert not score_purpose_unanswered(bad, ctx).passed and "sensor" in score_purpose_unanswered(bad, ctx).reason
    assert score_purpose_unanswered(good, ctx).passed
    assert score_purpose_unanswered(bad, Context(NOTES, "Marta Quinn", purpose="quarterly review")).n == 0


def test_answer_after_the_partners_deadline_fails() -> None:
    ctx = Context(NOTES, "Marta Quinn", purpose="budget review")
    bad = plan("On the co-funding offer for the sensor trial, my answer comes by 8 December.")
    good = plan("On the co-funding offer for the sensor trial, my answer comes by 3 December, before your committee.")
    assert not score_answer_after_deadline(bad, ctx).passed and "04 Dec" in score_answer_after_deadline(bad, ctx).reason
    assert score_answer_after_deadline(good, ctx).passed


def test_answer_after_a_purpose_deadline_fails_in_month_first_notes() -> None:
    ctx = Context(NOTES_US, "Dale Ortiz", purpose="finalise IT's part of the dock-scheduling bid (submission 12/4)")
    bad = plan("Dale, the dock-scheduling estimate comes to you by Dec 7.")
    good = plan("Dale, the dock-scheduling estimate comes to you by Dec 1, ahead of the bid.")
    assert not score_answer_after_deadline(bad, ctx).passed
    assert score_answer_after_deadline(good, ctx).passed
    # A stock purpose's bracket is its topic, not a deadline: the outage's day is no due date.
    outage = Context("2026-11-20 call\n- Dale: the portal outage on 5 Nov hurt.\n", "Dale Ortiz",
                     purpose="escalation after an outage (portal, 5 Nov)")
    assert score_answer_after_deadline(plan("My answer on the portal, with one owner, comes by 1 December."), outage).passed


def test_ours_disowned_fails_when_our_miss_is_put_on_a_third_party() -> None:
    ctx = Context(NOTES, "Marta Quinn")
    bad = plan("Marta, thank you for the co-funding offer.",
               details="A third party's, not ours: the May scheduling outage after the patch. Not ours to own.")
    good = plan("Marta, thank you for the co-funding offer.",
                details="A third party's, not ours: the October ticket-machine freeze (vendor firmware).")
    assert not score_ours_disowned(bad, ctx).passed
    assert score_ours_disowned(good, ctx).passed


def test_ours_disowned_reads_the_keys_labels() -> None:
    key = {"misses": [{"text": "May scheduling outage (our patch)", "cause": "us", "forgiven": False},
                      {"text": "ticket-machine freeze", "cause": "third_party", "forgiven": None}]}
    ctx = Context(NOTES, "Marta Quinn", facts=CoachFacts.from_dict(_coach(key)))
    bad = plan("Marta, thanks.", details="A third party's, not ours (noted on 3 June): the May scheduling outage.")
    good = plan("Marta, thanks.", details="A third party's, not ours (noted on 20 October): the ticket-machine freeze.")
    assert not score_ours_disowned(bad, ctx).passed and "(key)" in score_ours_disowned(bad, ctx).reason
    assert score_ours_disowned(good, ctx).passed


def test_sentence_load_grows_with_the_sentences_to_stand_behind() -> None:
    short = plan("Yes to the co-funding offer.", "Who runs the trial on your side?")
    long = plan(*[f"Point {i}: the sensor trial needs item {i} agreed with your team." for i in range(70)])
    assert sentence_load(short) == 0.0
    assert sentence_load(long) == 1.0
