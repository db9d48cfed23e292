"""Session-11 d scorers (evals/coach_scorers/truth.py): each on a plan it must pass and one it must fail. The notes and
plans are written for these tests, in several formats (ISO log lines, US month-first dates, day-month e-mail dates)."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanCase, PlanView, score_cases
from evals.coach_scorers.truth import (
    score_clause_cut,
    score_date_word_undated,
    score_past_due,
    score_stock_tail,
    stock_tails,
)

NOTES_ISO = """2026-10-03 call w/ Tomasz Wrona (Head of Logistics, Quayside Freight)
- wants the yard-slot report weekly; asked for it by 2026-10-20
2026-11-18 site visit
- Tomasz: depot scanners fine now; pushing for the customs-hold dashboard before the 9 Dec ops board
"""
NOTES_US = """Dates are US format.
Oct 14 - Reyna Castillo asked for a cost model of the badge readers.
Nov 22 - Reyna: "the Feb 3 rollout is what I'm judged on."
"""


def plan(*script: str, value: str = "") -> PlanView:
    lines = ["# Plan: Tomasz Wrona — regular meeting", "Quadrant: Utility · Confidence: 70%", "", "## The one thing",
             script[0], "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details",
             "", "### 3. Value message", value or "Fewer held containers at the quay is what the dashboard is for."]
    return PlanView.from_markdown("\n".join(lines))


def test_date_word_without_a_date_fails_and_with_its_date_passes() -> None:
    bad = plan("I will send the customs-hold dashboard draft to you by Friday.", "What does the ops board need first?")
    good = plan("I will send the customs-hold dashboard draft to you by Friday 4 December.",
                "What does the ops board need first, next week on 9 December?")
    assert not score_date_word_undated(bad).passed and "by Friday" in score_date_word_undated(bad).reason
    assert score_date_word_undated(good).passed


def test_a_past_date_given_as_due_fails() -> None:
    ctx = Context(NOTES_ISO, "Tomasz Wrona")
    bad = plan("You will have the yard-slot report by 20 October, as you asked.")
    good = plan("You will have the customs-hold dashboard by 4 December, before the ops board on 9 December.")
    assert not score_past_due(bad, ctx).passed and "2026-11-18" in score_past_due(bad, ctx).reason
    assert score_past_due(good, ctx).passed
    assert score_past_due(good, Context("no dates here", "Tomasz")).n == 0  # nothing to compare with: skipped


def test_a_past_month_first_due_date_fails_too() -> None:
    ctx = Context(NOTES_US, "Reyna Castillo")
    assert not score_past_due(plan("I will bring the badge-reader cost model, due Nov 2, to the review."), ctx).passed
    assert score_past_due(plan("The badge readers are due Feb 3, the date you are judged on."), ctx).passed


def test_a_clause_cut_off_fails() -> None:
    for cut in ("You want the depot supervisors to:", "The dashboard gives your team the.",
                "I will put the cost model before to the board.",
                'On 3 May you asked why the depots pay for "projects we never see.'):
        assert not score_clause_cut(plan("Thanks for the scanner feedback last month.", cut)).passed, cut
    whole = plan("Thanks for the scanner feedback last month.", "You want the supervisors to see holds before 9 a.m.")
    assert score_clause_cut(whole).passed


def _run(tail_plans: int) -> dict[str, list[str]]:
    plans = {}
    for i, depot in enumerate(("Ashford", "Brill", "Corby", "Dunmow", "Eton")):
        closing = ("and that is what we kept for you." if i < tail_plans else f"and the {depot} scanners stay up.")
        plans[f"p{i}"] = (f"partner-{i}", plan(f"In the spring you asked about the yard-slot report for {depot}.",
                                              f"We rebuilt the {depot} feed last month {closing}",
                                              value=f"The point is fewer held containers at the {depot} quay."))
    return stock_tails(plans)


def test_stock_tails_are_tails_many_partners_share() -> None:
    stock = _run(4)
    assert all(len(stock[f"p{i}"]) == 1 for i in range(4)) and stock["p4"] == []
    assert not score_stock_tail(plan("x y z w v u."), stock["p0"]).passed
    assert all(v == [] for v in _run(3).values())  # three partners are not yet stock
    assert score_stock_tail(plan("Hello there my old friend."), []).passed


def test_score_cases_reports_the_new_features() -> None:
    ctx = Context(NOTES_ISO, "Tomasz Wrona")
    out = score_cases([PlanCase("a", "t", plan("You want the depot supervisors to:", "The report comes to you by Friday."), ctx)])
    feats = out["a"]["features"]
    assert feats["clause_cut"] > 0 and feats["date_word_undated"] > 0 and feats["stock_tail"] == 0.0
