"""Entries headed by a month or a quarter alone ("# January 2027", "Q4 2026"): dated by the latest day of that
period their text names ("On 15 March she ..."), a day ahead ("by 11 December") never counting; else the period's
first day, shown as its month ("in January"), never as a day.

A quarter's exact days carry no year in its sentences: the heading's year is theirs, not today's.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.text.dates import FoundDate, MonthOnly
from assistant.text.day_entries import Section

# A quarter of a retro or a report: "Q1 2026", "## Q3/2026", "2026 Q2", "**2026-Q4**:".
_QUARTER_HEADING = re.compile(
    r"^\s*(?:#+\s*|\*\*|__)?(?:Q(?P<q>[1-4])\s*[-/–,]?\s*(?P<y>20\d\d)|(?P<y2>20\d\d)\s*[-/–,]?\s*Q(?P<q2>[1-4]))\s*(?:\*\*|__)?\s*:?\s*$",
    re.IGNORECASE,
)
# A month of a journal: "# January 2027", "**March 2027**", "February 2027:".
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_ANY_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_HEADING = re.compile(
    r"^\s*(?:#+\s*|\*\*|__)?(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?,?\s+(?P<year>20\d\d)\s*(?:\*\*|__)?\s*:?\s*$",
    re.IGNORECASE,
)


def period_heading(line: str) -> tuple[FoundDate, Section] | None:
    """A line that is a quarter or a month and its year alone, as an entry's heading."""
    if (quarter := _QUARTER_HEADING.match(line)) is not None:
        number, year = int(quarter["q"] or quarter["q2"]), int(quarter["y"] or quarter["y2"])
        first = MonthOnly(year, 3 * number - 2, 1)
        return FoundDate(first, quarter.start(), quarter.end(), False), Section(first, "other", f"Q{number} {year}", month_only=True, months=3)
    if (month := _MONTH_HEADING.match(line)) is not None:
        first = MonthOnly(int(month["year"]), _MONTH_NUMBERS[month["month"][:3].lower()], 1)
        return FoundDate(first, month.start("month"), month.end("year"), False), Section(first, "other", month.group("month") + " " + month["year"], month_only=True)
    return None


def date_period_entries(sections: list[Section]) -> None:
    """A month's entry takes the latest day of that month its text names, else stays on the 1st; a quarter's, the
    latest day of its three months."""
    for section in sections:
        if not section.month_only or section.date is None:
            continue
        if section.months > 1:
            _date_quarter(section)
            continue
        name = _MONTH_NAMES[section.date.month - 1][:3]
        days = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{name}[a-z]*\b|\b{name}[a-z]*\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                          rf"|\bthe\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_ANY_MONTH})", re.IGNORECASE)  # "on the 25th": of the month
        text = "\n".join(section.lines)
        named = []
        for match in days.finditer(text):
            if _AHEAD.search(text[max(0, match.start() - 30) : match.start()]):
                continue  # "ready by 30 January", "we go live on the 28th": a day ahead, not a day of the entry
            day = int(match.group(1) or match.group(2) or match.group(3))
            if 1 <= day <= 28 or _valid(section.date.year, section.date.month, day):
                named.append(day)
        if named:  # the entry is written after all it tells: its latest day
            section.date = section.date.replace(day=max(named))


def _date_quarter(section: Section) -> None:
    assert section.date is not None
    first = section.date.month
    names = "|".join(_MONTH_NAMES[m - 1][:3] for m in range(first, first + section.months))
    days = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({names})[a-z]*\b(?!,?\s+20\d\d)"
                      rf"|\b({names})[a-z]*\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+20\d\d)", re.IGNORECASE)
    text = "\n".join(section.lines)
    named: list[date] = []
    for match in days.finditer(text):
        if _AHEAD.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "by 11 December": a day ahead, not a day of the entry
        day, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        month = _MONTH_NUMBERS[name[:3].lower()]
        if _valid(section.date.year, month, int(day)):
            named.append(date(section.date.year, month, int(day)))
    if named:  # the entry is written after all it tells: its latest day
        section.date = max(named)


_AHEAD = re.compile(r"(?:\b(?:by|before|until|till|due|deadline)\s+(?:the\s+)?|\b(?:will|'ll|planned|going to|next|starts?|from)\b[^.;]*)$", re.IGNORECASE)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
