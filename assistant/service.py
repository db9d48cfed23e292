"""Workspace operations: notes, assessments, the promise ledger, plans and chat.

Every public method takes the acting user and checks access in the core. The
database is the source of truth: a note is committed before it is indexed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from assistant.access import Actor, owned_record, require_owner
from assistant.assessment import LedgerSignal
from assistant.chat import Answer, validate_question
from assistant.db import (
    AssessmentRecord,
    AuditEntry,
    ChatMessage,
    Commitment,
    Note,
    PlanRecord,
    Stakeholder,
    ValueStatement,
    Workspace,
)
from assistant.engine import Engine
from assistant.errors import InputError, NotFoundError
from assistant.knowledge import split_words
from assistant.parsing import MAX_NOTE_CHARS
from assistant.planner import DEFAULT_PURPOSE, LedgerItem, PlanInput
from assistant.schema import Assessment, FollowUp, Hit, NoteText, Plan
from assistant.text import clean_text
from assistant.vectorstore import KNOWLEDGE_COLLECTION, VectorIndex, notes_collection_name

NOTE_KINDS = ("meeting", "email", "hallway", "call", "other")
_PROMISE = re.compile(r"\b(?:we|i|my team)\s+(?:will|'ll|shall)\s+(?P<what>[^.;\n]{5,160}?)\s+by\s+(?P<due>\d{4}-\d{2}-\d{2})", re.IGNORECASE)


@dataclass
class PortfolioRow:
    stakeholder_id: int
    name: str
    role: str
    function: str
    dependence: str
    competence: str
    quadrant: str
    confidence: float
    last_contact: dt.date | None
    open_promises: int
    overdue_promises: int
    attention: str


def note_text(note: Note) -> NoteText:
    return NoteText(ref=note.date.isoformat() if note.date else f"note {note.id}", date=note.date, kind=note.kind, title=note.title, text=note.text, note_id=note.id)


class CoachService:
    def __init__(self, sessions: sessionmaker, index: VectorIndex, engine: Engine, today: dt.date | None = None):
        self._sessions = sessions
        self.index = index
        self.engine = engine
        self._today = today

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- workspaces and stakeholders ------------------------------------
    def workspaces(self, actor: Actor) -> list[Workspace]:
        with self._sessions() as s:
            return list(s.scalars(select(Workspace).where(Workspace.owner_id == actor.user_id).order_by(Workspace.id)))

    def create_workspace(self, actor: Actor, name: str, organisation: str = "") -> Workspace:
        if actor.role != "cio":
            raise InputError("Only a CIO account owns a workspace.")
        with self._sessions() as s:
            ws = Workspace(name=name.strip() or "My workspace", organisation=organisation, owner_id=actor.user_id)
            s.add(ws)
            s.commit()
            return ws

    def stakeholders(self, actor: Actor, workspace_id: int) -> list[Stakeholder]:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            return list(s.scalars(select(Stakeholder).where(Stakeholder.workspace_id == workspace_id).order_by(Stakeholder.name)))

    def stakeholder(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> Stakeholder:
        with self._sessions() as s:
            return self._stakeholder(s, actor, workspace_id, stakeholder_id)

    def _stakeholder(self, s: Session, actor: Actor, workspace_id: int, stakeholder_id: int) -> Stakeholder:
        return owned_record(s, actor, workspace_id, Stakeholder, stakeholder_id, "partner")

    def _scope(self, s: Session, actor: Actor, workspace_id: int, stakeholder_id: int | None) -> None:
        """Both id arguments at once: the workspace is the actor's, and the partner, when given, is in it."""
        if stakeholder_id is None:
            require_owner(s, actor, workspace_id)
        else:
            self._stakeholder(s, actor, workspace_id, stakeholder_id)

    def add_stakeholder(self, actor: Actor, workspace_id: int, name: str, role: str = "", function: str = "", power: str | None = None, interest: str | None = None) -> Stakeholder:
        if any(ord(c) < 32 for c in name or ""):
            raise InputError("A partner's name cannot contain control characters or line breaks.")
        name = clean_text(name).strip()
        if not name or len(name) > 200:
            raise InputError("A partner needs a name of 1 to 200 printable characters.")
        for label, value in (("power", power), ("interest", interest)):
            if value is not None and value not in ("high", "medium", "low"):
                raise InputError(f"{label.capitalize()} must be high, medium or low.")
        role, function = clean_text(role), clean_text(function)
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            row = Stakeholder(workspace_id=workspace_id, name=name, role=role.strip()[:200], function=function.strip()[:80], power=power, interest=interest)
            s.add(row)
            s.commit()
            return row

    def delete_stakeholder(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> None:
        """Removes the partner with their notes, assessments, ledger and vectors."""
        with self._sessions() as s:
            row = self._stakeholder(s, actor, workspace_id, stakeholder_id)
            s.delete(row)
            s.add(AuditEntry(user_id=actor.user_id, action="delete_stakeholder", target=f"stakeholder:{stakeholder_id}"))
            s.commit()
        self.index.delete(notes_collection_name(workspace_id), where={"stakeholder_id": stakeholder_id})

    # -- notes ----------------------------------------------------------
    def add_note(self, actor: Actor, workspace_id: int, stakeholder_id: int, text: str, date: dt.date | None = None, kind: str = "other", title: str = "", filename: str | None = None) -> Note:
        text = _validate_note(text)
        kind = kind if kind in NOTE_KINDS else "other"
        with self._sessions() as s:
            self._stakeholder(s, actor, workspace_id, stakeholder_id)
            note = Note(workspace_id=workspace_id, stakeholder_id=stakeholder_id, date=date or self.today(), kind=kind, title=clean_text(title).strip()[:300], text=text, filename=clean_text(filename)[:300] or None)
            s.add(note)
            s.commit()
        self._index_note(note)
        return note

    def update_note(self, actor: Actor, workspace_id: int, note_id: int, text: str, date: dt.date | None = None, kind: str | None = None, title: str | None = None) -> Note:
        text = _validate_note(text)
        with self._sessions() as s:
            note = self._note(s, actor, workspace_id, note_id)
            note.text = text
            if date:
                note.date = date
            if kind in NOTE_KINDS:
                note.kind = kind
            if title is not None:
                note.title = clean_text(title).strip()[:300]
            s.commit()
        self._index_note(note)
        return note

    def delete_note(self, actor: Actor, workspace_id: int, note_id: int) -> None:
        with self._sessions() as s:
            note = self._note(s, actor, workspace_id, note_id)
            s.delete(note)
            s.commit()
        self.index.delete(notes_collection_name(workspace_id), where={"note_id": note_id})

    def notes(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> list[Note]:
        with self._sessions() as s:
            self._stakeholder(s, actor, workspace_id, stakeholder_id)
            return list(s.scalars(select(Note).where(Note.stakeholder_id == stakeholder_id).order_by(Note.date, Note.id)))

    def _note(self, s: Session, actor: Actor, workspace_id: int, note_id: int) -> Note:
        return owned_record(s, actor, workspace_id, Note, note_id, "note")

    def index_note(self, note: Note) -> None:
        """(Re)index one note's chunks; the database row is the source."""
        self._index_note(note)

    def _index_note(self, note: Note) -> None:
        name = notes_collection_name(note.workspace_id)
        self.index.delete(name, where={"note_id": note.id})
        pieces = split_words(note.text)
        self.index.upsert(
            name,
            [f"note-{note.id}-{i}" for i in range(len(pieces))],
            pieces,
            [
                {"kind": "note", "note_id": note.id, "stakeholder_id": note.stakeholder_id, "date": note.date.isoformat() if note.date else "", "ref": note.date.isoformat() if note.date else f"note {note.id}", "title": note.title or "note"}
                for _ in pieces
            ],
        )

    def reindex_workspace(self, workspace_id: int) -> tuple[int, int]:
        """Rebuild a workspace's note vectors from the database: (notes, chunks)."""
        name = notes_collection_name(workspace_id)
        self.index.drop(name)
        with self._sessions() as s:
            notes = list(s.scalars(select(Note).where(Note.workspace_id == workspace_id)))
        for note in notes:
            self._index_note(note)
        return len(notes), self.index.count(name)

    # -- assessment -----------------------------------------------------
    def ledger(self, actor: Actor, workspace_id: int, stakeholder_id: int | None = None) -> list[Commitment]:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, stakeholder_id)
            query = select(Commitment).where(Commitment.workspace_id == workspace_id)
            if stakeholder_id is not None:
                query = query.where(Commitment.stakeholder_id == stakeholder_id)
            return list(s.scalars(query.order_by(Commitment.due)))

    def _ledger_signal(self, commitments: list[Commitment]) -> LedgerSignal:
        today = self.today()
        kept = sum(1 for c in commitments if c.status == "kept")
        bad = sum(1 for c in commitments if c.status == "missed" or (c.status == "open" and c.due and c.due < today))
        return LedgerSignal(kept=kept, missed_or_overdue=bad)

    def assess(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> Assessment:
        partner = self.stakeholder(actor, workspace_id, stakeholder_id)
        notes = [note_text(n) for n in self.notes(actor, workspace_id, stakeholder_id)]
        ledger = self.ledger(actor, workspace_id, stakeholder_id)
        result = self.engine.assess(notes, stakeholder=partner.name, ledger=self._ledger_signal(ledger))
        with self._sessions() as s:
            s.add(AssessmentRecord(
                workspace_id=workspace_id, stakeholder_id=stakeholder_id, engine=result.engine,
                as_of=max((n.date for n in notes if n.date), default=None), dependence=result.dependence,
                competence=result.competence, quadrant=result.quadrant, confidence=result.confidence,
                payload=result.model_dump(mode="json"),
            ))
            s.commit()
        return result

    def override(self, actor: Actor, workspace_id: int, stakeholder_id: int, dependence: str, competence: str, reason: str) -> Assessment:
        from assistant.schema import quadrant_for

        if not reason.strip():
            raise InputError("Say why you override the assessment; the reason is kept in the history.")
        if dependence not in ("T", "I", "BT", "unknown") or competence not in ("doubted", "proven", "unknown"):
            raise InputError("Dependence must be T, I, BT or unknown; competence doubted, proven or unknown.")
        current = self.latest_assessment(actor, workspace_id, stakeholder_id) or self.assess(actor, workspace_id, stakeholder_id)
        updated = current.model_copy(update={"dependence": dependence, "competence": competence, "quadrant": quadrant_for(dependence, competence), "engine": f"override by {actor.name or 'CIO'}", "explanation": f"Overridden by the CIO: {reason.strip()}"})
        with self._sessions() as s:
            s.add(AssessmentRecord(
                workspace_id=workspace_id, stakeholder_id=stakeholder_id, engine="override", as_of=self.today(),
                dependence=current.dependence, competence=current.competence, quadrant=updated.quadrant,
                confidence=current.confidence, payload=updated.model_dump(mode="json"),
                override_dependence=dependence, override_competence=competence, override_reason=reason.strip(),
            ))
            s.commit()
        return updated

    def history(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> list[AssessmentRecord]:
        with self._sessions() as s:
            self._stakeholder(s, actor, workspace_id, stakeholder_id)
            return list(s.scalars(select(AssessmentRecord).where(AssessmentRecord.stakeholder_id == stakeholder_id).order_by(AssessmentRecord.created_at, AssessmentRecord.id)))

    def latest_assessment(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> Assessment | None:
        records = self.history(actor, workspace_id, stakeholder_id)
        return Assessment.model_validate(records[-1].payload) if records else None

    def perception_trail(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> list[dict[str, object]]:
        """A dated series per partner: the assessment as of each note date (for the map's trail)."""
        partner = self.stakeholder(actor, workspace_id, stakeholder_id)
        notes = [note_text(n) for n in self.notes(actor, workspace_id, stakeholder_id)]
        dates = sorted({n.date for n in notes if n.date})
        points: list[dict[str, object]] = []
        for day in dates:
            subset = [n for n in notes if n.date and n.date <= day]
            a = self.engine.assess(subset, stakeholder=partner.name)
            points.append({"date": day.isoformat(), "dependence": a.dependence, "competence": a.competence, "quadrant": a.quadrant, "scores": a.scores})
        return points

    # -- promise ledger -------------------------------------------------
    def add_commitment(self, actor: Actor, workspace_id: int, stakeholder_id: int, what: str, owner: str, due: dt.date | None, source: str = "manual") -> Commitment:
        if not what.strip() or not owner.strip():
            raise InputError("A commitment needs what was promised and who owns it.")
        with self._sessions() as s:
            self._stakeholder(s, actor, workspace_id, stakeholder_id)
            row = Commitment(workspace_id=workspace_id, stakeholder_id=stakeholder_id, what=what.strip(), owner=owner.strip(), due=due, source=source)
            s.add(row)
            s.commit()
            return row

    def set_commitment_status(self, actor: Actor, workspace_id: int, commitment_id: int, status: str, how: str | None = None, delivered_on: dt.date | None = None) -> Commitment:
        if status not in ("open", "kept", "missed", "dropped"):
            raise InputError("Status must be open, kept, missed or dropped.")
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, Commitment, commitment_id, "commitment")
            row.status = status
            row.how = how or row.how
            row.delivered_on = delivered_on or (self.today() if status == "kept" else row.delivered_on)
            s.commit()
            return row

    def suggest_commitments(self, actor: Actor, workspace_id: int, stakeholder_id: int) -> list[tuple[str, dt.date, str]]:
        """Promises written in notes ('we will ... by 2026-12-01'): (what, due, note ref)."""
        out = []
        for note in self.notes(actor, workspace_id, stakeholder_id):
            for match in _PROMISE.finditer(note.text):
                try:
                    out.append((match.group("what").strip(), dt.date.fromisoformat(match.group("due")), note_text(note).ref))
                except ValueError:
                    continue
        return out

    # -- plans ----------------------------------------------------------
    def value_statement(self, actor: Actor, workspace_id: int) -> ValueStatement | None:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            return s.scalar(select(ValueStatement).where(ValueStatement.workspace_id == workspace_id).order_by(ValueStatement.version.desc()))

    def value_statement_versions(self, actor: Actor, workspace_id: int) -> list[ValueStatement]:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            return list(s.scalars(select(ValueStatement).where(ValueStatement.workspace_id == workspace_id).order_by(ValueStatement.version.desc())))

    def set_value_statement(self, actor: Actor, workspace_id: int, text: str) -> ValueStatement:
        text = (text or "").strip()
        if not 10 <= len(text) <= 2000:
            raise InputError("A value statement is one paragraph: between 10 and 2,000 characters.")
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            latest = s.scalar(select(ValueStatement.version).where(ValueStatement.workspace_id == workspace_id).order_by(ValueStatement.version.desc()))
            row = ValueStatement(workspace_id=workspace_id, version=(latest or 0) + 1, text=text)
            s.add(row)
            s.commit()
            return row

    def _plan_input(self, actor: Actor, workspace_id: int, stakeholder_id: int, purpose: str) -> PlanInput:
        purpose = (purpose or DEFAULT_PURPOSE).strip()[:500] or DEFAULT_PURPOSE
        partner = self.stakeholder(actor, workspace_id, stakeholder_id)
        notes = [note_text(n) for n in self.notes(actor, workspace_id, stakeholder_id)]
        commitments = self.ledger(actor, workspace_id, stakeholder_id)
        assessment = self.assess(actor, workspace_id, stakeholder_id)
        statement = self.value_statement(actor, workspace_id)
        return PlanInput(
            stakeholder=partner.name, role=partner.role, function=partner.function, notes=notes, assessment=assessment,
            purpose=purpose, value_statement=statement.text if statement else "",
            ledger=[LedgerItem(c.what, c.owner, c.due, c.status, c.delivered_on, c.how) for c in commitments], today=self.today(),
        )

    def _store_plan(self, workspace_id: int, stakeholder_id: int, plan: Plan) -> int:
        with self._sessions() as s:
            row = PlanRecord(workspace_id=workspace_id, stakeholder_id=stakeholder_id, purpose=plan.purpose, engine=plan.engine, payload=plan.model_dump(mode="json"))
            s.add(row)
            s.commit()
            return row.id

    def plan(self, actor: Actor, workspace_id: int, stakeholder_id: int, purpose: str = DEFAULT_PURPOSE) -> tuple[int, Plan]:
        plan = self.engine.plan(self._plan_input(actor, workspace_id, stakeholder_id, purpose))
        return self._store_plan(workspace_id, stakeholder_id, plan), plan

    def plan_stream(self, actor: Actor, workspace_id: int, stakeholder_id: int, purpose: str = DEFAULT_PURPOSE) -> tuple[Iterator[str], Callable[[], tuple[int, Plan]]]:
        """The engine's text as it arrives (LLM engine), then the stored plan."""
        stream, final = self.engine.stream_plan(self._plan_input(actor, workspace_id, stakeholder_id, purpose))

        def finish() -> tuple[int, Plan]:
            plan = final()
            return self._store_plan(workspace_id, stakeholder_id, plan), plan

        return stream, finish

    def plans(self, actor: Actor, workspace_id: int, stakeholder_id: int | None = None) -> list[PlanRecord]:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, stakeholder_id)
            query = select(PlanRecord).where(PlanRecord.workspace_id == workspace_id)
            if stakeholder_id is not None:
                query = query.where(PlanRecord.stakeholder_id == stakeholder_id)
            return list(s.scalars(query.order_by(PlanRecord.created_at.desc())))

    def save_plan(self, actor: Actor, workspace_id: int, plan_id: int, plan: Plan) -> None:
        with self._sessions() as s:
            row = self._plan(s, actor, workspace_id, plan_id)
            row.payload = plan.model_dump(mode="json")
            s.commit()

    def _plan(self, s: Session, actor: Actor, workspace_id: int, plan_id: int) -> PlanRecord:
        return owned_record(s, actor, workspace_id, PlanRecord, plan_id, "plan")

    def accept_followups(self, actor: Actor, workspace_id: int, plan_id: int, followups: list[FollowUp] | None = None) -> list[Commitment]:
        with self._sessions() as s:
            row = self._plan(s, actor, workspace_id, plan_id)
            if row.accepted:
                raise InputError("This plan's follow-ups are already in the promise ledger.")
            plan = Plan.model_validate(row.payload)
            row.accepted = True
            items = followups if followups is not None else plan.followups
            created = []
            for f in items:
                due = dt.date.fromisoformat(f.due) if f.due else None
                c = Commitment(workspace_id=workspace_id, stakeholder_id=row.stakeholder_id, what=f.what, owner=f.owner, due=due, source="plan")
                s.add(c)
                created.append(c)
            s.commit()
            return created

    # -- chat -----------------------------------------------------------
    def retrieve(self, actor: Actor, workspace_id: int | None, question: str, stakeholder_id: int | None = None, k: int = 5) -> list[Hit]:
        hits = self.index.query(KNOWLEDGE_COLLECTION, question, k=k)
        if workspace_id is not None:
            with self._sessions() as s:
                self._scope(s, actor, workspace_id, stakeholder_id)
            where = {"stakeholder_id": stakeholder_id} if stakeholder_id else None
            hits += self.index.query(notes_collection_name(workspace_id), question, k=3, where=where)
        return sorted(hits, key=lambda h: h.score, reverse=True)

    def ask(self, actor: Actor, workspace_id: int, question: str, stakeholder_id: int | None = None) -> tuple[Answer, int]:
        question = validate_question(question)
        hits = self.retrieve(actor, workspace_id, question, stakeholder_id)
        answer = self.engine.answer(question, hits)
        message_id = self.record_exchange(actor, workspace_id, question, answer, stakeholder_id)
        return answer, message_id

    def record_exchange(self, actor: Actor, workspace_id: int, question: str, answer: Answer, stakeholder_id: int | None) -> int:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, stakeholder_id)
            s.add(ChatMessage(workspace_id=workspace_id, stakeholder_id=stakeholder_id, role="user", content=question))
            reply = ChatMessage(workspace_id=workspace_id, stakeholder_id=stakeholder_id, role="assistant", content=answer.text, sources=[x.model_dump() for x in answer.sources])
            s.add(reply)
            s.commit()
            return reply.id

    def chat_history(self, actor: Actor, workspace_id: int, stakeholder_id: int | None = None, search: str = "") -> list[ChatMessage]:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, stakeholder_id)
            query = select(ChatMessage).where(ChatMessage.workspace_id == workspace_id)
            query = query.where(ChatMessage.stakeholder_id == stakeholder_id) if stakeholder_id else query.where(ChatMessage.stakeholder_id.is_(None))
            if search.strip():
                query = query.where(ChatMessage.content.ilike(f"%{search.strip()}%"))
            return list(s.scalars(query.order_by(ChatMessage.id)))

    def give_feedback(self, actor: Actor, workspace_id: int, message_id: int, thumbs_up: bool, reason: str = "") -> None:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            row = s.get(ChatMessage, message_id)
            if row is None or row.workspace_id != workspace_id or row.role != "assistant":
                raise NotFoundError("That answer does not exist in this workspace.")
            row.feedback = 1 if thumbs_up else 0
            row.feedback_reason = reason.strip()[:2000] or None
            s.commit()

    # -- portfolio ------------------------------------------------------
    def portfolio(self, actor: Actor, workspace_id: int) -> list[PortfolioRow]:
        rows = []
        today = self.today()
        for partner in self.stakeholders(actor, workspace_id):
            latest = self.latest_assessment(actor, workspace_id, partner.id)
            notes = self.notes(actor, workspace_id, partner.id)
            ledger = self.ledger(actor, workspace_id, partner.id)
            open_ = [c for c in ledger if c.status == "open"]
            overdue = [c for c in open_ if c.due and c.due < today]
            last = max((n.date for n in notes if n.date), default=None)
            reasons = []
            if overdue:
                reasons.append(f"{len(overdue)} overdue promise(s)")
            if latest and latest.quadrant in ("bypass_risk", "cost_centre"):
                reasons.append("doubts our delivery")
            if latest is None or latest.quadrant == "unknown":
                reasons.append("perception unknown")
            if last is None or (today - last).days > 60:
                reasons.append("no contact for 60+ days")
            rows.append(PortfolioRow(
                partner.id, partner.name, partner.role, partner.function,
                latest.dependence if latest else "unknown", latest.competence if latest else "unknown",
                latest.quadrant if latest else "unknown", latest.confidence if latest else 0.0,
                last, len(open_), len(overdue), "; ".join(reasons),
            ))
        return rows

    def audit(self, actor: Actor, action: str, target: str, detail: str = "") -> None:
        with self._sessions() as s:
            s.add(AuditEntry(user_id=actor.user_id, action=action, target=target, detail=detail))
            s.commit()

    def purge_workspace_notes(self, workspace_id: int) -> None:
        with self._sessions() as s:
            s.execute(delete(Note).where(Note.workspace_id == workspace_id))
            s.commit()
        self.index.drop(notes_collection_name(workspace_id))


def _validate_note(text: str) -> str:
    text = clean_text(text).strip()
    if not text:
        raise InputError("The note is empty. Paste or upload the text of the meeting, e-mail or remark.")
    if len(text) > MAX_NOTE_CHARS:
        raise InputError(f"The note is {len(text):,} characters; the limit is {MAX_NOTE_CHARS:,}. Split it into several notes.")
    return text
