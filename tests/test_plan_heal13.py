"""Issue #20 (rubric b, d), session 13: misses and promises read as one timeline per topic (training partners 316-321).

- a miss of ours that later lines show healed (runs on time since, told in a note pasted newest first) is not owned again;
- a cause shared with an outsider, forgiven in other words ("All fine.", "Never raised again"), and named in the keep-out
  list, is owned nowhere; our promise delivered "three weeks early" is kept, not overdue;
- the partner's exasperation at chasing is no ask of its own;
- a habit they asked for that we stopped (weekly updates) is ours and owned, while a forgiven outage in someone else's
  building is kept out and never asked about;
- a bare "Done before ..." closes the one promise due since the entry before; a later line that says the rest of a named
  system (its acronym) went live keeps our promise of it, and heals the slip of that system;
- our own miss told as a noun ("our scoping miss") that "she did not let go" is owned, though a supplier is named in it.
"""

from __future__ import annotations

import re

import pytest
from plan_training_helpers import plan_all, top

from assistant.schema import Plan


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(["316", "317", "318", "319", "320"], tmp_path_factory.mktemp("heal13"))


def _open(plan: Plan) -> str:
    return " ".join(f"{o.kind} {o.owner} {o.status} {o.text}" for o in plan.open_items)


def _questions(plan: Plan) -> str:
    return " ".join(s.text for s in plan.sections if s.title.lower().startswith("questions"))


def _said(plan: Plan) -> str:
    return " ".join([top(plan), _open(plan), _questions(plan), plan.value_message, " ".join(f.what for f in plan.followups)])


_SORRY = re.compile(r"\b(?:was ours|I am sorry|cost your team)\b", re.I)


def test_a_healed_miss_in_a_newest_first_thread_is_not_owned_again(plans: dict[str, Plan]) -> None:
    said = _said(plans["316"])
    assert "billing" not in said.lower() and not _SORRY.search(said), said


def test_exasperation_at_chasing_is_no_ask(plans: dict[str, Plan]) -> None:
    assert "ask twice" not in _open(plans["316"]), _open(plans["316"])


def test_a_forgiven_shared_cause_is_owned_nowhere(plans: dict[str, Plan]) -> None:
    said = _said(plans["317"])
    assert not _SORRY.search(said) and "certificate" not in said, said
    assert any("ticket gate" in a.topic or "certificate" in a.topic for a in plans["317"].avoid), plans["317"].avoid


def test_a_promise_delivered_weeks_early_is_kept(plans: dict[str, Plan]) -> None:
    said = _said(plans["317"])
    assert "pilot" not in said and "overdue" not in said, said


def test_our_stopped_updates_are_owned_and_the_forgiven_outage_is_not(plans: dict[str, Plan]) -> None:
    plan = plans["318"]
    said = top(plan)
    assert re.search(r"update every Monday[^.]*, and we stopped\. That was ours\.", said), said
    assert not re.search(r"outage|flood|property|server room", _said(plan), re.I), _said(plan)
    assert plan.avoid and any("property" in a.topic or "flood" in a.topic for a in plan.avoid), plan.avoid


def test_a_bare_done_closes_the_promise_due_since_the_last_entry(plans: dict[str, Plan]) -> None:
    said = _said(plans["319"])
    assert "July 30" not in said and "Did it reach you" not in said, said


def test_the_rest_of_a_named_system_live_keeps_our_promise(plans: dict[str, Plan]) -> None:
    assert "CRM migration" not in _open(plans["320"]), _open(plans["320"])


def test_a_slip_whose_thing_was_delivered_since_is_not_owned(plans: dict[str, Plan]) -> None:
    said = top(plans["320"])
    assert not _SORRY.search(said) and "branch data" not in said, said


def test_our_own_scoping_miss_that_still_weighs_is_owned_though_a_supplier_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = plan_all(["321"], tmp_path)["321"]
    said = top(plan)
    assert "was ours" in said and "What we changed" in said, said
