"""Session-9 coach scorers (evals/coach_scorers/status_lines.py): each on a plan it must pass and one it must fail.
The notes and plans here are written for these tests, not taken from rated sets."""

from __future__ import annotations

from evals.coach_scorers import CoachFacts, Context, PlanView
from evals.coach_scorers.facts import Item
from evals.coach_scorers.history import score_no_promise_claim
from evals.coach_scorers.status_lines import (
    score_asked_done,
    score_cause_unrecorded,
    score_kept_early,
    score_no_complaint_claim,
    score_own_promise_missing,
    score_stock_step,
    score_yes_in_principle,
)

NOTES = """Partner: Tomasz Wilk, Head of Logistics
2026-06-03 meeting
- Dock scanners failed for a morning: our certificate renewal, our miss.
- We promised the yard camera feed by 20 December.
2026-09-14 call
- Tomasz, sharply: "I am not defending this to the board again."
- He invited me to the depot open day on 2 October.
- Tomasz asked for a dock rota app for the night shift.
- He asked for a pallet tracking dashboard.
2026-10-01 note
- Dock rota app went live on time, 28 September. Tomasz: "The night shift loves it, thank you."
"""
FACTS = CoachFacts(open_items=[Item("yard camera feed", kind="promise", date="2026-12-20")])
CTX = Context(NOTES, "Tomasz Wilk", facts=FACTS)
QUIET = Context("Partner: Ana Ruiz\n2026-05-02 meeting\n- Ana asked for the rota report. No complaints about the rollout.\n",
                "Ana Ruiz")


def md(one_thing: str, script: list[str], details: str = "") -> PlanView:
    lines = ["# Plan: Tomasz Wilk — quarterly review", "Quadrant: Utility · Confidence: 60%", "", "## The one thing",
             one_thing, "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details", "",
             "### 1. Our record", details or "Nothing to add."]
    return PlanView.from_markdown("\n".join(lines))


def test_cause_unrecorded_fails_when_the_notes_give_the_cause() -> None:
    bad = md("Own the scanner miss.", ["Tomasz, the dock scanners were down."],
             "Cause not recorded (noted on 3 June): “Dock scanners failed for a morning.” Check before owning it.")
    good = md("Own the scanner miss.", ["Tomasz, the dock scanners failing was our certificate renewal: our miss."],
              "Ours (noted on 3 June): “Dock scanners failed for a morning.” Own it.")
    assert score_cause_unrecorded(bad, CTX).value == 1.0
    assert score_cause_unrecorded(good, CTX).passed


def test_kept_early_fails_for_a_promise_marked_kept_before_its_date() -> None:
    bad = md("Confirm the camera feed.", ["Tomasz, the yard camera feed is coming."],
             "Promised on 3 June: “the yard camera feed by 20 December”, due 2026-12-20 (kept).")
    good = md("Confirm the camera feed.", ["Tomasz, the yard camera feed is coming."],
              "Promised on 3 June: “the yard camera feed by 20 December”, due 2026-12-20 (open).")
    assert score_kept_early(bad, CTX).value == 1.0
    assert score_kept_early(good, CTX).passed


def test_no_complaint_claim_fails_after_a_rebuke_and_passes_without_one() -> None:
    plan = md("Own the scanner miss.", ["Tomasz, the scanners were our miss."],
              "Ours (noted on 3 June): dock scanners. No complaint from them is on record: leave it unless Tomasz raises it.")
    assert score_no_complaint_claim(plan, CTX).value == 1.0
    assert score_no_complaint_claim(plan, QUIET).passed


def test_yes_in_principle_fails_and_a_plain_yes_passes() -> None:
    bad = md("Answer the invitation.", ["Thank you for the invitation to the open day: yes in principle."])
    good = md("Answer the invitation.", ["Thank you for the invitation to the open day on 2 October: yes, I will be there."])
    assert score_yes_in_principle(bad).value == 1.0
    assert score_yes_in_principle(good).passed


def test_own_promise_missing_reads_the_labelled_promises() -> None:
    bad = md("Talk about the open day.", ["Tomasz, thank you for the open day invitation."])
    good = md("Confirm the yard camera feed.", ["Tomasz, the yard camera feed reaches you by 20 December."])
    assert score_own_promise_missing(bad, CTX).value == 1.0
    assert score_own_promise_missing(good, CTX).passed
    assert score_own_promise_missing(bad, QUIET).n == 0  # no labels: nothing to miss


def test_stock_step_fails_on_a_template_lead() -> None:
    bad = md("Agree one next step the partner can hold us to.", ["Tomasz, what one fix would help you most?"])
    good = md("Confirm the yard camera feed for 20 December.", ["Tomasz, the yard camera feed reaches you by 20 December."])
    assert score_stock_step(bad).value == 1.0
    assert score_stock_step(good).passed


def test_no_promise_claim_reads_no_promise_is_open() -> None:
    bad = md("Agree the priorities.", ["Tomasz, thank you."], "No promise or miss of ours is open with Tomasz.")
    good = md("Agree the priorities.", ["Tomasz, thank you."], "The yard camera feed is ours, due 20 December.")
    assert score_no_promise_claim(bad, CTX).value == 1.0
    assert score_no_promise_claim(good, CTX).passed


def test_asked_done_fails_when_a_later_note_has_the_ask_delivered() -> None:
    bad = md("Answer the rota request.", ["What you asked on 14 September is still open: the dock rota app."])
    good = md("Answer the dashboard request.", ["What you asked on 14 September is still open: the pallet dashboard."])
    assert score_asked_done(bad, CTX).value == 1.0
    assert score_asked_done(good, CTX).n == 1
    assert score_asked_done(good, CTX).passed
