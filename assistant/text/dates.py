"""Dates as CIOs write them at the head of a line: ISO, "3 Nov 2025", "Tue 14 Apr 2026", "March 4th, 2026", "11/03/2026".

A regular expression finds where a date starts and ends; python-dateutil reads it (month names and
abbreviations, ordinals, weekdays, two-digit years). A numeric date whose day and month can both be
months is read in the workspace's order (COACH_DATE_ORDER: dmy, mdy, or auto = the locale's).
"""

from __future__ import annotations

import locale
import os
import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Literal

from dateutil import parser as dateutil_parser

from assistant.text.month_names import MONTH_NUMBERS, YEARLESS_NAMES

DateOrder = Literal["auto", "dmy", "mdy"]
# Locales whose short dates put the month first; every other locale puts the day first.
_MONTH_FIRST_LOCALES = ("en_US", "en_PH", "en_CA", "es_US", "en_AS", "en_GU", "en_MH", "en_UM", "en_VI", "en_FM")

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
# ISO, also with a time ("2026-09-10T09:30", a tool's timestamp) or slashes ("2026/09/10", East Asian style).
_ISO = re.compile(r"(?P<y>\d{4})(?P<isep>[-/])(?P<m>\d{2})(?P=isep)(?P<d>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b")
_WORDY = re.compile(
    rf"{_WEEKDAY}(?:\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}{_ORD},?\s+\d{{4}}"
    rf"|\d{{1,2}}-{_MONTHS}-\d{{4}}|{_MONTHS}-\d{{1,2}}-\d{{4}})\b",  # "06-Oct-2026", "Oct-06-2026": exports' forms
    re.IGNORECASE,
)
# A heading date without a year ("July 2:", "Tue 14 Apr -"): only where the caller asks for it (entry headings).
_YEARLESS = re.compile(
    rf"{_WEEKDAY}(?:\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}{_ORD}(?!\d))(?!\w)(?!,?\s*\d)", re.IGNORECASE
)
# A weekday in English or a neighbouring language, before a numeric date ("Monday 9.3.2026", "Di., 10.03.2026").
WEEKDAY_BEFORE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag)\.?,?\s+(?=\d)",
    re.IGNORECASE,
)
_STAMP_TIME = re.compile(r",?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?=\])")
YEARLESS_YEAR = 2000  # a leap year, so "29 Feb" reads; never shown
# What may come before a date on a heading line: markdown heading marks, a bullet, emphasis, a table bar.
_LEAD = re.compile(r"^\s*(?:\[(?=\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}(?:[,\]]|\s\d))|#+\s*|(?:[-*•]|\d{1,2}[.)])\s+(?:\*\*|__)?|\*\*|__|\|\s*"
                   r"|(?:p|pp|pg|page|S|Seite)\.?\s*\d{1,4}\s*[—–-]\s*)?")  # "p. 12 — Mon 8 June 2026 — ...": a notebook's page number
# Day and month in another language ("3. Oktober 2026", "le 3 novembre 2026", "3 de marzo de 2026"): read by table.
_FOREIGN_MONTHS = MONTH_NUMBERS
_FOREIGN = re.compile(
    r"(?:(?:le|el|am|il|op|dia|den)\s+)?(?P<d>\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<month>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")\.?\s+(?:de\s+)?(?P<y>\d{4})\b",
    re.IGNORECASE,
)
# A heading that ends with its date: "Minutes - HR & IT quarterly, 2026-02-10", "## Steering group (14/04/2026)".
# A heading's day and month in any language, no year ("le 12 novembre", "3 déc.", "14 października"), or a numeric day
# and month after a weekday ("Thu 19/11", "Do 19.11."): only where the caller asks, and never before a year or a number.
_YEARLESS_FOREIGN = re.compile(
    r"(?:(?:le|el|am|il|op|dia|den)\s+)?(?P<d>\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<month>" + "|".join(YEARLESS_NAMES)
    + r")(?:\.|(?!\w))(?!,?\s*\d)", re.IGNORECASE)
_YEARLESS_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})\.?(?![\d/.]|\.\d)")
_TRAIL_SEP = re.compile(r"(?:\s*[,:(\[]|\s+[-–—|])\s*")
_HEADING_MARK = re.compile(r"^\s*(?:#+\s*|\*\*|__)")


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int  # where the date text starts in the line
    end: int  # where it ends
    ambiguous: bool  # a numeric date whose day and month could be swapped
    yearless: bool = False  # "July 2:" at the head of an entry: the year is placeholder YEARLESS_YEAR, set by the caller


