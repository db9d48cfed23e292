"""A miss is owned only while it is ours and still weighs; the CIO's own words make a miss ours (session 19, training
partners 784-790).

One decision (assistant/planning/miss_live.py) reads every healing: a later fix on the same thing ("x kiosks fixed"),
quiet since ("has not been down since April"), a later closing word naming it ("about the payroll export: ... close
that chapter"), or the late thing relaunched. A healed miss gets no apology, no root-cause promise and no question
about what it cost. A fix still ahead ("in by Friday") heals nothing, and a miss raised again keeps weighing. The CIO's
own words ("Ours, plainly.", "mine, my office's", "Both sides, honestly") make a miss ours, never a third party's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, parsed, plan_all, top

from assistant.planning.cio_owning import BOTH, owned_said
from assistant.planning.miss_live import QUIET
from assistant.planning.render import plan_markdown
from assistant.planning.situation import Situation, build_situation
from assistant.schema import Plan

NEW = ["784", "785", "786", "787", "788", "789", "790"]
HEALED = ["784", "785", "786", "790"]
OWNED_BY_CIO = ["785", "787", "788"]
_APOLOGY = re.compile(r"\bsorry\b|\bapologi[sz]e\b|\bRoot cause and one owner\b|\bcost your team\b|\bThat was (?:partly )?ours\b", re.I)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def whole(plan: Plan) -> str:
    return plan_markdown(plan)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("healed25")))


@pytest.mark.parametrize("prefix", HEALED)
def test_a_healed_miss_is_not_owned(prefix: str) -> None:
    sit = situation(prefix)
    assert any(i.kind == "miss" and i.owner == "us" for i in sit.items), [(i.kind, i.owner, i.quote) for i in sit.items]
    assert not sit.owned_misses(), [i.quote for i in sit.owned_misses()]


@pytest.mark.parametrize("prefix", HEALED)
def test_no_apology_root_cause_or_cost_question_for_a_healed_miss(prefix: str, plans: dict[str, Plan]) -> None:
    text = whole(plans[prefix])
    assert not _APOLOGY.search(text), _APOLOGY.search(text)


@pytest.mark.parametrize("prefix", OWNED_BY_CIO)
def test_the_cios_own_words_make_the_miss_ours(prefix: str, plans: dict[str, Plan]) -> None:
    sit = situation(prefix)
    first = min((i for i in sit.items if i.kind == "miss"), key=lambda i: i.order)
    assert first.owner == "us", (first.quote, first.owner)
    assert "third party's" not in whole(plans[prefix])


def test_a_miss_raised_again_with_no_fix_since_still_weighs(plans: dict[str, Plan]) -> None:
    sit = situation("789")
    assert sit.owned_misses(), "a fix 'in by Friday' is still ahead; she raised the miss again in September"
    assert re.search(r"\bsorry\b", top(plans["789"]), re.I), top(plans["789"])


def test_a_miss_given_to_both_sides_is_owned_in_part(plans: dict[str, Plan]) -> None:
    assert "partly ours" in top(plans["788"]), top(plans["788"])


@pytest.mark.parametrize(("text", "owned"), [
    ("mine, my office's.", True), ("Ours, plainly.", True), ("I will not hide behind the vendor here.", True),
    ("The fault was ours.", True), ("Theirs, not ours.", False), ("My team fixed it on Friday.", False),
    ("(theirs, not a change of ours)", False), ("Not mine: the carrier's.", False),
])
def test_ownership_words(text: str, owned: bool) -> None:
    assert owned_said(text) is owned


def test_both_sides_and_quiet_since() -> None:
    assert BOTH.search("Both sides, honestly.") and BOTH.search("Both true.") and not BOTH.search("Both wards are live.")
    assert QUIET.search("The ledger has not been down since March.") and QUIET.search("The portal is quiet.")
    assert not QUIET.search("She was down about the budget.")
