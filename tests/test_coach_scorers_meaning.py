"""Session-15 coach scorers (evals/coach_scorers/meaning.py): each on an invented plan it must pass and one it must
fail. The notes are written for these tests (an e-mail thread with a quoted reply, a dated log with the partner's goal
and a next-meeting line), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView
from evals.coach_scorers.meaning import (
    partner_requests,
    score_request_unnamed,
    score_unactionable,
    score_unsound_lines,
    score_value_off_terms,
)

THREAD = """2026-10-05
Quarterly call with Hanna. She wants dock-to-stock time down from 3 days to 1 so that the new cold store pays back.
I told her: "Let me get you a costed option for the scanners."
2026-11-16
From: Hanna Berg
To: CIO
Subject: scanners before the cold store opens
Could you send me the scanner rollout plan and its cost by 4 December? I take it to the board on the 8th.
> CIO wrote: happy to look at it
2026-11-20
Hanna praised the night shift's new pick lists: "the pickers finally trust the screen."
Next meeting: 1 December.
"""
STATEMENT = "Technology earns its keep by getting every pallet into the right bay on the first scan."


def ctx() -> Context:
    return Context(notes=THREAD, partner="Hanna Berg", value_statement=STATEMENT, purpose="quarterly review")


def plan(one_thing: str, *script: str, value: str = "", details: str = "Nothing to add.",
         followup: str = "") -> PlanView:
    lines = ["# Plan: Hanna Berg — quarterly review", "Quadrant: Utility · Confidence: 70%", "", "## The one thing",
             one_thing, "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details",
             "", "### 1. Our record", details]
    if value:
        lines += ["", "### 2. Value message", value]
    if followup:
        lines += ["", "### 3. Follow-ups", followup]
    return PlanView.from_markdown("\n".join(lines))


def test_partner_requests_reads_the_dated_ask_not_our_own_offer() -> None:
    asks = partner_requests(ctx())
    assert asks and "scanner rollout plan" in asks[0][0] and asks[0][1] is not None
    assert not any(a.startswith("I told her") for a, _ in asks)


def test_request_unnamed_passes_when_the_main_view_names_the_ask_in_any_words() -> None:
    good = plan("Give Hanna the scanner rollout plan with its cost before her board.",
                "Hanna, the rollout plan and cost reach you by 3 December.")
    bad = plan("Thank Hanna for the praise of the pick lists.", "What would make next year a success for you?")
    assert score_request_unnamed(good, ctx()).passed
    failed = score_request_unnamed(bad, ctx())
    assert not failed.passed and "scanner rollout plan" in failed.reason


def test_unsound_lines_fails_on_our_words_quoted_as_hers_and_cut_lines() -> None:
    good = plan("Give Hanna the scanner rollout plan.",
                "On 20 November you said “the pickers finally trust the screen.”",
                "The rollout plan and its cost reach you by 3 December.")
    bad = plan("Give Hanna the scanner rollout plan.",
               "On 5 October you asked: “Let me get you a costed option for the scanners.”",
               "Yes: I'll be at the board on 8 December —.", "You want me to the pallets to land in the on bay.")
    assert score_unsound_lines(good, ctx()).passed
    failed = score_unsound_lines(bad, ctx())
    assert not failed.passed and failed.value >= 3 and "Let me get you" in failed.reason


def test_unactionable_fails_without_a_dated_promise_or_with_one_after_her_deadline() -> None:
    good = plan("Give Hanna the scanner rollout plan before her board.",
                "Hanna, I will send the rollout plan and its cost by 3 December.",
                "Which part of the cost will the board push on?")
    late = plan("Give Hanna the scanner rollout plan.", "I will send the rollout plan by 12 December.")
    vague = plan("Agree a next step.", "What matters most?", "What worries you?", "How do we help?",
                 "What would success look like?")
    assert score_unactionable(good, ctx()).passed
    assert "after their deadline" in score_unactionable(late, ctx()).reason
    failed = score_unactionable(vague, ctx())
    assert not failed.passed and failed.value == 0.5  # four questions, no dated promise


def test_value_off_terms_wants_her_goal_words_not_the_statement() -> None:
    good = plan("Give Hanna the scanner rollout plan.", "The plan reaches you by 3 December.",
                value="Hanna, one scan per pallet is how dock-to-stock gets from three days to one, and the cold "
                      "store pays back on time.")
    pasted = plan("Give Hanna the scanner rollout plan.", "The plan reaches you by 3 December.",
                  value="For you, technology earns its keep by getting every pallet into the right bay.")
    assert score_value_off_terms(good, ctx()).passed
    failed = score_value_off_terms(pasted, ctx())
    assert not failed.passed and "pasted" in failed.reason and "goals" in failed.reason


def test_the_meaning_scorers_are_candidates_of_their_dimensions() -> None:
    from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS

    assert "unsound_lines" in DEFAULT_WEIGHTS["d"] and "unactionable" in DEFAULT_WEIGHTS["e"]
    assert "value_off_terms" in DEFAULT_WEIGHTS["f"] and "ask_missed" in DEFAULT_WEIGHTS["b"]
    # Session 15: alone it lowered b's nested CV (inside ask_missed only); session 23, beside open_unspoken, it raised it.
    assert "request_unnamed" in DEFAULT_WEIGHTS["b"] and "open_unspoken" in DEFAULT_WEIGHTS["b"]


MINUTES = """Stakeholder: Tomas Very, Head of Facilities

Minutes 2026-11-02
1. Tomas: "Is my badge-reader answer still coming? The landlord signs on the 20th."
2. He needs two things. A costed badge-reader swap for the east wing, by mid-November at the latest.

Minutes 2026-11-09
1. Lift sensors back online, thanks from the floor managers.
"""


def test_partner_requests_read_a_quoted_question_and_a_part_month_deadline() -> None:
    asks = partner_requests(Context(notes=MINUTES, partner="Tomas Very"))
    texts = " | ".join(a for a, _ in asks)
    assert "badge-reader answer still coming" in texts
    dated = [d for _, d in asks if d is not None]
    assert dated and dated[0].isoformat() == "2026-11-15"
    good = plan("Bring Tomas the costed badge-reader swap for the east wing.", "It reaches you by 12 November.")
    bad = plan("Thank Tomas for the lift sensors.", "What would make next year a success?")
    ctx2 = Context(notes=MINUTES, partner="Tomas Very")
    assert score_request_unnamed(good, ctx2).passed and not score_request_unnamed(bad, ctx2).passed
