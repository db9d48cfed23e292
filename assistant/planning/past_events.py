"""Invitations that need no answer any more: one we accepted in the next line or two ("Wouldn't miss it"), and one to
an event whose day, named in the invitation itself, is already behind the meeting (an away day in July, asked in June).

Neither is open between us: saying "your deadline has passed" of a day we attended, or accepting it again, is untrue.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.invitation_words import INVITATION
from assistant.planning.note_reading import dates_in
from assistant.planning.situation_types import Item, Situation

_I = re.IGNORECASE
# Our yes in the lines just after it.
ACCEPTED = re.compile(r"\b(?:wouldn['’]t miss it|would not miss it|count (?:me|us) in|(?:I|we)['’]ll be there|(?:I|we) will be there|"
                      r"see you (?:there|then|on)|(?:I['’]d|I would|we['’]d|we would) love to|happy to (?:come|join|attend|be there)|"
                      r"yes,? (?:I|we)['’]ll (?:come|join|be there|attend)|(?:I|we)['’]ll come|accepted|said yes)\b", _I)
_NEXT = 2  # lines after the invitation that may hold our reply


def review(sit: Situation, today: dt.date) -> None:
    """Close an invitation we accepted; drop one whose own day is past before the meeting (nothing left to answer)."""
    by_order = {s.order: s for s in sit.sentences}
    keep: list[Item] = []
    for item in sit.items:
        if not _invitation(item):
            keep.append(item)
            continue
        if _event_past(item, today):
            continue
        replies = [by_order.get(item.order + k) for k in range(1, _NEXT + 1)]
        yes = next((s for s in replies if s is not None and _ours(s.speaker, s.text) and ACCEPTED.search(s.text)), None)
        if yes is not None:
            item.status, item.done_quote, item.done_on = "done", yes.text, yes.date
        keep.append(item)
    sit.items = keep


def _invitation(item: Item) -> bool:
    return (item.kind in ("request", "offer") and item.owner == "partner" and item.status == "open"
            and bool(INVITATION.search(item.quote)))


def _event_past(item: Item, today: dt.date) -> bool:
    """The invitation names its day, and every day it names is more than a day before the meeting."""
    if item.date is None:
        return False
    days = [d for d in dates_in(item.quote, item.date, item.date_order) if d >= item.date]
    return bool(days) and max(days) < today - dt.timedelta(days=1)


def _ours(speaker: str, text: str) -> bool:
    return speaker == "us" or bool(re.match(r"\s*(?:me|I|CIO)\s*:", text, _I))
