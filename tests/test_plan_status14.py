"""Rubric d and b: what is open is read from positive evidence (training partners 356-360). A header line ("Sent: Monday,
...") never proves a promise kept; a promise with no object of its own is kept by a delivery of the thing told just
before it; "Sent the roadmap" keeps the one promise of a roadmap; a partial report ("X delivered; IT didn't") marks it
not kept; a status check on an ask closes with that ask; the partner's own "Tell me ... what it costs" is her ask."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, parsed, plan_all, top

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Item, Situation
from assistant.schema import Plan


def _sit(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def _ours(sit: Situation) -> list[Item]:
    return [i for i in sit.items if i.kind in ("promise", "late_promise") and i.owner == "us"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["356", "357", "358", "359", "360"], Path(tmp_path_factory.mktemp("status14")))


def test_an_email_header_is_never_proof_of_a_kept_promise() -> None:
    [promise] = _ours(_sit("356"))
    assert promise.status == "overdue" and not promise.done_quote.startswith("Sent:"), promise


def test_a_header_is_not_quoted_as_proof(plans: dict[str, Plan]) -> None:
    text = " ".join([top(plans["356"]), *(s.text for s in plans["356"].sections)])
    assert "Sent: Thursday" not in text and "(kept)" not in text, text


def test_an_objectless_promise_is_kept_by_the_thing_told_before_it(plans: dict[str, Plan]) -> None:
    [promise] = _ours(_sit("357"))
    assert promise.status == "done" and "went live" in promise.done_quote, promise
    assert "Did it reach you" not in top(plans["357"]), top(plans["357"])


def test_sent_the_roadmap_keeps_the_roadmap_promise(plans: dict[str, Plan]) -> None:
    [promise] = _ours(_sit("358"))
    assert promise.status == "done" and promise.done_quote.startswith("Sent the roadmap"), promise
    assert "Did it reach you" not in top(plans["358"]) and "backup phase" in plans["358"].one_thing, top(plans["358"])


def test_a_partial_report_is_no_delivery_and_marks_it_not_kept(plans: dict[str, Plan]) -> None:
    [promise] = _ours(_sit("359"))
    assert promise.status == "overdue" and promise.broken_quote.startswith("Partial"), promise
    assert promise.due is not None and promise.due.month == 10, promise.due  # "New date 15.10." is 15 October
    assert "did not keep it" in top(plans["359"]) and "Did it reach you" not in top(plans["359"]), top(plans["359"])
    text = " ".join(s.text for s in plans["359"].sections)
    assert "IT didn't" not in text and "(kept)" not in text, text


def test_a_check_on_an_ask_closes_with_it_and_her_own_ask_leads(plans: dict[str, Plan]) -> None:
    asks = [i for i in _sit("360").items if i.kind == "request" and i.owner == "partner"]
    open_asks = [i for i in asks if i.status == "open"]
    assert [i.complement for i in open_asks] == ["what it costs to keep it running"], asks
    assert "costs to keep it running" in top(plans["360"]), top(plans["360"])


def test_a_promise_noted_to_him_is_ours_and_a_to_do_never_keeps_it() -> None:
    p = parsed("361")
    sit = build_situation(p.notes, p.partner, [], dt.date(2027, 1, 11))
    [promise] = [i for i in _ours(sit) if "tablets" in i.complement]
    assert promise.complement == "4 tablets for the new team leaders by 4 Jan 2027", promise.complement
    assert promise.status == "overdue" and not promise.done_quote, promise  # "Confirm the tablets were delivered" is a to-do

