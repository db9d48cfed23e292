"""A subjectless "Asked Tomasz to place the order" in the CIO's notes: the CIO asking someone else, not the partner's ask."""

from __future__ import annotations

import re

# A person named right after the verb, then what they were asked to do; "IT", "us", "me" are never this person.
_SOMEONE = re.compile(r"(?P<who>[A-Z][a-z][\w'’-]*)(?:\s*\([^()]*\))?\s+(?:to|whether|if)\b")


def asked_someone_else(text: str, start: int, comp: str, names: tuple[str, ...] | list[str]) -> bool:
    """True where no subject stands before the verb and the one asked is a named person who is not the partner."""
    if re.search(r"[A-Za-z]", re.sub(r"^[^:]{0,40}:\s*", "", text[:start])):
        return False  # "Marek asked Tomasz to ...": a subject is named; the usual reading decides
    found = _SOMEONE.match(comp)
    return found is not None and found["who"] not in names and found["who"].lower() not in {"you", "we"}
