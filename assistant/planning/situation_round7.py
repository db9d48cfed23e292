"""Round-7 readers (issue #20): a promise that answers the ask just before it names the same thing.

"Ines asked for a callback queue ... I promised her a first version by end of October." The promise's own words
("a first version") do not name the thing; the ask in the sentence before does. A later "the callback queue went
live" closes both, because it shares the ask's telling words.
"""

from __future__ import annotations

from assistant.planning.situation_types import Item


def borrow_asked_thing(items: list[Item]) -> None:
    """Our promise in the sentence right after a request in the same note carries that request's words too."""
    requests = {(i.note_ref, i.order): i for i in items if i.kind == "request"}
    for promise in [i for i in items if i.kind == "promise" and i.owner == "us" and i.order > 0]:
        asked = requests.get((promise.note_ref, promise.order - 1))
        if asked is not None:
            promise.terms = promise.terms | asked.terms
