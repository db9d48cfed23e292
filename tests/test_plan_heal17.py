"""Our promises and misses: which to own, which are open, which count as proof (session 15, training partners 514-519).

A promise of several things ("both benchmarks", "all three depots") is kept only when every part is in: a later line that
shows it short ("still outstanding", "two of the three", "You promised both") keeps it open and overdue. A small slip
months old, with on-time deliveries since and no word of it again, is history. A line that says the partner still holds a
miss ("not really forgiven", "hasn't let it go", "brought it up again") is never forgiveness; a shared miss they still
hold is ours in part, never a third party's. Proof to build on is a delivery that came on time and unmoved, never a
wish, a plan or a late one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, parsed, plan_all, top

from assistant.planning.kept_evidence import proof
from assistant.planning.situation import Situation, build_situation
from assistant.planning.situation_cues import FORGIVEN, HELD_STILL
from assistant.planning.situation_round8 import delivered

NEW = [str(n) for n in range(514, 520)]


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("heal17")))


def _main_view(plan) -> str:  # type: ignore[no-untyped-def]
    return " ".join([top(plan), *(f"{o.kind} {o.owner} {o.status} {o.quote}" for o in plan.open_items), *(f"{a.topic} {a.why}" for a in plan.avoid)])


@pytest.mark.parametrize("prefix,thing", [("514", "benchmarks"), ("515", "depots")])
def test_a_promise_of_several_things_shown_short_is_open_and_overdue(prefix: str, thing: str, plans: dict) -> None:
    sit = situation(prefix)
    (promise,) = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and thing in i.quote]
    assert promise.status == "overdue" and promise.broken_quote and not promise.done_quote
    assert any(o.kind == "promise" and o.owner == "us" and o.status == "overdue" and thing in o.quote for o in plans[prefix].open_items)


def test_the_part_delivered_is_no_proof_of_the_whole() -> None:
    sit = situation("515")
    assert not any("two of the three" in i.done_quote for i in delivered(sit))


def test_a_small_old_slip_with_deliveries_on_time_since_is_history(plans: dict) -> None:
    sit = situation("516")
    assert sit.owned_misses() == []
    view = _main_view(plans["516"])
    assert "day late" not in view and not re.search(r"\bcost your team\b|\bRoot cause\b|\bours\b", view)


def test_a_shared_miss_the_partner_still_holds_is_ours_in_part(plans: dict) -> None:
    sit = situation("517")
    (owned,) = sit.owned_misses()
    # since the reader dates "[2026-06-02 09:14] Name:" stamps (reader19) the miss may be quoted from the CIO's reply
    assert owned.owner == "us" and ("later than we told" in owned.quote or "The slip was partly our" in owned.quote)
    view = _main_view(plans["517"])
    assert "third party" not in view and "behind them" not in view


def test_not_really_forgiven_is_never_put_behind_them(plans: dict) -> None:
    sit = situation("518")
    assert not [a for a in sit.avoid if a.kind == "forgiven_miss"]
    assert "behind them" not in _main_view(plans["518"])


def test_proof_is_a_delivery_on_time_and_unmoved(plans: dict) -> None:
    sit = situation("519")
    quotes = [i.done_quote for i in delivered(sit)]
    assert any("price-list export" in q for q in quotes)
    assert not any("wants to use" in q or "moved" in q or "new plan" in q for q in quotes)
    competence = next(s.text for s in plans["519"].sections if s.key == "competence")
    assert "Pipeline view delivered" not in competence and "wants to use" not in competence and "new plan" not in competence


def test_proof_refuses_plans_and_conditions() -> None:
    sit = situation("519")
    for item in [i for i in sit.items if i.status == "done" and i.done_quote]:
        if "moved" in item.done_quote:
            assert not proof(sit, item)


@pytest.mark.parametrize("line", [
    "Not entirely forgiven, I'd say; she raised it again in the steering group.",
    "He hasn't quite let it go.",
    "She never really got over it.",
    "He did not accept the apology and went straight to the budget.",
    "Still sore about it when we met in March.",
    "They keep bringing it up.",
])
def test_still_held_is_never_forgiveness(line: str) -> None:
    assert HELD_STILL.search(line) and not FORGIVEN.search(line)


@pytest.mark.parametrize("line", [
    "Water under the bridge, she said.",
    "She hasn't mentioned it again since.",
    "He said we're past it now.",
    "You owned it the same day. Fine, just warn us next time.",
])
def test_forgiveness_still_reads(line: str) -> None:
    assert FORGIVEN.search(line)