def resolve_order(order: DateOrder = "auto", locale_name: str | None = None) -> tuple[Literal["dmy", "mdy"], bool]:
    """The order to read ambiguous numeric dates in, and whether it was guessed (auto) rather than set."""
    if order in ("dmy", "mdy"):
        return order, False
    name = locale_name if locale_name is not None else _current_locale()
    return ("mdy" if name.startswith(_MONTH_FIRST_LOCALES) else "dmy"), True


def _current_locale() -> str:
    for key in ("LC_ALL", "LC_TIME", "LANG"):
        if os.environ.get(key):
            return os.environ[key]
    return locale.getlocale(locale.LC_TIME)[0] or ""


def leading_date(line: str, order: Literal["dmy", "mdy"] = "dmy", yearless: bool = False) -> FoundDate | None:
    """The date a line starts with (after heading marks), or None; with `yearless`, also "July 2" (year to be set)."""
    lead = _LEAD.match(line)
    pos = lead.end() if lead else 0
    # "3. September 2026" (German style) looks like a numbered item: the day's own dot is tried first
    numbered = [lead.start() + len(lead.group(0)) - len(lead.group(0).lstrip())] if lead and re.match(r"\s*\d{1,2}\.\s", lead.group(0)) else []
    day = WEEKDAY_BEFORE.match(line, pos)  # "Monday 9.3.2026", "Tue, 2026-05-05": a weekday before a numeric date
    starts = [*((n, _FOREIGN) for n in numbered), *((pos, p) for p in (_ISO, _NUMERIC, _WORDY, _FOREIGN))]
    if day is not None:
        starts += [(day.end(), _ISO), (day.end(), _NUMERIC)]
    for start, pattern in starts:
        match = pattern.match(line, start)
        if match is None:
            continue
        value, ambiguous = _read(match, order)
        if value is not None:  # "[12/03/2026, 10:02] Name: ...": a chat export's time is part of the stamp
            clock = _STAMP_TIME.match(line, match.end()) if lead and lead.group(0).lstrip().startswith("[") else None
            return FoundDate(value, match.start(), clock.end() if clock else match.end(), ambiguous)
    if yearless and (found := _yearless_foreign(line, pos, day.end() if day else None, order)) is not None:
        return found
    if yearless and (match := _YEARLESS.match(line, pos)) is not None:
        try:
            value = dateutil_parser.parse(f"{match.group(0)} {YEARLESS_YEAR}", dayfirst=True).date()
        except (ValueError, OverflowError):
            return None
        return FoundDate(value, match.start(), match.end(), False, yearless=True) if value.year == YEARLESS_YEAR else None
    return None


def _yearless_foreign(line: str, pos: int, after_weekday: int | None, order: Literal["dmy", "mdy"]) -> FoundDate | None:
    """ "le 12 novembre", "3 déc." at `pos`; "19/11" only after a weekday ("Thu 19/11") or alone on its line."""
    match = _YEARLESS_FOREIGN.match(line, after_weekday or pos)
    if match is not None:
        value = _safe_date(YEARLESS_YEAR, MONTH_NUMBERS[match["month"].lower()], int(match["d"]))
        return FoundDate(value, pos, match.end(), False, yearless=True) if value else None  # the weekday is the date's
    start = after_weekday if after_weekday is not None else pos
    match = _YEARLESS_NUMERIC.match(line, start)
    if match is None or (after_weekday is None and (match["sep"] != "/" or line[match.end() :].strip(" *_:#"))):
        return None  # "14/3 cases", "4.2.1": a number in a sentence, not a day
    a, b = int(match["a"]), int(match["b"])
    day, month = (a, b) if (a > 12 or match["sep"] == "." or order == "dmy") and b <= 12 else (b, a)
    value = _safe_date(YEARLESS_YEAR, month, day)
    return FoundDate(value, pos, match.end(), False, yearless=True) if value else None


_ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_ENGLISH_LOWER = {m.lower() for m in _ENGLISH} | {m.lower()[:3] for m in _ENGLISH} | {"sept"}  # "2 Nov 2026" reads as written


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_ORDINAL_DAY = {**{w: k + 1 for k, w in enumerate(_UNITS)}, **{w: k + 10 for k, w in enumerate(_TEENS)}, "twentieth": 20, "thirtieth": 30,
                **{f"twenty{sep}{w}": k + 21 for k, w in enumerate(_UNITS) for sep in ("-", " ")}, "thirty-first": 31, "thirty first": 31}
