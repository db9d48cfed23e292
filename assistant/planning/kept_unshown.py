"""A promise is "(kept)" only when a line shows it kept (session 22, due31: time, dimension b/d).

- Restated since and still open: the same promise of ours (same due day, its own words) written again in a later note
  and not kept there is not kept in the earlier line either; the later line carries it, and "(kept)" beside "due and
  not yet confirmed as kept" is a claim the notes do not make.
- Not yet due, "kept" by a line that names none of its words (a status line about another matter in the same note):
  it stays open until a line that names it says it went.
"""

from __future__ import annotations

import datetime as dt

from assistant.planning.delivery_words import stem5
from assistant.planning.situation_types import Item, Situation, terms_of

_CALENDAR = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
             "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "owner", "owns",
             "comma", "full", "stop", "quote", "unquote", "paragraph", "colon", "dash"}  # dictated punctuation names nothing


def stems(text: str) -> set[str]:
    return {stem5(w) for w in terms_of(text) if w not in _CALENDAR}


def _state(item: Item, today: dt.date | None) -> str:
    return "overdue" if item.due and today and item.due < today else "open"


def _reopen(item: Item, today: dt.date | None) -> None:
    item.status, item.done_quote, item.done_on = _state(item, today), "", None


def review(sit: Situation) -> None:
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note"]
    today = sit.meeting_day
    for item in [i for i in ours if i.status == "done"]:
        own = stems(item.complement)
        restated = [o for o in ours if o is not item and o.status != "done" and o.due and o.due == item.due
                    and o.date and item.date and o.date > item.date and len(own & stems(o.complement)) >= 2]
        if restated:  # written again later and still open: the later line carries it, never "(kept)" in the earlier one
            sit.items.remove(item)
            continue
        not_due = bool(item.due and today and item.due > today)
        if not_due and item.done_quote and own and not own & stems(item.done_quote):  # "kept" by a line about something else
            _reopen(item, today)
