"""Session-23 coach scorer (evals/coach_scorers/situation.py): open_unspoken, the share of the partner's open items
that the lines the CIO says (the one thing and the script) leave out, on an invented plan it must pass and one it must
fail. The notes are written for this test (a shared-inbox digest with day-first dates), none from a rated set."""

from __future__ import annotations

from evals.coach_scorers import Context, PlanView, score_plan
from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS, features
from evals.coach_scorers.facts import CoachFacts
from evals.coach_scorers.situation import score_open_unspoken

DIGEST = """03/11/2026 - Ines Varga (Head of Claims) wrote: can you send the triage queue figures by 20/11?
10/11/2026 - Ines Varga: would like a named owner for the scanning backlog before the January intake.
"""
FACTS = CoachFacts.from_dict({"open_items": [
    {"text": "triage queue figures by 20 November", "cues": ["triage queue"], "kind": "request", "owner": "partner"},
    {"text": "a named owner for the scanning backlog", "cues": ["scanning backlog"], "kind": "request",
     "owner": "partner"}]})
CTX = Context(DIGEST, "Ines Varga", purpose="claims review", facts=FACTS)


def plan(one_thing: str, *script: str, details: str = "Nothing to add.") -> PlanView:
    lines = ["# Plan: Ines Varga — claims review", "Quadrant: Utility · Confidence: 70%", "", "## The one thing",
             one_thing, "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details",
             "", "### 1. Open items", details]
    return PlanView.from_markdown("\n".join(lines))


def test_open_unspoken_fails_when_the_open_items_sit_only_in_the_details() -> None:
    listed = plan("Ask Ines how the quarter went.", "How is the quarter going for your team?",
                  details="The triage queue figures are owed by 20 November; the scanning backlog needs an owner.")
    failed = score_open_unspoken(listed, CTX)
    assert not failed.passed and failed.value == 1.0 and "scanning backlog" in failed.reason
    half = plan("Give Ines the triage queue figures.", "Here are the triage queue figures you asked for.")
    assert score_open_unspoken(half, CTX).value == 0.5


def test_open_unspoken_passes_when_the_lines_to_say_name_every_open_item() -> None:
    said = plan("Give Ines the triage queue figures and an owner for the scanning backlog.",
                "The triage queue figures are in this pack.", "Dana owns the scanning backlog from Monday.")
    assert score_open_unspoken(said, CTX).passed
    assert score_open_unspoken(said, Context(DIGEST, "Ines Varga", facts=CoachFacts.from_dict({"open_items": []}))).n == 0


def test_open_unspoken_is_bs_own_candidate() -> None:
    assert [d for d in DEFAULT_WEIGHTS if "open_unspoken" in DEFAULT_WEIGHTS[d]] == ["b"]
    view = plan("Ask Ines how the quarter went.", "How is the quarter going?")
    scores = {s.name: s.to_dict() for s in score_plan(view, CTX)}
    assert features(scores, view, CTX, 0)["open_unspoken"] == 1.0
