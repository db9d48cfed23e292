"""Parse a notes file: optional `Stakeholder: Name, Role`, then dated sections (any common date style).

Sections are returned in date order whatever order they were written in; a markdown table of dated
rows becomes one section per row; text without a date is kept as an undated note and flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from assistant.errors import InputError
from assistant.schema import NoteText
from assistant.text.date_structure import structure_sections
from assistant.text.dates import (
    DateOrder,
    FoundDate,
    MonthOnly,
    declared_order,
    declares_order,
    english_dates,
    guess_warning,
    leading_date,
    order_from_evidence,
    order_notice,
    resolve_order,
    trailing_date,
)
from assistant.text.day_entries import Section as _Section
from assistant.text.day_entries import date_paragraphs
from assistant.text.dictation import spoken_marks
from assistant.text.entry_heads import (
    chat_lines,
    dated_aside,
    labelled_entry,
    recording_date,
    short_heading,
    without_time,
)
from assistant.text.exports import plain_exports
from assistant.text.fallback_days import fallback_sections
from assistant.text.field_rows import field_row
from assistant.text.files import MAX_NOTE_CHARS
from assistant.text.headers import day_line, labelled_heading, partner_header
from assistant.text.markup import plain_markup
from assistant.text.note_marks import about_partner, bracket_kind, date_field, quoted_wrote, unmark_dates
from assistant.text.numbered_speakers import label_turns
from assistant.text.org_mode import plain_org
from assistant.text.period_entries import date_period_entries, period_heading
from assistant.text.raw_mail import plain_mail
from assistant.text.slide_labels import without_slide_labels
from assistant.text.tables import TableRow, csv_rows, table_rows
from assistant.text.threads import is_separator, message_head
from assistant.text.yearless import date_weekdays, set_years, weekday_alone, weekday_named

# A notes file is read whole and assessed at once: it gets the app's limit for one note.
MAX_NOTES_FILE_CHARS = MAX_NOTE_CHARS

_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s")
# Words that make a line ending with a date a heading ("Minutes - HR & IT quarterly, 2026-02-10").
_MEETING_WORDS = re.compile(
    r"\b(?:minutes|notes?|meeting|call|catch-?up|sync|review|steering|board|committee|workshop|1:1|one-to-one|quarterly|"
    r"weekly|monthly|update|lunch|coffee|e-?mail|hallway|visit|session|forum|stand-?up|check-?in|briefing|off-?site|"
    r"retro|planning|kick-?off|qbr|dinner|townhall|town hall|walk|site walk|tour|demo|chat|conversation|debrief|huddle|"
    r"breakfast|drinks|teams|zoom|webex|touch-?base|touchpoint|interview|visit|reception|memo|voice ?note|voicemail|transcript|"
    r"dictation|recording)\b",
    re.IGNORECASE,
)
_SAID = re.compile(r"^(?:[A-Z][\w.'’-]*|Me)(?: [A-Z][\w.'’-]*){0,3}:(?:\s|$)")  # "Ama: 👍" after a chat line's date is said, not a title
KINDS = ("meeting", "email", "hallway", "call", "other")


@dataclass
class NotesFile:
    partner: str | None = None
    role: str | None = None
    context: str | None = None  # a short description right under the header, before any dated entry
    notes: list[NoteText] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _split_heading(head: str) -> tuple[str, str]:
    """'meeting: budget review' -> ('meeting', 'budget review')."""
    head = head.strip().strip("*_").strip()
    match = re.match(r"(?P<kind>[A-Za-z]+)\b[\s:,\-–—]*(?P<title>.*)$", head)
    if match and match.group("kind").lower() in KINDS:
        return match.group("kind").lower(), match.group("title").strip()
    return "other", head


def parse_notes_text(text: str, date_order: DateOrder = "auto", locale_name: str | None = None,
                     today: date | None = None) -> NotesFile:
    result = NotesFile()
    text = plain_org(spoken_marks(text.replace("\r\n", "\n").replace("\r", "\n")))  # org-mode drawers, a dictated memo's "comma"s
    text = plain_markup(plain_exports(plain_mail(text)))  # raw e-mail, JSON, iCalendar, HTML pasted in
    lines = chat_lines(unmark_dates(text.split("\n")))
    start = _read_stakeholder(lines, result)
    order, guessed = resolve_order(date_order, locale_name)
    if guessed and (evidence := declared_order(lines) or order_from_evidence(lines[start:])):
        if evidence != order:
            result.warnings.append(order_notice(evidence, declared_order(lines) is not None))
        order, guessed = evidence, False
    sections = date_paragraphs(_sections(lines[start:], order, guessed, result.warnings))
    if len({s.date for s in sections if s.date is not None}) <= 1 and (split := fallback_sections(lines[start:], order)):
        sections = split  # type: ignore[assignment]  # one dated day at most: the lines that open on a date, or stamps
    elif split := structure_sections(lines[start:], order, sections):  # still one day at most: by the dates' shared shape
        sections = split  # type: ignore[assignment]
    date_period_entries(sections)
    set_years(sections, text, today or date.today(), result.warnings)  # type: ignore[arg-type]
    date_weekdays(sections)  # type: ignore[arg-type]
    sections = _future_log_rows(sections)
    if start:
        result.context = _take_context(sections, result.partner)
    _mark_background(sections)
    for section in sections:  # "Speaker 1  0:04" above a turn, "Speaker notes:": an export's labels, never anyone's words
        section.lines = without_slide_labels(label_turns("\n".join(section.lines), result.partner).split("\n"))
    _add_notes(result, sections, order)  # type: ignore[arg-type]
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
    header = partner_header(lines)
    result.partner, result.role = header.name, header.role
    return header.lines_used


def _sections(lines: list[str], order: str, guessed: bool, warnings: list[str]) -> list[_Section]:
    current = _Section(None)
    sections: list[_Section] = []
    i = 0
    while i < len(lines):
        rows, used = table_rows(lines, i, order)  # type: ignore[arg-type]
        if rows and rows[0].kind == "undated":  # a table of no dates inside an entry: its rows' text, one line a cell
            current.lines.extend(line for row in rows for cell in row.cells for line in (cell, ""))
            i += used
            continue
        if rows:
            sections.append(current)
            sections.extend(_row_section(row) for row in rows)
            current = _Section(None)
            i += used
            continue
        logged, used, is_log = csv_rows(lines, i, order)  # type: ignore[arg-type]
        if logged:  # a pasted CSV export: one entry a row, its cells on one line
            sections.append(current)
            sections.extend(_Section(row.date, row.kind, row.title, ["\n\n".join(row.cells)], log=is_log) for row in logged)
            current = _Section(None)
            i += used
            continue
        line = lines[i]
        record = field_row(line, order)  # type: ignore[arg-type]
        if record is not None:  # "Activity type: Call | Date: ... | Notes: ..." (a CRM export): its own entry
            sections.append(current)
            current = _row_section(record)
            i += 1
            continue
        if is_separator(line) or declares_order(line):  # '-----Original Message-----', 'Dates are US format' say nothing
            i += 1
            continue
        head = message_head(lines, i, order)  # type: ignore[arg-type]
        if head is not None:  # a pasted e-mail starts its own entry, dated by its header (kept: it names the sender)
            if head.date is None or (head.date == current.date and not "".join(current.lines).strip()):
                current.kind, current.title = "email", head.subject or current.title
            else:
                sections.append(current)
                current = _Section(head.date, "email", head.subject)
            current.lines.append(line)
            i += 1
            continue
        if current.kind != "email" and (wrote := quoted_wrote(line)) is not None and (quoted := message_head([wrote], 0, order)) is not None and quoted.date:  # type: ignore[arg-type]
            sections.append(current)  # "> On 14/09/2026 he wrote:" pasted into the notes: that message's own entry
            current = _Section(quoted.date, "email", "", [line])
            i += 1
            continue
        if (dated := date_field(lines, i, current.lines, order)) is not None and dated.found.value != current.date:  # type: ignore[arg-type]
            moved = current.lines[len(current.lines) - dated.taken :]  # "Subject: ..." above "When: ..." opens the entry
            del current.lines[len(current.lines) - dated.taken :]
            sections.append(current)
            current = _Section(dated.found.value, _split_heading(dated.title)[0], dated.title, [*moved, line])
            i += 1
            continue
        if (aside := dated_aside(line, current.date, order)) is not None:  # type: ignore[arg-type]  # "[15 Jan coffee: ...]"
            sections.append(current)
            kind, title = _split_heading(aside[1])
            current = _Section(aside[0], kind, title, [aside[2]], month_only=isinstance(aside[0], MonthOnly))
            i += 1
            continue
        heading = entry_heading(line, order)  # type: ignore[arg-type]
        numeric = heading is not None and bool(heading[1].lines and re.search(r"\d[/.]\d", line[heading[0].start : heading[0].end]))
        if heading is not None and heading[1].yearless and (_BULLET.match(line) or numeric) and current.date and not current.yearless:
            heading = None  # "- 7 Oct: chased ...", "Mon 14/9: phones down" under a dated heading: a line of that entry
        if heading is not None:
            found, section = heading
            section.weekday = weekday_named(line) if section.yearless else None
            if found.ambiguous and guessed:
                warnings.append(guess_warning(line[found.start : found.end], found.value, order))
            sections.append(current)
            current = section
        elif (current.date or current.weekday is not None) and (weekday := weekday_alone(line)) is not None:  # "Thursday" after a dated entry
            sections.append(current)
            current = _Section(None, "other", line.strip(" #*_:"), weekday=weekday)
        elif len(current.lines) == 1 and _SAID.fullmatch(current.lines[0] + " ") and line.strip():
            current.lines[0] += " " + line.strip()  # "2026-09-14 08:12 Ana:" then her comment: hers, on one line
        else:
            current.lines.append(line)
        i += 1
    sections.append(current)
    return sections


def entry_heading(line: str, order: Literal["dmy", "mdy"]) -> tuple[FoundDate, _Section] | None:
    """A line that starts an entry: a leading date, a dated bullet, or a short heading that ends with its date."""
    if line.lstrip().startswith("|"):
        return None
    if (period := period_heading(line)) is not None:  # "# January 2027", "Q4 2026": a month or a quarter of a journal
        return period
    found = leading_date(line, order, yearless=True)
    if found is not None and found.yearless and not _is_yearless_heading(line, found.end):
        return None
    if found is not None and _is_heading(line, found.end):
        rest = without_time(re.sub(r"^\]?[\s:\-–—,.*_|]*", "", line[found.end :]).strip())
        bullet = _BULLET.match(line)
        if bullet and found.start >= bullet.end() - 1 and _split_heading(rest)[0] == "other":  # not "3. Oktober 2026"  # "- 2026-05-05: Grace said ..." is the entry's text
            return found, _Section(found.value, "other", "", [rest.strip("*_ ")], yearless=found.yearless)
        kind, title = bracket_kind(rest) or _split_heading(rest)
        if kind != "other" and (len(title.split()) > 10 or re.search(r"[.!?](?:\s|$)", title)):  # "[meeting] Kwame: ..."
            return found, _Section(found.value, kind, "", [title.strip("*_ ")], yearless=found.yearless)
        if kind == "other" and (len(rest.split()) > 8 or re.search(r"[.!?](?:\s|$)", rest) or _SAID.match(rest)):
            # "2026-07-02: Ilse said the report is useless. She wants ..." starts the entry's text, not a title
            return found, _Section(found.value, "other", "", [rest.strip("*_ ")], yearless=found.yearless)
        return found, _Section(found.value, kind, title, yearless=found.yearless)
    if found is None and len(line) <= 120 and not _BULLET.match(line) and (found := trailing_date(line, order) or recording_date(line, order)):
        marked = bool(re.match(r"\s*(?:#|\*\*|__)", line)) or line[found.start - 1 : found.start] in "(["
        head = re.sub(r"^\s*(?:#+\s*|\*\*|__)", "", line[: found.start]).strip()
        head = re.sub(r"[\s,:(\[\-–—|]+$", "", head)
        if len(head.split()) > 10 or re.search(r"[.!?]$", head) or not (marked or _MEETING_WORDS.search(head)):
            return _other_heading(line, order)  # "Dana confirmed the go-live for Friday, 3 Nov 2025" is a sentence
        lead = re.match(r"(?:minutes|notes?)\b\s*(?:of|from)?[\s:\-–—]*", head, re.IGNORECASE)
        kind, title = ("meeting" if head.lower().startswith("minutes") else "other"), head[lead.end() :] if lead else head
        if lead is None:
            kind, title = _split_heading(head)
        return found, _Section(found.value, kind, title.strip())
    return _other_heading(line, order)


def _other_heading(line: str, order: Literal["dmy", "mdy"]) -> tuple[FoundDate, _Section] | None:
    """Headings of other shapes: a day line, a labelled heading, a label word in any language before its date."""
    if (day := day_line(line, order)) is not None:  # "----- November 24th, 2026 -----" dates the chat lines below it
        return day, _Section(day.value, "other", "", yearless=day.yearless)
    if (labelled := labelled_heading(line, order, _MEETING_WORDS)) is not None:  # "Minutes - 18/11/2026 - budget"
        found, label, title = labelled
        kind = "meeting" if re.match(r"(?:minutes|meeting)\b", label, re.IGNORECASE) else _split_heading(label)[0]
        return found, _Section(found.value, kind, title or label)
    if (entry := labelled_entry(line, order, _MEETING_WORDS)) is not None:  # "Page: Catch-up 3 Nov 2025", "Note, 9 Nov 2026 - ..."
        kind = "meeting" if re.match(r"(?:minutes|meeting)\b", entry.label, re.IGNORECASE) else _split_heading(entry.label)[0]
        return entry.found, _Section(entry.found.value, kind, entry.title, [entry.text] if entry.text else [])
    if (short := short_heading(line, order)) is not None:  # "Protokoll 12.02.2026 — Jour fixe", "# Review (held 2026-04-15)"
        return short[0], _Section(short[0].value, _split_heading(short[1])[0], short[2])
    return None


def _is_yearless_heading(line: str, date_end: int) -> bool:
    """ "July 2: ..." or "## 14 Apr - call" heads an entry; "May 5 we agreed ..." is a sentence."""
    rest = line[date_end:].strip().strip("*_").strip()
    return not rest or rest[0] in ":-–—|(" or bool(re.match(r"\s*(?:#|\*\*|__)", line))


def _future_log_rows(sections: list[_Section]) -> list[_Section]:
    """Action-log rows dated after the newest entry are deadlines still ahead, not entries: kept as one undated note."""
    newest = max((s.date for s in sections if s.date and not s.log and "".join(s.lines).strip()), default=None)
    ahead = [s for s in sections if s.log and s.date and newest and s.date > newest]
    if not ahead:
        return sections
    kept = [s for s in sections if s not in ahead]
    lines = [f"{s.date.isoformat() if s.date else ''}: {s.title + '; ' if s.title else ''}{' '.join(s.lines)}" for s in ahead]
    return [*kept, _Section(None, "other", "action log (due dates ahead)", lines)]


def _take_context(sections: list[_Section], partner: str | None) -> str | None:
    """The short description under the 'Partner:' header, before any dated entry: the partner's context, not an entry.
    A description of the file ('my notes on Dana') is dropped from the notes; one that tells who the partner is or what
    they want ('Dana runs the clinics. Her goal ...') stays as an undated background note as well."""
    first = sections[0] if sections else None
    body = "\n".join(first.lines).strip() if first and first.date is None and not first.title else ""
    if not body or len(body) > 280 or "\n\n" in body or not any(s.date for s in sections[1:]):
        return None
    if not about_partner(body, partner):
        first.lines = []  # type: ignore[union-attr]
    told = " ".join(re.sub(r"(?m)^\s*#+\s.*$", "", body).split())  # "## Background" above the text names the part only
    context = told or " ".join(body.split())
    return context if re.search(r"\w", context) else None  # a rule ("---") under the header tells nothing


def _mark_background(sections: list[_Section]) -> None:
    """Text before the first dated entry: an undated note titled "background", never an entry of any day."""
    first = sections[0] if sections else None
    if first and first.date is None and not first.title and "".join(first.lines).strip() and any(s.date for s in sections[1:]):
        first.title = "background"


def _is_heading(line: str, date_end: int) -> bool:
    """A date starts an entry unless it opens a sentence ("March 4th, 2026 is the go-live date.")."""
    rest = line[date_end:].strip().strip("*_").strip()
    if not rest or rest[0] in ":-–—|,(]" or bracket_kind(rest) or re.match(r"\.(?:\*{1,2}|__|_)?\s", rest) or _split_heading(rest)[0] != "other" or re.match(r"\d{4}-\d{2}-\d{2}", line.lstrip("#* [")):
        return True
    return len(rest.split()) <= 8 and not re.search(r"[.!?]\s*$", rest)


def _row_section(row: TableRow) -> _Section:
    kind = row.kind if row.kind in KINDS else "other"
    return _Section(row.date, kind, row.title, ["\n\n".join(row.cells)])


def _add_notes(result: NotesFile, sections: list[_Section], order: Literal["dmy", "mdy"]) -> None:
    kept = [s for s in sections if "\n".join(s.lines).strip() or s.title]
    dated = [s.date for s in kept if s.date is not None]
    if any(later < earlier for earlier, later in zip(dated, dated[1:], strict=False)):
        result.warnings.append("The entries were not written in date order (newest first?); they are read oldest first.")
    # stable: undated sections keep their place before the dated ones they preceded
    ordered = sorted(kept, key=lambda s: (s.date is not None, s.date or date.min))
    for number, section in enumerate(ordered, start=1):
        body = english_dates("\n".join(section.lines).strip())  # "bis 11. Dezember 2026" reads "11 December 2026"
        when = section.date
        ref = when.isoformat() if when else f"note {number}"
        if when is None and section.title == "background" and number == 1:
            result.warnings.append(f"The text before the first dated entry ({_preview(body)}) has no date; kept as background, not an entry of any day.")
        elif when is None:
            result.warnings.append(f"An entry has no date ({_preview(body or section.title)}); kept as '{ref}'.")
        result.notes.append(NoteText(ref=ref, date=when, kind=section.kind, title=section.title, text=body or section.title, date_order=order))


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


def note_entries(note: NoteText) -> list[NoteText]:
    """One stored note as its dated entries: a pasted log of two or more dated entries becomes one note per
    entry, each under its own date (not the date it was saved); anything else stays one note."""
    entries = parse_notes_text(note.text).notes
    order = entries[0].date_order if entries else note.date_order  # "Dates are US format" or a 11/23/2026 in the text
    if sum(1 for e in entries if e.date is not None) < 2:
        return [note if order == note.date_order else note.model_copy(update={"date_order": order})]
    return [
        note.model_copy(update={"ref": e.date.isoformat() if e.date else note.ref, "date": e.date or note.date, "date_order": order,
                                "kind": e.kind if e.kind != "other" else note.kind, "title": e.title or note.title, "text": e.text})
        for e in entries
    ]