_ORD = "|".join(sorted((re.escape(w) for w in _ORDINAL_DAY), key=len, reverse=True))
_MONTH_WORD = "|".join(m.lower() for m in _ENGLISH)
# "the eighteenth of December", "December eighteenth" (never "may first", "march first": verbs as often as months).
_SPELLED = re.compile(rf"\b(?:the\s+)?(?P<o>{_ORD})\s+(?:of\s+)?(?P<m>{_MONTH_WORD})\b"
                      rf"|\b(?P<m2>(?!may\b|march\b)(?:{_MONTH_WORD}))\s+(?:the\s+)?(?P<o2>{_ORD})\b", re.IGNORECASE)


def spelled_dates(text: str) -> str:
    """Days written as ordinal words ("the eighteenth of december") in figures ("18 December")."""
    def swap(m: re.Match[str]) -> str:
        day, month = _ORDINAL_DAY[(m["o"] or m["o2"]).lower()], (m["m"] or m["m2"]).title()
        return f"{day} {month}"
    return _SPELLED.sub(swap, text) if _SPELLED.search(text) else text


def english_dates(text: str) -> str:
    """Dates inside a sentence in another language's form ("bis 11. Dezember 2026", "le 3 mars 2026") as English
    ("11 December 2026"), for readers that know English month names only."""
    if not re.search(r"\d", text):
        return text

    def swap(match: re.Match[str]) -> str:
        if match["month"].lower() in _ENGLISH_LOWER and "." not in match.group(0)[: match.start("month") - match.start()]:
            return match.group(0)  # "03 November 2026" is read as written
        month = _FOREIGN_MONTHS[match["month"].lower()]
        return f"{int(match['d'])} {_ENGLISH[month - 1]} {match['y']}"

    return _FOREIGN_ANYWHERE.sub(swap, text)


# A day and a month name in any language the reader knows, with or without a year: "1 juli", "3. März", "5 de maio",
# "12 września", "1er avril".
_DAY_MONTH = re.compile(
    r"\b(?P<d>\d{1,2})(?:\.|er|º|°|ª)?\s+(?:de\s+)?(?P<month>" + "|".join(YEARLESS_NAMES)  # never "3 out" or "5 set"
    + r")(?![^\W\d_])(?:\s+de(?=\s+\d{4}))?",
    re.IGNORECASE,
)


# Vietnamese numbers its months: "ngày 3 tháng 12 năm 2026", "3 tháng 12".
_VI_DATE = re.compile(r"\b(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?:,?\s*(?:năm\s+)?(?P<y>\d{4})\b)?",
                      re.IGNORECASE)


def english_month_words(text: str) -> str:
    """Day-and-month dates in another language as English ("1 juli" -> "1 July"), for the readers that know English
    month names only; a year after it stays ("5 de maio de 2026" -> "5 May 2026")."""
    if not re.search(r"\d", text):
        return text
    text = _VI_DATE.sub(lambda m: f"{int(m['d'])} {_ENGLISH[int(m['m']) - 1]}{' ' + m['y'] if m['y'] else ''}", text)
    return _DAY_MONTH.sub(lambda m: f"{int(m['d'])} {_ENGLISH[_FOREIGN_MONTHS[m['month'].lower()] - 1]}", text)


def years_for(days: list[date], anchor: date) -> list[date]:
    """Years for month-and-day dates written in file order: the file is read as oldest-first or newest-first, whichever
    needs fewer turns of the year, and its newest date is the nearest one on or before `anchor`."""
    keys = [(d.month, d.day) for d in days]
    if not keys:
        return []
    turns_up = sum(1 for a, b in pairwise(keys) if b < a)
    turns_down = sum(1 for a, b in pairwise(keys) if b > a)
    newest_first = turns_down < turns_up
    order = list(range(len(keys))) if newest_first else list(range(len(keys) - 1, -1, -1))
    years: dict[int, int] = {}
    year = anchor.year if keys[order[0]] <= (anchor.month, anchor.day) else anchor.year - 1
    previous = keys[order[0]]
    for i in order:  # from the newest back in time
        if keys[i] > previous:
            year -= 1
        years[i], previous = year, keys[i]
    return [_safe_date(years[i], m, d) or date(years[i], m, 28) for i, (m, d) in enumerate(keys)]


