"""Dates written in a note's sentences: deadlines after 'by' / 'before' and every date a sentence names, resolved
against the day the note was written (moved out of note_reading.py)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

from dateutil import parser as date_parser

from assistant.text.date_tense import safe_year as _safe_year
from assistant.text.date_tense import told_as_past
from assistant.text.dates import english_dates, english_month_words, spelled_dates

DateOrder = Literal["dmy", "mdy"]  # how a notes file writes numeric dates: 12/4 is 12 April (dmy) or 4 December (mdy)

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
# "11.4%" or "2.5 million" is a figure, never 11 April or 2 May.
_DATE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})[a-z]*(?:\s+\d{{4}})?|(?:{_MONTHS})[a-z]*\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?!\d|\s*(?:%|percent\b|per\s*cent\b|pp\b|points?\b|[mk]\b|million\b|bn\b|billion\b))|(?:end of|the end of)\s+(?:" + _MONTHS + r")[a-z]*|(?:mon|tues|wednes|thurs|fri)day(?!\s+(?:mornings|afternoons|evenings|nights))|end of (?:the )?(?:month|week|quarter))\b",
    re.IGNORECASE,
)


def due_date(text: str, written: dt.date | None, order: DateOrder = "dmy") -> tuple[dt.date | None, str]:
    """The first date after 'by' / 'before' / 'for' / 'on' in a clause: (date, the words used); a numeric date whose
    day and month could be swapped ("12/4") is read in the `order` its notes file writes dates in."""
    anchor = written or dt.date.today()
    text = re.sub(r"\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z])", "", text, flags=re.IGNORECASE)
    text = english_month_words(spelled_dates(re.sub(r"\*\*|__", "", text)))  # "by 22 de enero", "1 juli", "by **2026-12-11**": deadlines too
    for match in _BY.finditer(text):
        numeric = _DASHED.match(text, match.end())  # "vóór vr 11-12": a day and month after a deadline word, never a range
        if numeric and not re.match(r"(?:for|on|para|voor)\b", match.group(0), re.IGNORECASE):  # "for 10-12 sites" is a count
            text = f"{text[: numeric.start('d')]}{numeric['d']}/{numeric['m']}{text[numeric.end():]}"
        found = _DATE.match(text, match.end())
        if found and (dash := re.compile(r"\s*[-–]\s*").match(text, found.end())) and (end := _DATE.match(text, dash.end())):
            last = _resolve(end.group(0), anchor, order)  # "23/12-06/01": a span of work is due at its end
            first = _resolve(found.group(0), anchor, order)
            if last and first and first <= last <= first + dt.timedelta(days=92):
                return last, end.group(0)
        if found and (upto := re.compile(r"[-–](\d{1,2})\b(?![/.\d])").match(text, found.end())) and re.search(r"[A-Za-z]{3}\s+\d{1,2}$", found.group(0)):
            first = _resolve(found.group(0), anchor, order)  # "Jan 16–17": the span ends on the 17th of that month
            if first and first.day < int(upto.group(1)) <= 31:
                try:
                    return first.replace(day=int(upto.group(1))), f"{found.group(0)}–{upto.group(1)}"
                except ValueError:
                    pass
        if found:
            day = _resolve(found.group(0), anchor, order, past=match.group(0).lower().startswith("on") and told_as_past(text))
            ahead = _AHEAD_OF.search(text, 0, match.end()) if match.group(0).lower().startswith("before") else None
            return (day - dt.timedelta(days=_ahead_days(ahead)) if day and ahead else day), found.group(0)
    return None, ""


def ask_due(comp: str, written: dt.date | None, order: DateOrder = "dmy") -> tuple[dt.date | None, str]:
    """The deadline of an ask: "if the rollout keeps its March date" asks about a day, it sets no
    deadline; such a question has one only where a deadline word says so ("whether ... by 4 December") or it invites us
    to an event on a day ("whether our architect could join the workshop on 14 December": the yes names that day)."""
    if re.match(r"(?:whether|if)\b", comp.strip(), re.IGNORECASE) and not _STRICT.search(comp) and not _EVENT_DAY.search(comp):
        return None, ""
    return due_date(comp, written, order)


_STRICT = re.compile(r"\b(?:by|before|until|till|no later than|deadline)\b", re.IGNORECASE)
_EVENT_DAY = re.compile(r"\bon\s+(?:[A-Z][a-z]+day\s+)?(?:the\s+)?\d", re.IGNORECASE)


# A deadline word, in English or another language the notes use ("vóór", "até", "bis", "entro il", "avant le", "hasta el"),
# then an optional weekday ("Fri", "vr", "sex.") before the date itself.
WEEKDAY = (r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|ma|di|wo|do|vr|za|zo|mo|mi|fr|sa|so|lun|mar|mer|mié|gio|jeu|"
            r"ven|vie|jue|sáb|dom|seg|ter|qua|qui|sex")
_BY = re.compile(r"\b(?:by|before|for|on|due|until|no later than|(?:the )?weekend of|vóór|voor|uiterlijk|tot|até|antes del?|bis(?: zum| spätestens)?|spätestens|"
                 r"entro(?: il| le)?|avant(?: le)?|d'ici(?: le)?|hasta(?: el)?|para(?: el| o| a)?)\s+(?:the\s+|de\s+|le\s+|il\s+|el\s+|o\s+|dia\s+)?"
                 rf"(?:(?:{WEEKDAY})\.?,?\s+(?=\d))?", re.IGNORECASE)
_SPAN = r"%|x\b|weeks?|days?|months?|hours?|hrs?|years?|mins?|minutes|working|business|people|weken|dagen|maanden|semanas|dias|días|meses|wochen|tage|monate|settimane|giorni|mesi|semaines|jours|mois"
_DASHED = re.compile(rf"(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})(?![\d–-])(?!\s*(?:{_MONTHS}|{_SPAN}))", re.IGNORECASE)  # "11-12", never "11-12 December" nor "3-4 weeks"


# "a week before 21 January", "two days before the 9th": the date is that much earlier than the one named.
_AHEAD_OF = re.compile(r"\b(?P<n>a|one|two|three|four|\d{1,2}|the)\s+(?P<u>days?|weeks?)\s+before\s+(?:the\s+)?$", re.IGNORECASE)


def _ahead_days(match: re.Match[str]) -> int:
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4}[n]
    return count * (7 if match.group("u").lower().startswith("week") else 1)


EVENT = re.compile(r"\b(?:committee|board|council|steering|meets|meeting|review|brief|offsite|launch|deadline|go-live)\b", re.IGNORECASE)


def within_their_deadline(due: dt.date, item: object, today: dt.date, context: str = "") -> dt.date:
    """A date we propose, never after a dated event the ask names ("for the committee, which meets 4 December") nor before today."""
    quote, written = getattr(item, "quote", ""), getattr(item, "date", None)
    events = [d for d in dates_in(f"{quote} {context}", written or today, getattr(item, "date_order", "dmy")) if d > today]
    if not events or due <= min(events):
        return due
    event = min(events)
    return max(event - dt.timedelta(days=1), today) if event - today > dt.timedelta(days=1) else event


def _resolve(words: str, anchor: dt.date, order: DateOrder = "dmy", past: bool = False) -> dt.date | None:
    low = words.lower()
    if low.endswith("day") and not re.search(r"\d", low):
        target = ["monday", "tuesday", "wednesday", "thursday", "friday"].index(low)
        return anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7)
    if "end of" in low and re.search(r"week|month|quarter", low):
        return _end_of(next(k for k in ("week", "month", "quarter") if k in low), anchor)
    if iso := re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", low):  # dayfirst would read 2026-06-05 as 6 May
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    if (month_end := re.match(r"(?:the )?end of\s+([a-z]+)", low)) and (month := _MONTH_NUMBER.get(month_end[1][:3])):
        year = anchor.year + (1 if month < anchor.month - 2 else 0)  # "by the end of January", written in November
        return _end_of("month", dt.date(year, month, 1))
    cleaned = re.sub(r"(?:the )?end of\s+", "28 ", low)
    cleaned = re.sub(r"^(\d{1,2})\.(\d{1,2})\.?$", r"\1/\2", cleaned)  # "30.10" is a day and month, never a time of day
    if any(word not in _ENGLISH_WORDS for word in re.findall(r"[^\W\d_]+", cleaned)):
        return None  # "3 decembrie" the month readers did not know: the parser would skip the word and say 3 January
    parsed = None
    for year in range(anchor.year, anchor.year + 5):  # "29 February" without a year: the next year that has one
        try:
            parsed = date_parser.parse(cleaned, dayfirst=order == "dmy", default=dt.datetime(year, 1, 1), fuzzy=True).date()
            break
        except OverflowError:
            return None
        except ValueError:
            if not (re.search(r"\b29\b", cleaned) and re.search(r"\bfeb|/0?2\b|\b0?2/", cleaned)) or re.search(r"\d{4}", words):
                return None
    if parsed is None:
        return None
    if past and not re.search(r"\d{4}", words) and parsed > anchor + dt.timedelta(days=7):
        return _safe_year(parsed, parsed.year - 1)  # "went live on 14 December", written on 5 January
    if not past and not re.search(r"\d{4}", words) and (anchor - parsed).days > 60:  # no date arithmetic near date.min
        try:
            parsed = parsed.replace(year=parsed.year + 1)  # "by 14 January", written in December
        except ValueError:  # 29 February of a leap year: the next one has none
            parsed = parsed.replace(year=parsed.year + 1, day=28)
    return parsed if isinstance(parsed, dt.date) else None


_ENGLISH_WORDS = {*(m.lower() for m in calendar.month_name[1:]), *(m.lower() for m in calendar.month_abbr[1:]), "sept", "of",
                  "st", "nd", "rd", "th"}
_MONTH_NUMBER = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _end_of(span: str, anchor: dt.date) -> dt.date:
    """The last day of the week (its Friday), month or quarter the anchor day falls in: "by the end of the month",
    written on 13 October, is 31 October (never a month on from the day it was written)."""
    if span == "week":
        return anchor + dt.timedelta(days=(4 - anchor.weekday()) % 7)
    last_month = anchor.month if span == "month" else 3 * ((anchor.month - 1) // 3 + 1)
    first_after = dt.date(anchor.year + last_month // 12, last_month % 12 + 1, 1)
    return first_after - dt.timedelta(days=1)


def dates_in(text: str, anchor: dt.date, order: DateOrder = "dmy") -> list[dt.date]:
    """Every date written in the text, resolved against the day it was written, numeric ones in the file's `order`."""
    past = told_as_past(text)
    words = _NAMED_DAY.sub("", english_month_words(english_dates(spelled_dates(text))))
    return [d for d in (_resolve(m.group(0), anchor, order, past) for m in _DATE.finditer(words)) if d]


# "Friday 4 December": the weekday names the date after it, never a day of its own
_NAMED_DAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z])", re.IGNORECASE)
