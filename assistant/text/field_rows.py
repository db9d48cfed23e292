"""One-line records of "Key: value" fields joined by bars, as CRM activity exports write them:

    Activity type: Meeting | Date: 14 Jan 2027 | Subject: Renewals | Notes: She asked for ...

Each such line with a date field starts its own entry; the lines after it, up to the next record,
continue its notes (an export that wraps a long note).
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.text.dates import leading_date
from assistant.text.tables import TableRow

_FIELD = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z /_-]{0,30}?)\s*:\s*(?P<value>.*?)\s*$")
_DATE_KEYS = {"date", "when", "activity date", "meeting date", "date of activity", "created", "created on", "logged", "day"}
_KIND_KEYS = {"activity type", "type", "kind", "channel", "activity"}
_TITLE_KEYS = {"subject", "title", "topic", "regarding", "re"}
_NOTE_KEYS = {"notes", "note", "description", "comments", "comment", "details", "summary", "body", "outcome"}
_KINDS = {"meeting": "meeting", "call": "call", "phone call": "call", "phone": "call", "email": "email", "e-mail": "email"}


def field_row(line: str, order: Literal["dmy", "mdy"]) -> TableRow | None:
    """The record on one line, or None when the line is not two or more "Key: value" fields with a date field."""
    if line.count("|") < 1 or line.lstrip().startswith("|"):
        return None
    fields: list[tuple[str, str]] = []
    for part in line.split("|"):
        match = _FIELD.match(part)
        if match is None:
            return None
        fields.append((match["key"].strip().lower(), match["value"]))
    when = next((leading_date(v, order) for k, v in fields if k in _DATE_KEYS), None)
    if when is None:
        return None
    kind = next((_KINDS.get(v.strip().lower(), "other") for k, v in fields if k in _KIND_KEYS), "other")
    title = next((v for k, v in fields if k in _TITLE_KEYS and v), "")
    notes = [v for k, v in fields if k in _NOTE_KEYS and v]
    others = [f"{k.capitalize()}: {v}" for k, v in fields if v and k not in _DATE_KEYS | _KIND_KEYS | _TITLE_KEYS | _NOTE_KEYS]
    return TableRow(when.value, kind, title, notes + others)
