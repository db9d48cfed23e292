"""A request for a document is answered with the document and its day ("You'll have the benchmark by 3 December"), not
with "my answer comes by"; a request with no document in it keeps the dated answer (session 12)."""

from __future__ import annotations

import datetime as dt

from assistant.planning.lead_lines import reply_by
from assistant.planning.situation_types import Item

TODAY = dt.date(2026, 11, 25)


def _ask(complement: str) -> Item:
    return Item(kind="request", owner="partner", status="open", quote=f"She asked for {complement}.", date=dt.date(2026, 11, 2),
                note_ref="2026-11-02", verb="asked for", complement=complement)


def test_a_document_is_promised_as_itself() -> None:
    line = reply_by(_ask("a breakdown of the HR recharge per service"), dt.date(2026, 12, 3), TODAY, dt.date(2026, 12, 8))
    assert line == "You'll have the breakdown by 3 December, with one owner.", line


def test_a_request_with_no_document_keeps_the_dated_answer() -> None:
    line = reply_by(_ask("a say in which depot goes first"), dt.date(2026, 12, 3), TODAY, dt.date(2026, 12, 8))
    assert line.startswith("My answer, with one owner, comes by 3 December"), line
