"""An open item needs content: a line that is only a date, a field label, a status cell or a name is no item.

"Date | 22 December 2026", "🟢 on track", "Status: not started", "| Owner | Priya |" carry nothing to promise or to
ask for. What is left of a line after its dates, field labels, status words and symbols and its names are taken out
must hold at least two content words (a name or an acronym counts, a lone name is not enough), or the line is never listed as our promise or their request.
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
    """The words of a line that say what it is about: dates, labels, status cells and symbols taken out, names counted once."""
    body = _LABEL.sub(" ", text, count=1)
    body = _DATE.sub(" ", body)
    tokens = re.findall(r"[A-Za-zÀ-ÿ][\w'’-]*", body)
    out: list[str] = []
    names: list[str] = []
    for w in tokens:
        low = w.lower().strip("'’")
        if w.isupper() and len(w) > 1:
            out.append(low)  # an acronym ("IT", "CRM") names what the line is about
        elif w[:1].isupper():
            if low not in STOP and low not in _STATUS:
                names.append(low)  # a name ("Priya Nair", "van Wyk"), or a capitalised first word: together they count once
        elif len(low) >= 3 and low not in STOP and low not in _STATUS:
            out.append(low)
    return out + [" ".join(names)] if names else out


def content_free(text: str) -> bool:
    """True for a line too empty to list as an open item: fewer than two content words once the rest is taken out
    (a lone name, "| Owner | Priya |", is still empty)."""
    return len(content_words(text)) < 2
