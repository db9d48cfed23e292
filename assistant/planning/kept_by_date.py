"""Our promise's status from later lines about the same deliverable, linked by its own due date or its entry's thing
(session 19, dimension d: "a fact turned upside down").

- A later line that names the promise's own due date and tells the thing handed over ahead of it ("The report pack reached
  the regional leads today, ten days ahead of May 20.") kept it, early: "You will get it by May 20" is no
  overdue promise.
- A promise to give a date or an answer for a thing ("Stock feed missed 31/05. ... A new date for him by 12/06.")
  is moot once a later entry reports the thing itself live or delivered: done (late when after its own date), never
  "overdue, not yet confirmed as kept".
- An ask answered in its own line by our no ("asked again about the trial, got the same no") is answered, not open.
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.delivery_words import delivered_words, delivers, linked, not_evidence
from assistant.planning.due_dates import dates_in
from assistant.planning.promise_timeline import owes_an_answer
from assistant.planning.situation_types import Item, Sentence, Situation

_I = re.IGNORECASE
# Handed over ahead of its date: "ten days ahead of May 20", "early", "before the 20th".
_AHEAD = re.compile(r"\b(?:ahead of|early|earlier than|before)\b", _I)
# The thing moved on to its readers: "went to your branch GMs", "is with her team", "in their hands".
_WENT_TO = re.compile(r"\b(?:went (?:out )?to|is with|are with|(?:is|are|was|were) in (?:your|her|his|their) hands)\s+(?:your|her|his|their|the|all)\b", _I)
_STILL_AHEAD = re.compile(r"\b(?:will|'ll|’ll|shall|going to|to be|should|plan\w*|aim\w*|hope\w*|not|no longer)\b|\?", _I)
# Our no to an ask, told in the ask's own line: "got the same no", "board said no", "we declined".
_OUR_NO = re.compile(r"\b(?:got (?:the same |a |another |our )?no|(?:said|says|answered) no|the same no|declined|refused|turned (?:it )?down)\b", _I)
# "One" for the date owed: a new "one by 12/06" for him (a thing owed, "it running by 1 June", is no date).
_OWED_PRONOUN = re.compile(r"^\W*(?:(?:give|send|get)\s+(?:her|him|them|you|us)\s+)?one\b", _I)


def review(sit: Situation) -> None:
    """Run after our promises are settled (promise_delivery.settle_ours)."""
    for item in _open_ours(sit):
        if item.due and (line := _kept_ahead(sit, item)) is not None:
            item.status, item.done_quote, item.done_on, item.broken_quote = "done", line.text, line.date, ""
    for item in _open_ours(sit):
        if (line := _thing_delivered(sit, item)) is not None:
            late = bool(item.due and line.date and line.date > item.due)
            item.status, item.done_quote, item.done_on, item.broken_quote = "done", line.text, line.date, ""
            item.kind = "late_promise" if late else item.kind
    for ask in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        if _OUR_NO.search(ask.quote) and "?" not in ask.quote:
            ask.status, ask.done_quote, ask.done_on = "done", ask.quote, ask.date  # answered, with our no: no open ask, no proof


def _open_ours(sit: Situation) -> list[Item]:
    return [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note" and i.status in ("open", "overdue")
            and i.order >= 0]


def _later(sit: Situation, item: Item) -> list[Sentence]:
    return [s for s in sit.sentences if s.order > item.order and s.note.ref != item.note_ref and s.date and item.date and s.date >= item.date
            and "?" not in s.text and not not_evidence(s.text) and not cue.NOT_DONE.search(s.text)]


def _kept_ahead(sit: Situation, item: Item) -> Sentence | None:
    """The one later line naming the promise's own due date and telling it handed over before it."""
    hits = []
    for s in _later(sit, item):
        if s.date is None or item.due is None or s.date > item.due or _STILL_AHEAD.search(s.text):
            continue
        if item.due in dates_in(s.text, s.date, s.date_order) and _AHEAD.search(s.text) and (delivers(s) or _WENT_TO.search(s.text)):
            hits.append(s)
    rivals = [o for o in _open_ours(sit) if o is not item and o.due == item.due]
    return hits[0] if hits and not rivals else None


def _thing_delivered(sit: Situation, item: Item) -> Sentence | None:
    """For a promise of a date or an answer about a thing: a later entry reporting that thing live or delivered."""
    if not (owes_an_answer(item) or _OWED_PRONOUN.match(item.complement or "")):
        return None
    before = [s for s in sit.sentences if s.note.ref == item.note_ref and item.order - 5 <= s.order < item.order and s.speaker != "partner"]
    names = {n.lower() for n in sit.partner_names}
    thing = " ".join(w for s in before for w in s.text.split() if w.strip(".,:;!?\"'").lower() not in names)
    if not thing:
        return None
    for s in _later(sit, item):
        line = next((ln for ln in s.note.text.splitlines() if s.text[:40] in ln), s.text)  # with its title: "1. Stock feed. Live on ..."
        if (delivered_words(s.text) or _LIVE_ON.search(s.text)) and len(linked(thing, line)) >= 2:
            return s  # "1. Stock feed." / "Live on 02/08, nine weeks past the 31/05 date."
    return None


_LIVE_ON = re.compile(r"^\W*(?:(?:is|went|was|now)\s+)?live (?:on|since|from)\s+\d", _I)
