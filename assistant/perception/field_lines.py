"""Record fields around a sentence ("Type: Task   Priority: High", "Status: Done", "Labels: revenue"): no one's words.

CRM activity logs and ticket exports put field lines above and below the notes they carry. A field line says
nothing of how the partner sees technology, and must never be quoted as their view; the words after it are kept.
"""

from __future__ import annotations

import re

# Field names of CRM, ticket and activity exports (the key before the colon), lower case.
_KEYS = {
    "type", "priority", "reporter", "assignee", "assigned to", "status", "created", "created by", "updated", "resolved",
    "resolution", "labels", "label", "tags", "component", "components", "account", "report", "related to", "relationship owner",
    "activity date", "activity type", "date", "due", "due date", "sprint", "project", "category", "stage", "ticket", "issue",
    "description", "subject", "owner", "exported", "fix version", "environment", "epic", "story points", "contact", "regarding",
    # an owner's field in the notes' own language: the CIO's record, not the partner's words
    "responsable", "responsabile", "responsável", "verantwortlich", "eigenaar", "dono", "dona", "ansvarlig", "ansvarig", "sorumlu",
}
_KEY = re.compile(r"^\s*(?:[-*•]\s*)?(?P<key>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /_-]{0,24}?)\s*:(?:\s|$)")
_MORE_KEYS = re.compile(r"(?:\s{2,}|\s\|\s)[A-Z][A-Za-z /_-]{0,24}?:\s")  # "Type: Story   Priority: High" on one line


def is_field_line(line: str) -> bool:
    """A line that opens with a record field's name ("Status: Done"), or holds two or more fields."""
    match = _KEY.match(line)
    if not match:
        return False
    return match["key"].strip().lower() in _KEYS or bool(_MORE_KEYS.search(line))


def without_fields(text: str) -> tuple[int, int]:
    """(start, end) of `text` without its leading and trailing field lines; (0, 0) when nothing else is left."""
    lines = text.split("\n")
    first, last = 0, len(lines)
    while first < last and (is_field_line(lines[first]) or not lines[first].strip()):
        first += 1
    while last > first and (is_field_line(lines[last - 1]) or not lines[last - 1].strip()):
        last -= 1
    if first == last:
        return 0, 0
    start = sum(len(line) + 1 for line in lines[:first])
    end = start + len("\n".join(lines[first:last]))
    return start, end
