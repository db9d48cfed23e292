"""Entries of a notes file, and the fallback that dates them where the file has few dated headings.

A journal written as paragraphs, its dates inside sentences ("We met on Friday the 6th of February 2026 ...",
"A month on, on the 9th of March, ..."): each paragraph whose opening names a day starts an entry of that
day; a yearless day takes its year from the entry before it (the file is read in order); "two weeks later", "the
next day", "the following Tuesday" count from the entry before. A day something is due ("by 18 December",
"due 3 May", "before the 9th") never starts an entry; a paragraph that names no day belongs to the one above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from assistant.text.dates import leading_date, spelled_dates


@dataclass
class Section:
    date: date | None
    kind: str = "other"
    title: str = ""
    lines: list[str] = field(default_factory=list)
    yearless: bool = False  # headed "July 2:": its year is set from the file's order and the anchor day
    month_only: bool = False  # headed "# January 2027": dated by the first day of that month its text names, else the 1st
    months: int = 1  # the months a month_only heading spans: 3 for a quarter ("Q4 2026")
    weekday: int | None = None  # the weekday its heading names ("Wed 12/9", "Thursday"), 0 for Monday
    log: bool = False  # a row of a pasted action log (owner, status): its date may be a deadline, not a day things happened


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_ORD = r"(?:st|nd|rd|th)?"
# A day inside a sentence: "the 3rd of March 2026", "21 April", "April 21st, 2026", "2026-04-21".
_DAY = re.compile(
    rf"\b(?:(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH.replace('month', 'm1')}|{_MONTH.replace('month', 'm2')}\s+(?:the\s+)?"
    rf"(?P<d2>\d{{1,2}}){_ORD}\b)(?:,?\s+(?P<y>20\d\d))?(?!\d)|\b(?P<iso>20\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
_LATER = re.compile(r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>days?|weeks?)\s+"
                    r"(?:later|after\s+that|on)\b", re.IGNORECASE)
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|the\s+day\s+after)\b", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NEXT_WEEKDAY = re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?P<day>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
# Words before a day that make it a deadline or a plan, not the day the paragraph tells of.
_AHEAD = re.compile(r"\b(?:by|before|until|till|due|deadline|no later than|ahead of|target|planned|scheduled|will|'ll|going to|from|"
                    r"starting|expected|promised|set for|moved to|pushed to)\b[^.;,]{0,25}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]*\s)")
_FEW_HEADINGS = 3  # a file with this many dated entries or more is read by its headings alone


def date_paragraphs(sections: list[Section]) -> list[Section]:
    """The undated text of a file with few dated entries, split into the paragraphs that name their day (see above)."""
    if sum(1 for s in sections if s.date is not None) >= _FEW_HEADINGS:
        return sections
    out: list[Section] = []
    previous: date | None = None
    for section in sections:
        if section.date is not None or section.title or section.log:
            out.append(section)
            previous = section.date or previous
            continue
        split, last = _split(section, previous)
        if sum(1 for s in split if s.date is not None) + sum(1 for s in sections if s.date is not None) < 2:
            out.append(section)  # one dated paragraph is no journal: the text stays as written
            continue
        out.extend(split)
        previous = last or previous
    return out


def _split(section: Section, previous: date | None) -> tuple[list[Section], date | None]:
    out = [Section(None, section.kind, section.title)]
    paragraphs = _paragraphs(section.lines)
    for number, paragraph in enumerate(paragraphs):
        when = _paragraph_day(" ".join(paragraph), previous or _year_ahead(paragraphs[number + 1 :]))
        if when is not None and when != previous:
            out.append(Section(when, "other", "", [_STAMP.sub("", paragraph[0], count=1), *paragraph[1:]]))
            previous = when
        else:
            out[-1].lines.extend(["", *paragraph] if out[-1].lines else paragraph)
    return [s for s in out if s.date is not None or "".join(s.lines).strip()], previous


def _year_ahead(paragraphs: list[list[str]]) -> date | None:
    """The first full date a later paragraph opens with ("the nineteenth of November, 2026"): a day without a year
    above it is read as the nearest such day before it (a pinned anchor: `_Ahead`)."""
    for paragraph in paragraphs:
        text = spelled_dates(_STAMP.sub("", " ".join(paragraph)))
        match = _DAY.search(text[: (_SENTENCE_END.search(text) or re.match(".*", text)).end()])  # type: ignore[union-attr]
        if match and (match["y"] or match["iso"]) and (value := _day_value(match, None)):
            return _Ahead(value.year, value.month, value.day)
    return None


class _Ahead(date):
    """A day after the paragraph, not before it: a yearless day takes the year that puts it on or before this one."""


# A transcript's time stamp at the head of a line ("[00:01:12]", "00:01:12 -"): each stamped line is a paragraph.
_STAMP = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\s*[-–—:]?\s*")


def _paragraphs(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    stamped = sum(1 for line in lines if (stamp := _STAMP.match(line)) is not None and line[stamp.end() :].strip()) >= 2
    for line in lines:
        if stamped and _STAMP.match(line) and blocks[-1]:
            blocks.append([])
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _paragraph_day(text: str, previous: date | None) -> date | None:
    """The day the paragraph's first sentence tells of; else a day its second sentence says something happened "on"."""
    if leading_date(text) is not None or re.match(r"\s*[-*•|#>]", text):
        return None  # a dated line or a list is read by the headings' rules, not here
    text = spelled_dates(_STAMP.sub("", text))  # "[00:00:03] Memo from the third of October" names 3 October
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    first, second = text[: ends[0]], text[ends[0] : ends[1] if len(ends) > 1 else len(text)]
    when = _named_day(first, previous) or _relative_day(first, previous)
    if when is None:
        match = re.search(r"\bon\s+(?:\w+day,?\s+)?(?:the\s+)?\d", second) or re.search(rf"\bon\s+(?:\w+day,?\s+)?{_MONTH}\s+\d", second)
        when = _named_day(second[match.start() :], previous, only_first=True) if match else None
    return when


