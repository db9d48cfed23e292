"""A slide deck exported as text: the label "Speaker notes:" on a line of its own is the export's furniture, never
words of the notes. It becomes a paragraph break, so the slide's bullets and the notes under it are read apart
and no sentence, quotation or request starts with the label."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"^\s*(?:speaker|presenter|slide)\s+notes?\s*:?\s*$|^\s*(?:notes? (?:du|de l')\s*(?:présentateur|orateur)|"
    r"sprechernotizen|notas del orador|notas do orador|notities van de spreker|note del relatore|talarens anteckningar)\s*:?\s*$",
    re.IGNORECASE,
)


def without_slide_labels(lines: list[str]) -> list[str]:
    """The lines with each lone speaker-notes label blanked."""
    return ["" if _LABEL.match(line) else line for line in lines]
