"""The promise ledger's entries as items of the situation: the ledger is the record, so a note's copy of the same
promise defers to it (its status follows the ledger's)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assistant.planning.situation_types import Item, terms_of

if TYPE_CHECKING:
    from assistant.planning.inputs import LedgerItem


def ledger_items(ledger: list[LedgerItem], today: dt.date, found: list[Item]) -> list[Item]:
    out = []
    for entry in ledger:
        if entry.status == "dropped":
            continue
        status = {"kept": "done", "missed": "overdue"}.get(entry.status, "open")
        if status == "open" and entry.due and entry.due < today:
            status = "overdue"
        terms = terms_of(entry.what)
        for item in found:  # the ledger is the record: a note's copy of the same promise defers to it
            if item.kind == "promise" and item.owner == "us" and len(item.terms & terms) >= 2:
                item.status = "done" if status == "done" else item.status
                item.kind = "noted_promise"
        out.append(
            Item("promise", "us", status, entry.what, entry.due, "promise ledger", "promised", entry.what, False, entry.due,
                 source="ledger", owner_name=entry.owner, order=10**6, terms=terms)
        )
    return out
