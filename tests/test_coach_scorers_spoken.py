"""Session-14 coach scorers (evals/coach_scorers/spoken.py): each on an invented plan it must pass and one it must
fail. The notes are written for these tests (a Slack export with clock stamps, a dated log with a delivery and the
partner's thanks, a note with the next meeting's day in day-month and dotted form), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView
from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS
from evals.coach_scorers.spoken import (
    meeting_day,
    score_delivered_asked,
    score_pronoun_swap,
    score_raw_export,
    score_step_before_meeting,
)

SLACK = """2026-11-03
[09:12] Oskar Lind: the new label printers took 20 minutes to swap, not bad
[09:13] Oskar Lind: my team is fast when IT is fast, that's all I need
2026-11-20
Oskar wants pick errors down from 1.4% to 0.8% next year.
"""
LOG = """2026-03-02
We promised Greta a returns dashboard with a weekly refresh by end of April.
2026-04-24
Sent the returns dashboard to Greta. Her reply: "Thank you, this is exactly what I needed."
2026-11-18
Greta asked for a costed option for the second warehouse by 15 December.
Next meeting: 10 December, her office.
"""
DOTTED = """2026-11-25
Gerrit asked for the licence figure by 18 December, for the budget he signs on the 21st.
Meeting on 14.12 (Monday), 45 min.
"""


def plan(one_thing: str, *script: str, details: str = "Nothing to add.", partner: str = "Oskar Lind") -> PlanView:
    lines = [f"# Plan: {partner} — meeting", "Quadrant: Utility · Confidence: 70%", "", "## The one thing", one_thing,
             "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details", "",
             "### 1. Our record", details]
    return PlanView.from_markdown("\n".join(lines))


def test_raw_export_fails_on_chat_stamps_and_mail_headers_in_a_line() -> None:
    bad = plan("Agree the pick-error target with Oskar.",
               "On 3 November you said: “20 minutes, not bad [09:13] Oskar Lind: my team is fast”.",
               details="Proof to build on: “Sent: Monday, 23 November 2026 19:41”.")
    good = plan("Agree the pick-error target with Oskar.",
                "On 3 November you said the label printers took 20 minutes to swap. You want pick errors down from "
                "1.4% to 0.8% next year.")
    failed = score_raw_export(bad)
    assert not failed.passed and failed.value == 2 and "[09:13]" in failed.reason
    assert score_raw_export(good).passed
    # "You want RMs to: ..." and "alerts from: Delivery lead" are no mail headers.
    assert score_raw_export(plan("You want RMs to: what would help?", "The alerts from: Delivery lead.")).passed


def test_pronoun_swap_fails_on_a_quote_turned_round() -> None:
    bad = plan("Agree the pick-error target.", "You want me to 20 minutes, not bad: me guys are fast.",
               "On 3 November you asked you about the printers.")
    good = plan("Agree the pick-error target.", "You told me your team is fast when IT is fast.",
                "On 3 November you asked about the printers; tell me what you think.")
    failed = score_pronoun_swap(bad)
    assert not failed.passed and failed.value == 2
    assert score_pronoun_swap(good).passed


def test_delivered_asked_fails_when_the_plan_asks_after_work_the_partner_thanked_us_for() -> None:
    ctx = Context(LOG, "Greta Holm", purpose="quarterly review")
    bad = plan("Answer Greta's request for the second warehouse.",
               "On 2 March we promised “a returns dashboard by end of April”. Did it reach you?", partner="Greta Holm")
    good = plan("Answer Greta's request for the second warehouse.",
                "The returns dashboard went to you on 24 April. Did the weekly refresh help?",
                "On 18 November you asked for a costed option for the second warehouse; is it still open?",
                partner="Greta Holm")
    failed = score_delivered_asked(bad, ctx)
    assert not failed.passed and "reach you" in failed.reason
    assert score_delivered_asked(good, ctx).passed


def test_step_before_meeting_fails_on_a_step_dated_before_its_meeting_or_a_year_back() -> None:
    ctx = Context(LOG, "Greta Holm", purpose="quarterly review")
    assert meeting_day(ctx).isoformat() == "2026-12-10"
    early = plan("Answer Greta.", "You'll have the costed option by 5 December, with one owner.", partner="Greta Holm")
    stale = plan("Answer Greta.", "You'll have the costed option at the meeting.",
                 details="Answer Greta's request: CIO, by 2026-01-11.", partner="Greta Holm")
    good = plan("Answer Greta.", "You'll have the costed option by 12 December, before your 15 December date.",
                details="Promised on 2 March: a returns dashboard, due 2026-04-30 (kept).", partner="Greta Holm")
    failed = score_step_before_meeting(early, ctx)
    assert not failed.passed and "2026-12-10" in failed.reason
    assert not score_step_before_meeting(stale, ctx).passed
    assert score_step_before_meeting(good, ctx).passed
    dotted = Context(DOTTED, "Gerrit Baan", purpose="budget review")
    assert meeting_day(dotted).isoformat() == "2026-12-14"
    assert not score_step_before_meeting(plan("Bring the figure.", "You'll have it by 11 December."), dotted).passed
    assert score_step_before_meeting(plan("Bring the figure.", "You'll have it today, 14 December."), dotted).passed


def test_the_chosen_two_enter_d_only() -> None:
    # Session 18: delivered_asked enters d as delivered_any (it or settled.open_delivered).
    assert {"pronoun_swap", "delivered_any"} <= set(DEFAULT_WEIGHTS["d"])
    assert not {"raw_export", "step_before_meeting"} & {k for w in DEFAULT_WEIGHTS.values() for k in w}
    assert not {"pronoun_swap", "delivered_asked"} & {k for d, w in DEFAULT_WEIGHTS.items() if d != "d" for k in w}
