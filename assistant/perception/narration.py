"""The CIO's plain narration: sentences that are neither the partner's words nor the partner's own acts.

The sentence classifier reads competence into many neutral lines of long notes ("Due date stands.",
"Not raised again since."), so its vote alone on narration counts for less. What the partner said or did
is never narration: a quote, a sentence attributed to them, one whose subject is the partner ("She booked
an outside firm", "Dana was pleased") and the note-taker's subject-dropped shorthand for the partner's
acts ("Asked for the recharge to come down", "Now books an outside firm for anything urgent").
"""

from __future__ import annotations

import re

_LEAD = r"^(?:[-*•>]\s*)*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?(?i:(?:now|still|also|then|later|since then|again|and|but|so)\s+)?"
_PRONOUN = re.compile(_LEAD + r"(?:she|he|they)(?:'s|’s|'d|’d|'ll|’ll|'ve|’ve)?\b", re.IGNORECASE)
# A line that opens on a verb in the past or third person: the note-taker left out who, and it is the partner.
_VERB_FIRST = re.compile(
    _LEAD + r"(?i:[a-z]{3,}ed|(?:Wants|Asks|Says|Books|Uses|Thinks|Needs|Sees|Keeps|Calls|Sends|Prefers|Expects|Refuses|"
    r"Insists|Goes|Buys|Rates|Trusts|Relies|Blames|Praises|Thanks|Told|Said|Sent|Took|Gave|Made|Brought|Went|Came|Rang|Wrote|"
    r"Chose|Kept|Paid|Signed|Bought|Spent|Let|Put))\b"
)
_NOT_PARTNER = re.compile(_LEAD + r"(?i:Owned|Owner|Scheduled|Planned|Delivered|Completed|Signed off|Updated|Closed|Fixed|Released|Deployed|Agreed actions)\b")


def is_narration(text: str, speaker: str, quoted: bool, partner: str | None = None) -> bool:
    """True for the CIO's plain narration (the classifier's vote on it counts for less)."""
    if quoted or speaker in ("partner", "other"):
        return False
    if _PRONOUN.match(text) or (_VERB_FIRST.match(text) and not _NOT_PARTNER.match(text)):
        return False
    return not _names_partner_first(text, partner)


def _names_partner_first(text: str, partner: str | None) -> bool:
    """The sentence opens on the partner's name ("Dana was angry", "Whitfield now books ...")."""
    if not partner:
        return False
    names = [w for w in re.findall(r"[A-Za-z][\w'’-]+", re.sub(r"\([^)]*\)", " ", partner)) if len(w) > 2 and w.lower() not in {"mrs", "prof", "dame"}]
    return any(re.match(_LEAD + re.escape(name) + r"\b", text) for name in names)
