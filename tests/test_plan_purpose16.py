"""Every item the meeting's purpose names is in the main view (purpose_anchor.py)."""

from __future__ import annotations

from pathlib import Path

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.purpose_anchor import head_of, named_in, purpose_items
from assistant.schema import Plan
from assistant.settings import Settings
from tests.plan_training_helpers import STATEMENT, TODAY, parsed


def _plan(prefix: str, purpose: str, data_dir: Path) -> Plan:
    engine = build_engine(Settings(data_dir=data_dir), None)
    p = parsed(prefix)
    return engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner), purpose, STATEMENT, [], TODAY))


def _named(plan: Plan, item: str) -> bool:
    """Named in the main view: the one thing, a line to say, or the open list (round 17: an item no sentence can answer)."""
    return any(named_in(item, line) for line in [plan.one_thing, *plan.script, *(f"{o.text} {o.quote}" for o in plan.open_items)])


def test_purpose_items_drop_framing_and_their_event() -> None:
    items = purpose_items("give her an answer on the cash forecast before her budget closes, and account for the access review report")
    assert items == ["the cash forecast", "the access review report"]
    assert [head_of(i) for i in items] == ["foreca", "report"]  # stems
    assert purpose_items("regular 1:1; progress on the pallet printer plan") == ["the pallet printer plan"]


def test_every_purpose_item_is_in_the_main_view(tmp_path: Path) -> None:
    plan = _plan("480", "1:1; progress on the pallet printer plan and the driver hiring", tmp_path)
    assert _named(plan, "the pallet printer plan"), plan.script
    assert _named(plan, "the driver hiring") or not any("driver" in line for line in plan.script)
    assert len(plan.script) <= 3
    assert not plan.script[0].startswith("On the driver hiring")  # the purpose's first item (the one thing's) leads


def test_second_item_of_a_two_part_purpose_is_answered(tmp_path: Path) -> None:
    plan = _plan("481", "answer her cash forecast question and account for the access review report", tmp_path)
    assert _named(plan, "the cash forecast"), plan.script
    assert not any(line.startswith("On her ") for line in plan.script)  # said to her: "your", never "her"
    assert _named(plan, "the access review report"), plan.script
    assert len(plan.script) <= 3
    for line in plan.script:  # a line to say is a sentence to her, never an instruction with a note pasted in
        assert "say where it stands" not in line and "your note of" not in line, line
