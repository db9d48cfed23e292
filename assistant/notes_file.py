"""Parse a notes file: optional `Stakeholder: Name, Role`, then dated sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.errors import InputError
from assistant.parsing import MAX_NOTE_CHARS
from assistant.schema import NoteText

# A notes file is read whole and assessed at once: it gets the app's limit for one note.
MAX_NOTES_FILE_CHARS = MAX_NOTE_CHARS

_STAKEHOLDER = re.compile(r"^\s*stakeholder\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_DATED = re.compile(r"^\s*(?:#+\s*)?(?P<date>\d{4}-\d{2}-\d{2})\b[\s:\-–—]*(?P<head>.*)$")
KINDS = ("meeting", "email", "hallway", "call", "other")


@dataclass
class NotesFile:
    stakeholder: str | None = None
    role: str | None = None
    notes: list[NoteText] = field(default_factory=list)


def _split_heading(head: str) -> tuple[str, str]:
    """'meeting: budget review' -> ('meeting', 'budget review')."""
    head = head.strip()
    match = re.match(r"(?P<kind>[A-Za-z]+)\b[\s:\-–—]*(?P<title>.*)$", head)
    if match and match.group("kind").lower() in KINDS:
        return match.group("kind").lower(), match.group("title").strip()
    return "other", head


def parse_notes_text(text: str) -> NotesFile:
    result = NotesFile()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _STAKEHOLDER.match(line)
        if match:
            name, _, role = match.group("rest").partition(",")
            result.stakeholder = name.strip() or None
            result.role = role.strip() or None
            start = i + 1
        break
    current: dict[str, object] | None = {"date": None, "kind": "other", "title": "", "lines": []}
    sections: list[dict[str, object]] = []
    for line in lines[start:]:
        match = _DATED.match(line)
        parsed_date = None
        if match:
            try:
                parsed_date = date.fromisoformat(match.group("date"))
            except ValueError:
                parsed_date = None
        if parsed_date is not None and match is not None:
            if current is not None:
                sections.append(current)
            kind, title = _split_heading(match.group("head"))
            current = {"date": parsed_date, "kind": kind, "title": title, "lines": []}
        elif current is not None:
            current["lines"].append(line)  # type: ignore[attr-defined]
    if current is not None:
        sections.append(current)
    for number, section in enumerate(sections, start=1):
        body = "\n".join(section["lines"]).strip()  # type: ignore[arg-type]
        if not body and not section["title"]:
            continue
        when = section["date"]
        result.notes.append(
            NoteText(
                ref=when.isoformat() if isinstance(when, date) else f"note {number}",
                date=when if isinstance(when, date) else None,
                kind=str(section["kind"]),
                title=str(section["title"]),
                text=body or str(section["title"]),
            )
        )
    _disambiguate_refs(result.notes)
    return result


def read_notes_text(text: str, name: str = "the notes file") -> NotesFile:
    """`parse_notes_text` for untrusted input: refuses a file or a note past the length limits before any work."""
    if len(text) > MAX_NOTES_FILE_CHARS:
        raise InputError(
            f"{name} holds {len(text):,} characters; the limit for a notes file is {MAX_NOTES_FILE_CHARS:,} "
            "(the same as for one note in the app). Keep one partner's recent notes in the file, or split it."
        )
    return parse_notes_text(text)


def _disambiguate_refs(notes: list[NoteText]) -> None:
    """Two notes on the same day get refs '2026-03-04', '2026-03-04 (2)'."""
    seen: dict[str, int] = {}
    for note in notes:
        count = seen.get(note.ref, 0) + 1
        seen[note.ref] = count
        if count > 1:
            note.ref = f"{note.ref} ({count})"
