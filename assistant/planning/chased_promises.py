"""A promise of ours the partner asked about later ("I haven't heard whether the block is in", "where is the list?"),
with nothing after the question showing it delivered, is still owed at the meeting, whatever an earlier line closed:
a compound promise ("a note by the 30th, and the tool will block such changes") is often kept in one part only. The
part the question names becomes one open promise of ours, due on the latest date we gave for it, so the plan says it
rather than leaves the partner to ask a second time."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Item, Sentence, Situation
from assistant.planning.their_deadline import _telling

_I = re.IGNORECASE
SHARED = 2  # telling words the question shares with the promise before it asks about it
# A question about a thing not yet seen: "haven't heard whether", "any news on", "where is", "still waiting for".
_ASKS_AFTER = re.compile(r"\b(?:ha(?:ve|s)n[’']t (?:heard|seen)|have not (?:heard|seen)|not heard|any news|any update|where (?:is|are)|"
                         r"what happened (?:to|with)|still (?:waiting|no sign)|is it (?:in|done|live|ready)|whether (?:the|it|that|this)\b)", _I)
_DONE = re.compile(r"\b(?:is in|are in|went live|is live|live since|in place|switched on|done|delivered|sent|finished|completed|working)\b", _I)
_OUR_HEAD = re.compile(r"^\s*(?:and\s+)?(?:we|I)\s*(?:'ll|’ll| will| shall)\s+", _I)
_PARTS = re.compile(r",?\s+and\s+(?=(?:we|I)(?:'ll|’ll| will)\b)|;\s+", _I)


def chased_promises(sit: Situation, today: dt.date) -> list[Item]:
    """Our promises an earlier line closed (or their untouched parts) that the partner asked after since: still owed."""
    out: list[Item] = []
    ours = [i for i in sit.items if i.kind in ("promise", "late_promise") and i.owner == "us" and i.order >= 0 and i.status == "done"]
    for item in ours:
        for part in _PARTS.split(item.complement or item.quote):
            words = _telling(part)
            asks = [s for s in sit.sentences if s.speaker == "partner" and s.order > item.order and _ASKS_AFTER.search(s.text)
                    and len(_telling(s.text) & words) >= SHARED]
            if not asks or _delivered_since(sit, asks[-1], words) or any(o.quote == part for o in out):
                continue
            due = _latest_date(sit, item, asks[-1], words) or item.due
            part = _OUR_HEAD.sub("", part).strip(" .")  # "we'll make the tool block ...": the thing, said in any voice
            status = "overdue" if due and due < today else "open"
            out.append(Item("promise", "us", status, part + ".", item.date, item.note_ref, item.verb, part, item.spoken, due, order=item.order,
                            terms=frozenset(words), date_order=item.date_order, chased_by_partner=True, unclear_quote=asks[-1].text))  # check, never claim
    return out


def _delivered_since(sit: Situation, asked: Sentence, words: frozenset[str]) -> bool:
    return any(s.order > asked.order and _DONE.search(s.text) and _telling(s.text) & words for s in sit.sentences)


def _latest_date(sit: Situation, item: Item, asked: Sentence, words: frozenset[str]) -> dt.date | None:
    """The newest date we gave for the part between the promise and the question ("realistic date is 18 December")."""
    between = [s for s in sit.sentences if item.order < s.order < asked.order and s.speaker != "partner"]
    for s in reversed([s for s in between if _telling(s.text) & words]):
        text = " ".join(t.text for t in between if t.note.ref == s.note.ref and s.order <= t.order <= s.order + 1)  # "... first. New date: 27 May."
        days = [d for d in dates_in(text, s.date or item.date or sit.meeting_day or dt.date.today(), s.date_order) if item.date is None or d > item.date]
        if days:
            return max(days)
    return None
