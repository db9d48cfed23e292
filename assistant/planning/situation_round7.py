"""Round-7 readers (issue #20): a promise that answers the ask just before it names the same thing.

"Ines asked for a callback queue ... I promised her a first version by end of October." The promise's own words
("a first version") do not name the thing; the ask in the sentence before does. A later "the callback queue went
live" closes both, because it shares the ask's telling words.
"""

from __future__ import annotations

from assistant.planning.situation_types import Item, terms_of


def borrow_asked_thing(items: list[Item]) -> None:
    """Our promise in the sentence right after a request in the same note carries that request's words too (unless it names
    its own, other thing and the request has a deadline of its own)."""
    requests = {(i.note_ref, i.order): i for i in items if i.kind == "request"}
    for promise in [i for i in items if i.kind == "promise" and i.owner == "us" and i.order > 0]:
        asked = requests.get((promise.note_ref, promise.order - 1))
        if asked is not None and asked.due and len(promise.terms) >= 2 and not promise.terms & asked.terms:
            continue  # an ask with its own deadline, then our promise on another named thing: two entries, not ask and answer
        if asked is not None:
            promise.terms = promise.terms | asked.terms


def item_terms(complement: str, sentence: str) -> frozenset[str]:
    """The words that name an item: its complement's, or the whole sentence's where the complement names nothing
    ("the scanner on line 3 keeps dropping, can you fix it?": "fix it" alone cannot be matched to "scanner ... fixed")."""
    own = terms_of(complement or sentence)
    return own if len(own) >= 2 else own | terms_of(sentence)
