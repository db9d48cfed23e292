"""Session-18 coach scorer (evals/coach_scorers/settled.py): a thing the plan calls open that a later note tells
delivered, on an invented plan it must pass and one it must fail. The notes are written for this test (a ticket
history with ISO dates and a bracketed delivery line), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView
from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS, features
from evals.coach_scorers.settled import open_delivered, score_open_delivered

TICKETS = """2026-05-04
TCK-311 | Marta Quist asked for a shift-swap screen in the rota app for the night nurses.
Our reply: you'll have it by 30 June.
2026-06-27
TCK-311 | [Shift-swap screen went live for all wards on 27 June.] Marta: "Works, the nurses love it."
2026-10-12
TCK-402 | Marta asked for a priced option covering the second clinic's rota by 20 November.
"""


def plan(one_thing: str, *script: str, details: str = "Nothing to add.") -> PlanView:
    lines = ["# Plan: Marta Quist — meeting", "Quadrant: Utility · Confidence: 70%", "", "## The one thing", one_thing,
             "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details", "",
             "### 1. Our record", details]
    return PlanView.from_markdown("\n".join(lines))


CTX = Context(TICKETS, "Marta Quist", purpose="rota review")


def test_open_delivered_fails_when_a_line_calls_open_what_a_later_note_tells_live() -> None:
    by_day = plan("Answer Marta on the second clinic.", "What you asked on 4 May is still open.")
    by_name = plan("Answer Marta on the second clinic.", "Your shift-swap screen is still open; my answer comes soon.",
                   details="request, theirs, open (2026-05-04): the shift-swap screen for the night nurses.")
    for bad in (by_day, by_name):
        failed = score_open_delivered(bad, CTX)
        assert not failed.passed and "went live" in failed.reason


def test_open_delivered_passes_when_what_is_called_open_is_still_open() -> None:
    good = plan("Answer Marta on the second clinic.",
                "The shift-swap screen went live on 27 June; the nurses use it.",
                "Your costed option for the second clinic's rota is still open: you'll have it by 20 November.")
    assert open_delivered(good, CTX) == []
    assert score_open_delivered(good, CTX).passed


def test_open_delivered_enters_d_with_delivered_asked() -> None:
    assert "delivered_any" in DEFAULT_WEIGHTS["d"] and "delivered_asked" not in DEFAULT_WEIGHTS["d"]
    assert not {"open_delivered", "delivered_any"} & {k for d, w in DEFAULT_WEIGHTS.items() if d != "d" for k in w}
    view = plan("Answer Marta.", "What you asked on 4 May is still open.")
    scores = {"open_delivered": score_open_delivered(view, CTX).to_dict()}
    assert features(scores, view, CTX, 0)["delivered_any"] == 1.0
