"""Asks, offers and promises read from the notes that are not open between us (session 30).

The cues read a verb; the act around it decides whether anything is open. A line is no open item when:
- it is debris of an export: a heading, a JSON or changelog fragment (no person says it);
- it says it is to be kept out of the plan or the room: that belongs in "Keep out of the room", never in a list;
- it is the CIO's own question ("What else might she need from us?"): a puzzle, not an ask of theirs;
- the same line closes it: a tick, "sent 3 Jun", "answered on the spot", "withdrawn";
- its own line marks it closed or struck, or a later line replaces or withdraws it (replaced_items.py);
- it tells the history of an ask that a newer one replaced ("had asked for all of it; now a tenth first");
- it restates the ask of the sentence beside it, in the same paragraph: one ask, listed once, in their words;
- it is a promise of ours named only by a count ("Promised both by 1 May") that a later note closes by that count.
Each test reads typed facts (speaker, the act, the item's own line, later notes' status words), never a topic.
"""

from __future__ import annotations

import re

from assistant.planning.replaced_items import closed_or_replaced
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE
_ASKS = ("request", "offer")
# An export's syntax: a markdown heading, an ISO timestamp, a quoted JSON key.
_DEBRIS = re.compile(r"^\s*#{1,6}\s|\d{4}-\d\d-\d\dT\d\d:\d\d|['\"][\w-]+['\"]\s*:\s*(?:['\"{\[]|\d)")
# A line that keeps itself out of the plan or the room.
_KEEP_OUT = re.compile(r"\bnot for (?:the|this|any|anyone['’]s) (?:plan|notes?|record|distribution)|\bfor (?:me|my eyes) only\b|\boff the record\b"
                       r"|\bnot (?:to )?be (?:mentioned|raised|brought up|shared|repeated|minuted)\b", _I)
# The CIO asking themself: a question in the narration, with no quotation in it.
_OWN_QUESTION = re.compile(r"^\W*(?:is|are|does|do|did|should|could|would|will|can|has|have|what|why|how|where|when|who|which)\b[^\"“”]*\?\W*$", _I)
# A status the same line gives the ask, after it: a tick, a dated send, an answer then and there, a withdrawal.
_CLOSED_HERE = re.compile(r"[☑✅✔]|(?<!\bbe )\bsent\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)"
                          r"|\banswered\s+(?:on the spot|there and then|in the room|at once|straight away|in the meeting)"
                          r"|\b(?:treat(?:ed)?\s+as|is|was|now|been)\s+withdrawn\b")
_INSTEAD = re.compile(r"\binstead\b", _I)
# An earlier ask told as history, replaced in the same line: "she had asked for X; now Y first".
_HAD_ASKED = re.compile(r"\bhad\s+(?:asked|wanted|requested)\b", _I)
_NOW = re.compile(r"\b(?:now|instead|these days|since then)\b", _I)
# A second, separate ask in the next sentence: "She also wants ...".
_ANOTHER = re.compile(r"\b(?:also|another|second|separately|too|as well|again)\b", _I)
# A promise named by a count of the things before it, and a later line that closes that count.
SHORT = 6  # words in a restating ask's complement at most
_COUNT = re.compile(r"\b(?:both|all|each|the two|the three)\b", _I)
_CLOSING = re.compile(r"\b(?:closed|done|delivered|finished|completed|sorted|shipped)\b", _I)


def drop_not_open(sit: Situation) -> None:
    """Take out of `sit.items` the asks, offers and promises that nothing open stands behind (the module's list)."""
    by_order = {s.order: s for s in sit.sentences}
    for item in sit.items:
        _to_new_ask(item)
    theirs = [i for i in sit.items if i.owner == "partner"]
    echoes = _echoes([i for i in theirs if i.kind == "request"], sit) | _echoes([i for i in theirs if i.kind == "offer"], sit)
    sit.items = [i for i in sit.items if not (id(i) in echoes or _not_open(i, by_order.get(i.order), sit))]