def trailing_date(line: str, order: Literal["dmy", "mdy"] = "dmy") -> FoundDate | None:
    """The date a short heading line ends with, after a comma, dash, colon or bracket; None for a sentence."""
    body = line.rstrip().rstrip("*_").rstrip()
    closing = body.endswith((")", "]"))
    body = body[:-1].rstrip() if closing else body
    for sep in _TRAIL_SEP.finditer(body):
        if sep.start() == 0 or closing != ("(" in sep.group(0) or "[" in sep.group(0)):
            continue
        for pattern in (_ISO, _NUMERIC, _WORDY, _FOREIGN):
            match = pattern.match(body, sep.end())
            if match is None or match.end() != len(body):
                continue
            value, ambiguous = _read(match, order)
            if value is not None:
                return FoundDate(value, match.start(), match.end(), ambiguous)
    return None


def _read(match: re.Match[str], order: Literal["dmy", "mdy"]) -> tuple[date | None, bool]:
    if match.re is _FOREIGN:
        return _safe_date(int(match["y"]), _FOREIGN_MONTHS[match["month"].lower()], int(match["d"])), False
    if match.re is _ISO:  # never through dateutil with dayfirst: it would read 2026-03-04 as 3 April
        return _safe_date(int(match["y"]), int(match["m"]), int(match["d"])), False
    if match.re is _NUMERIC:
        a, b = int(match["a"]), int(match["b"])
        ambiguous = a <= 12 and b <= 12 and a != b
        if a > 12 or match["sep"] == ".":  # only one reading is possible; "9.3.2026" is written day first
            order, ambiguous = "dmy", False
        elif b > 12:
            order = "mdy"
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        day, month = (a, b) if order == "dmy" else (b, a)
        return _safe_date(year, month, day), ambiguous
    try:
        return dateutil_parser.parse(match.group(0), dayfirst=order == "dmy").date(), False
    except (ValueError, OverflowError):
        return None, False


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A line that says how the file writes its dates: "Dates are US format", "All dates DD/MM/YYYY".
_DECLARED = re.compile(
    r"^\W*(?:(?:all |the )?dates?(?: in this (?:file|log|export))? (?:are |is )?(?:in |written )?(?:the )?|date format:?\s*)"
    r"(?P<how>us|u\.s\.|american|month[- ]first|mm/dd(?:/yy(?:yy)?)?|uk|u\.k\.|british|european|day[- ]first|dd/mm(?:/yy(?:yy)?)?)\b",
    re.IGNORECASE,
)
# A numeric date anywhere in a line ("Sent: 04/15/2027 5:12 PM", "| Date: 11/23/2026 |"): slashes or dashes and a
# four-digit year, so version numbers and times are never taken for dates.
_ANYWHERE = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-])")


