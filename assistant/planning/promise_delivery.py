"""Whether our promise was delivered, and on time (round 11 of issue #20).

- A later line that reports a delivery and names the promise's own words ("Wi-Fi live in the first ten homes since
  28/10/2026" for the row "Wi-Fi in the first ten homes"; "I sent it to you this morning" after "Any news on the pilot
  plan?"; "Named Ola Berg as the architect" for "architect named by 30 Sep") keeps it; the best match only, never a tie.
- Kept means delivered on or before its date. Delivered after it, the promise was kept late ("late_promise"): it is
  done, never open, and never proof to build on. Not yet due, it stays open (upcoming), never kept.
- The partner's ask that our kept promise answered is done.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.item_status import delivers
from assistant.planning.name_promises import gives_a_name
from assistant.planning.note_reading import due_date
from assistant.planning.situation_types import STOP, Item, Sentence, Situation

_PRONOUN = re.compile(r"\b(?:sent|finished|delivered|shared|did|done|got)\s+(?:it|them|that)\b", re.I)
_LIVE_NOW = re.compile(r"\blive (?:in|at|on|for|since)\b|\b(?:is|are|went|now) live\b|\buse (?:it|them) (?:on|every|each|daily)\b", re.I)
_NOT_YET = re.compile(r"\b(?:will|to be|go live|goes live|live by|not|planned|due|until)\b", re.I)
_NAMING = re.compile(r"\bnamed?\b|\bname (?:the|an?)\b", re.I)


def settle_ours(sit: Situation) -> None:
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note"]
    for item in [i for i in ours if i.status in ("open", "overdue") and not i.broken_quote]:
        best = _best_delivery(sit, item, ours)
        if best is not None:
            item.status, item.done_quote, item.done_on = "done", best.text, best.date
    for item in [i for i in ours if i.status == "done" and i.due and i.done_quote]:
        day = delivered_on(item)
        if day and item.due and day > item.due:
            item.kind = "late_promise"  # delivered after its date: done, but no proof to build on
    kept = [i for i in ours if i.kind == "promise" and i.status == "done"]
    for ask in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        if any(p.order > ask.order and len(_words(p.complement) & _words(ask.complement)) >= 2 for p in kept):
            ask.status = "done"  # "a pilot plan for the new pricing tool" -> "Pilot plan to you by 30 November" (sent)


def delivered_on(item: Item) -> dt.date | None:
    """The day the delivery names ("live since 28/10/2026", "went live on 24 November"), else the day of its note."""
    found, _ = due_date(re.sub(r"\b(?:since|from)\b", "on", item.done_quote), item.done_on)
    if found and item.done_on and found <= item.done_on and (item.date is None or found >= item.date):
        return found
    return item.done_on


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()) if w not in STOP and len(w) > 1 and w not in _SMALL}


_SMALL = {"the", "a", "an", "to", "of", "in", "on", "by", "for", "and", "with", "you", "your", "our", "my", "we", "is", "are", "be", "it", "as", "at", "from"}


def _best_delivery(sit: Situation, item: Item, ours: list[Item]) -> Sentence | None:
    need = 1 if _naming(item) else 2  # "architect named by 30 Sep": one word names it
    if len(_wanted(item)) < need:
        return None
    for s in [s for s in sit.sentences if _after(s, item)]:
        context = _context(sit, s)
        score = _score(item, s, context)
        rivals = [_score(o, s, context) for o in ours if o is not item]
        if score >= need and score * 2 >= len(_wanted(item)) and all(r < score for r in rivals):
            return s
    return None


def _naming(item: Item) -> bool:
    return _NAMING.search(item.complement) is not None


def _wanted(item: Item) -> set[str]:
    return _words(re.sub(r"\b(?:by|before|on|due)\s+[^,;]*$", "", item.complement)) - {"live", "named", "send", "have", "get"}


def _score(item: Item, s: Sentence, context: str) -> int:
    """Shared words of the promise and the line, when the line can deliver it at all (a name only for a name)."""
    if not (delivers(s) or _LIVE_NOW.search(s.text) and not _NOT_YET.search(s.text) or (_naming(item) and gives_a_name(s.text))):
        return 0
    return len(_wanted(item) & _words(context))


def _after(s: Sentence, item: Item) -> bool:
    if item.order >= 0:
        return s.order > item.order and "?" not in s.text
    return bool(s.date and item.date and s.date > item.date) and "?" not in s.text  # an action-table row: a later note


def _context(sit: Situation, s: Sentence) -> str:
    """The line, with the one before it when it says "sent it" ("Any news on the pilot plan?" / "I sent it to you")."""
    if _PRONOUN.search(s.text) and s.order > 0:
        before = sit.sentences[s.order - 1]
        return f"{before.text} {s.text}" if before.note.ref == s.note.ref else s.text
    return s.text
