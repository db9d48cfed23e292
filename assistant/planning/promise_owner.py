"""Who on our side owns a promise of ours, when the notes name them: a follow-up is owned by that person, never by
"CIO" or a role nobody in the notes holds."""

from __future__ import annotations

import re

from assistant.planning.situation_types import Item

_NAME = r"[A-Z][a-zà-ÿ'-]+"
# "..., owner: Kofi", "(owner Jonas)", "owned by Marek", "Kofi will ...", "I'll have Marcus price ...".
OWNER_CUE = re.compile(rf"\bown(?:er|ed by)\s*[:=-]?\s*(?P<a>{_NAME})\b|^\s*(?P<b>{_NAME}) (?:will|is going to|has promised to)\b|\bhave (?P<c>{_NAME}) [a-z]+")
NOT_A_NAME = frozenset({"I", "We", "It", "IT", "They", "She", "He", "You", "The", "Our", "This", "That"})


def promise_owner(item: Item, partner_first: str = "") -> str:
    """The name of our person who owns the promise ('' when the notes name nobody, or only the partner)."""
    if item.owner_name:  # a role in capitals ("CIO", "IT") names no person: the list keeps its own owner
        return item.owner_name if re.match(r"[A-Z][a-zà-ÿ]", item.owner_name) else ""
    for text in (item.complement, item.quote):
        found = OWNER_CUE.search(text or "")
        name = next((g for g in (found.groups() if found else ()) if g), "")
        if name and name not in NOT_A_NAME and name != partner_first:
            return name
    return ""

