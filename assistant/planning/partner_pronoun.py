"""Which pronoun the notes use for the partner, and whether a pronoun in a sentence can be theirs.

Notes about one partner speak of them far more than of anyone else, so the third-person pronoun the CIO's own lines
use most is theirs ("He renewed sponsorship ...", "She asked for ..."). A pronoun of the other kind in a line about a
deputy ("Sabine will run the PMO; she wants weekly check-ins") is that person's, never the partner's: an ask or a
want told with it belongs to someone else. Quotations are left out of the count (the partner's own "he" is someone
else), and so is a file where neither kind clearly leads: then no pronoun rules anything out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_KINDS = {
    "he": ("he", "him", "his", "himself"),
    "she": ("she", "her", "hers", "herself"),
}
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_LEAD = 2.0  # one kind must be used at least twice as often as the other
_LEAST = 3  # and at least this often


def pronoun_kind(word: str) -> str:
    """'he' or 'she' for a third-person singular pronoun, '' for any other word."""
    low = word.lower().strip(".,;:!?\"“”()")
    return next((kind for kind, forms in _KINDS.items() if low in forms), "")


def pronoun_of(texts: Iterable[str]) -> str:
    """The partner's pronoun kind ('he' or 'she') as the notes' own lines use it, or '' when the notes do not show it."""
    counts = dict.fromkeys(_KINDS, 0)
    for text in texts:
        for word in re.findall(r"[A-Za-z]+", _QUOTED.sub(" ", text)):
            kind = pronoun_kind(word)
            if kind:
                counts[kind] += 1
    (top, most), (_, other) = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    return top if most >= _LEAST and most >= _LEAD * other else ""


def not_theirs(word: str, partner_kind: str) -> bool:
    """A he/she pronoun of the other kind than the partner's: it speaks of someone else."""
    kind = pronoun_kind(word)
    return bool(kind and partner_kind and kind != partner_kind)
