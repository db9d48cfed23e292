"""An open item needs content: a line that is only a date, a field label, a status cell or a name is no item.

"Date | 22 December 2026", "🟢 on track", "Status: not started", "| Owner | Priya |" carry nothing to promise or to
ask for. What is left of a line after its dates, field labels, status words and symbols and its names are taken out
must hold at least two content words, or the line is never listed as our promise or their request.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import STOP

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?"
_DATE = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY}|q[1-4]|h[12]|fy\d\d|\d+(?:st|nd|rd|th)?)\b|\d[\d./:-]*", re.IGNORECASE)
_LABEL = re.compile(r"^\s*\|?\s*[A-Za-z][\w&/-]*(?: [\w&/-]+)?\s*(?:\||:(?!\S))")  # a line's head label: "Date |", "Status:", "| Owner |"
_STATUS = frozenset(
    "status date dates due owner owners assignee priority progress track started start done complete completed open closed "
    "blocked risk delayed late green amber red yellow white grey gray black rag ok okay tbd tbc pending yes none high medium "
    "low new ongoing wip planned scheduled kr okr objective key result results update updated not yet still the and for with "
    "from into this that these those its".split())


def content_words(text: str) -> list[str]:
    """The words of a line that say what it is about, with dates, labels, status cells, symbols and names taken out."""
    body = _LABEL.sub(" ", text, count=1)
    body = _DATE.sub(" ", body)
    tokens = re.findall(r"[A-Za-zÀ-ÿ][\w'’-]*", body)
    out: list[str] = []
    for k, w in enumerate(tokens):
        if k > 0 and w[:1].isupper() and not w.isupper():
            continue  # a name ("Priya", "Pieter van Wyk"), never what the line is about
        low = w.lower().strip("'’")
        if len(low) >= 3 and low not in STOP and low not in _STATUS:
            out.append(low)
    return out


def content_free(text: str) -> bool:
    """True for a line too empty to list as an open item: fewer than two content words once the rest is taken out."""
    return len(content_words(text)) < 2
