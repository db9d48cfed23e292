"""Parse a notes file: optional `Stakeholder: Name, Role`, then dated sections (any common date style).

Sections are returned in date order whatever order they were written in; a markdown table of dated
rows becomes one section per row; text without a date is kept as an undated note and flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.errors import InputError
from assistant.schema import NoteText
from assistant.text.dates import DateOrder, leading_date, order_from_evidence, resolve_order
from assistant.text.files import MAX_NOTE_CHARS
from assistant.text.tables import TableRow, table_rows

# A notes file is read whole and assessed at once: it gets the app's limit for one note.
MAX_NOTES_FILE_CHARS = MAX_NOTE_CHARS

_STAKEHOLDER = re.compile(r"^\s*(?:stakeholder|partner)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
KINDS = ("meeting", "email", "hallway", "call", "other")
# "Minutes - WMS upgrade, 08/10/2026": a heading that names its topic first and ends with its date.
_TOPIC_FIRST = re.compile(r"^\s*[#*]*\s*(?P<kind>minutes|meeting(?: notes)?|call(?: notes)?|notes)\s*[-–—:]\s*(?P<title>[^|\n]{1,80}?),\s*(?=\S)", re.I)


@dataclass
class NotesFile:
    partner: str | None = None
    role: str | None = None
    notes: list[NoteText] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Section:
    date: date | None
    kind: str = "other"
    title: str = ""
    lines: list[str] = field(default_factory=list)


def _split_heading(head: str) -> tuple[str, str]:
    """'meeting: budget review' -> ('meeting', 'budget review')."""
    head = head.strip().strip("*_").strip()
    match = re.match(r"(?P<kind>[A-Za-z]+)\b[\s:\-–—]*(?P<title>.*)$", head)
    if match and match.group("kind").lower() in KINDS:
        return match.group("kind").lower(), match.group("title").strip()
    return "other", head


def parse_notes_text(text: str, date_order: DateOrder = "auto", locale_name: str | None = None) -> NotesFile:
    result = NotesFile()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = _read_stakeholder(lines, result)
    order, guessed = resolve_order(date_order, locale_name)
    if guessed and (evidence := order_from_evidence(lines[start:])):
        order, guessed = evidence, False
    sections = _sections(lines[start:], order, guessed, result.warnings)
    _add_notes(result, sections)
    _disambiguate_refs(result.notes)
    return result


def read_notes_text(text: str, name: str = "the notes file", date_order: DateOrder = "auto", locale_name: str | None = None) -> NotesFile:
    """`parse_notes_text` for untrusted input: refuses a file past the length limit before any work."""
    if len(text) > MAX_NOTES_FILE_CHARS:
        raise InputError(
            f"{name} holds {len(text):,} characters; the limit for a notes file is {MAX_NOTES_FILE_CHARS:,} "
            "(the same as for one note in the app). Keep one partner's recent notes in the file, or split it."
        )
    return parse_notes_text(text, date_order, locale_name)


def _read_stakeholder(lines: list[str], result: NotesFile) -> int:
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _STAKEHOLDER.match(line)
        if match:
            name, _, role = match.group("rest").partition(",")
            result.partner = name.strip() or None
            result.role = role.strip() or None
            return i + 1
        return 0
    return 0


def _sections(lines: list[str], order: str, guessed: bool, warnings: list[str]) -> list[_Section]:
    current = _Section(None)
    sections: list[_Section] = []
    i = 0
    while i < len(lines):
        rows, used = table_rows(lines, i, order)  # type: ignore[arg-type]
        if rows:
            sections.append(current)
            sections.extend(_row_section(row) for row in rows)
            current = _Section(None)
            i += used
            continue
        line = lines[i]
        found = None if line.lstrip().startswith("|") else leading_date(line, order)  # type: ignore[arg-type]
        titled = _topic_first(line, order) if found is None else None
        if titled is not None:
            sections.append(current)
            current = titled
        elif found is not None and _is_heading(line, found.end):
            if found.ambiguous and guessed:
                warnings.append(_guess_warning(line[found.start : found.end], found.value, order))
            sections.append(current)
            kind, title = _split_heading(re.sub(r"^[\s:\-–—,]*", "", line[found.end :]))
            current = _Section(found.value, kind, title)
        else:
            current.lines.append(line)
        i += 1
    sections.append(current)
    return sections


def _topic_first(line: str, order: str) -> _Section | None:
    """A 'Minutes - <topic>, <date>' heading as a dated section of kind meeting, else None."""
    match = _TOPIC_FIRST.match(line)
    found = leading_date(line[match.end() :], order) if match else None  # type: ignore[arg-type]
    if match is None or found is None or line[match.end() + found.end :].strip(" *_#."):
        return None
    return _Section(found.value, "meeting", match.group("title").strip())


def _is_heading(line: str, date_end: int) -> bool:
    """A date starts an entry unless it opens a sentence ("March 4th, 2026 is the go-live date.")."""
    rest = line[date_end:].strip().strip("*_").strip()
    if not rest or rest[0] in ":-–—|,(" or _split_heading(rest)[0] != "other" or re.match(r"\d{4}-\d{2}-\d{2}", line.lstrip("#* ")):
        return True
    return len(rest.split()) <= 8 and not re.search(r"[.!?]\s*$", rest)


def _row_section(row: TableRow) -> _Section:
    kind = row.kind if row.kind in KINDS else "other"
    return _Section(row.date, kind, row.title, ["\n\n".join(row.cells)])


def _guess_warning(raw: str, value: date, order: str) -> str:
    how = "day first" if order == "dmy" else "month first"
    return (
        f"'{raw}' could be day or month first; read as {value:%d %B %Y} ({how}, from the locale). "
        "Set COACH_DATE_ORDER=dmy or mdy to choose."
    )


def _add_notes(result: NotesFile, sections: list[_Section]) -> None:
    kept = [s for s in sections if "\n".join(s.lines).strip() or s.title]
    dated = [s.date for s in kept if s.date is not None]
    if any(later < earlier for earlier, later in zip(dated, dated[1:], strict=False)):
        result.warnings.append("The entries were not written in date order (newest first?); they are read oldest first.")
    # stable: undated sections keep their place before the dated ones they preceded
    ordered = sorted(kept, key=lambda s: (s.date is not None, s.date or date.min))
    for number, section in enumerate(ordered, start=1):
        body = "\n".join(section.lines).strip()
        when = section.date
        ref = when.isoformat() if when else f"note {number}"
        if when is None:
            result.warnings.append(f"An entry has no date ({_preview(body or section.title)}); kept as '{ref}'.")
        result.notes.append(NoteText(ref=ref, date=when, kind=section.kind, title=section.title, text=body or section.title))


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _disambiguate_refs(notes: list[NoteText]) -> None:
    """Two notes on the same day get refs '2026-03-04', '2026-03-04 (2)'."""
    seen: dict[str, int] = {}
    for note in notes:
        count = seen.get(note.ref, 0) + 1
        seen[note.ref] = count
        if count > 1:
            note.ref = f"{note.ref} ({count})"
