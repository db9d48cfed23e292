"""Every date written anywhere in a line, in the common written forms of many countries and tools.

Numeric day-month-year in the file's own order (a day over 12 anywhere in the file fixes it), year-first forms
("2026-03-04", "2026. 03. 04.", "2026年3月4日", "20260304T0930", "2026. március 4."), a month named in one of many
languages, abbreviated or not, with or without a year ("4 марта 2026", "4. März", "Mar. 4th", "04MAR26"), a
month and day in CJK ("3月4日"), and a day that names only its weekday and ordinal ("Wed 4th") under a month heading.
A date without a year is marked yearless; its year is set later from the file's known dates.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.text.dates import YEARLESS_YEAR, spelled_dates
from assistant.text.month_names import MONTH_NUMBERS, YEARLESS_NAMES
from assistant.text.yearless import WEEKDAYS

# Month names the heading readers do not know: Russian and Ukrainian genitives, Turkish, Hungarian, Romanian, Greek.
_MORE_MONTHS: dict[int, str] = {
    1: "января янв січня ocak ocak január jan. ianuarie ιανουαρίου",
    2: "февраля фев лютого şubat subat február februarie φεβρουαρίου",
    3: "марта мар березня mart március martie μαρτίου",
    4: "апреля апр квітня nisan április aprilie απριλίου",
    5: "мая травня mayıs mayis május mai μαΐου",
    6: "июня июн червня haziran június iunie ιουνίου",
    7: "июля июл липня temmuz július iulie ιουλίου",
    8: "августа авг серпня ağustos agustos augusztus august αυγούστου",
    9: "сентября сен сент вересня eylül eylul szeptember septembrie σεπτεμβρίου",
    10: "октября окт жовтня ekim október octombrie οκτωβρίου",
    11: "ноября ноя листопада kasım kasim noiembrie νοεμβρίου",
    12: "декабря дек грудня aralık aralik december decembrie δεκεμβρίου",
}
MONTHS: dict[str, int] = {**MONTH_NUMBERS, **{n.rstrip("."): m for m, names in _MORE_MONTHS.items() for n in names.split()}}
_MONTH = "(?P<mon>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th|er|e|º|°|-?го|-?е)?"
_Y4 = r"(?P<y>(?:19|20)\d\d)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(r"(?<![\d.])" + _Y4 + r"\s*(?:[-/.]\s*|年\s*|년\s*)(?P<m>\d{1,2})\s*(?:[-/.]\s*|月\s*|월\s*)(?P<d>\d{1,2})(?!\d)\s*[日일]?\.?")),
    ("ymd", re.compile(r"(?<!\d)" + _Y4 + r"(?P<m>[01]\d)(?P<d>[0-3]\d)(?=T\d|\b)")),
    ("ymd", re.compile(r"(?<![\w.])" + _Y4 + r"\.?,?\s+" + _MONTH + r"\s+(?P<d>\d{1,2})(?!\d)\.?")),
    ("num", re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)")),
    ("name", re.compile(r"(?<![\w.])(?P<d>\d{1,2})" + _ORD + r"\.?\s*(?:de\s+|of\s+|-)?" + _MONTH
                        + r"(?:(?:,?\s+(?:de\s+)?|-)" + _Y4 + r"(?!\d)(?:\s*г\.)?)?(?!\w)", re.IGNORECASE)),
    ("name", re.compile(r"(?<!\w)" + _MONTH + r"\s+(?P<d>\d{1,2})" + _ORD + r"(?!\d)(?:,?\s+" + _Y4 + r"(?!\d))?(?!\w)", re.IGNORECASE)),
    ("name", re.compile(r"(?<!\w)" + _MONTH + r"\s+(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+" + _Y4 + r"(?!\d)",
                        re.IGNORECASE)),  # "Mar 9 21:48:30 2026": a git log's or a Unix clock's date, its year after the time
    ("name", re.compile(r"(?<![\w])(?P<d>\d{2})(?P<mon>[A-Za-z]{3})(?P<y2>\d{2})(?!\w)")),  # "04MAR26"
    ("cjk", re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")),
    ("cjk", re.compile(r"(?<!\d)(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\d)(?:,?\s*(?:năm\s+)?" + _Y4 + r"(?!\d))?",
                       re.IGNORECASE)),  # Vietnamese: "ngày 3 tháng 12 năm 2026"
    ("dm", re.compile(r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/.])")),  # "3/10"; "3.1" is a section number
    ("dm", re.compile(r"(?<![\w./-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?![\w/.])")),  # "19.11."
)
# A day by its ISO week and weekday ("wk 20, Thu", "KW 14 Di", "W07 Friday"), in the year of the heading above it.
_ISO_WEEK = re.compile(r"(?<!\w)(?:wk|week|w|kw|uke|vecka|semaine|semana|settimana|week nr)\.?\s*(?P<w>\d{1,2})\b\s*[,/·:-]?\s*"
                       r"(?P<wd>[^\W\d_]{2,12})(?!\w)", re.IGNORECASE)
_YEAR_HEAD = re.compile(r"^[\W_]*(?P<y>20\d\d)[\W_]*$")
# A year said in words, as dictation writes it ("twenty twenty six").
_WORD_YEAR = re.compile(r"\btwenty[\s-]+twenty(?:[\s-]+(?P<u>one|two|three|four|five|six|seven|eight|nine))?\b", re.IGNORECASE)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WEEKDAY_DAY = re.compile(r"(?<!\w)(?P<wd>[^\W\d_]{2,12})\.?,?\s+(?:the\s+)?(?P<d>\d{1,2})" + _ORD + r"(?![\d./:\w])", re.IGNORECASE)
_MONTH_HEAD = re.compile(r"^[\W_]*" + _MONTH + r",?\s+" + _Y4 + r"[\W_]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    value: date
    start: int
    end: int
    yearless: bool
    shape: str  # ymd, num, name, cjk, dm (numeric day and month), wd (weekday and day under a month heading)
    weekday: int | None = None  # the weekday named just before it ("Thursday the 12 March"), 0 for Monday


def numeric_order(lines: list[str], default: Literal["dmy", "mdy"]) -> Literal["dmy", "mdy"]:
    """The order of the file's numeric dates: a first number over 12 says day first, a second one month first."""
    firsts = seconds = 0
    for line in lines:
        for shape, pattern in _PATTERNS:
            if shape in ("num", "dm"):
                for m in pattern.finditer(line):
                    firsts += int(m["a"]) > 12 >= int(m["b"])
                    seconds += int(m["b"]) > 12 >= int(m["a"])
    if firsts != seconds and not (firsts and seconds):
        return "dmy" if firsts else "mdy"
    return default


