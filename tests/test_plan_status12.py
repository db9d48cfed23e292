"""An item's status read across the whole timeline (item_timeline.py): back-references, asks met in their own line,
terse "X sent." lines, our own "half done" never told as the partner's chase, "did not send" as a broken promise, and a
later mention that says neither done nor not done leaves the status unclaimed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plan_training_helpers import TODAY, parsed, plan_all, top  # noqa: E402

from assistant.planning.item_timeline import back_reference, partner_chased  # noqa: E402
from assistant.planning.situation import build_situation  # noqa: E402


def _sit(prefix: str):  # type: ignore[no-untyped-def]
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, None, TODAY)


def _item(sit, words: str):  # type: ignore[no-untyped-def]
    return next(i for i in sit.items if words in i.quote)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return plan_all(["266", "268", "269", "270", "271"], tmp_path_factory.mktemp("status12"))


def test_back_reference_is_no_new_ask() -> None:
    assert back_reference("That's the screen she asked for in May, in practice.", 30)
    assert back_reference("give her the date and number she asked for and hit it", 35)
    assert not back_reference("She asked for an estimate by 11 December.", 4)
    assert not back_reference('Asked for "a view of every late trailer before the customer rings".', 0)  # a quoted object


def test_back_reference_closes_the_ask_it_names() -> None:
    sit = _sit("266")
    ask = _item(sit, "staff rota against expected footfall")
    assert ask.status == "done" and "asked for in May" in ask.done_quote
    assert not any("asked for in May" in i.quote for i in sit.items if i.kind == "request")


def test_remark_of_trust_is_no_ask(plans) -> None:  # type: ignore[no-untyped-def]
    assert not any("trusts IT" in i.quote for i in _sit("266").items if i.kind == "request")
    assert not any("trusts" in o.text for o in plans["266"].open_items)


def test_ask_met_in_its_own_line_and_terse_sent_line() -> None:
    sit = _sit("267")
    assert _item(sit, "options for a new donor CRM").status == "done"
    assert all(i.status == "done" for i in sit.items if "granted" in i.quote and i.kind == "request")


def test_sketch_sent_closes_promise_and_the_ask_it_answered(plans) -> None:  # type: ignore[no-untyped-def]
    sit = _sit("268")
    assert _item(sit, "have a sketch to her").status == "done"
    assert _item(sit, "live waste board at each line would look like").status == "done"
    assert "sketch" not in " ".join(o.text for o in plans["268"].open_items).lower()


def test_our_own_half_done_is_no_chase_of_theirs(plans) -> None:  # type: ignore[no-untyped-def]
    assert "chase" not in top(plans["268"]).lower()
    assert not _item(_sit("268"), "estimate of the board for lines 3 and 4").chased_by_partner
    assert partner_chased("Pieter chased the estimate again.") and not partner_chased("I chased the vendor again.")


def test_did_not_send_is_a_broken_promise(plans) -> None:  # type: ignore[no-untyped-def]
    text = top(plans["269"])
    assert "Did it reach you" not in text
    assert "did not keep it" in text


def test_table_row_closed_by_later_minutes_and_unclear_row_unclaimed(plans) -> None:  # type: ignore[no-untyped-def]
    sit = _sit("270")
    assert _item(sit, "Costed option for the scheduling tool").status == "done"
    printers = _item(sit, "Printer faults at the Riverside office")
    assert printers.unclear_quote  # "fixed in April, but two failed again in May": neither kept nor broken
    assert "Printer" not in top(plans["270"])


def test_feed_that_went_live_is_not_asked_about(plans) -> None:  # type: ignore[no-untyped-def]
    sit = _sit("271")
    assert _item(sit, "build the nightly feed").status == "done"
    text = top(plans["271"])
    assert "Did it reach you" not in text and "feed" not in text.lower()


def test_answer_sent_later_early_delivery_and_seat_taken() -> None:
    sit = _sit("272")
    assert _item(sit, "Can you build it, or do I buy it?").status == "done"  # "Sent him the build-or-buy answer"
    assert _item(sit, "first version of the berth-delay view").status == "done"  # "live ... six days early"
    assert _item(sit, "weekly operations huddle").status == "done"  # "First time IT has had a seat there"


def test_go_live_kept_on_its_day_is_not_overdue() -> None:
    sit = _sit("273")
    assert _item(sit, "go live on the 9th of November").status == "done"  # "2026-11-09 - Risk screen live."
    analyst = _item(sit, "name of a desk analyst")
    assert analyst.status == "overdue" and not analyst.unclear_quote  # "the analyst name is the next proof": still owed


def test_plans_never_ask_about_kept_work(tmp_path: Path) -> None:
    plans = plan_all(["272", "273"], tmp_path)
    assert "Can you build it" not in top(plans["272"]) and "huddle" not in top(plans["272"])
    assert "go live" not in top(plans["273"])


def test_seat_taken_from_a_month_gone_by_is_not_open() -> None:
    sit = _sit("274")
    seat = _item(sit, "leakage steering group as a standing member")
    assert seat.status == "done" and "joins" in seat.done_quote


def test_bare_back_reference_and_an_aside_after_the_action() -> None:
    sit = _sit("275")
    assert not any("asked for in May" in i.quote for i in sit.items if i.kind == "request" and i.status == "open")
    assert back_reference("he asked for in May basically.", 3)
    outline = _item(sit, "written outline of what a dough-waste view would take")
    assert outline.status == "done" and "Sent 3 June" in outline.done_quote
