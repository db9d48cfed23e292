"""Rehearsals with a stored partner: start, reply, debrief, save; transcript and debrief in one record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from assistant.conversation.rehearsal import (
    DEFAULT_TURNS,
    ChatFn,
    Debrief,
    RehearsalSession,
    Turn,
    debrief,
    partner_reply,
    start_rehearsal,
)
from assistant.errors import NotFoundError
from assistant.schema import FollowUp, Plan
from assistant.services.base import note_texts
from assistant.services.plans import PlansMixin
from assistant.store.access import Actor, owned_record
from assistant.store.models import RehearsalRecord


@dataclass(frozen=True)
class RehearsalSummary:
    id: int
    partner_id: int
    created_at: dt.datetime
    overall: float
    engine: str
    replies: int


class RehearsalsMixin(PlansMixin):
    def _chat(self, chat: ChatFn | None) -> ChatFn | None:
        return chat if chat is not None else self.engine.chat_fn()

    def start_rehearsal(
        self, actor: Actor, workspace_id: int, partner_id: int, plan_id: int | None = None,
        max_turns: int = DEFAULT_TURNS, chat: ChatFn | None = None,
    ) -> RehearsalSession:
        """A rehearsal with a stored partner: their notes, current assessment, the value statement and, if given, the plan."""
        with self._sessions() as s:
            partner = self._partner_row(s, actor, workspace_id, partner_id)
            notes = [t for n in self._note_rows(s, partner_id) for t in note_texts(n)]
            assessment = self._current(s, workspace_id, partner)
            statements = self._statement_rows(s, workspace_id)
            plan = None
            if plan_id is not None:
                record = self._plan_row(s, actor, workspace_id, plan_id)
                if record.partner_id != partner_id:
                    raise NotFoundError("That plan does not exist for this partner.")
                plan = Plan.model_validate(record.payload)
            name, role, function = partner.name, partner.role, partner.function
        chat = self._chat(chat)
        return start_rehearsal(
            name, notes, assessment, role=role, function=function, plan=plan,
            value_statement=statements[0].text if statements else "", max_turns=max_turns,
            engine="llm" if chat else "offline", today=self.today(), chat=chat, embed=self.engine.embed,
        )

    def rehearsal_reply(self, session: RehearsalSession, cio_text: str, chat: ChatFn | None = None) -> Turn:
        """The partner's answer to the CIO's reply (the session object is updated)."""
        return partner_reply(session, cio_text, embed=self.engine.embed, chat=self._chat(chat))

    def rehearsal_debrief(self, session: RehearsalSession, chat: ChatFn | None = None) -> Debrief:
        return debrief(session, embed=self.engine.embed, chat=self._chat(chat))

    def save_rehearsal(
        self, actor: Actor, workspace_id: int, partner_id: int, session: RehearsalSession, result: Debrief,
        when: dt.datetime | None = None,
    ) -> int:
        """Store the transcript and its debrief; returns the record id."""
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            payload = {"session": session.model_dump(mode="json"), "debrief": result.model_dump(mode="json")}
            row = RehearsalRecord(workspace_id=workspace_id, partner_id=partner_id, engine=result.engine, payload=payload, overall=float(result.overall))
            if when is not None:
                row.created_at = when
            s.add(row)
            s.commit()
            return row.id

    def rehearsals(self, actor: Actor, workspace_id: int, partner_id: int) -> list[RehearsalSummary]:
        """The partner's rehearsals, oldest first."""
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            query = select(RehearsalRecord).where(RehearsalRecord.partner_id == partner_id)
            rows = s.scalars(query.order_by(RehearsalRecord.created_at, RehearsalRecord.id))
            return [
                RehearsalSummary(r.id, r.partner_id, r.created_at, r.overall, r.engine, len(r.payload.get("debrief", {}).get("rows", [])))
                for r in rows
            ]

    def load_rehearsal(self, actor: Actor, workspace_id: int, rehearsal_id: int) -> tuple[RehearsalSession, Debrief]:
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, RehearsalRecord, rehearsal_id, "rehearsal")
            return RehearsalSession.model_validate(row.payload["session"]), Debrief.model_validate(row.payload["debrief"])

    def rehearsal_scores(self, actor: Actor, workspace_id: int, partner_id: int) -> list[tuple[dt.date, float]]:
        """(date, overall 0-100) per saved rehearsal, oldest first: the partner page's scores over time."""
        return [(r.created_at.date(), r.overall) for r in self.rehearsals(actor, workspace_id, partner_id)]

    def add_followups_to_plan(self, actor: Actor, workspace_id: int, plan_id: int, followups: list[FollowUp]) -> Plan:
        """Append the rehearsal's commitments to a plan's follow-ups (once each) and save the plan."""
        with self._sessions() as s:
            row = self._plan_row(s, actor, workspace_id, plan_id)
            plan = Plan.model_validate(row.payload)
            added = [f for f in followups if f not in plan.followups]
            plan = plan.model_copy(update={"followups": plan.followups + added})
            row.payload = plan.model_dump(mode="json")
            s.commit()
            return plan