def _named_day(text: str, previous: date | None, only_first: bool = False) -> date | None:
    for match in _DAY.finditer(text):
        if _AHEAD.search(text[max(0, match.start() - 40) : match.start()]):
            if only_first:
                return None
            continue
        value = _day_value(match, previous)
        if value is not None or only_first:
            return value
    return None


def _day_value(match: re.Match[str], previous: date | None) -> date | None:
    if match["iso"]:
        y, m, d = (int(x) for x in match["iso"].split("-"))
        return _safe(y, m, d)
    month = _MONTHS.index((match["m1"] or match["m2"])[:3].lower()) + 1
    day = int(match["d1"] or match["d2"])
    if match["y"]:
        return _safe(int(match["y"]), month, day)
    if previous is None:
        return None  # a day without a year, and nothing above to take the year from
    if isinstance(previous, _Ahead):
        return _safe(previous.year - ((month, day) > (previous.month, previous.day)), month, day)
    for year in (previous.year, previous.year + 1):
        value = _safe(year, month, day)
        if value is not None and value >= previous:
            return value
    return None


def _relative_day(text: str, previous: date | None) -> date | None:
    """ "Two weeks later", "the next day", "the following Tuesday", counted from the entry above; None when unsure."""
    if previous is None or isinstance(previous, _Ahead):
        return None
    found = [m for m in (_LATER.search(text), _NEXT_DAY.search(text), _NEXT_WEEKDAY.search(text)) if m]
    if len(found) != 1 or _AHEAD.search(text[max(0, found[0].start() - 40) : found[0].start()]):
        return None  # two cues, or "by the next Tuesday": not sure which day the paragraph tells of
    match = found[0]
    if match.re is _LATER:
        n = _NUMBERS.get(match["n"].lower()) or int(match["n"])
        return previous + timedelta(days=n * (7 if match["unit"].lower().startswith("week") else 1))
    if match.re is _NEXT_DAY:
        return previous + timedelta(days=1)
    ahead = (_WEEKDAYS.index(match["day"].lower()) - previous.weekday()) % 7
    return previous + timedelta(days=ahead or 7)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
