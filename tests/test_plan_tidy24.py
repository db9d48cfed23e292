"""Small tidy-ups (tidy24): a surname keeps its particle ("van Wyk", never "Wyk")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.planning import situation_cues as cue
from assistant.schema import Plan
from tests.plan_training_helpers import plan_all


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["778"], Path(tmp_path_factory.mktemp("tidy24")))


def _everything(plan: Plan) -> str:
    parts = [plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections)]
    parts += [o.text for o in plan.open_items] + [f"{a.topic} {a.why}" for a in plan.avoid]
    return " ".join(parts)


@pytest.mark.parametrize("text, name", [
    ("We met Pieter van Wyk (her fraud lead) on Monday.", "Pieter van Wyk"),
    ("Anna da Silva (data lead) joined late.", "Anna da Silva"),
    ("Spoke with Karl von Berg, her deputy, about it.", "Karl von Berg"),
])
def test_person_keeps_particle(text: str, name: str) -> None:
    assert cue.PERSON.search(text).group("name") == name


def test_plan_never_cuts_a_particle_surname(plans: dict[str, Plan]) -> None:
    text = _everything(plans["778"])
    for surname in ("Groot", "Horst"):
        for m in re.finditer(rf"\b{surname}\b", text):
            assert text[:m.start()].endswith(("de ", "ter ")), text[max(0, m.start() - 40):m.end()]
