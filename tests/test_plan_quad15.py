"""Rubric a and b (diagnosis and aim), session 15 (training partners 437-446).

- the partner's own label for IT as a cost ("the overhead on the third floor", "still thinks we are expensive") and a
  miss still carried ("the example she reaches for", "not over it", "one more term") read as a cost centre, whatever
  the thanks for on-time paperwork;
- joint work at the top (co-presenting to a board, "changes how we make decisions", IT wanted in the room, co-funding)
  with a shared or a vendor's cause for the slips reads as a partner with competence clearly proven;
- "the plumbing" said with trust is dependence T, not doubt; a label the partner says they dropped is no label;
- a partner's recent stance against anything new ("not looking for anything clever", "no new projects next year") holds
  the aim: no teaching aim, no "what better information could do"; the CIO's own guess or a stance since outgrown does not.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from plan_training_helpers import parsed, plan_all, top

from assistant.factory import build_engine
from assistant.perception.cues import cue_hits
from assistant.schema import Assessment, Plan
from assistant.settings import Settings


@pytest.fixture(scope="module")
def assessed() -> dict[str, Assessment]:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp(prefix="quad15"))), None)
    out = {}
    for prefix in ("437", "438", "442", "443", "444", "445"):
        p = parsed(prefix)
        out[prefix] = engine.assess(p.notes, partner=p.partner)
    return out


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(["439", "440", "441", "446"], tmp_path_factory.mktemp("quad15plans"))


def _section(plan: Plan, start: str) -> str:
    return " ".join(s.text for s in plan.sections if s.title.lower().startswith(start))


def test_cost_labels_and_a_carried_miss_read_as_cost_centre(assessed: dict[str, Assessment]) -> None:
    assert (assessed["437"].dependence, assessed["437"].competence) == ("T", "doubted")
    assert assessed["444"].quadrant == "cost_centre"


@pytest.mark.parametrize("prefix", ["438", "445"])
def test_joint_work_at_the_top_is_partner_evidence(assessed: dict[str, Assessment], prefix: str) -> None:
    a = assessed[prefix]
    assert a.quadrant == "partner"
    assert a.scores["competence_proven"] >= 2 * a.scores["competence_doubted"]  # shared or vendor slips are no doubt of us


def test_plumbing_with_trust_and_a_dropped_label_are_no_doubt(assessed: dict[str, Assessment]) -> None:
    assert assessed["443"].quadrant == "utility"
    assert assessed["442"].competence == "proven"


@pytest.mark.parametrize("sentence", [
    "He calls IT the money pit of the group.",
    "To the exec team we are just overhead.",
    "She still thinks the IT team is too expensive.",
    'In the pre-read she wrote "the cost centre in the basement".',
    "Reckons IT costs the business a fortune.",
])
def test_cost_labels(sentence: str) -> None:
    hits = cue_hits(sentence)
    assert "label" in hits and "doubted" in hits and "T" in hits


@pytest.mark.parametrize("sentence", [
    "He no longer sees IT as a cost centre.",
    "The overhead projector in room 4 broke.",
    "Cost centre 7710 was charged twice by the bank.",
])
def test_no_label(sentence: str) -> None:
    assert "label" not in cue_hits(sentence)


@pytest.mark.parametrize("sentence", [
    "He is still not over the March outage.",
    "The March outage is still the story he reaches for.",
    "She brought the exam failure up again, unprompted.",
    "Gave us one more quarter to sort the tills.",
])
def test_a_miss_still_carried(sentence: str) -> None:
    assert "unhealed" in cue_hits(sentence)


@pytest.mark.parametrize("sentence", [
    "She asked me to co-present the model to the trustees in March.",
    "For the first time IT has given us something that changes a decision on stock.",
    "He wants IT in the room when the plan is argued.",
    "We will show it as a joint result at the committee.",
])
def test_joint_work(sentence: str) -> None:
    hits = cue_hits(sentence)
    assert "trust" in hits and "doubted" not in hits


@pytest.mark.parametrize("sentence", [
    'Cause shared: her planners sent the file late and our job failed.',
    '"Half mine, half yours. Let\'s not repeat it."',
    '"I know it\'s the supplier, just give me a date."',
])
def test_shared_or_vendor_cause(sentence: str) -> None:
    hits = cue_hits(sentence)
    assert "third_party" in hits and "doubted" not in hits


@pytest.mark.parametrize("prefix", ["439", "440"])
def test_a_stance_against_new_things_holds_the_aim(plans: dict[str, Plan], prefix: str) -> None:
    plan = plans[prefix]
    teach = _section(plan, "what to teach")
    assert teach.startswith("Aim: hold at") and "Teach nothing new" in teach
    said = " ".join([top(plan), _section(plan, "questions")]).lower()
    for pushy in ("better information", "wish you had sooner", "spreadsheet stand in", "too little information"):
        assert pushy not in said


@pytest.mark.parametrize("prefix", ["441", "446"])
def test_a_guess_or_an_outgrown_stance_does_not_hold(plans: dict[str, Plan], prefix: str) -> None:
    assert "Aim: hold" not in _section(plans[prefix], "what to teach")
