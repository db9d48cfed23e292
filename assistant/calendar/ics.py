"""Meetings from iCalendar files (.ics): one file, several, or a folder of them.

Recurring events are expanded with dateutil's rrule (RRULE, RDATE, EXDATE, and moved or cancelled
single occurrences via RECURRENCE-ID); time zones come from TZID and VTIMEZONE through `icalendar`;
times without a zone are read in the window's zone; all-day events keep their dates; cancelled
events and attendees who declined are left out. A calendar marked `X-COACH-DEMO-WEEK:YYYYMMDD` (the
demo file) moves by whole weeks so that Monday becomes the Monday of the window's first week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import icalendar
from dateutil.rrule import rruleset, rrulestr

from assistant.calendar.events import Attendee, CalendarRead, Meeting
from assistant.errors import InputError

MAX_ICS_BYTES = 10_000_000
MAX_FILES = 200
MAX_PER_EVENT = 400  # occurrences of one event in one window (a minutely rule cannot flood the page)
UTC = dt.UTC


class IcsSource:
    """A CalendarSource over the contents of .ics files."""

    def __init__(self, files: list[tuple[str, bytes]], name: str = ""):
        self.files = files
        self.name = name or ", ".join(f for f, _ in files[:3]) or "calendar"

    @classmethod
    def from_path(cls, path: Path) -> IcsSource:
        """A file, or every .ics file in a folder (and its subfolders)."""
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".ics")
            if not found:
                raise InputError(f"{path} holds no .ics files. Export your calendar as iCalendar (.ics) into it.")
            if len(found) > MAX_FILES:
                raise InputError(f"{path} holds {len(found)} .ics files; the limit is {MAX_FILES}.")
        elif path.is_file():
            found = [path]
        else:
            raise InputError(f"{path} does not exist. Give an .ics file or a folder of them.")
        return cls([(p.name, _read(p)) for p in found], name=path.name)

    @classmethod
    def from_upload(cls, files: list[tuple[str, bytes]]) -> IcsSource:
        """Uploaded files, checked now so a bad one is named before anything is shown."""
        if not files:
            raise InputError("No calendar file was given. Upload an .ics export of your calendar.")
        for filename, data in files:
            if not filename.lower().endswith(".ics"):
                raise InputError(f"{filename} is not an .ics file. Export your calendar as iCalendar (.ics) and upload that.")
            _parse(filename, data)
        return cls(files)

    def read(self, start: dt.datetime, end: dt.datetime) -> CalendarRead:
        result = CalendarRead()
        for filename, data in self.files:
            for calendar in _parse(filename, data):
                if str(calendar.get("METHOD", "")).upper() == "CANCEL":
                    continue
                shift = _demo_shift(calendar, start.date())
                found = _meetings(calendar, filename, start - shift, end - shift, result.warnings)
                result.meetings += [_shifted(m, shift, start.tzinfo) for m in found]
        result.meetings.sort(key=_sort_key)
        return result


def _demo_shift(calendar: icalendar.Calendar, first_day: dt.date) -> dt.timedelta:
    """Whole weeks from the demo file's Monday to the Monday of `first_day`'s week; zero for other calendars."""
    marker = str(calendar.get("X-COACH-DEMO-WEEK", "")).strip()
    try:
        anchor = dt.date(int(marker[:4]), int(marker[4:6]), int(marker[6:8]))
    except ValueError:
        return dt.timedelta(0)
    monday = first_day - dt.timedelta(days=first_day.weekday())
    return dt.timedelta(weeks=(monday - anchor).days // 7)


def _read(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ICS_BYTES:
        raise InputError(f"{path.name} is {size / 1e6:.1f} MB; the limit for a calendar file is {MAX_ICS_BYTES // 1_000_000} MB.")
    return path.read_bytes()


def _parse(filename: str, data: bytes) -> list[icalendar.Calendar]:
    """The calendars in one file; InputError naming the file when it is not iCalendar."""
    if len(data) > MAX_ICS_BYTES:
        raise InputError(f"{filename} is {len(data) / 1e6:.1f} MB; the limit for a calendar file is {MAX_ICS_BYTES // 1_000_000} MB.")
    problem = "it is empty" if not data.strip() else ""
    calendars: list[icalendar.Calendar] = []
    if not problem:
        try:
            calendars = [c for c in icalendar.Calendar.from_ical(data, multiple=True) if c.name == "VCALENDAR"]
        except (ValueError, KeyError, IndexError, TypeError, UnicodeError) as exc:
            problem = str(exc).split(":")[0][:120] or type(exc).__name__
        else:
            problem = "" if calendars else "it holds no VCALENDAR"
    if problem:
        raise InputError(f"{filename} is not a readable calendar file (.ics): {problem}. Export the calendar again as iCalendar (.ics).")
    return calendars


def _meetings(calendar: icalendar.Calendar, filename: str, lo: dt.datetime, hi: dt.datetime, warnings: list[str]) -> list[Meeting]:
    events: list[icalendar.Event] = []
    for event in calendar.walk("VEVENT"):
        if not isinstance(event, icalendar.Event):
            continue
        summary = str(event.get("SUMMARY", "")).strip() or "untitled event"
        if event.errors or event.get("DTSTART") is None:
            reason = "; ".join(f"{name}: {msg}" for name, msg in event.errors) or "no start time"
            warnings.append(f"{filename}: skipped '{summary}' ({reason}).")
            continue
        events.append(event)
    moved: dict[str, set[str]] = {}
    for event in events:
        when = getattr(event.get("RECURRENCE-ID"), "dt", None)
        if isinstance(when, dt.date):
            moved.setdefault(str(event.get("UID", "")), set()).add(_key(when, lo.tzinfo))
    found = []
    for event in events:
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue  # a cancelled series, or a cancelled single occurrence (its RECURRENCE-ID still hides it)
        skip = set() if event.get("RECURRENCE-ID") is not None else moved.get(str(event.get("UID", "")), set())
        try:
            found += [_meeting(event, start, end, filename) for start, end in _occurrences(event, lo, hi, skip)]
        except (ValueError, TypeError, OverflowError) as exc:
            warnings.append(f"{filename}: skipped '{event.get('SUMMARY', 'untitled event')}' (its dates or repeat rule cannot be read: {exc}).")
    return found


Moment = dt.datetime | dt.date


def _occurrences(event: icalendar.Event, lo: dt.datetime, hi: dt.datetime, skip: set[str]) -> Iterator[tuple[Moment, Moment]]:
    """(start, end) of each occurrence that overlaps [lo, hi), in the event's own terms."""
    first: Moment = event.start
    length = _length(event)
    zone = lo.tzinfo
    if not event.rrules and not event.rdates:
        starts: list[Moment] = [first]
    else:
        base = _as_datetime(first)
        rules = rruleset()
        for rule in event.rrules:
            rules.rrule(rrulestr(_rule_text(rule, base, zone), dtstart=base))  # type: ignore[arg-type]
        for when, _ in event.rdates:
            rules.rdate(_like(base, when, zone))
        for when in event.exdates:
            rules.exdate(_like(base, when, zone))
        hits = rules.between(_like(base, lo - length - dt.timedelta(days=1), zone), _like(base, hi, zone), inc=True)
        starts = [h.date() if not isinstance(first, dt.datetime) else h for h in hits[:MAX_PER_EVENT]]
    for start in starts:
        end = start + length
        if _key(start, zone) not in skip and _instant(start, zone) < hi and _instant(end, zone) > lo:
            yield start, end


