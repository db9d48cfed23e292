"""What the planner is given beside the notes: the promise ledger's rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class LedgerItem:
    what: str
    owner: str
    due: dt.date | None
    status: str  # open | kept | missed | dropped
    delivered_on: dt.date | None = None
    how: str | None = None
