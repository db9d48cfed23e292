"""Which ask leads a plan, and which purpose lines may be said.

A request with its own deadline ahead is what the partner is waiting on: it leads a newer ask with no date (the budget
item before a question in passing). A purpose line that only announces ("Here is what we promised last quarter, and what
we kept." with no promise named, "Before the numbers: here is what each line buys your team.") is said only with its
content, else left out.
"""

from __future__ import annotations

import datetime as dt

from assistant.planning.situation_types import Item

DATED_AHEAD = 60  # days: an ask with its own deadline this close is what the partner is waiting on
ANNOUNCES = {"quarterly_review", "budget_review"}  # purposes whose stock line announces what it does not say


def dated_first(theirs: list[Item], today: dt.date) -> list[Item]:
    """Requests with their own deadline ahead (within two months) lead the others; otherwise the order stands."""
    def ahead(i: Item) -> bool:
        return i.kind == "request" and i.due is not None and today <= i.due <= today + dt.timedelta(days=DATED_AHEAD)
    return [i for i in theirs if ahead(i)] + [i for i in theirs if not ahead(i)]
