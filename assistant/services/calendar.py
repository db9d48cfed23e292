"""The week ahead: a calendar's meetings matched to the workspace's partners, with prep status and cadence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.calendar.cadence import ContactDue, contact_due
from assistant.calendar.demo import DEMO_CIO, demo_source
from assistant.calendar.events import CalendarSource
from assistant.calendar.ics import IcsSource
from assistant.calendar.matching import PartnerKey, match_meeting
from assistant.calendar.week import MeetingAhead, PrepStatus, PromiseDue, WeekAhead
from assistant.errors import InputError
from assistant.services.perceptions import PerceptionsMixin
from assistant.store.access import Actor, require_owner
from assistant.store.models import Note, Partner, PlanRecord, User, Workspace

MAX_DAYS = 31


class CalendarMixin(PerceptionsMixin):
    @staticmethod
    def calendar_from_path(path: Path) -> IcsSource:
        """An .ics file or a folder of them; InputError naming what cannot be read."""
        return IcsSource.from_path(path)

    @staticmethod
    def calendar_from_upload(files: list[tuple[str, bytes]]) -> IcsSource:
        """Uploaded .ics files (name, bytes), checked now."""
        return IcsSource.from_upload(files)

    def has_demo_calendar(self, actor: Actor, workspace_id: int) -> bool:
        """Whether the workspace is the demo CIO's, whose week ahead comes from the demo calendar."""
        with self._sessions() as s:
            return _is_demo(s, require_owner(s, actor, workspace_id))

    def calendar_actor(self, workspace_id: int | None) -> tuple[Actor, int]:
        """The owner of a workspace (the demo workspace when None), for the command line run on the server."""
        with self._sessions() as s:
            if workspace_id is None:
                demo = s.scalar(select(User).where(User.username == DEMO_CIO))
                ws = s.scalar(select(Workspace).where(Workspace.owner_id == demo.id).order_by(Workspace.id)) if demo else None
                if ws is None:
                    raise InputError("There is no demo workspace; give --workspace ID (or run `coach demo` first).")
            else:
                ws = s.get(Workspace, workspace_id)
                if ws is None:
                    raise InputError(f"There is no workspace {workspace_id}.")
            owner = s.get_one(User, ws.owner_id)
            return Actor(owner.id, owner.role, owner.display_name), ws.id

    def week_ahead(self, actor: Actor, workspace_id: int, source: CalendarSource | None = None, days: int = 7,
                   first_day: dt.date | None = None, zone: dt.tzinfo | None = None) -> WeekAhead:
        """Meetings from `first_day` (today) for `days` days, each with its partner and prep status; partners due for contact.

        With no source, the demo workspace reads the demo calendar; any other workspace needs one.
        """
        if not 1 <= days <= MAX_DAYS:
            raise InputError(f"Days must be between 1 and {MAX_DAYS}; got {days}.")
        first = first_day or self.today()
        zone = zone or dt.datetime.now().astimezone().tzinfo
        lo = dt.datetime.combine(first, dt.time(), zone)
        with self._sessions() as s:
            ws = require_owner(s, actor, workspace_id)
            if source is None:
                if not _is_demo(s, ws):
                    raise InputError("No calendar given. Upload an .ics export of your calendar (or a folder of them).")
                source = demo_source()
            read = source.read(lo, lo + dt.timedelta(days=days))
            partners = list(s.scalars(select(Partner).where(Partner.workspace_id == workspace_id).order_by(Partner.name)))
            keys = [PartnerKey(p.id, p.name, p.email or "") for p in partners]
            meetings = []
            for meeting in read.meetings:
                match = match_meeting(meeting, keys)
                prep = self._prep(s, workspace_id, match.partner_id, meeting.day()) if match.partner_id else None
                meetings.append(MeetingAhead(meeting, match, prep))
            due = self._due(s, partners, meetings, first)
        return WeekAhead(workspace_id, first, first + dt.timedelta(days=days - 1), source.name, meetings, due, read.warnings)

    def _prep(self, s: Session, workspace_id: int, partner_id: int, day: dt.date) -> PrepStatus:
        noted = s.scalar(select(func.max(Note.updated_at)).where(Note.partner_id == partner_id))
        last_note = s.scalar(select(func.max(Note.date)).where(Note.partner_id == partner_id))
        plan = s.scalars(select(PlanRecord).where(PlanRecord.partner_id == partner_id).order_by(PlanRecord.created_at.desc(), PlanRecord.id.desc())).first()
        ready = plan is not None and (noted is None or max(plan.created_at, plan.updated_at) >= noted)
        promises = tuple(
            PromiseDue(c.id, c.what, c.owner, c.due) for c in self._commitment_rows(s, workspace_id, partner_id)
            if c.status == "open" and c.due is not None and c.due <= day
        )
        return PrepStatus(ready, plan.id if plan else None, last_note, promises)

    def _due(self, s: Session, partners: list[Partner], meetings: list[MeetingAhead], today: dt.date) -> list[ContactDue]:
        booked: dict[int, dt.date] = {}
        for m in meetings:
            if m.match.partner_id is not None:
                booked.setdefault(m.match.partner_id, m.meeting.day())
        due = []
        for p in partners:
            last = s.scalar(select(func.max(Note.date)).where(Note.partner_id == p.id, Note.date <= today))
            entry = contact_due(p.id, p.name, p.power, p.interest, last, today, booked.get(p.id))
            if entry is not None:
                due.append(entry)
        return sorted(due, key=lambda d: (d.days_since is not None, -(d.days_since or 0) + d.cadence_days, d.partner))


def _is_demo(s: Session, ws: Workspace) -> bool:
    owner = s.get(User, ws.owner_id)
    return owner is not None and owner.username == DEMO_CIO
