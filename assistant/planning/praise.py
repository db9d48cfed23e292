"""Praise in the partner's words ("That's better than I hoped.", "thanks, that's what I needed"): never an ask, a trigger
or an objection, so no line of the plan answers it with a date."""

from __future__ import annotations

import re

PRAISE = re.compile(
    r"\b(?:better than (?:I|we) (?:hoped|expected|thought)|brilliant|fantastic|excellent|great (?:job|work|help)|well done|"
    r"thanks|thank you|love(?:s|d)? (?:it|them)|the best \w+ (?:we|I) (?:have|'ve) had|exactly what|what (?:I|we) needed|"
    r"saves? us|works? (?:well|great)|impressed|(?:very |really )?happy with|spot on|nice work|good work|a great help)\b",
    re.IGNORECASE,
)
# Anything asked, offered, wanted or still missing makes the line more than praise ("Thanks - and yes, we would co-fund ...").
_ASKS = re.compile(r"\?|\b(?:can|could|would|will|shall|if|please|need|needs|want|wants|still|waiting|but|offer\w*|invit\w*|fund\w*|co-fund\w*|join)\b",
                   re.IGNORECASE)


def is_praise(text: str) -> bool:
    """Praise alone: a praise phrase and nothing asked or missing."""
    return PRAISE.search(text) is not None and _ASKS.search(text) is None
