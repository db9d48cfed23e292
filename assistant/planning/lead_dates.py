"""The dates behind the lead's lines: the partner's own deadline for an ask, the dated event it is for, and when our
answer comes (never on or after their date, never before the meeting)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.lead_lines import POINTS_BACK
from assistant.planning.note_reading import EVENT, dates_in, within_their_deadline
from assistant.planning.situation_types import Item, Situation, terms_of


def before_words(sit: Situation, item: Item) -> str:
    """The partner's own sentence just before an item, in the same note (what "before then" points at)."""
    if item.date and dates_in(item.quote, item.date, item.date_order):
        return ""  # "We go live on 11 January and I need it ready before then": 'then' is in its own sentence
    prev = [s for s in sit.sentences if s.note.ref == item.note_ref and s.order == item.order - 1 and s.speaker == "partner"]
    return prev[0].text if prev else ""


def answer_due(item: Item, today: dt.date, context: str = "", decision: dt.date | None = None) -> dt.date:
    """When our answer comes: within ten days (a week for an offer), never on or after their own date or event, nor on or
    after the decision the meeting prepares for (`decision`, from its purpose), never before today."""
    due = today + dt.timedelta(days=7 if item.kind == "offer" else 10)
    for limit in (item.due, decision):
        if limit and limit > today:
            due = min(due, max(limit - dt.timedelta(days=1), today))
    due = within_their_deadline(due, item, today, context)
    return due


def event_context(sit: Situation, item: Item, near: bool = False) -> str:
    """Sentences of the item's note that date the event it is for ("The committee meets on 9 December. ... before then?");
    near: only the sentences next to it (what the plan names as their deadline)."""
    named = {m.lower() for m in re.findall(r"\b(?:before|by|for) the (?:\w+ )?(\w+)", item.quote) if EVENT.fullmatch(m)}  # "before the risk committee"
    same = [s for s in sit.sentences if s.note.ref == item.note_ref and s.text not in item.quote
            and (not near or abs(s.order - item.order) <= 1 or any(re.search(rf"\b{w}\b", s.text, re.IGNORECASE) for w in named))]
    return " ".join(s.text for s in same if EVENT.search(s.text) and (re.search(r"\b(?:before|by|for) then\b", item.quote) or terms_of(s.text) & item.terms
                                                                       or (s.order == item.order + 1 and _ANSWER_BEFORE.search(s.text))))


# "Her offsite is on 10 December and she wants an answer before it": the line after an ask dates it.
_ANSWER_BEFORE = re.compile(r"\b(?:answer|reply|decision|it|this)\b[^.;]*\b(?:before|by) (?:it|then|that)\b", re.IGNORECASE)


def ask_deadline(item: Item, today: dt.date, context: str = "") -> dt.date | None:
    """The partner's own deadline for an ask: its own date (even a past one) or the dated event it is for, the earliest."""
    events = [d for d in dates_in(context, item.date or today, item.date_order) if d > today] if context else []
    if POINTS_BACK.search(item.quote):  # "we go live on 11 January and I need it ready before then"
        events += [d for d in dates_in(item.quote, item.date or today, item.date_order) if d > today]
    found = [d for d in [item.due, *events] if d]
    return min(found) if found else None


