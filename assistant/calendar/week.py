"""The week ahead as plain data: each meeting with its partner (or why none) and prep status, and who is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.calendar.cadence import ContactDue
from assistant.calendar.events import Attendee, Meeting
from assistant.calendar.matching import Match


@dataclass(frozen=True)
class PromiseDue:
    """An open promise to the partner, due on or before the meeting day."""

    id: int
    what: str
    owner: str
    due: dt.date


@dataclass(frozen=True)
class PrepStatus:
    plan_ready: bool  # a plan for this partner newer than their last note
    plan_id: int | None  # the newest plan, ready or not
    last_note: dt.date | None
    promises_due: tuple[PromiseDue, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "plan_ready": self.plan_ready, "plan_id": self.plan_id, "last_note": _iso(self.last_note),
            "promises_due": [{"id": p.id, "what": p.what, "owner": p.owner, "due": p.due.isoformat()} for p in self.promises_due],
        }


@dataclass(frozen=True)
class MeetingAhead:
    meeting: Meeting
    match: Match
    prep: PrepStatus | None  # None when no partner matched

    def as_json(self) -> dict[str, object]:
        m = self.match
        return {
            "start": _iso(self.meeting.start), "end": _iso(self.meeting.end), "all_day": self.meeting.all_day,
            "title": self.meeting.title, "location": self.meeting.location, "source": self.meeting.source,
            "organizer": _person(self.meeting.organizer) if self.meeting.organizer else None,
            "attendees": [_person(a) for a in self.meeting.attendees],
            "partner": {"id": m.partner_id, "name": m.partner, "matched_by": m.how, "why": m.reason} if m.partner_id else None,
            "unmatched_reason": None if m.partner_id else m.reason,
            "prep": self.prep.as_json() if self.prep else None,
        }


@dataclass(frozen=True)
class WeekAhead:
    workspace_id: int
    first_day: dt.date
    last_day: dt.date
    source: str
    meetings: list[MeetingAhead] = field(default_factory=list)
    due_for_contact: list[ContactDue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "workspace": self.workspace_id, "from": self.first_day.isoformat(), "to": self.last_day.isoformat(), "source": self.source,
            "meetings": [m.as_json() for m in self.meetings], "due_for_contact": [d.as_json() for d in self.due_for_contact],
            "warnings": list(self.warnings),
        }


def _person(person: Attendee) -> dict[str, str]:
    return {"name": person.name, "email": person.email}


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None
