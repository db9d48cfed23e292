"""Invitations that need no answer any more: one we accepted in the next line or two ("Wouldn't miss it"), and one to
an event whose day, named in the invitation itself, is already behind the meeting (an away day in July, asked in June).

An invitation is past too when a later entry tells the event as over ("dinner was lovely, thank you again"), or when it
names no day, its event is one that comes soon (a dinner, an away day), and months of later notes went on without it.

None is open between us: saying "your deadline has passed" of a day we attended, or accepting it again, is untrue.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.invitation_words import INVITATION
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
        if _event_past(item, today) or _narrated_later(sit, item) or _undated_and_gone(sit, item, today):
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


# An event that comes soon after it is asked, not a standing seat: its invitation goes stale once months pass in silence.
_EVENT = re.compile(r"\b(?:dinner|lunch|breakfast|drinks|coffee|party|celebration|barbecue|bbq|away[- ]?day|off-?site|retreat|workshop|"
                    r"conference|summit|visit|tour|walk-?round|open day|launch|event|gala|match|game|concert|reception)s?\b", _I)
_SEAT_LIKE = re.compile(r"\b(?:standing|member|membership|seat|regular|every|each|quarterly|monthly|weekly)\b", _I)
# The event told as over: said in the past tense of being there, or thanked for.
_OVER = re.compile(r"\b(?:was|were|went|had|enjoyed|took place|happened)\b|\bthank(?:s| you)(?: again)? for\b|\bthank you again\b", _I)
_AHEAD = re.compile(r"\b(?:will|'ll|’ll|looking forward|next|upcoming|coming|still on|going to)\b", _I)
GONE_AFTER = dt.timedelta(days=90)  # an undated soon-event, silent this long while later notes went on (a judgement)


def _event_words(item: Item) -> set[str]:
    return {m.lower().replace(" ", "").replace("-", "") for m in _EVENT.findall(item.complement or item.quote)}


def _narrated_later(sit: Situation, item: Item) -> bool:
    """A later entry tells the invited event as over: its event word, in a line in the past tense, looking to nothing ahead."""
    kinds = _event_words(item)
    if not kinds:
        return False
    for s in sit.sentences:
        if s.order <= item.order or s.note.ref == item.note_ref or (item.date and s.date and s.date <= item.date):
            continue
        said = {m.lower().replace(" ", "").replace("-", "") for m in _EVENT.findall(s.text)}
        if kinds & said and _OVER.search(s.text) and not _AHEAD.search(s.text) and "?" not in s.text:
            return True
    return False


def _undated_and_gone(sit: Situation, item: Item, today: dt.date) -> bool:
    """An invitation to a soon event that names no day, told months before the meeting, with later notes silent on it."""
    if item.date is None or not _event_words(item) or _SEAT_LIKE.search(item.quote) or dates_in(item.quote, item.date, item.date_order):
        return False
    later = [s.date for s in sit.sentences if s.date and s.date > item.date]
    return today - item.date > GONE_AFTER and bool(later) and max(later) - item.date > GONE_AFTER / 2
