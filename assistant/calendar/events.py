"""Meetings as every calendar source hands them over, and the interface a source implements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Attendee:
    """Someone invited: the display name and e-mail the calendar gives (either may be empty)."""

    name: str
    email: str


@dataclass(frozen=True)
class Meeting:
    """One occurrence of an event. Timed meetings carry aware datetimes; all-day ones carry dates."""

    uid: str
    title: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    all_day: bool
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    location: str = ""
    source: str = ""  # the file (or connector) it came from

    def day(self) -> dt.date:
        return self.start.date() if isinstance(self.start, dt.datetime) else self.start

    def people(self) -> tuple[Attendee, ...]:
        """The organiser and the attendees, organiser first."""
        return ((self.organizer,) if self.organizer else ()) + self.attendees


@dataclass
class CalendarRead:
    """The meetings of a window, sorted by start, and what was skipped on the way (named, never silent)."""

    meetings: list[Meeting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class CalendarSource(Protocol):
    """Anything that lists meetings in a window: .ics files today, CalDAV or Microsoft 365 later.

    `start` and `end` are aware datetimes; times without a zone (floating) are read in start's zone.
    Cancelled meetings are left out. A source that cannot be read raises InputError naming it.
    """

    name: str

    def read(self, start: dt.datetime, end: dt.datetime) -> CalendarRead: ...
