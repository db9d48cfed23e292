"""Assessments of a partner's perceptions, their history, and the promise ledger that feeds them."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import InputError
from assistant.perception.assessment import LedgerSignal
from assistant.records import AssessmentEntry, CommitmentInfo, from_row
from assistant.schema import Assessment, quadrant_for
from assistant.services.base import ServiceBase, note_texts
from assistant.store.access import Actor, owned_record
from assistant.store.models import AssessmentRecord, Commitment, Note, NoteReading, Partner
from assistant.text.dates import iso_day

_PROMISE = re.compile(r"\b(?:we|i|my team)\s+(?:will|'ll|shall)\s+(?P<what>[^.;\n]{5,160}?)\s+by\s+(?P<due>\d{4}-\d{2}-\d{2})", re.IGNORECASE)


class PerceptionsMixin(ServiceBase):
    # -- reading --------------------------------------------------------
    def _note_rows(self, s: Session, partner_id: int) -> list[Note]:
        return list(s.scalars(select(Note).where(Note.partner_id == partner_id).order_by(Note.date, Note.id)))

    def _commitment_rows(self, s: Session, workspace_id: int, partner_id: int | None) -> list[Commitment]:
        query = select(Commitment).where(Commitment.workspace_id == workspace_id)
        if partner_id is not None:
            query = query.where(Commitment.partner_id == partner_id)
        return list(s.scalars(query.order_by(Commitment.due)))

    def _assessment_rows(self, s: Session, partner_id: int) -> list[AssessmentRecord]:
        query = select(AssessmentRecord).where(AssessmentRecord.partner_id == partner_id)
        return list(s.scalars(query.order_by(AssessmentRecord.created_at, AssessmentRecord.id)))

    def _ledger_signal(self, commitments: list[Commitment]) -> LedgerSignal:
        today = self.today()
        kept = sum(1 for c in commitments if c.status == "kept")
        bad = sum(1 for c in commitments if c.status == "missed" or (c.status == "open" and c.due and c.due < today))
        return LedgerSignal(kept=kept, missed_or_overdue=bad)

    # -- assessments ----------------------------------------------------
    def assess(self, actor: Actor, workspace_id: int, partner_id: int) -> Assessment:
        """Read every note and the ledger again, store the result and return it."""
        with self._sessions() as s:
            return self._reassess(s, workspace_id, self._partner_row(s, actor, workspace_id, partner_id))

    def _reassess(self, s: Session, workspace_id: int, partner: Partner) -> Assessment:
        rows = self._note_rows(s, partner.id)
        corrections = {r.note_id: r.speakers for r in s.scalars(select(NoteReading).where(NoteReading.note_id.in_([n.id for n in rows])))}
        notes = [t for n in rows for t in note_texts(n, corrections.get(n.id))]
        ledger = self._ledger_signal(self._commitment_rows(s, workspace_id, partner.id))
        result = self.engine.assess(notes, partner=partner.name, ledger=ledger)
        s.add(AssessmentRecord(
            workspace_id=workspace_id, partner_id=partner.id, engine=result.engine,
            as_of=max((n.date for n in notes if n.date), default=None), dependence=result.dependence,
            competence=result.competence, quadrant=result.quadrant, confidence=result.confidence,
            payload=result.model_dump(mode="json"),
        ))
        s.commit()
        return result

    def _current(self, s: Session, workspace_id: int, partner: Partner) -> Assessment:
        """The latest stored assessment (overrides included); assessed now if there is none."""
        rows = self._assessment_rows(s, partner.id)
        return Assessment.model_validate(rows[-1].payload) if rows else self._reassess(s, workspace_id, partner)

    def override(self, actor: Actor, workspace_id: int, partner_id: int, dependence: str, competence: str, reason: str) -> Assessment:
        if not reason.strip():
            raise InputError("Say why you override the assessment; the reason is kept in the history.")
        if dependence not in ("T", "I", "BT", "unknown") or competence not in ("doubted", "proven", "unknown"):
            raise InputError("Dependence must be T, I, BT or unknown; competence doubted, proven or unknown.")
        with self._sessions() as s:
            current = self._current(s, workspace_id, self._partner_row(s, actor, workspace_id, partner_id))
            updated = current.model_copy(update={
                "dependence": dependence, "competence": competence, "quadrant": quadrant_for(dependence, competence),
                "engine": f"override by {actor.name or 'CIO'}", "explanation": f"Overridden by the CIO: {reason.strip()}",
            })
            s.add(AssessmentRecord(
                workspace_id=workspace_id, partner_id=partner_id, engine="override", as_of=self.today(),
                dependence=current.dependence, competence=current.competence, quadrant=updated.quadrant,
                confidence=current.confidence, payload=updated.model_dump(mode="json"),
                override_dependence=dependence, override_competence=competence, override_reason=reason.strip(),
            ))
            s.commit()
        return updated

    def history(self, actor: Actor, workspace_id: int, partner_id: int) -> list[AssessmentEntry]:
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            return [from_row(AssessmentEntry, r) for r in self._assessment_rows(s, partner_id)]

    def latest_assessment(self, actor: Actor, workspace_id: int, partner_id: int) -> Assessment | None:
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            rows = self._assessment_rows(s, partner_id)
            return Assessment.model_validate(rows[-1].payload) if rows else None

    def perception_trail(self, actor: Actor, workspace_id: int, partner_id: int) -> list[dict[str, object]]:
        """A dated series per partner: the assessment as of each note date (for the map's trail)."""
        with self._sessions() as s:
            partner = self._partner_row(s, actor, workspace_id, partner_id)
            notes = [t for n in self._note_rows(s, partner_id) for t in note_texts(n)]
        points: list[dict[str, object]] = []
        for day in sorted({n.date for n in notes if n.date}):
            a = self.engine.assess([n for n in notes if n.date and n.date <= day], partner=partner.name)
            points.append({"date": day.isoformat(), "dependence": a.dependence, "competence": a.competence, "quadrant": a.quadrant, "scores": a.scores})
        return points

    # -- promise ledger -------------------------------------------------
    def ledger(self, actor: Actor, workspace_id: int, partner_id: int | None = None) -> list[CommitmentInfo]:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, partner_id)
            return [from_row(CommitmentInfo, c) for c in self._commitment_rows(s, workspace_id, partner_id)]

    def add_commitment(self, actor: Actor, workspace_id: int, partner_id: int, what: str, owner: str, due: dt.date | None, source: str = "manual") -> CommitmentInfo:
        if not what.strip() or not owner.strip():
            raise InputError("A commitment needs what was promised and who owns it.")
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            row = Commitment(workspace_id=workspace_id, partner_id=partner_id, what=what.strip(), owner=owner.strip(), due=due, source=source)
            s.add(row)
            s.commit()
            info = from_row(CommitmentInfo, row)
            if due is not None and due < self.today():  # already overdue: the ledger's evidence changed
                self._reassess(s, workspace_id, s.get_one(Partner, partner_id))
            return info

    def set_commitment_status(self, actor: Actor, workspace_id: int, commitment_id: int, status: str, how: str | None = None, delivered_on: dt.date | None = None) -> CommitmentInfo:
        """Mark a promise kept, missed or dropped; the partner is reassessed, since the ledger is evidence."""
        if status not in ("open", "kept", "missed", "dropped"):
            raise InputError("Status must be open, kept, missed or dropped.")
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, Commitment, commitment_id, "commitment")
            row.status = status
            row.how = how or row.how
            row.delivered_on = delivered_on or (self.today() if status == "kept" else row.delivered_on)
            s.commit()
            info = from_row(CommitmentInfo, row)
            self._reassess(s, workspace_id, s.get_one(Partner, row.partner_id))
            return info

    def suggest_commitments(self, actor: Actor, workspace_id: int, partner_id: int) -> list[tuple[str, dt.date, str]]:
        """Promises written in notes ('we will ... by 2026-12-01'): (what, due, note ref)."""
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            notes = [t for n in self._note_rows(s, partner_id) for t in note_texts(n)]
        out = []
        for note in notes:
            for match in _PROMISE.finditer(note.text):
                if due := iso_day(match.group("due")):  # "2026-02-30" in a note names no day: skipped
                    out.append((match.group("what").strip(), due, note.ref))
        return out