def month_heading(line: str) -> date | None:
    """A line that names a month and year alone ("MARCH 2026", "## März 2026"): the 1st of that month."""
    match = _MONTH_HEAD.match(line.strip())
    return date(int(match["y"]), MONTHS[match["mon"].lower().rstrip(".")], 1) if match else None


def year_heading(line: str) -> int | None:
    """A line that is a year alone ("## 2026"): the year of the lines below it."""
    match = _YEAR_HEAD.match(line.strip())
    return int(match["y"]) if match else None


def plain_words(line: str) -> str:
    """Dictated days and years in figures: "thursday the fourteenth of may twenty twenty six" -> "thursday 14 May 2026"."""
    line = spelled_dates(line)
    return _WORD_YEAR.sub(lambda m: str(2020 + _UNITS.get((m["u"] or "").lower(), 0)), line) if _WORD_YEAR.search(line) else line


def dates_in(line: str, order: Literal["dmy", "mdy"], month: date | None = None, year: int | None = None) -> list[Hit]:
    """The dates in `line`, left to right, overlapping ones read once (the longest); `month` dates "Wed 4th", `year`
    the ISO weeks ("wk 20, Thu")."""
    hits: list[Hit] = []
    if year is not None:
        for match in _ISO_WEEK.finditer(line):
            if (weekday := WEEKDAYS.get(match["wd"].lower())) is not None and 1 <= int(match["w"]) <= 53:
                with suppress(ValueError):
                    hits.append(Hit(date.fromisocalendar(year, int(match["w"]), weekday + 1), match.start(), match.end(), False, "week"))
    for shape, pattern in _PATTERNS:
        for match in pattern.finditer(line):
            if (hit := _read(shape, match, order)) is not None:
                hits.append(hit)
    if month is not None:
        for match in _WEEKDAY_DAY.finditer(line):
            if match["wd"].lower() in WEEKDAYS and (value := _safe(month.year, month.month, int(match["d"]))):
                hits.append(Hit(value, match.start(), match.end(), False, "wd"))
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _read(shape: str, match: re.Match[str], order: Literal["dmy", "mdy"]) -> Hit | None:
    groups = match.groupdict()
    if shape in ("num", "dm"):
        day, month = (int(match["a"]), int(match["b"])) if order == "dmy" else (int(match["b"]), int(match["a"]))
    else:
        day = int(match["d"])
        month = MONTHS.get(match["mon"].lower().rstrip("."), 0) if groups.get("mon") else int(match["m"])
    if not month or (shape == "name" and not groups.get("y") and not groups.get("y2") and _risky(match["mon"])):
        return None  # "3 out of 5", "at 4 mar": a name that is also a word reads as a month only with a year
    year_text = groups.get("y") or (f"20{groups['y2']}" if groups.get("y2") else None)
    if year_text is not None and len(year_text) == 2:
        year_text = f"20{year_text}"
    value = _safe(int(year_text) if year_text else YEARLESS_YEAR, month, day)
    return Hit(value, match.start(), match.end(), year_text is None, shape) if value else None


def _risky(name: str) -> bool:
    key = name.lower().rstrip(".")
    return key in MONTH_NUMBERS and key not in _ALONE


# Names the heading readers take only with a year, less those that, next to a day number, are only a month.
_ALONE = {*YEARLESS_NAMES, "may", "mar", "march", "mars"}


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
