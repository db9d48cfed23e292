"""Session-13 coach scorers (evals/coach_scorers/aims.py): each on an invented plan it must pass and one it must fail.
The notes, purposes and plans are written for these tests (a Teams chat export, minutes with numbered actions, a
voice-memo transcript), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView
from evals.coach_scorers.aims import (
    score_apology_healed,
    score_partner_unnamed,
    score_purpose_pasted,
    score_value_goal_missing,
    slot_kind,
)
from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS

TEAMS = """[03/11/2026 08:12] Ines Varga: Our target for 2027 is first-time fix rate up from 71% to 85%.
[03/11/2026 08:14] Ines Varga: I need a costed proposal for the van tablets by 20 November, the board meets on the 26th.
[03/11/2026 08:20] CIO: Noted, will come back.
"""
MINUTES = """Minutes, ops review, 14 October 2026
1. The 2 October dispatch outage: Priya (IT) walked Tomas through the cause, a bad release of ours.
   Tomas on the dispatch outage: "Done. We're fine, let's move on."
2. The 9 Oct label-printer stop was the print vendor's firmware; Tomas knows it was not ours.
3. Action: Tomas to share the route-density numbers by 30 October.
"""
MEMO = """Voice memo, 2 December 2026, transcribed.
Bram Kessel wants the cold-store sensors live before the January audit. He offered two of his engineers for the pilot.
"""


def plan(one_thing: str, *script: str, value: str = "", details: str = "Nothing to add.",
         partner: str = "Ines Varga") -> PlanView:
    lines = [f"# Plan: {partner} — meeting", "Quadrant: Partner · Confidence: 70%", "", "## The one thing", one_thing,
             "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details", "",
             "### 1. Our record", details, "", "### 3. Value message", value]
    return PlanView.from_markdown("\n".join(lines))


def test_slot_kind_tells_a_goal_from_a_request_or_a_deadline() -> None:
    assert slot_kind("first-time fix up from 71% to 85% next year") == "goal"
    assert slot_kind("to sell pumps as a service") == "goal"
    assert slot_kind("a costed proposal for the van tablets") == "ask"
    assert slot_kind("me to give them access by the 15th") == "ask"
    assert slot_kind("the tablets on the vans by 20 November") == "ask"


def test_value_goal_missing_fails_on_a_request_or_deadline_as_the_goal() -> None:
    ctx = Context(TEAMS, "Ines Varga", purpose="quarterly review")
    bad = plan("Bring the tablet proposal.", "Here is the proposal.",
               value="Ines, you need a costed proposal for the van tablets by 20 November. "
                     "Your request of 3 November: my answer comes by 19 November.")
    good = plan("Bring the tablet proposal.", "Here is the proposal.",
                value="Ines, you want first-time fix up from 71% to 85% next year; the tablets put the job history "
                      "in the engineer's hand at the door, which is where a repeat visit is won or lost.")
    failed = score_value_goal_missing(bad, ctx)
    assert not failed.passed and "costed proposal" in failed.reason
    assert score_value_goal_missing(good, ctx).passed
    empty = score_value_goal_missing(plan("Bring the proposal.", "Here it is.", value=""), ctx)
    assert not empty.passed and empty.reason == "no value message"
    assert score_value_goal_missing(plan("x", "y", value="Ines, as you put it, every repeat visit costs a customer."),
                                    ctx).passed


def test_apology_healed_fails_on_a_miss_the_partner_closed_or_that_was_a_vendors() -> None:
    ctx = Context(MINUTES, "Tomas Berg", purpose="quarterly review")
    closed = plan("Own the dispatch outage.", "The 2 October dispatch outage was ours; I am sorry.", partner="Tomas Berg")
    vendor = plan("Own the printer stop.", "I apologise for the label-printer stop on 9 Oct.", partner="Tomas Berg")
    good = plan("Thank Tomas for the route-density numbers.", "Thank you for the route-density numbers; here is what we "
                "will do with them.", partner="Tomas Berg")
    assert not score_apology_healed(closed, ctx).passed and "Done" in score_apology_healed(closed, ctx).reason
    assert not score_apology_healed(vendor, ctx).passed and "vendor" in score_apology_healed(vendor, ctx).reason
    assert score_apology_healed(good, ctx).passed


def test_purpose_pasted_counts_lines_that_hold_the_purpose_word_for_word() -> None:
    ctx = Context(MEMO, "Bram Kessel", purpose="accept his offer of two engineers and agree the cold-store sensor date")
    bad = plan("Yes to the accept his offer of two engineers and agree the cold-store sensor date.",
               "Which date works?", partner="Bram Kessel")
    good = plan("Say yes to Bram's two engineers and fix the sensor go-live before the January audit.",
                "Bram, yes to your two engineers: can they start on 7 December?", partner="Bram Kessel")
    assert not score_purpose_pasted(bad, ctx).passed and score_purpose_pasted(bad, ctx).value == 1.0
    assert score_purpose_pasted(good, ctx).passed
    assert score_purpose_pasted(bad, Context(MEMO, "Bram Kessel", purpose="quarterly review")).n == 0


def test_partner_unnamed_fails_when_the_plan_calls_them_the_partner() -> None:
    bad = plan("Your partner reads as cost centre: lead with the tablets.", "The partner asked for a proposal.")
    good = plan("Ines asked for the tablet proposal: lead with it.", "Ines, here is the tablet proposal you asked for.")
    assert not score_partner_unnamed(bad).passed and score_partner_unnamed(bad).value == 2.0
    assert score_partner_unnamed(good).passed


def test_the_session_13_features_are_candidates_of_their_dimensions() -> None:
    assert "value_goal_missing" in DEFAULT_WEIGHTS["f"] and "purpose_pasted" in DEFAULT_WEIGHTS["d"]
    assert "wrong_apology_any" in DEFAULT_WEIGHTS["b"] and "partner_unnamed" in DEFAULT_WEIGHTS["e"]
