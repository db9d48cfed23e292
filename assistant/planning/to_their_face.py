"""A line said to the partner speaks to them: "you", never their name or their pronoun in the third person (session 28).

The script, the questions and the value message are said aloud in the room. A slot filled from the CIO's notes or the
meeting purpose speaks about the partner ("Yes to Wanjiru's offer to co-chair", "the go-live date she can believe");
said to her face, it talks past the person in the room. The last pass turns such a line to "you" (second_person.py):
the partner's own name, and a he/she of the partner's kind where no one else is named in the line (a pronoun of the
other kind is someone else's and stays; where the notes show no kind, a he/she is left as it is). A name that opens
the line as its vocative ("Wanjiru, in your words ...") stays, and so does anything inside quotation marks (their own
words, as said).
"""

from __future__ import annotations

import re

from assistant.planning.partner_pronoun import pronoun_kind
from assistant.planning.second_person import to_partner

_VOCATIVE = re.compile(r"^\s*(?:\d+\.\s+)?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?,\s")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_TITLE_WORD = re.compile(r"\b[A-Z][a-zà-ÿ’'-]+\b")
_NOT_PEOPLE = frozenset(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday I I'll I'm I've Yes No".split()
)


def to_their_face(line: str, names: frozenset[str], kind: str) -> str | None:
    """The line as said to the partner (unchanged when it already is); None when it cannot be turned (second_person.py)."""
    lead = _VOCATIVE.match(line)
    head, rest = (line[:lead.end()], line[lead.end():]) if lead else ("", line)
    called = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    vocative = rf"(?<=[.!?] )(?i:(?:{called})(?: (?:{called}))?), " if called else ""  # "... today. Greta, what ...": said to her
    parts = re.split(f"({_QUOTED.pattern}{'|' + vocative if vocative else ''})", rest)
    spoken = [p for i, p in enumerate(parts) if i % 2 == 0]
    bare = " ".join(spoken)
    named = any(re.sub(r"['’]s$", "", w).lower() in names for w in re.findall(r"\b[A-Z][\w’'-]*", bare))
    others = [w for w in _title_words(bare) if w not in _NOT_PEOPLE and re.sub(r"['’]s$", "", w).lower() not in names]
    pronoun = bool(kind) and any(pronoun_kind(w) == kind for w in re.findall(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", bare))
    if not named and not (pronoun and not others):
        return line  # nothing of the partner in the third person, or a he/she that may be someone else named here
    turned: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:
            turned.append(part)
            continue
        said = to_partner(part, names, kind) if (pronoun and not others) else _names_only(part, names)
        if said is None:
            return None
        turned.append(said)
    out = head + re.sub(r"\byou (your?)\b", r"\1", "".join(turned), flags=re.IGNORECASE)  # "Wanjiru Kamau's" -> "your"
    return out[:1].upper() + out[1:] if not head and out[:1].islower() and line[:1].isupper() else out


def _title_words(text: str) -> list[str]:
    """Capitalised words that do not open a sentence: a person's name may be one of them."""
    return [m.group(0) for m in _TITLE_WORD.finditer(text) if m.start() and not re.search(r"(?:[.!?:;]\s+|[“\"(]\s*)$", text[:m.start()])]


def _names_only(part: str, names: frozenset[str]) -> str:
    """The partner's name said as "you"/"your", their pronouns left (another person is named beside them)."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        base = re.sub(r"['’]s$", "", word)
        if base.lower() not in names:
            return word
        return "your" if base != word else "you"
    return re.sub(r"\b[A-Z][\w’'-]*", swap, part)
