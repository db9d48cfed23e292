"""The last reader of a notes file the others read into one dated day at most: its entries are the lines that
open on a date (or short headings that carry one: "Session 4 (2 Oct)", "Ep. 3 — 12 Nov", "[card 2]  31.iii.26",
"Sep-26" in a pasted spreadsheet), or, failing that, the lines a comment stamp closes ("... — Aoife Brennan, Mar 30").

Only files with two or more such days are split; a file the heading readers already split never comes here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from assistant.text.dates import FoundDate, MonthOnly, loose_date
from assistant.text.day_entries import Section
from assistant.text.yearless import weekday_named

# Before an opening date: nothing, "[card 3]", or up to three capitalised words or numbers ("Session 4 (", "Ep. 3 —").
_PREFIX_WORD = re.compile(r"^(?:[A-Z][\w.'’]*|\d{1,3}[.)]?|[(\[—–\-|#*]+)$")
# "... — Aoife Brennan, Mar 30": a comment's author and day at the end of its line.
_STAMP = re.compile(r"\s[—–-]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*(?P<day>[^,—–]{3,20})\s*$")
_KINDS = {"mtg": "meeting", "meeting": "meeting", "call": "call", "phone": "call", "email": "email", "e-mail": "email",
          "hallway": "hallway", "corridor": "hallway"}
_MIN_DAYS = 2


def fallback_sections(lines: list[str], order: Literal["dmy", "mdy"]) -> list[Section] | None:
    """The file's entries by its date lines, or None where it has fewer than two days at line starts or stamps."""
    openers = {i: found for i, line in enumerate(lines) if (found := _opening_date(line, order)) is not None}
    if len({f.value for f in openers.values()}) >= _MIN_DAYS:
        return _by_openers(lines, openers)
    stamps = {i: found for i, line in enumerate(lines) if (found := _stamp_date(line, order)) is not None}
    if len({f.value for f in stamps.values()}) >= _MIN_DAYS:
        return _by_stamps(lines, stamps)
    return None


def _opening_date(line: str, order: Literal["dmy", "mdy"]) -> FoundDate | None:
    found = loose_date(line, order)
    if found is None:
        return None
    prefix = re.sub(r"\[[^\]]*\]", " ", line[: found.start]).split()
    if len(prefix) > 3 or not all(_PREFIX_WORD.match(word) for word in prefix) or ":" in line[: found.start]:
        return None
    rest = line[found.end :].strip(" ,:;)]*_")
    if re.match(r"[a-z]", rest) and re.search(r"[.!?][\"”’)]*$", rest) and "\t" not in rest:
        return None  # "March 4th, 2027 is the go-live date he wants.": a sentence, not an entry's opening
    return found


def _stamp_date(line: str, order: Literal["dmy", "mdy"]) -> FoundDate | None:
    match = _STAMP.search(line)
    if match is None:
        return None
    found = loose_date(match["day"], order)
    return found if found is not None and found.start == 0 else None


def _kind(text: str) -> str:
    words = re.findall(r"[a-z-]+", text.lower())
    return next((_KINDS[w] for w in words[:4] if w in _KINDS), "other")


def _section(line: str, found: FoundDate, lines: list[str]) -> Section:
    day = loose_date(line[found.end :]) if isinstance(found.value, MonthOnly) else None
    if day is not None and day.yearless and day.value.month == found.value.month:  # "Mar-26<tab>Thu 12 Mar": that day
        found = replace(found, value=found.value.replace(day=day.value.day), start=found.end + day.start, end=found.end + day.end)
    return Section(found.value, _kind(line[found.end :]), "", lines, yearless=found.yearless,
                   month_only=isinstance(found.value, MonthOnly), weekday=weekday_named(line[found.start :]) if found.yearless else None)


def _by_openers(lines: list[str], openers: dict[int, FoundDate]) -> list[Section]:
    sections = [Section(None)]
    for i, line in enumerate(lines):
        if i in openers:
            sections.append(_section(line, openers[i], [line.strip()]))
        else:
            sections[-1].lines.append(line)
    return sections


def _by_stamps(lines: list[str], stamps: dict[int, FoundDate]) -> list[Section]:
    """Each stamped line is an entry of its day, with the undated lines above it (the task it comments on)."""
    sections: list[Section] = [Section(None)]
    pending: list[str] = []
    for i, line in enumerate(lines):
        if i in stamps:
            sections.append(_section(line, stamps[i], [*pending, line.strip()]))
            pending = []
        else:
            pending.append(line)
    sections.append(Section(None, lines=pending))
    dated = sorted(sections[1:-1], key=lambda s: (s.date.month, s.date.day) if s.date else (0, 0))  # task lists are not logs
    return [sections[0], *dated, sections[-1]]
