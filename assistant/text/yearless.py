"""Years for entries headed by a day without one ("July 2:", "Thu 19/11", "le 12 novembre"), and days for headings
that name a weekday alone ("Thursday" between "Monday 5 October 2026" and a later dated entry).

The newest yearless entry is the nearest such day on or before today, or before the end of the latest year the file
names when all its years are past; the rest follow the file's order (oldest or newest first). Where the headings name
their weekdays ("Wed 12/9"), the year in which the most of them fall on those weekdays wins: a typed fact the CIO wrote.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Protocol

from assistant.text.dates import years_for

_YEAR = re.compile(r"\b(20\d\d)\b")
_DAY_NAMES = (
    "monday mon montag mo lundi lun lunes maandag lunedì poniedziałek pon måndag mån mandag maanantai pondělí segunda",
    "tuesday tue tues dienstag di mardi martes dinsdag martedì wtorek tisdag tis tirsdag tiistai úterý terça",
    "wednesday wed mittwoch mi mercredi mer miércoles miercoles woensdag mercoledì środa onsdag ons keskiviikko "
    "středa quarta",
    "thursday thu thur thurs donnerstag do jeudi jeu jueves donderdag giovedì czwartek czw torsdag tors torstai čtvrtek "
    "quinta",
    "friday fri freitag fr vendredi ven viernes vrijdag venerdì piątek fredag fre perjantai pátek sexta",
    "saturday sat samstag sa samedi sam sábado sabado zaterdag sabato sobota sob lördag lör lørdag lauantai",
    "sunday sun sonntag so dimanche dim domingo zondag domenica niedziela söndag sön søndag sunnuntai neděle",
)
WEEKDAYS = {name: index for index, names in enumerate(_DAY_NAMES) for name in names.split()}
_FULL_NAMES = {name for name in WEEKDAYS if len(name) > 3}
_HEAD = re.compile(r"^\s*(?:#+\s*|\*\*|__|\[)?(?P<day>[^\W\d_]{2,13})\.?,?(?=\s|$|\*|_|:)", re.IGNORECASE)
_ALONE = re.compile(r"^\s*(?:#+\s*|\*\*|__)?(?P<day>[^\W\d_]{6,13})\s*(?:\*\*|__)?\s*:?\s*$")


class _Dated(Protocol):
    date: date | None
    yearless: bool
    weekday: int | None


def weekday_named(line: str) -> int | None:
    """The weekday a heading opens with ("Wed 12/9", "jeudi 12 novembre"), 0 for Monday; None when it names none."""
    match = _HEAD.match(line)
    return WEEKDAYS.get(match["day"].lower()) if match else None


def weekday_alone(line: str) -> int | None:
    """The weekday of a heading that is a full weekday name and nothing else ("Thursday", "## Dienstag:")."""
    match = _ALONE.match(line)
    name = match["day"].lower() if match else ""
    return WEEKDAYS[name] if name in _FULL_NAMES else None


def set_years(sections: list[_Dated], text: str, today: date, warnings: list[str]) -> None:
    undated = [s for s in sections if s.yearless and s.date is not None]
    days = [s.date for s in undated if s.date is not None]
    if not days:
        return
    years = [int(y) for y in _YEAR.findall(text)]
    anchor = date(max(years), 12, 31) if years and max(years) < today.year else today
    dated = years_for(days, anchor)
    named = [(i, s.weekday) for i, s in enumerate(undated) if s.weekday is not None]
    if named:  # the headings' own weekdays pick the year the file was written in
        def hits(values: list[date]) -> int:
            return sum(1 for i, day in named if values[i].weekday() == day)
        shifts = [years_for(days, date(anchor.year + k, 12, 31)) for k in (0, -1, -2, -3, -4, 1)]  # no calendar repeats within
        best = max(shifts, key=hits)
        dated = best if hits(best) > hits(dated) else dated
    for section, value in zip(undated, dated, strict=True):
        section.date = value
    first = dated[0]
    warnings.append(
        f"{len(undated)} entr{'y has' if len(undated) == 1 else 'ies have'} a date without a year; read the first as "
        f"{first.day} {first:%B %Y}{'' if len(undated) == 1 else ' and the rest in the order of the file'}. "
        "Add the year to each heading to be sure."
    )


def date_weekdays(sections: list[_Dated]) -> None:
    """A heading that names a weekday alone takes the first such day after the entry above it, unless that day is not
    before the next dated entry (then the file is not in date order there, and the entry stays undated)."""
    for i, section in enumerate(sections):
        if section.date is not None or section.weekday is None:
            continue
        before = next((s.date for s in reversed(sections[:i]) if s.date is not None), None)
        after = next((s.date for s in sections[i + 1 :] if s.date is not None), None)
        if before is None:
            continue
        day = before + timedelta(days=(section.weekday - before.weekday()) % 7 or 7)
        if after is None or day < after:
            section.date = day
