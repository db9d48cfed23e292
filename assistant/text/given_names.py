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

# Particles that start a surname ("Anouk van der Berg", "Luis de la Torre"): never part of a given name.
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter", "bin", "binti", "al", "el", "ibn", "mac", "st"}


def given_name(name: str | None, notes_text: str) -> str:
    """The name to address the partner by in a plan."""
    first = first_name(name)
    parts = name_words(name)
    if len(parts) < 3 or parts[0] != first or not parts[1][:1].isupper() or parts[1].lower().rstrip(".") in _PARTICLES:
        return first
    one, two = re.escape(parts[0]), re.escape(parts[1])
    alone = re.search(rf"(?<![\w-]){one}(?![\w-])(?!\s+{two}(?![\w-]))", notes_text)
    paired = re.search(rf"(?<![\w-]){one}\s+{two}(?![\w-])(?!\s+{re.escape(parts[-1])}(?![\w-]))", notes_text)
    if paired and not alone:
        return f"{parts[0]} {parts[1]}"
    if len(parts) == 3 and not alone and parts[2][:1].isupper():  # "Tan Wei Ling", the family name first: "Wei Ling" said alone
        three = re.escape(parts[2])
        if re.search(rf"(?<!{one} )(?<![\w-]){two}\s+{three}(?![\w-])", notes_text):
            return f"{parts[1]} {parts[2]}"
    return first
