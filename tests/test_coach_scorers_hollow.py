"""Session-16 coach scorers (evals/coach_scorers/hollow.py): each on an invented plan it must pass and one it must
fail. The notes are written for these tests (a bulleted call log with a courier's outage the partner closed and a
goal in her own words), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView
from evals.coach_scorers.hollow import score_value_hollow

LOG = """* 2026-09-14, call with Ines Moreau (COO)
  - The courier platform went dark for a morning; parcels sat at the depot. Ines: "That one is the courier's, not
    yours. Settled."
  - She wants returns handled inside two days so that repeat buyers come back.
* 2026-11-03, corridor chat
  - Ines asked for the returns dashboard by 20 November.
* Next meeting: 25 November
"""
STATEMENT = "Technology earns its keep by getting every order to the customer right the first time."


def ctx() -> Context:
    return Context(notes=LOG, partner="Ines Moreau", value_statement=STATEMENT, purpose="returns review")


def plan(*script: str, value: str = "") -> PlanView:
    lines = ["# Plan: Ines Moreau — returns review", "Quadrant: Partner · Confidence: 60%", "", "## The one thing",
             "Show Ines the returns dashboard.", "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)]]
    if value:
        lines += ["", "---", "## Details", "", "### 1. Value message", value]
    return PlanView.from_markdown("\n".join(lines))


def test_value_hollow_fails_on_a_bare_question_or_a_message_without_her_goal_or_numbers() -> None:
    good = plan("The dashboard reaches you by 20 November.",
                value="Ines, returns handled inside two days is what brings your repeat buyers back; the dashboard "
                      "shows the days per return from 20 November.")
    question = plan("The dashboard reaches you by 20 November.", value="What would make next year a success for you?")
    generic = plan("The dashboard reaches you by 20 November.",
                   value="For you, technology earns its keep by getting every order to the customer right the first "
                         "time, across the whole business.")
    assert score_value_hollow(good, ctx()).passed
    failed = score_value_hollow(question, ctx())
    assert not failed.passed and failed.value == 1.0 and "only questions" in failed.reason
    failed = score_value_hollow(generic, ctx())
    assert not failed.passed and "goals" in failed.reason and "number" in failed.reason and "says little" not in failed.reason


def test_value_hollow_is_a_candidate_of_f_only() -> None:
    from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS

    assert "value_hollow" in DEFAULT_WEIGHTS["f"]
    assert not any("value_hollow" in DEFAULT_WEIGHTS[d] for d in "abcde")
