"""Session-17 coach scorers (evals/coach_scorers/aloud.py): each on an invented plan it must pass and one it must
fail. The notes are written for these tests (minutes with an action table and a dated e-mail), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView
from evals.coach_scorers.aloud import score_main_unnamed, score_not_aloud, score_value_deferred

MINUTES = """Minutes, 2026-10-06 - fleet review with Priyanka Osei (Head of Depots)
Present: Priyanka Osei, Lars Engstrom (her planner), our service lead.
- Priyanka wants fewer trucks idle at the Grimsby depot; 38 of 210 stood idle last month.
- She asked for a costed option for route telemetry by 20 November, before her capex round.

| action | owner | due |
|---|---|---|
| telemetry option with cost | us | 20 Nov |

E-mail, 2026-11-02, from Priyanka: "Lars will join on the 24th; bring the idle-truck numbers."
"""


def ctx() -> Context:
    return Context(notes=MINUTES, partner="Priyanka Osei", purpose="fleet review",
                   value_statement="Technology earns its keep by keeping every truck moving.")


def plan(one_thing: str, *script: str, followup: str = "", value: str = "") -> PlanView:
    lines = ["# Plan: Priyanka Osei — fleet review", "Quadrant: Utility · Confidence: 60%", "", "## The one thing",
             one_thing, "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)]]
    if followup:
        lines += ["", "---", "## Details", "", "### 1. Follow-ups", followup]
    if value:
        lines += ["", "### 2. Value message", value]
    return PlanView.from_markdown("\n".join(lines))


def test_not_aloud_passes_lines_a_cio_can_say() -> None:
    good = plan("Give Priyanka the costed telemetry option before her capex round.",
                "You asked on 6 October for a costed telemetry option; here it is, with the cost per truck.",
                "38 of your 210 trucks stood idle last month; the option shows which ones it would free.",
                followup="- Send the option to Lars - service lead, by 20 November.")
    assert score_not_aloud(good).passed


def test_not_aloud_fails_on_stage_directions_empty_slots_markup_and_a_yes_with_a_deferral() -> None:
    stage = plan("Give Priyanka the telemetry option.",
                 "On the telemetry option: say where it stands today, with one owner and a date (your note of 6 "
                 "October: “costed option by 20 November”).")
    failed = score_not_aloud(stage)
    assert not failed.passed and "instruction" in failed.reason and failed.value == 0.5
    empty = plan("Give Priyanka the telemetry option.", "The option reaches you this week.",
                 followup="- Telemetry option - service lead, by None.")
    assert "None" in score_not_aloud(empty).reason
    markup = plan("Give Priyanka the telemetry option.", "You'll have ** telemetry option by 20 November.",
                  "The sheet reads depot,trucks,idle,Grimsby.")
    assert "markup" in score_not_aloud(markup).reason
    both = plan("Give Priyanka the telemetry option.", "Thank you for asking Lars along: yes.",
                "On the telemetry option, my answer comes by 30 November.")
    failed = score_not_aloud(both)
    assert not failed.passed and "a yes and a deferral" in failed.reason


def test_main_unnamed_fails_when_the_lines_to_say_name_only_dates() -> None:
    named = plan("Give Priyanka the costed telemetry option.", "38 trucks stood idle at Grimsby last month.")
    assert score_main_unnamed(named, ctx()).passed
    person = plan("Give Priyanka the costed telemetry option.", "Lars can see the option before the 24th.")
    assert score_main_unnamed(person, ctx()).passed
    dated = plan("Answer what Priyanka asked on 6 October.",
                 "What you asked on 6 October is still open; what we have comes by 20 November.")
    failed = score_main_unnamed(dated, ctx())
    assert not failed.passed and "dates aside" in failed.reason


def test_value_deferred_fails_on_a_deferral_in_place_of_her_goal() -> None:
    ask = "Give Priyanka the costed telemetry option."
    goal = plan(ask, "The option is ready.", value="Priyanka, fewer trucks idle at Grimsby is the aim; the option shows "
                                                   "which of the 38 it frees. My answer on the cost comes by 20 November.")
    assert score_value_deferred(goal, ctx()).passed
    deferred = plan(ask, "The option is ready.",
                    value="Priyanka, your request of 6 October: my answer comes by 20 November.")
    failed = score_value_deferred(deferred, ctx())
    assert not failed.passed and "defers" in failed.reason
    assert score_value_deferred(plan(ask, "The option is ready.", value="Priyanka, what we have comes today."),
                                ctx()).value == 1.0


def test_the_new_scorers_are_candidates_of_their_own_dimensions_only() -> None:
    from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS

    assert "not_aloud" in DEFAULT_WEIGHTS["d"] and "main_unnamed" in DEFAULT_WEIGHTS["c"]
    assert not any("not_aloud" in DEFAULT_WEIGHTS[d] for d in "abcef")
    assert not any("main_unnamed" in DEFAULT_WEIGHTS[d] for d in "abdef")
    assert [d for d in DEFAULT_WEIGHTS if "value_deferred" in DEFAULT_WEIGHTS[d]] == ["f"]
