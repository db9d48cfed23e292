"""Coach review: a CIO shares a plan with a coach, who comments, edits and decides.

Every action is checked here (not only hidden in the UI) and written to the audit log.
Statuses: draft -> shared -> (approved | approved_with_edits | sent_back) ; sent_back -> resubmitted -> ...
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant.errors import InputError, PermissionDenied
from assistant.records import AccountInfo, AuditInfo, CommentInfo, NoteInfo, PlanEntry, from_row
from assistant.schema import Plan
from assistant.store.access import Actor, can_read_notes, can_read_plan, owned_record
from assistant.store.models import AuditEntry, Note, NoteShare, Partner, PlanComment, PlanRecord, User

DECISIONS = {"approve": "approved", "approve_with_edits": "approved_with_edits", "send_back": "sent_back"}
OPEN_FOR_REVIEW = ("shared", "resubmitted")


@dataclass
class ReviewView:
    plan_id: int
    partner: str
    purpose: str
    status: str
    created_at: dt.datetime
    plan: Plan
    coach_edits: dict[str, str]


class ReviewService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def _audit(self, s: Session, actor: Actor, action: str, plan_id: int, detail: str = "") -> None:
        s.add(AuditEntry(user_id=actor.user_id, action=action, target=f"plan:{plan_id}", detail=detail[:2000]))

    def _readable(self, s: Session, actor: Actor, plan_id: int) -> PlanRecord:
        row = s.get(PlanRecord, plan_id)
        if row is None or not can_read_plan(s, actor, row):
            raise PermissionDenied("You do not have access to that plan.")  # same message whether it exists or not
        return row

    def coaches(self, actor: Actor) -> list[AccountInfo]:
        with self._sessions() as s:
            return [from_row(AccountInfo, u) for u in s.scalars(select(User).where(User.role == "coach").order_by(User.display_name))]

    def share(self, actor: Actor, workspace_id: int, plan_id: int, coach_id: int, share_notes: bool = False) -> PlanEntry:
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, PlanRecord, plan_id, "plan")
            coach = s.get(User, coach_id)
            if coach is None or coach.role != "coach":
                raise InputError("Choose a coach account to share with.")
            if row.status in OPEN_FOR_REVIEW and row.coach_id == coach_id:
                raise InputError("This plan is already waiting for that coach's review.")
            row.coach_id = coach_id
            row.status = "resubmitted" if row.status == "sent_back" else "shared"
            if share_notes and s.scalar(select(NoteShare).where(NoteShare.partner_id == row.partner_id, NoteShare.coach_id == coach_id)) is None:
                s.add(NoteShare(workspace_id=workspace_id, partner_id=row.partner_id, coach_id=coach_id))
            self._audit(s, actor, row.status, plan_id, f"coach:{coach_id} notes_shared={share_notes}")
            s.commit()
            return from_row(PlanEntry, row)

    def inbox(self, actor: Actor) -> list[ReviewView]:
        if actor.role != "coach":
            raise PermissionDenied("Only coaches have a review inbox.")
        with self._sessions() as s:
            rows = s.scalars(select(PlanRecord).where(PlanRecord.coach_id == actor.user_id, PlanRecord.status != "draft").order_by(PlanRecord.updated_at.desc()))
            return [self._view(s, r) for r in rows]

    def view(self, actor: Actor, plan_id: int) -> ReviewView:
        with self._sessions() as s:
            return self._view(s, self._readable(s, actor, plan_id))

    def _view(self, s: Session, row: PlanRecord) -> ReviewView:
        partner = s.get(Partner, row.partner_id)
        payload = dict(row.payload)
        edits = dict(payload.pop("coach_edits", {}) or {})
        return ReviewView(row.id, partner.name if partner else "", row.purpose, row.status, row.created_at, Plan.model_validate(payload), edits)

    def comment(self, actor: Actor, plan_id: int, section_key: str, text: str, rating: int | None = None) -> CommentInfo:
        text = (text or "").strip()
        if not text:
            raise InputError("A comment cannot be empty.")
        if rating is not None and not 1 <= rating <= 5:
            raise InputError("A rating is a whole number from 1 to 5.")
        with self._sessions() as s:
            row = self._readable(s, actor, plan_id)
            comment = PlanComment(plan_id=row.id, author_id=actor.user_id, section_key=section_key, text=text[:5000], rating=rating)
            s.add(comment)
            self._audit(s, actor, "comment", plan_id, f"{section_key}: {text[:200]}")
            s.commit()
            return from_row(CommentInfo, comment, author=actor.name)

    def comments(self, actor: Actor, plan_id: int) -> list[CommentInfo]:
        with self._sessions() as s:
            self._readable(s, actor, plan_id)
            rows = s.scalars(select(PlanComment).where(PlanComment.plan_id == plan_id).order_by(PlanComment.id))
            out = []
            for c in rows:
                author = s.get(User, c.author_id)
                out.append(from_row(CommentInfo, c, author=author.display_name if author else "?"))
            return out

    def edit_section(self, actor: Actor, plan_id: int, section_key: str, text: str) -> None:
        if actor.role != "coach":
            raise PermissionDenied("Only the reviewing coach edits through review; the CIO edits the plan itself.")
        with self._sessions() as s:
            row = self._readable(s, actor, plan_id)
            if row.status not in OPEN_FOR_REVIEW:
                raise InputError("This plan is not waiting for review.")
            payload = dict(row.payload)
            if section_key not in {sec["key"] for sec in payload.get("sections", [])} | {"value"}:
                raise InputError(f"Unknown section {section_key!r}.")
            edits = dict(payload.get("coach_edits") or {})
            edits[section_key] = text.strip()
            payload["coach_edits"] = edits
            row.payload = payload
            self._audit(s, actor, "edit", plan_id, section_key)
            s.commit()

    def decide(self, actor: Actor, plan_id: int, decision: str, reason: str = "") -> PlanEntry:
        if actor.role != "coach":
            raise PermissionDenied("Only the reviewing coach can approve or send back a plan.")
        if decision not in DECISIONS:
            raise InputError(f"Decision must be one of {', '.join(DECISIONS)}.")
        if decision == "send_back" and not reason.strip():
            raise InputError("Say why you send the plan back, so the CIO can revise it.")
        with self._sessions() as s:
            row = self._readable(s, actor, plan_id)
            if row.status not in OPEN_FOR_REVIEW:
                raise InputError(f"This plan is {row.status.replace('_', ' ')}, not waiting for review.")
            row.status = DECISIONS[decision]
            if reason.strip():
                s.add(PlanComment(plan_id=row.id, author_id=actor.user_id, section_key="", text=reason.strip()[:5000]))
            self._audit(s, actor, row.status, plan_id, reason[:500])
            s.commit()
            return from_row(PlanEntry, row)

    def revise(self, actor: Actor, workspace_id: int, plan_id: int, plan: Plan) -> None:
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, PlanRecord, plan_id, "plan")
            if row.status in OPEN_FOR_REVIEW:
                raise InputError("The coach is reviewing this plan; wait for their decision before revising.")
            payload = plan.model_dump(mode="json")
            payload["coach_edits"] = dict(row.payload).get("coach_edits", {})
            row.payload = payload
            self._audit(s, actor, "revise", plan_id)
            s.commit()

    def shared_notes(self, actor: Actor, plan_id: int) -> list[NoteInfo]:
        with self._sessions() as s:
            row = self._readable(s, actor, plan_id)
            if not can_read_notes(s, actor, row.workspace_id, row.partner_id):
                raise PermissionDenied("The CIO has not shared this partner's notes with you.")
            return [from_row(NoteInfo, n) for n in s.scalars(select(Note).where(Note.partner_id == row.partner_id).order_by(Note.date))]

    def audit_log(self, actor: Actor, plan_id: int) -> list[AuditInfo]:
        with self._sessions() as s:
            self._readable(s, actor, plan_id)
            return [from_row(AuditInfo, e) for e in s.scalars(select(AuditEntry).where(AuditEntry.target == f"plan:{plan_id}").order_by(AuditEntry.id))]

    def export_case(self, actor: Actor, plan_id: int) -> dict[str, object]:
        """A reviewed plan with the coach's edits and ratings, as an evaluation case."""
        with self._sessions() as s:
            row = self._readable(s, actor, plan_id)
            if row.status not in ("approved", "approved_with_edits", "sent_back"):
                raise InputError("Only a plan a coach has decided on can become an evaluation case.")
            view = self._view(s, row)
            ratings = [c.rating for c in s.scalars(select(PlanComment).where(PlanComment.plan_id == plan_id)) if c.rating]
            comments = [c.text for c in s.scalars(select(PlanComment).where(PlanComment.plan_id == plan_id))]
            notes_text = ""
            if can_read_notes(s, actor, row.workspace_id, row.partner_id):
                notes = s.scalars(select(Note).where(Note.partner_id == row.partner_id).order_by(Note.date))
                notes_text = "\n\n".join(f"{n.date.isoformat() if n.date else ''} {n.kind}\n{n.text}" for n in notes)
            self._audit(s, actor, "export_case", plan_id)
            s.commit()
        return {
            "id": f"review-{plan_id}",
            "category": "coach_review",
            "purpose": view.purpose,
            "partner": view.partner,
            "notes": notes_text,
            "expected": {"quadrant": view.plan.quadrant},
            "decision": view.status,
            "coach_edits": view.coach_edits,
            "coach_comments": comments,
            "coach_rating": sum(ratings) / len(ratings) if ratings else None,
            "plan": view.plan.contract(),
        }
