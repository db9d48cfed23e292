"""The partner's answer to our question "What do you need from us?" is their ask, whatever its grammar.

"Noor: What do you need from us?" / "Javier: Read access to the booking warehouse for the Fareline team, by 1 December.
And a data analyst from your side who knows the booking data." is an ask of us (two things, one answer), though it has no
"can you" or "I need". Only the partner's own next line counts, with a line after it that starts "And"/"Also".
"""

from __future__ import annotations

import re

from assistant.planning import situation_round7 as r7
from assistant.planning.due_dates import due_date
from assistant.planning.situation_types import Item, Sentence, Situation

_OUR_QUESTION = re.compile(r"\bwhat (?:do|would|will) you need from (?:us|me|IT|my team)\b|\bwhat can (?:we|I|IT) do for you\b|"
                           r"\bhow can (?:we|I|IT) help\b", re.IGNORECASE)
_MORE = re.compile(r"^(?:and|also|plus)\b[\s,]*", re.IGNORECASE)
# An answer that names a thing, not one that declines ("Nothing for now", "Just keep it running").
_NOTHING = re.compile(r"^(?:nothing|no|none|not|just|only|all good|fine|ok|okay|thanks)\b", re.IGNORECASE)


def _ask(s: Sentence, words: str) -> Item:
    words = words.strip().rstrip(".")
    due, _ = due_date(words, s.date, s.date_order)
    return Item("request", "partner", "open", s.text, s.date, s.note.ref, "", words, True, due, order=s.order,
                terms=r7.item_terms(words, s.text), date_order=s.date_order)


def asks_in_answers(sit: Situation) -> list[Item]:
    """Requests the partner named in answer to our "What do you need from us?" (none already read from those lines)."""
    found: list[Item] = []
    taken = {i.order for i in sit.items if i.kind in ("request", "offer")}
    by_order = {s.order: s for s in sit.sentences}
    for s in sit.sentences:
        if s.speaker == "partner" or not _OUR_QUESTION.search(s.text):
            continue
        answer = next((x for x in sorted(sit.sentences, key=lambda x: x.order) if x.order > s.order and x.note.ref == s.note.ref), None)
        if answer is None or answer.speaker != "partner" or answer.order in taken or _NOTHING.match(answer.text.strip()) or "?" in answer.text:
            continue
        ask = _ask(answer, answer.text)
        more = by_order.get(answer.order + 1)
        if more is not None and more.speaker == "partner" and more.order not in taken and _MORE.match(more.text.strip()):
            ask.quote = f"{answer.text.strip()} {more.text.strip()}"  # "And an analyst ...": the same answer, one ask
            ask.complement = f"{ask.complement} and {_MORE.sub('', more.text.strip(), count=1).rstrip('.')}"
            ask.terms = ask.terms | r7.item_terms(more.text, more.text)
        found.append(ask)
    return found


# A question of opinion or fact ("asked whether 'AI will kill the billable hour'"), not a thing to deliver ...
_QUESTION = re.compile(r"^(?:me |us |IT )?(?:whether|if|what|why|how)\b", re.IGNORECASE)
# ... answered in the CIO's next line ("Said it would change what clients pay for"), which is no promise to look into it
_ANSWERED = re.compile(r"^(?:[-*•]\s*)?(?:I\s+)?(?:said|told (?:her|him|them)|answered|explained)\b", re.IGNORECASE)
_PROMISED = re.compile(r"\b(?:I|we)(?:'d|'ll| would| will)\b|\b(?:look|come back|check|find out|get back|think about)\b", re.IGNORECASE)
_DELIVERABLE = re.compile(r"\b(?:could|can|would) (?:you|we|IT)\b|\b(?:put|send|give|build|set up|get|have|make)\b", re.IGNORECASE)


def answered_on_the_spot(sit: Situation) -> None:
    """A question the partner asked that the CIO answered in the very next line of the same note is not open."""
    for item in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        if not _QUESTION.match(item.complement) or _DELIVERABLE.search(item.complement):
            continue
        nxt = [s for s in sit.sentences if s.note.ref == item.note_ref and s.order == item.order + 1 and s.speaker in ("narrator", "us")]
        if nxt and _ANSWERED.match(nxt[0].text) and not _PROMISED.search(nxt[0].text):
            item.kind, item.done_quote, item.done_on = "answered_request", nxt[0].text, nxt[0].date  # no delivery to build on
