"""A meaning phrase is never a cut clause (plan round 15): "reaching better candidates" from "... reach better
candidates in fewer months" drops the very point the partner hears ("fewer months"). Where the statement goes on,
right after the phrase's last word, with the qualifier that carries its point (how fast, how fair, how soon, what
for: "in minutes", "fairly and faster", "first time", "to trade"), the phrase takes it back, re-voiced to the partner.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MANNER = r"(?:fairly|fast|faster|sooner|quicker|cheaper|better|quickly|safely|well|early|cheaply|accurately|reliably|correctly|securely|smoothly|first\s+time|on\s+time|every\s+time)"
_QUALIFIER = re.compile(
    rf"^\s*(?P<q>{_MANNER}(?:,?\s+(?:and|or)\s+{_MANNER})?"
    r"|to\s+(?!the\b|a\b|an\b|every\b|each\b|our\b|their\b|your\b)[a-z]+(?:\s+(?:and|or)\s+(?!the\b|a\b|an\b|every\b|each\b|our\b|their\b|your\b|all\b)[a-z]+(?=[,.;]|$))?"
    r"|in\s+(?:fewer|less|under|minutes|hours|days|weeks|seconds|one\s+\w+|a\s+single\s+\w+)(?:\s+[a-z]+){0,2}?(?=[,.;]|\s+(?:so|when|and|while|for)\b|$)"
    r"|from\s+(?:their|the|its|his|her)\s+first\s+[a-z]+)(?=[,.;]|\s|$)", _I)
_READY = {"ready", "able", "free", "fit", "set", "prepared", "equipped", "quick", "easy", "safe", "sure", "willing", "trained"}  # "ready to trade"
MOST = 13  # words in the phrase with its qualifier at most


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|es|s|ed|e)$", "", word.lower())[:5]


def whole_phrase(phrase: str, statement: str) -> str:
    """The phrase with the qualifier the statement gives it right after its last word; the phrase when none is cut."""
    words = _WORD.findall(phrase)
    if len(words) < 2:
        return phrase
    verb, last = _stem(words[0]), words[-1].lower()
    for m in re.finditer(rf"\b{re.escape(last)}\b", statement, _I):
        before = [_stem(w) for w in _WORD.findall(statement[:m.start()])]
        if verb not in before and not any(b.startswith(verb[:3]) for b in before):
            continue  # the last word, but not in the clause the phrase was read from
        q = _QUALIFIER.match(statement[m.end():])
        if q and q.group("q").lower().startswith("to ") and last not in _READY:
            return phrase  # "their time back to nurses", "people to spend": a place or a purpose, not the phrase's point
        if not q or q.group("q").lower() in phrase.lower():
            return phrase
        said = re.sub(r"\b(?:our|Our)\b", "your", q.group("q").strip())
        return f"{phrase} {said}" if len(words) + len(said.split()) <= MOST else phrase
    return phrase
