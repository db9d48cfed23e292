"""The organisation's value statement and the meeting plans built on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import InputError
from assistant.planning.plan_checks import plan_sentences
from assistant.planning.planner import DEFAULT_PURPOSE, LedgerItem, PlanInput
from assistant.records import CommitmentInfo, PlanEntry, StatementVersion, from_row
from assistant.schema import FollowUp, Plan
from assistant.services.base import note_texts
from assistant.services.perceptions import PerceptionsMixin
from assistant.store.access import Actor, owned_record, require_owner
from assistant.store.models import Commitment, PlanRecord, ValueStatement


class PlansMixin(PerceptionsMixin):
    # -- value statement ------------------------------------------------
    def _statement_rows(self, s: Session, workspace_id: int) -> list[ValueStatement]:
        query = select(ValueStatement).where(ValueStatement.workspace_id == workspace_id)
        return list(s.scalars(query.order_by(ValueStatement.version.desc())))

    def value_statement(self, actor: Actor, workspace_id: int) -> StatementVersion | None:
        versions = self.value_statement_versions(actor, workspace_id)
        return versions[0] if versions else None

    def value_statement_versions(self, actor: Actor, workspace_id: int) -> list[StatementVersion]:
        """Newest first."""
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            return [from_row(StatementVersion, v) for v in self._statement_rows(s, workspace_id)]

    def set_value_statement(self, actor: Actor, workspace_id: int, text: str) -> StatementVersion:
        text = (text or "").strip()
        if not 10 <= len(text) <= 2000:
            raise InputError("A value statement is one paragraph: between 10 and 2,000 characters.")
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            latest = self._statement_rows(s, workspace_id)
            row = ValueStatement(workspace_id=workspace_id, version=(latest[0].version if latest else 0) + 1, text=text)
            s.add(row)
            s.commit()
            return from_row(StatementVersion, row)

    # -- plans ----------------------------------------------------------
    def _plan_input(self, s: Session, actor: Actor, workspace_id: int, partner_id: int, purpose: str, meeting: dt.date | None = None) -> PlanInput:
        """Everything the planner reads, from one session, with one access check."""
        purpose = (purpose or DEFAULT_PURPOSE).strip()[:500] or DEFAULT_PURPOSE
        partner = self._partner_row(s, actor, workspace_id, partner_id)
        statements = self._statement_rows(s, workspace_id)
        commitments = self._commitment_rows(s, workspace_id, partner_id)
        return PlanInput(
            partner=partner.name, role=partner.role, function=partner.function,
            notes=[t for n in self._note_rows(s, partner_id) for t in note_texts(n)],
            assessment=self._current(s, workspace_id, partner), purpose=purpose,
            value_statement=statements[0].text if statements else "",
            ledger=[LedgerItem(c.what, c.owner, c.due, c.status, c.delivered_on, c.how) for c in commitments], today=self.today(),
            other_plan_sentences=self._other_plan_sentences(s, workspace_id, partner_id), meeting=meeting,
        )

    def _other_plan_sentences(self, s: Session, workspace_id: int, partner_id: int) -> list[str]:
        """Sentences of the latest plan for every other partner in the workspace (the plan checks refuse repeats)."""
        query = select(PlanRecord).where(PlanRecord.workspace_id == workspace_id, PlanRecord.partner_id != partner_id)
        latest = {row.partner_id: row for row in s.scalars(query.order_by(PlanRecord.id))}
        return [sentence for row in latest.values() for sentence in plan_sentences(Plan.model_validate(row.payload))]

    def _store_plan(self, s: Session, workspace_id: int, partner_id: int, plan: Plan) -> int:
        row = PlanRecord(workspace_id=workspace_id, partner_id=partner_id, purpose=plan.purpose, engine=plan.engine, payload=plan.model_dump(mode="json"))
        s.add(row)
        s.commit()
        return row.id

    def plan(self, actor: Actor, workspace_id: int, partner_id: int, purpose: str = DEFAULT_PURPOSE, meeting: dt.date | None = None) -> tuple[int, Plan]:
        """A conversation plan for the next meeting (on `meeting`, where given), stored as a draft: (plan id, plan)."""
        with self._sessions() as s:
            plan = self.engine.plan(self._plan_input(s, actor, workspace_id, partner_id, purpose, meeting))
            return self._store_plan(s, workspace_id, partner_id, plan), plan

    def plan_stream(self, actor: Actor, workspace_id: int, partner_id: int, purpose: str = DEFAULT_PURPOSE,
                    meeting: dt.date | None = None) -> tuple[Iterator[str], Callable[[], tuple[int, Plan]]]:
        """The engine's text as it arrives (LLM engine), then the stored plan."""
        with self._sessions() as s:
            stream, final = self.engine.stream_plan(self._plan_input(s, actor, workspace_id, partner_id, purpose, meeting))

        def finish() -> tuple[int, Plan]:
            plan = final()
            with self._sessions() as s:
                return self._store_plan(s, workspace_id, partner_id, plan), plan

        return stream, finish

    def plans(self, actor: Actor, workspace_id: int, partner_id: int | None = None) -> list[PlanEntry]:
        """Newest first."""
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, partner_id)
            query = select(PlanRecord).where(PlanRecord.workspace_id == workspace_id)
            if partner_id is not None:
                query = query.where(PlanRecord.partner_id == partner_id)
            return [from_row(PlanEntry, p) for p in s.scalars(query.order_by(PlanRecord.created_at.desc(), PlanRecord.id.desc()))]

    def stored_plan(self, actor: Actor, workspace_id: int, plan_id: int) -> PlanEntry:
        with self._sessions() as s:
            return from_row(PlanEntry, self._plan_row(s, actor, workspace_id, plan_id))

    def save_plan(self, actor: Actor, workspace_id: int, plan_id: int, plan: Plan) -> None:
        with self._sessions() as s:
            row = self._plan_row(s, actor, workspace_id, plan_id)
            row.payload = plan.model_dump(mode="json")
            s.commit()

    def _plan_row(self, s: Session, actor: Actor, workspace_id: int, plan_id: int) -> PlanRecord:
        return owned_record(s, actor, workspace_id, PlanRecord, plan_id, "plan")

    def accept_followups(self, actor: Actor, workspace_id: int, plan_id: int, followups: list[FollowUp] | None = None) -> list[CommitmentInfo]:
        """Put the plan's follow-ups (or the given ones) into the promise ledger, once."""
        with self._sessions() as s:
            row = self._plan_row(s, actor, workspace_id, plan_id)
            if row.accepted:
                raise InputError("This plan's follow-ups are already in the promise ledger.")
            row.accepted = True
            items = followups if followups is not None else Plan.model_validate(row.payload).followups
            created = [
                Commitment(workspace_id=workspace_id, partner_id=row.partner_id, what=f.what, owner=f.owner,
                           due=dt.date.fromisoformat(f.due) if f.due else None, source="plan")
                for f in items
            ]
            s.add_all(created)
            s.commit()
            return [from_row(CommitmentInfo, c) for c in created]
