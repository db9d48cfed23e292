"""Which cells of an exported row carry words, and where a table exported without markdown marks starts.

A project plan, a whiteboard or a tracker export has columns of ids, coordinates, colours, percentages and dates next
to its text. A row is read as its text cells only; a table export whose header has no leading "|" and no "---" line
("ID | Task Name | Start | Notes") is still a table when the lines below it have as many cells.
"""

from __future__ import annotations

import re

# Columns that describe the export, not the meeting: ids, layout, who typed the row, task links.
_DATA_HEADERS = {"id", "#", "no", "nr", "x", "y", "z", "width", "height", "colour", "color", "shape", "layer", "frame",
                 "author", "created by", "modified by", "updated by", "created_at", "updated_at", "modified", "created",
                 "predecessors", "successors", "% complete", "percent complete", "duration", "work", "wbs", "outline level",
                 "row", "uid", "guid", "url", "link", "resource", "resources", "resource names", "assigned to"}
_DAY_WORDS = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def data_cell(header: str, cell: str) -> bool:
    """True for a cell of no words: an id, a number, a percentage, a date, or a column of layout or bookkeeping."""
    name = header.strip().lower()
    if name in _DATA_HEADERS or re.fullmatch(r"(?:created|updated|modified)[ _]?(?:at|on|date|time)?", name):
        return True
    return _WORD.search(_DAY_WORDS.sub(" ", cell)) is None


def measured_column(header: str, cells: list[str]) -> bool:
    """True for a column of figures that are the row's content ("41,200", "3", "97%"): a scorecard's values, which
    the readers of targets need beside the row's name; an id's or a layout's numbers are no measure."""
    name = header.strip().lower()
    if name in _DATA_HEADERS or not cells:
        return False
    figures = [c for c in cells if re.search(r"\d", c) and _WORD.search(_DAY_WORDS.sub(" ", c)) is None]
    return len(figures) * 2 > len(cells)


def loose_header(lines: list[str], start: int) -> bool:
    """True when lines[start] is a table header without marks: 3+ cells between pipes, and the next line as many."""
    if start + 1 >= len(lines) or lines[start].lstrip().startswith("|"):
        return False
    pipes = lines[start].count("|")
    return pipes >= 3 and all(len(c.strip()) <= 30 for c in lines[start].split("|")) and lines[start + 1].count("|") >= pipes
