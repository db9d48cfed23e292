"""Markdown tables of dated rows ("| Date | Kind | Note |"), read row by row."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.text.dates import leading_date
from assistant.text.table_cells import data_cell, loose_header, measured_column

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_KIND_HEADERS = {"kind", "type", "channel"}
_TITLE_HEADERS = {"title", "topic", "subject", "meeting"}


@dataclass
class TableRow:
    date: date | None
    kind: str
    title: str
    cells: list[str]  # the other non-empty cells, in column order


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def table_rows(lines: list[str], start: int, order: Literal["dmy", "mdy"]) -> tuple[list[TableRow], int]:
    """The rows of a dated table starting at lines[start] (header, separator, rows), and how many lines it spans.

    ([], 0) when no table with a date column starts there.
    """
    loose = loose_header(lines, start)  # "ID | Task | Start | Notes" of a project plan's export
    if not loose and (start + 1 >= len(lines) or not lines[start].lstrip().startswith("|") or not _SEPARATOR.match(lines[start + 1])):
        return [], 0
    header = [h.lower().strip("*_ ") for h in _cells(lines[start])]
    first = start + (1 if loose else 2)
    end = first
    while end < len(lines) and (lines[end].lstrip().startswith("|") or (loose and lines[end].count("|") >= len(header) - 1)):
        end += 1
    body = [_cells(line) for line in lines[first:end]]
    date_col = _date_column(header, body, order)
    if date_col is None and not loose and _read_whole(header, body):
        return [], 0
    if date_col is None:  # no date column: each row's text cells, undated, stay in the entry the table stands in
        return [TableRow(None, "undated", "", [c for col, c in enumerate(cells) if c and not data_cell(header[col] if col < len(header) else "", c)])
                for cells in body if any(cells)], end - start
    return [_row(header, cells, date_col, order) for cells in body if any(cells)], end - start


# An action table ("| Action | Owner | Due |"): its dates are deadlines, not the days things were written.
_ACTION_HEADERS = {"action", "actions", "owner", "owners", "who", "status", "action owner"}
_DATE_HEADERS = {"date", "when", "day", "timestamp", "time stamp", "date/time", "datetime", "datum", "fecha", "data", "logged", "date & time", "raised", "date raised", "opened", "logged on"}
_DUE_HEADERS = {"due", "due date", "deadline", "by", "by when", "target", "target date", "eta", "when due", "due by"}


def _read_whole(header: list[str], body: list[list[str]]) -> bool:
    """True for an undated pipe table whose lines stay as written for the readers of whole rows: an action table (an
    action, owner or due column: each row a promise with its owner and deadline, read by the minutes reader) or a
    scorecard (a column of figures, read with the row's name by the readers of targets). A status column alone is no
    action table: a RAG review's rows are read as their text cells."""
    if (_ACTION_HEADERS - {"status"} | _DUE_HEADERS | {"task", "action item", "responsible"}) & set(header) or any(name.startswith(("due", "target", "deadline")) for name in header):
        return True
    return any(measured_column(name, [cells[col] for cells in body if col < len(cells) and cells[col]])
               for col, name in enumerate(header) if col > 0)


def _date_column(header: list[str], body: list[list[str]], order: Literal["dmy", "mdy"]) -> int | None:
    for col, name in enumerate(header):
        if name in _DATE_HEADERS or re.fullmatch(r"(?:date|timestamp|datum|fecha)\b.{0,20}", name):  # "Date (UTC)", "Timestamp"
            return col
    if _ACTION_HEADERS & set(header):
        return None
    for col in range(len(header)):
        if header[col] in _DUE_HEADERS:
            continue
        if body and sum(1 for cells in body if col < len(cells) and leading_date(cells[col], order)) * 2 > len(body):
            return col
    return None


def _row(header: list[str], cells: list[str], date_col: int, order: Literal["dmy", "mdy"]) -> TableRow:
    found = leading_date(cells[date_col], order) if date_col < len(cells) else None
    kind = title = ""
    rest: list[str] = []
    for col, cell in enumerate(cells):
        name = header[col] if col < len(header) else ""
        if col == date_col or not cell or data_cell(name, cell):
            continue  # an id, a percentage, a colour, a start or end date: the row's text cells only
        if name in _KIND_HEADERS and not kind:
            kind = cell.lower()
        elif name in _TITLE_HEADERS and not title:
            title = cell
        else:
            rest.append(cell)
    return TableRow(found.value if found else None, kind or "other", title, rest)


# A pasted CSV export ("date,action,owner,status" then one row a line): a header of short names, rows with as many commas.
_CSV_NAME = re.compile(r"[A-Za-z][A-Za-z _/-]{0,20}")
_LOG_HEADERS = {"owner", "owners", "status", "action owner", "who"}


def csv_rows(lines: list[str], start: int, order: Literal["dmy", "mdy"]) -> tuple[list[TableRow], int, bool]:
    """The rows of a dated CSV block at lines[start], how many lines it spans, and whether it is an action log (an
    owner or status column: its dates may be deadlines). ([], 0, False) when no such block starts there."""
    names = next(csv.reader([lines[start].strip()]), []) if len(lines[start]) <= 300 else []  # "date","type": quoted too
    if len(names) < 3 or not all(_CSV_NAME.fullmatch(n.strip()) for n in names) or start + 1 >= len(lines):
        return [], 0, False
    header = [h.strip().lower() for h in names]
    end = start + 1
    while end < len(lines) and lines[end].strip() and lines[end].count(",") >= len(header) - 1:
        end += 1
    body = [next(csv.reader([line]), []) for line in lines[start + 1 : end]]
    body = [[c.strip() for c in cells[: len(header) - 1]] + [", ".join(c.strip() for c in cells[len(header) - 1 :])] for cells in body]
    date_col = next((col for col, name in enumerate(header) if name in ("date", "when", "day", "logged", "raised")), None)
    if date_col is None:
        date_col = _date_column(header, body, order)
    if not body or date_col is None:
        return [], 0, False
    rows = [_row(header, cells, date_col, order) for cells in body if any(cells)]
    return rows, end - start, bool(_LOG_HEADERS & set(header))
