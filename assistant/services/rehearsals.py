"""Rehearsals saved per partner, with access checks: transcript and debrief in one record.

Every function takes the acting user and checks, through `require_owner`, that
they own the workspace and that the partner (or plan) belongs to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant.conversation.rehearsal import (
    DEFAULT_TURNS,
    ChatFn,
    Debrief,
    RehearsalSession,
    chat_from_engine,
    start_rehearsal,
)
from assistant.errors import NotFoundError
from assistant.schema import FollowUp, Plan
from assistant.services.coach import CoachService, note_text
from assistant.store.access import Actor, require_owner
from assistant.store.models import RehearsalRecord, Stakeholder


@dataclass
class RehearsalSummary:
    id: int
    stakeholder_id: int
    created_at: dt.datetime
    overall: float
    engine: str
    replies: int


def _partner(s: Session, actor: Actor, workspace_id: int, stakeholder_id: int) -> Stakeholder:
    require_owner(s, actor, workspace_id)
    row = s.get(Stakeholder, stakeholder_id)
    if row is None or row.workspace_id != workspace_id:
        raise NotFoundError("That partner does not exist in this workspace.")
    return row


def save_rehearsal(
    sessions: sessionmaker, actor: Actor, workspace_id: int, stakeholder_id: int, session: RehearsalSession, result: Debrief,
    when: dt.datetime | None = None,
) -> int:
    """Store the transcript and its debrief; returns the record id."""
    with sessions() as s:
        _partner(s, actor, workspace_id, stakeholder_id)
        payload = {"session": session.model_dump(mode="json"), "debrief": result.model_dump(mode="json")}
        row = RehearsalRecord(workspace_id=workspace_id, stakeholder_id=stakeholder_id, engine=result.engine, payload=payload, overall=float(result.overall))
        if when is not None:
            row.created_at = when
        s.add(row)
        s.commit()
        return row.id


def list_rehearsals(sessions: sessionmaker, actor: Actor, workspace_id: int, stakeholder_id: int) -> list[RehearsalSummary]:
    """The partner's rehearsals, oldest first."""
    with sessions() as s:
        _partner(s, actor, workspace_id, stakeholder_id)
        rows = s.scalars(select(RehearsalRecord).where(RehearsalRecord.stakeholder_id == stakeholder_id).order_by(RehearsalRecord.created_at, RehearsalRecord.id))
        return [
            RehearsalSummary(r.id, r.stakeholder_id, r.created_at, r.overall, r.engine, len(r.payload.get("debrief", {}).get("rows", [])))
            for r in rows
        ]


def load_rehearsal(sessions: sessionmaker, actor: Actor, workspace_id: int, rehearsal_id: int) -> tuple[RehearsalSession, Debrief]:
    with sessions() as s:
        require_owner(s, actor, workspace_id)
        row = s.get(RehearsalRecord, rehearsal_id)
        if row is None or row.workspace_id != workspace_id:
            raise NotFoundError("That rehearsal does not exist in this workspace.")
        return RehearsalSession.model_validate(row.payload["session"]), Debrief.model_validate(row.payload["debrief"])


def score_history(sessions: sessionmaker, actor: Actor, workspace_id: int, stakeholder_id: int) -> list[tuple[dt.date, float]]:
    """(date, overall 0-100) per saved rehearsal, oldest first: the partner page's scores over time."""
    return [(r.created_at.date(), r.overall) for r in list_rehearsals(sessions, actor, workspace_id, stakeholder_id)]


def rehearsal_for_partner(
    service: CoachService, actor: Actor, workspace_id: int, stakeholder_id: int, plan_id: int | None = None,
    max_turns: int = DEFAULT_TURNS, chat: ChatFn | None = None,
) -> RehearsalSession:
    """Start a rehearsal with a stored partner: their notes, latest assessment, the value statement and, if given, the plan."""
    partner = service.stakeholder(actor, workspace_id, stakeholder_id)
    notes = [note_text(n) for n in service.notes(actor, workspace_id, stakeholder_id)]
    assessment = service.latest_assessment(actor, workspace_id, stakeholder_id) or service.engine.assess(notes, stakeholder=partner.name)
    statement = service.value_statement(actor, workspace_id)
    plan = None
    if plan_id is not None:
        record = next((p for p in service.plans(actor, workspace_id, stakeholder_id) if p.id == plan_id), None)
        if record is None:
            raise NotFoundError("That plan does not exist for this partner.")
        plan = Plan.model_validate(record.payload)
    chat = chat or chat_from_engine(service.engine)
    return start_rehearsal(
        partner.name, notes, assessment, role=partner.role, function=partner.function, plan=plan,
        value_statement=statement.text if statement else "", max_turns=max_turns, engine="llm" if chat else "offline",
        today=service.today(), chat=chat,
    )


def add_followups_to_plan(service: CoachService, actor: Actor, workspace_id: int, plan_id: int, followups: list[FollowUp]) -> Plan:
    """Append the rehearsal's commitments to a plan's follow-ups (once each) and save the plan."""
    record = next((p for p in service.plans(actor, workspace_id) if p.id == plan_id), None)
    if record is None:
        raise NotFoundError("That plan does not exist in this workspace.")
    plan = Plan.model_validate(record.payload)
    added = [f for f in followups if f not in plan.followups]
    plan = plan.model_copy(update={"followups": plan.followups + added})
    service.save_plan(actor, workspace_id, plan_id, plan)
    return plan
