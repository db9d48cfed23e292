"""The follow-up list: one line per real open item, owned by the person the notes name, never said twice.

Coaches read "Agree a dated next step with X" as an empty promise when the notes hold a promise of ours still open,
and a list that names the same item two or three ways as padding. The bare step stays only where nothing real is open.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.owed_check import owed_unread
from assistant.planning.promise_owner import NOT_A_NAME, OWNER_CUE, promise_owner
from assistant.planning.situation import Situation
from assistant.planning.situation_types import Item, terms_of
from assistant.planning.voice import on_day, when
from assistant.schema import FollowUp
from assistant.text.sentences import one_line

BARE_STEP = "Agree a dated next step with "
CIO = "CIO"


def pick_followups(followups: list[FollowUp], sit: Situation, today: dt.date, first: str = "", limit: int = 3) -> list[FollowUp]:
    """Lines with content, the first of each item (the same dated item, or the same words, is one line), and the bare
    step traded for our own open promise when one is on record and no line already names it."""
    out: list[FollowUp] = []
    seen: set[str] = set()
    for f in followups:
        if not f.what:
            continue
        if f.what.startswith(BARE_STEP):
            real = _open_promise_line(sit, today, out + [g for g in followups if g is not f]) or _owed_line(sit, today, first)
            if real is None and out:
                continue  # a real line is there already: the bare step adds nothing
            f = real or f
        keys = _item_keys(f.what)
        if keys & seen or any(len(_topic(f.what, first) & _topic(g.what, first)) >= 2 for g in out):
            continue  # the same dated item, its same quoted words, or two of the same content words ("SD-WAN pilot")
        seen |= keys
        out.append(f)
    return out[:limit]


def _item_keys(what: str) -> set[str]:
    """What a line is about: its dated item ("request of 4 August", "promise of 3 December"), its quoted gist, or else
    its words; two lines sharing one of these speak of one item."""
    keys = {m.group(0).lower().strip() for m in re.finditer(r"\b(?:request|offer|promise) of [^(“:,]+", what)}
    keys |= {m.group(1).lower().rstrip(".…") for m in re.finditer(r"“([^”]+)", what)}
    return keys or {what.lower()}


# The follow-up lines' own fixed words and the calendar: shared by any two lines, so never a sign of one item.
_TEMPLATE = frozenset("""answer answers request offer promise promised meeting owner given later ready send date meet check track confirm
writing firm report proposal cost yes reply agree dated next step due what have said bring stands where before""".split())
_CALENDAR = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)


def _topic(what: str, first: str) -> set[str]:
    """The content words a line is about, without the list's fixed words, dates or the partner's name."""
    name = first.lower()
    return {t for t in terms_of(what) if t not in _TEMPLATE and not _CALENDAR.match(t) and not t.startswith(name or "\0") and not t.isdigit()}


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


def _owed_line(sit: Situation, today: dt.date, first: str) -> FollowUp | None:
    """A dated word of ours that no item holds ("Ana will have the readers fitted by 9 March"), due
    after the meeting: checked with the person it names (the CIO's own word when it names nobody)."""
    owed = owed_unread(sit, today, first)
    ahead = sorted(d for d in dates_in(owed.text, owed.date or today, owed.date_order) if d > today) if owed else []
    if owed is None or not ahead or not owed.date:
        return None
    named = OWNER_CUE.search(owed.text)
    who = next((g for g in (named.groups() if named else ()) if g), "")
    who = who if who and who not in NOT_A_NAME and who != first else ""
    words = one_line(owed.text).split()
    quote = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
    return FollowUp(what=f"Check that what we said {on_day(owed.date)} is on track for {when(ahead[0])} (“{quote}”)",
                    owner=who or CIO, due=max(today, ahead[0] - dt.timedelta(days=2)).isoformat())


def _said(item: Item) -> str:
    words = item.complement.split()
    return f" (“{' '.join(words[:8])}…”)" if len(words) > 8 else f" (“{' '.join(words)}”)" if words else ""


def _first(name: str) -> str:
    return name.strip().split()[0] if name.strip() else name