def iso_day(text: str) -> date | None:
    """A YYYY-MM-DD string as a date; None when it names no real day ("2026-13-45" written in the notes)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def declares_order(line: str) -> bool:
    return _DECLARED.match(line) is not None


def declared_order(lines: list[str]) -> Literal["dmy", "mdy"] | None:
    """The order a line of the file declares ("Dates are US format"), if any."""
    for line in lines:
        match = _DECLARED.match(line)
        if match:
            how = match["how"].lower()
            return "mdy" if how.startswith(("us", "u.s", "american", "month", "mm")) else "dmy"
    return None


def order_from_evidence(lines: list[str]) -> Literal["dmy", "mdy"] | None:
    """The order that the document's own unambiguous numeric dates show (13/03/2026 means day first), wherever
    in a line they stand: one date that can only be month-first (11/23/2026) means the file writes month first."""
    votes = {"dmy": 0, "mdy": 0}
    for line in lines:
        lead = _LEAD.match(line)
        matches = [m for m in (_NUMERIC.match(line, lead.end() if lead else 0),) if m] + list(_ANYWHERE.finditer(line))
        day = WEEKDAY_BEFORE.match(line, lead.end() if lead else 0)
        if day is not None and (bare := _YEARLESS_NUMERIC.match(line, day.end())) is not None:
            matches.append(bare)  # "Thu 7/23": a heading's day and month, no year
        for match in {m.start(): m for m in matches}.values():
            a, b = int(match["a"]), int(match["b"])
            if a > 12 >= b:
                votes["dmy"] += 1
            elif b > 12 >= a:
                votes["mdy"] += 1
    if votes["dmy"] == votes["mdy"]:
        return None
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


class MonthOnly(date):
    """The date of an entry headed by its month alone ("## February 2026") whose text names no day of it: the 1st,
    for order, but never to be shown as "1 February" (what follows from it, by arithmetic, is a plain date)."""

    month_only = True

    def __add__(self, other: object) -> date:  # type: ignore[override]
        value = date.__add__(self, other)  # type: ignore[operator]
        return date(value.year, value.month, value.day) if isinstance(value, date) else value

    __radd__ = __add__  # type: ignore[assignment]

    def __sub__(self, other: object):  # type: ignore[no-untyped-def, override]
        value = date.__sub__(self, other)  # type: ignore[operator]
        return date(value.year, value.month, value.day) if isinstance(value, date) else value

    def replace(self, *args: int, **kwargs: int) -> date:  # type: ignore[override]
        value = date.replace(self, *args, **kwargs)
        return date(value.year, value.month, value.day)


def month_only(value: object) -> bool:
    """True for a MonthOnly date: say "in February", never "on 1 February"."""
    return bool(getattr(value, "month_only", False))


# Anywhere in a sentence, only forms the English readers miss: a day with its own dot, or a month named in another language.
_FOREIGN_ANYWHERE = re.compile(
    r"\b(?P<d>\d{1,2})(?:\.\s*|\s+(?:de\s+)?)(?P<month>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?:de\s+)?(?P<y>\d{4})\b",
    re.IGNORECASE,
)


# A day and a month in another language with no year ("22 de enero", "5. Februar"): only names English does not use.

def order_notice(order: str, declared: bool) -> str:
    how = "month first (US style, 04/15/2027)" if order == "mdy" else "day first (15/04/2027)"
    why = "as the file says" if declared else "as a date in the file that can only be read that way shows"
    return f"Numeric dates are read {how}, {why}."


def guess_warning(raw: str, value: date, order: str) -> str:
    how = "day first" if order == "dmy" else "month first"
    return (
        f"'{raw}' could be day or month first; read as {value:%d %B %Y} ({how}, from the locale). "
        "Set COACH_DATE_ORDER=dmy or mdy to choose."
    )


# Shapes only the fallback reader looks for (a file whose entries no heading reader found): "Sep-26" (a month in a
# spreadsheet), "12.x.26" (a Roman-numeral month), a day anywhere in a short heading ("Session 4 (2 Oct)").
_ROMAN_MONTHS = {r: n for n, r in enumerate("i ii iii iv v vi vii viii ix x xi xii".split(), start=1)}
_ROMAN_DATE = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>[ivx]{1,4})\.(?P<y>\d{4}|\d{2})?(?![\w.])", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"(?<![\w-])(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[-'’](?P<y>\d{2})(?![\w-])", re.IGNORECASE)


def loose_date(text: str, order: Literal["dmy", "mdy"] = "dmy") -> FoundDate | None:
    """The first date anywhere in `text`, of any shape the readers know, yearless ones included (year to be set)."""
    found: list[FoundDate] = []
    for pattern in (_ISO, _NUMERIC, _WORDY, _FOREIGN):
        for match in pattern.finditer(text):
            if (value := _read(match, order)[0]) is not None:
                found.append(FoundDate(value, match.start(), match.end(), False))
                break
    for match in _ROMAN_DATE.finditer(text):
        year = int(match["y"] or YEARLESS_YEAR) + (2000 if match["y"] and len(match["y"]) == 2 else 0)
        if (month := _ROMAN_MONTHS.get(match["m"].lower())) and (value := _safe_date(year, month, int(match["d"]))):
            found.append(FoundDate(value, match.start(), match.end(), False, yearless=not match["y"]))
            break
    if (month_year := _MONTH_YEAR.search(text)) is not None:
        first = MonthOnly(2000 + int(month_year["y"]), MONTH_NUMBERS[month_year["m"].lower()[:3]], 1)
        found.append(FoundDate(first, month_year.start(), month_year.end(), False))
    for match in re.finditer(r"\b(?=\d|[a-z])", text, re.IGNORECASE):
        if (day := _YEARLESS.match(text, match.start()) or _YEARLESS_FOREIGN.match(text, match.start())) is not None:
            if (read := leading_date(day.group(0), order, yearless=True)) is not None and read.yearless:
                found.append(FoundDate(read.value, day.start(), day.end(), False, yearless=True))
                break
    return min(found, key=lambda f: (f.start, -f.end), default=None)
