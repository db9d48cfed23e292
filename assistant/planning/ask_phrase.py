"""The thing an ask told in our note is for, as a noun phrase the CIO can say after "you asked for".

"asked for a firm date and cost for the booking upgrade (packages: ...) before the offsite" -> "a firm date and cost for
the booking upgrade". A line that says only "What you asked on 10 December is still open" leaves the partner asking
"which thing?"; the phrase comes from the typed item's complement, never from a stock name.
"""

from __future__ import annotations

import re

from assistant.planning.second_person import to_partner
from assistant.planning.situation_types import Item, Situation

# Labels and verbs before the thing: "| ", "**Request.** ", "His ask: ", "for ", "Dana would like ".
_LEAD = re.compile(r"^(?:\|\s*)?(?:\*\*[^*]{1,20}\*\*\s*)?(?:(?:[A-Z][\w-]*\s+){0,2}(?:would like|wants|needs|asked for|asks for)\s+)?(?:for\s+)?")
# What follows the thing: its deadline, its reason, its spec in brackets or after a colon.
_TAIL = re.compile(r"(?:,?\s+(?:by|before|no later than|ahead of|in time for|so (?:it|that)|because|until)\b.*$)|\s*[:;(|—–].*$", re.IGNORECASE)
_START = re.compile(r"^(?:a|an|the|one|two|three|four|five|some)\s", re.IGNORECASE)
# A pointer or a first-person word makes the phrase unsayable as it stands ("it", "my team" is theirs, not ours).
_UNSAYABLE = re.compile(r"\b(?:I|me|my|mine|it|its|this|that|these|those|them)\b|[\"“”*]", re.IGNORECASE)
_CONTENT = re.compile(r"[A-Za-z][\w-]{3,}")


def ask_phrase(item: Item) -> str:
    """'a firm date and cost for X' for a request told in our note ('' when no short noun phrase is found)."""
    if item.kind != "request" or item.spoken:
        return ""
    text = re.sub(r"\s+", " ", item.complement).strip()
    text = _TAIL.sub("", _LEAD.sub("", text, count=1)).strip(" ,.;")
    words = text.split()
    if not _START.match(text) or not 2 <= len(words) <= 16 or _UNSAYABLE.search(text) or len(_CONTENT.findall(text)) < 2:  # "the number" alone points back
        return ""
    return text[0].lower() + text[1:]


def said_phrase(sit: Situation, item: Item) -> str:
    """ask_phrase said to the partner ("a number she can defend" -> "a number you can defend"); '' when unplaceable."""
    phrase = ask_phrase(item)
    return (to_partner(phrase, sit.partner_names, sit.partner_pronoun) or "") if phrase else ""
