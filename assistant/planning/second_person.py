"""A phrase about the partner, said to the partner: their name and their pronouns become 'you' and 'your'.

The meeting purpose and the CIO's notes speak of the partner ("Elena's co-funding offer with a plan she can defend",
"a single figure she can stand behind with finance"); a script line speaks to them. "Yes to Elena's co-funding offer" said to
Elena, or "she" said to her face, is the plan speaking past the person in the room. Only the partner's own name and
pronoun kind (partner_pronoun.py) change; a pronoun of the other kind is a third person and stays. Where the notes do
not show the partner's pronoun kind, a he/she left in the phrase cannot be placed, and the phrase is not said.
"""

from __future__ import annotations

import re

from assistant.planning.partner_pronoun import pronoun_kind

_BE = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
       "doesn't": "don't", "'s": "'re", "’s": "’re"}
_MODAL = {"can", "could", "will", "would", "should", "may", "might", "must", "shall", "can't", "won't", "wouldn't", "couldn't",
          "did", "didn't", "had"}
# A word after "her" that makes "her" the object, not a possessive: "give her by Friday", "tell her the date".
_AFTER_OBJECT = {"by", "before", "on", "in", "at", "to", "for", "with", "and", "or", "the", "a", "an", "this", "that", "what",
                 "how", "when", "whether", "if", "today", "tomorrow", "first", "again", "back", "directly", "personally"}
_WORD = re.compile(r"[^\W_][\w’'-]*|[^\w\s]+|_+|\s+")


def _verb_for_you(verb: str) -> str:
    """The verb after 'you' for one said after 'she'/'he': 'is' -> 'are', 'wants' -> 'want', 'can' stays."""
    low = verb.lower()
    if low in _BE:
        return _BE[low]
    if low in _MODAL or not low.endswith("s") or low.endswith("ss"):
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ches|shes|sses|xes|oes)$", low):
        return verb[:-2]
    return verb[:-1]


def to_partner(phrase: str, names: frozenset[str], kind: str) -> str | None:
    """The phrase as said to the partner, or None when a he/she in it cannot be placed (the notes show no kind)."""
    tokens = _WORD.findall(phrase)
    out: list[str] = []
    words = [i for i, t in enumerate(tokens) if t[:1].isalnum()]
    nxt = {a: b for a, b in zip(words, words[1:], strict=False)}
    skip: set[int] = set()
    for i, tok in enumerate(tokens):
        if i in skip:
            continue
        low = tok.lower()
        after = tokens[nxt[i]] if i in nxt else ""
        base = re.sub(r"['’]s$", "", low)
        if tok[:1].isupper() and base in names:  # "Elena's offer" -> "your offer"; "give Elena" -> "give you"
            out.append("your" if base != low else "you")
            continue
        own = pronoun_kind(low)
        if not own or (kind and own != kind):
            out.append(tok)
            continue
        if not kind:
            return None
        if low in ("she", "he"):
            out.append("You" if tok[0].isupper() else "you")
            if i in nxt:  # "she can defend" -> "you can defend"; "she needs" -> "you need"
                j = nxt[i]
                if all(not t.strip() for t in tokens[i + 1:j]):
                    out.extend(tokens[i + 1:j])
                    out.append(_verb_for_you(tokens[j]))
                    skip.update(range(i + 1, j + 1))
            continue
        if low in ("herself", "himself"):
            out.append("yourself")
        elif low == "hers" or (low == "his" and not after):
            out.append("yours")
        elif low == "him" or (low == "her" and (not after or after.lower() in _AFTER_OBJECT)):
            out.append("you")
        else:  # "her board", "his offer"
            out.append("Your" if tok[0].isupper() else "your")
    return "".join(out)
