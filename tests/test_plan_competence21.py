"""The competence section makes no negative claim it cannot check: with a miss in the notes that reads as a third
party's, it tells the CIO to check, never "No miss of ours still weighs"."""
from __future__ import annotations

import pytest

from tests.plan_training_helpers import plan_all


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return plan_all(["735"], tmp_path_factory.mktemp("competence21"))


def test_a_third_party_miss_gets_a_check_not_a_claim(plans) -> None:  # type: ignore[no-untyped-def]
    plan = plans["735"]
    competence = next((s.text for s in plan.sections if s.key == "competence"), "")
    whole = "\n".join([plan.one_thing, *plan.script, *(s.text for s in plan.sections)])
    assert "No miss of ours still weighs" not in whole
    assert "sorry" not in whole.lower()
    # session 20 (voice26): the method line "Check whether a miss of ours still weighs" is gone; with nothing of ours to
    # prove, the competence section is left out rather than filled with a claim
    assert competence == "", competence