def _not_open(item: Item, s: Sentence | None, sit: Situation) -> bool:
    if item.kind not in (*_ASKS, "promise"):
        return False
    text = item.quote
    if debris(text) or _KEEP_OUT.search(text) or closed_or_replaced(item, sit):
        return True
    if item.kind == "promise":
        return item.owner == "us" and _closed_by_count(item, sit)
    if item.owner != "partner":
        return False
    after = text[max(text.find(item.verb), 0) if item.verb else 0 :]
    if _CLOSED_HERE.search(after):
        return True
    narrated = not item.spoken and (s is None or s.speaker != "partner")
    if narrated and _OWN_QUESTION.match(text.strip()):
        return True
    return narrated and (had := _HAD_ASKED.search(text)) is not None and _NOW.search(text, had.end()) is not None


def debris(text: str) -> bool:
    """An export's syntax (a heading, a timestamp, a quoted JSON key): no person asked or promised it."""
    return _DEBRIS.search(text) is not None


def _to_new_ask(item: Item) -> None:
    """A withdrawal with a new ask after it ("X, please treat as withdrawn. Instead extend ..."): the item is the new ask,
    its quote the words from "Instead" on (still the note's own words)."""
    if item.kind != "request" or item.owner != "partner":
        return
    closed = _CLOSED_HERE.search(item.quote)
    instead = _INSTEAD.search(item.quote, closed.end()) if closed else None
    if closed and instead and "withdr" in closed.group(0).lower() and item.quote.find(item.complement) >= instead.start():
        item.quote = item.quote[instead.start() :]


def _echoes(asks: list[Item], sit: Situation) -> set[int]:
    """Of two asks (or two offers) in adjacent sentences that speak of one thing (their words after the narration, in
    one line; or a short line sharing a word, in one paragraph), the one that restates the other: the later one
    (unless it says it is a second ask), or the earlier one when only the later one has a date or, for an ask, their words."""
    out: set[int] = set()
    for first in asks:
        for second in asks:
            if second.order != first.order + 1 or first.note_ref != second.note_ref or first.order < 0 or _ANOTHER.search(second.quote):
                continue
            quoted = second.spoken and not first.spoken and _one_paragraph(first, second, sit, "\n")  # their words after the narration, one line
            short = len(second.complement.split()) <= SHORT and bool(_stems(first) & _stems(second))  # "She wants one person, not a pool."
            if not (quoted or (short and _one_paragraph(first, second, sit))):
                continue  # two things asked side by side: both stay
            their_words = second.spoken and not first.spoken and first.kind == "request"  # an offer's narration names its means: it stays
            out.add(id(first) if their_words or (second.due and not first.due) else id(second))
    return out


def _stems(item: Item) -> set[str]:
    return {w[:4] for w in terms_of(item.complement)}


def _one_paragraph(first: Item, second: Item, sit: Situation, gap: str = r"\n\s*\n|\n\s*(?:[-*•☐☑]|\d+[.)])\s") -> bool:
    """Both quotes in one paragraph or bullet of their note: no `gap` (a blank line, a new bullet) between them."""
    note = next((n for n in sit.notes if n.ref == first.note_ref), None)
    if note is None:
        return False
    start = note.text.find(first.quote)
    end = note.text.find(second.quote, start + 1) if start >= 0 else -1
    between = note.text[start + len(first.quote) : end] if end >= 0 else "\n\n"
    return not re.search(gap, between)


def _closed_by_count(item: Item, sit: Situation) -> bool:
    """Our promise named only by a count ("Promised both by 1 May"), closed by a later line with the same count."""
    count = _COUNT.search(item.complement)
    if count is None or terms_of(_COUNT.sub("", re.sub(r"\bby\b.*$", "", item.complement))) or item.date is None:
        return False
    word = count.group(0).lower()
    later = [s for s in sit.sentences if s.date and s.date > item.date and s.speaker in ("narrator", "us")]
    return any(_CLOSING.search(s.text) and re.search(rf"\b{word}\b", s.text, _I) for s in later)
