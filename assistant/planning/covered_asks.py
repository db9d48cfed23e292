"""An ask we already hold a dated promise for: the promise's date is restated, never a new answer date.

"I need your estimate for the line-4 sensors by 9 December, and could you give us an analyst?" with our action row
"Line-4 sensor estimate | IT | 09/12/2026": the estimate "is on track for 9 December"; only the rest of the ask (the
analyst) gets an answer date.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation import Item, Situation
from assistant.planning.voice import on_start, when

_REST = re.compile(r",?\s+(?:and|plus)\s+(?:also\s+)?(?:could|can|would|will)\s+you\s+(?P<ask>[a-z][^?.!]{4,80})", re.IGNORECASE)
_TURN = {"us": "you", "our": "your", "we": "you", "me": "you", "my": "your"}
_DATE_TAIL = re.compile(r"\s+(?:by|on|for)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b.*$|\s+(?:by|on)\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?.*$")


def covering_promise(item: Item, sit: Situation, today: dt.date) -> Item | None:
    """Our open promise, due from today up to their deadline, of the thing the ask names (two shared words at least)."""
    for p in sit.items:
        if p.kind == "promise" and p.owner == "us" and p.status == "open" and p.due and today <= p.due \
                and (item.due is None or p.due <= item.due) and len(p.terms & item.terms) >= 2:
            return p
    return None


def covered_reply(item: Item, sit: Situation, due: dt.date, today: dt.date) -> str:
    """'On 12 November you asked for the line-4 sensor estimate: it is on track for 9 December.' and the rest of the ask
    answered by `due`; '' when no promise of ours covers it."""
    p = covering_promise(item, sit, today) if item.kind == "request" else None
    if p is None or p.due is None:
        return ""
    thing = _DATE_TAIL.sub("", p.complement.strip().rstrip(".")).strip()
    if not thing or len(thing.split()) > 10:
        return ""
    thing = thing if thing.lower().startswith(("the ", "your ", "our ")) else f"the {thing[0].lower()}{thing[1:]}"
    line = f"{on_start(item.date)} you asked for {thing}: it is on track for {when(p.due)}."
    rest = _REST.search(item.complement)
    if rest:
        ask = re.sub(r"\b(us|our|we|me|my)\b", lambda w: _TURN[w.group(1).lower()], rest.group("ask").strip())
        line += f" On whether we can {ask}, my answer, with one owner, comes by {when(due)}."
    return line
