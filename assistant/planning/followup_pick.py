"""The follow-up list: one line per real open item, owned by the person the notes name, never said twice.

Coaches read "Agree a dated next step with X" as an empty promise when the notes hold a promise of ours still open,
and a list that names the same item two or three ways as padding. The bare step stays only where nothing real is open.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.promise_owner import promise_owner
from assistant.planning.situation import Situation
from assistant.planning.situation_types import Item
from assistant.planning.voice import when
from assistant.schema import FollowUp

BARE_STEP = "Agree a dated next step with "


def pick_followups(followups: list[FollowUp], sit: Situation, today: dt.date, limit: int = 3) -> list[FollowUp]:
    """Lines with content, the first of each item (the same dated item, or the same words, is one line), and the bare
    step traded for our own open promise when one is on record and no line already names it."""
    out: list[FollowUp] = []
    seen: set[str] = set()
    for f in followups:
        if not f.what:
            continue
        if f.what.startswith(BARE_STEP):
            real = _open_promise_line(sit, today, out + [g for g in followups if g is not f])
            if real is None and out:
                continue  # a real line is there already: the bare step adds nothing
            f = real or f
        keys = _item_keys(f.what)
        if keys & seen:
            continue
        seen |= keys
        out.append(f)
    return out[:limit]


def _item_keys(what: str) -> set[str]:
    """What a line is about: its dated item ("request of 4 August", "promise of 3 December"), its quoted gist, or else
    its words; two lines sharing one of these speak of one item."""
    keys = {m.group(0).lower().strip() for m in re.finditer(r"\b(?:request|offer|promise) of [^(“:,]+", what)}
    keys |= {m.group(1).lower().rstrip(".…") for m in re.finditer(r"“([^”]+)", what)}
    return keys or {what.lower()}


def _open_promise_line(sit: Situation, today: dt.date, said: list[FollowUp]) -> FollowUp | None:
    """Our open promise with a named owner and a date still ahead, not yet in the list: checked before it falls due."""
    named = " ".join(f.what for f in said)
    for item in sit.open_ours():
        who = promise_owner(item)
        if not (who and item.due and item.date and item.due > today and item.status == "open"):
            continue
        if f"promise of {when(item.date)}" in named:
            continue
        check = max(today, item.due - dt.timedelta(days=2))  # in time to say where it stands, never after it falls due
        return FollowUp(what=f"Check that our promise of {when(item.date)} is on track for {when(item.due)}{_said(item)}",
                        owner=_first(who), due=check.isoformat())
    return None


def _said(item: Item) -> str:
    words = item.complement.split()
    return f" (“{' '.join(words[:8])}…”)" if len(words) > 8 else f" (“{' '.join(words)}”)" if words else ""


def _first(name: str) -> str:
    return name.strip().split()[0] if name.strip() else name
