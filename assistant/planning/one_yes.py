"""One offer, one yes: the script says yes to an offer once, and the follow-ups carry one step for it.

A yes can come from the meeting's purpose ("Yes to your co-funding offer.") and again from the open offer itself
("Thank you for your offer of 3 December: yes."). When the notes hold one open offer, or the two lines name the same
thing, the first yes stands and the later one goes, with the second follow-up (a reply to the offer beside a written
yes to it).
"""

from __future__ import annotations

import re

from assistant.planning.delivery_words import words_of
from assistant.planning.situation_types import Situation
from assistant.schema import FollowUp

_YES = re.compile(r"^(?:yes\b[^.]*\boffer\b|thank you for (?:your|the) offer\b[^.]*?:\s*yes\b|we accept your offer\b)", re.IGNORECASE)
_OFFER_STEP = re.compile(r"^(?:Reply to \w+'s offer|Confirm in writing our yes to [^:]*\boffer\b)", re.IGNORECASE)
_PLAIN = frozenset("offer yes thank your confirm next step reply writing".split())


def one_yes(script: list[str], followups: list[FollowUp], sit: Situation) -> tuple[list[str], list[FollowUp]]:
    """The script and follow-ups with a second yes to the same offer (and its second follow-up) left out."""
    offers = [i for i in sit.items if i.kind == "offer" and i.status != "done"]
    kept: list[str] = []
    for line in script:
        first = next((k for k in kept if _YES.match(k)), None)
        if first and _YES.match(line) and (len(offers) <= 1 or (words_of(first) & words_of(line)) - _PLAIN):
            continue  # the same yes said again
        kept.append(line)
    steps = [f for f in followups if _OFFER_STEP.match(f.what)]
    if len(steps) < 2 or len(offers) > 1:
        return kept, followups
    keep = next((f for f in steps if f.what.lower().startswith("confirm in writing")), steps[0])
    return kept, [f for f in followups if f is keep or f not in steps]
