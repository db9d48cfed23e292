"""The partner's given name as the notes use it: a compound given name ("Ana Sofia Lopes") stays whole.

The header gives the full name. Its first word alone is the given name unless the notes never use that word alone
and do use the first two words together without the last one (a page titled "Ana Sofia", "Ana Sofia said"): then
the given name is those two words. A double surname ("Luis Ortega Ruiz") keeps "Luis" whenever the notes say
"Luis" on its own anywhere. A name written family name first ("Tan Wei Ling") is said as the last two words when the
notes use those together and never the first word alone.
"""

from __future__ import annotations

import re

from assistant.text.honorifics import name_words
from assistant.text.prose import first_name

# Kinship honorifics said before the given name where the family name is written first (Vietnamese "anh Tuấn", "chị Lan",
# "ông Hải"): the word after them is the name the person is called by.
_KIN_TITLE = re.compile(r"(?<![\w-])(?:anh|chị|chi|em|ông|bà|cô|chú|bác)\s+$", re.IGNORECASE)


def _family_first(parts: list[str], notes_text: str) -> str | None:
    """The last word of a name written family name first ("Nguyen Van An"): the notes call the person by
    it after a kinship honorific ("anh An") and never by the header's first word alone."""
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or parts[-1].lower().rstrip(".") in _PARTICLES:
        return None
    first, last = re.escape(parts[0]), re.escape(parts[-1])
    rest = re.sub(rf"(?<![\w-]){re.escape(' '.join(parts))}(?![\w-])", " ", notes_text)  # the full name says nothing of the order
    alone = re.search(rf"(?<![\w-]){first}(?![\w-])", rest)
    called = [m for m in re.finditer(rf"(?<![\w-]){last}(?![\w-])", rest)
              if _KIN_TITLE.search(rest[max(0, m.start() - 6):m.start()])]
    return parts[-1] if not alone and called else None


def _from_initial(parts: list[str], notes_text: str) -> str:
    """A name whose given name is only an initial: the given name the notes write before the family name ("Hamish
    Drummond"), else the family name with a title the notes' pronouns show ("Mr Drummond"), else the name as written."""
    family = parts[-1]
    written = re.search(rf"(?<![\w-])({re.escape(parts[0][0])}[^\W\d_]+)\s+{re.escape(family)}(?![\w-])", notes_text, re.IGNORECASE)
    if written and written.group(1)[:1].isupper() and not written.group(1).isupper():
        return written.group(1)
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", notes_text, re.IGNORECASE))
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", notes_text, re.IGNORECASE))
    if he >= 2 and not she or she >= 2 and not he:
        return f"{'Mr' if he else 'Ms'} {family}"
    return " ".join(parts)


# Particles that start a surname ("Anouk van der Berg", "Luis de la Torre"): never part of a given name.
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter", "bin", "binti", "al", "el", "ibn", "mac", "st"}


def given_name(name: str | None, notes_text: str) -> str:
    """The name to address the partner by in a plan."""
    first = first_name(name)
    parts = name_words(name)
    if re.fullmatch(r"\w\.?", first) and len(parts) > 1:  # "H. Drummond": never an initial alone
        return _from_initial(parts, notes_text)
    if len(parts) > 1:  # "Li Wen Goh" beside "Goh Li Wen": the other order of the full name says nothing of the order
        notes_text = re.sub(rf"(?<![\w-]){re.escape(' '.join(parts[1:] + parts[:1]))}(?![\w-])", " ", notes_text)
    if len(parts) < 3 or parts[0] != first or not parts[1][:1].isupper() or parts[1].lower().rstrip(".") in _PARTICLES:
        return (_family_first(parts, notes_text) if parts and parts[0] == first else None) or first
    one, two = re.escape(parts[0]), re.escape(parts[1])
    alone = re.search(rf"(?<![\w-]){one}(?![\w-])(?!\s+{two}(?![\w-]))", notes_text)
    paired = re.search(rf"(?<![\w-]){one}\s+{two}(?![\w-])(?!\s+{re.escape(parts[-1])}(?![\w-]))", notes_text)
    if paired and not alone:
        return f"{parts[0]} {parts[1]}"
    if len(parts) == 3 and not alone and parts[2][:1].isupper():  # "Tan Wei Ling", the family name first: "Wei Ling" said alone
        three = re.escape(parts[2])
        if re.search(rf"(?<!{one} )(?<![\w-]){two}\s+{three}(?![\w-])", notes_text):
            return f"{parts[1]} {parts[2]}"
    return _family_first(parts, notes_text) or first
