"""A phrase cut out of a sentence never ends inside a number ("$1.2|M"), a word or an open parenthesis ("(approx.|").

Cue patterns take the words after a cue up to the next full stop; a full stop inside a number or after an
abbreviation in brackets is no sentence end. `whole_cut` gives such a phrase back whole: extended to its clause end
in the sentence it came from, or, when that runs too long, cut before the bracket it left open.
"""

from __future__ import annotations

import re

MAX_CHARS = 200
_CLAUSE_END = re.compile(r"[;!?\n]|\.(?=\s|$)")


def cut_inside(part: str, source: str, end: int) -> bool:
    """True when `part` (ending at source[end]) stops inside a number, a word or a bracket it opened."""
    if part.count("(") > part.count(")"):
        return True
    if end >= len(source) or not part or not part[-1].isalnum():
        return False
    nxt = source[end]
    return nxt.isalnum() or (nxt in ".," and end + 1 < len(source) and source[end + 1].isdigit() and part[-1].isdigit())


def _clause_end(source: str, start: int) -> int:
    depth = 0
    for i in range(start, len(source)):
        ch = source[i]
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and _CLAUSE_END.match(source, i) and not re.search(r"\b(?:approx|ca|incl|e\.g|i\.e|vs|cf)$", source[start:i], re.IGNORECASE):
            return i
    return len(source)


def whole_cut(part: str, source: str) -> str:
    """`part` as it stands when it is whole; else its clause in `source` whole, or the words before its open bracket."""
    at = source.find(part) if part else -1
    if at < 0 or not cut_inside(part, source, at + len(part)):
        return part
    whole = source[at : _clause_end(source, at)].rstrip(" ,.:")
    if len(whole) <= MAX_CHARS and whole.count("(") <= whole.count(")"):
        return whole
    bracket = part.rfind("(") if part.count("(") > part.count(")") else -1
    return part[:bracket].rstrip(" ,:–—-") if bracket > 0 else ""
