"""Who wrote a notes file, as against whom it is about: the author is never the partner.

A file's first lines often name both: `Plan owner: Aoife Byrne (CIO office)` above `Partner: Ana Ruiz, CFO`, or
`kept by: Tom Hale (CIO)` under a title line in another language. A line labelled as the partner's (`Partner:`,
`Stakeholder:`, or a record's `Subject:` naming a person and a job) wins wherever it stands in the header; a name
whose role is the technology side's own (CIO, its office) or whose label says it wrote or owns the file is the
author, and the search for the partner goes on past it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The note-keeper's own side, as a role: "CIO", "CIO office", "Office of the CIO", "DSI", "Head of IT".
_OUR_ROLE = re.compile(
    r"^\s*(?:(?:the\s+)?office of the\s+)?(?:(?:group|global|regional|divisional|interim|acting|deputy)\s+)?(?:cio|cto|cdio|dsi|chief (?:information|technology|digital and information) officer|"
    r"(?:it|ict|technology) director|director of (?:it|ict|technology)|head of (?:it|ict|technology))(?:\s+(?:office|team))?\s*$",
    re.IGNORECASE,
)
# A label naming the file's author: "Kept by", "Prepared by", "Relationship owner (IT)" ("Business owner" is theirs).
_AUTHOR_LABEL = re.compile(r"\b(?:author|by|keeper|maintainer|editor)\s*$|\bowner\s*\((?:it|ict|cio|technology)\)\s*$", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?P<key>partner|stakeholder|subject)(?:\*\*|__)?\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)
# An entry has begun: a line that opens on a date in digits or a day and month ("12 Feb 2026", "2026-03-01").
_ENTRY = re.compile(r"^\s*(?:#+\s*|\*\*)?(?:\d{1,4}[./-]\d{1,2}|\d{1,2}\.?\s+[A-Za-z]{3,})")
_SCAN = 12  # header lines read for a labelled partner line


def our_role(role: str | None) -> bool:
    """The role is the technology side's own: the line names the notes' author, never the partner."""
    return bool(role) and _OUR_ROLE.match(re.sub(r"[()]", "", role or "")) is not None


def author_label(label: str) -> bool:
    """A header label that names who wrote or owns the file ("Plan owner", "Prepared by")."""
    return _AUTHOR_LABEL.search(label.strip()) is not None


def labelled_partner(lines: list[str], first: int, is_name: Callable[[str], bool],
                     is_role: Callable[[str], bool]) -> tuple[str, str | None, int] | None:
    """(name, role, lines used) from a `Partner:` or `Stakeholder:` line among the file's first lines, or a
    `Subject:` line naming a person and their job; None when no such line stands before the first entry."""
    for at in range(first, min(len(lines), first + _SCAN)):
        line = lines[at]
        if _ENTRY.match(line):
            return None
        match = _LABELLED.match(line) if len(line) <= 160 else None
        if match is None:
            continue
        name, _, role = (part.strip() for part in match["value"].partition(","))
        if not is_name(name) or our_role(role):
            continue
        if match["key"].lower() == "subject" and not (role and is_role(role)):
            continue  # a mail's subject line names a topic, not the partner
        return name, role or None, at + 1
    return None