def _length(event: icalendar.Event) -> dt.timedelta:
    try:
        return max(event.end - event.start, dt.timedelta(0))  # DTEND or DURATION; icalendar supplies the defaults
    except (ValueError, TypeError):
        return dt.timedelta(days=1) if not isinstance(event.start, dt.datetime) else dt.timedelta(0)


def _rule_text(rule: icalendar.vRecur, base: dt.datetime, zone: dt.tzinfo | None) -> str:
    """The RRULE as dateutil reads it: UNTIL must be UTC for a zoned start and floating for a floating one."""
    rule = icalendar.vRecur(dict(rule))
    until = rule.get("UNTIL")
    if until:
        value = until[0]
        if base.tzinfo is not None:
            rule["UNTIL"] = [_like(base, value, zone).astimezone(UTC)]
        else:
            rule["UNTIL"] = [_like(base, value, zone)]
    return str(rule.to_ical().decode())  # type: ignore[no-untyped-call]


def _as_datetime(value: Moment) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def _like(base: dt.datetime, value: Moment, zone: dt.tzinfo | None) -> dt.datetime:
    """`value` as the same kind of datetime as `base` (zoned in base's zone, or floating), so they compare."""
    value = _as_datetime(value)
    if base.tzinfo is not None:
        return value.replace(tzinfo=base.tzinfo) if value.tzinfo is None else value.astimezone(base.tzinfo)
    return value if value.tzinfo is None else value.astimezone(zone).replace(tzinfo=None)


def _instant(value: Moment, zone: dt.tzinfo | None) -> dt.datetime:
    """An aware datetime: dates start at midnight and floating times are read in the window's zone."""
    value = _as_datetime(value)
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _key(value: Moment, zone: dt.tzinfo | None) -> str:
    """A RECURRENCE-ID and an occurrence start compare equal whatever zone each is written in."""
    if isinstance(value, dt.datetime):
        return _instant(value, zone).astimezone(UTC).isoformat()
    return value.isoformat()


def _meeting(event: icalendar.Event, start: Moment, end: Moment, filename: str) -> Meeting:
    organizer = event.get("ORGANIZER")
    attendees = tuple(_person(a) for a in event.attendees if str(a.params.get("PARTSTAT", "")).upper() != "DECLINED")
    return Meeting(
        uid=str(event.get("UID", "")), title=str(event.get("SUMMARY", "")).strip() or "Untitled meeting",
        start=start, end=end, all_day=not isinstance(start, dt.datetime),
        organizer=_person(organizer) if organizer is not None else None, attendees=attendees,
        location=str(event.get("LOCATION", "")).strip(), source=filename,
    )


def _person(address: icalendar.vCalAddress) -> Attendee:
    email = str(address).strip()
    email = email[7:] if email.lower().startswith("mailto:") else email
    return Attendee(name=str(address.params.get("CN", "")).strip().strip('"'), email=email.strip().lower() if "@" in email else "")


def _shifted(meeting: Meeting, shift: dt.timedelta, zone: dt.tzinfo | None) -> Meeting:
    """Moved by `shift` (wall-clock, so 10:00 stays 10:00) and, when timed, shown in the window's zone."""
    def move(value: Moment) -> Moment:
        value = value + shift
        return _instant(value, zone).astimezone(zone) if isinstance(value, dt.datetime) else value

    return Meeting(**{**meeting.__dict__, "start": move(meeting.start), "end": move(meeting.end)})


def _sort_key(meeting: Meeting) -> tuple[dt.date, str, str]:
    start = meeting.start
    return (meeting.day(), "" if not isinstance(start, dt.datetime) else start.time().isoformat(), meeting.title)
