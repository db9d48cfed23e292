"""Who is acting, and what they may touch. Checked in the core on every read and write."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import NotFoundError, PermissionDenied
from assistant.store.models import NoteShare, PlanRecord, Workspace

T = TypeVar("T")

ROLES = ("cio", "coach", "admin")


@dataclass(frozen=True)
class Actor:
    user_id: int
    role: str  # cio | coach | admin
    name: str = ""
    session_version: int = field(default=0, compare=False)  # the account's session version when signed in; a session token carries it


def require_owner(session: Session, actor: Actor, workspace_id: int) -> Workspace:
    """The workspace, if the actor is the CIO who owns it."""
    workspace = session.get(Workspace, workspace_id)
    if workspace is None or actor.role != "cio" or workspace.owner_id != actor.user_id:
        raise PermissionDenied("You do not have access to that workspace.")
    return workspace


def owned_record(session: Session, actor: Actor, workspace_id: int, model: type[T], record_id: int, what: str) -> T:
    """A record of the actor's own workspace; the same error whether it is absent or someone else's."""
    require_owner(session, actor, workspace_id)
    row = session.get(model, record_id)
    if row is None or getattr(row, "workspace_id", None) != workspace_id:
        raise NotFoundError(f"That {what} does not exist in this workspace.")
    return row


def can_read_plan(session: Session, actor: Actor, plan: PlanRecord) -> bool:
    if actor.role == "cio":
        workspace = session.get(Workspace, plan.workspace_id)
        return workspace is not None and workspace.owner_id == actor.user_id
    if actor.role == "coach":
        return plan.coach_id == actor.user_id and plan.status != "draft"
    return False


def can_read_notes(session: Session, actor: Actor, workspace_id: int, partner_id: int) -> bool:
    if actor.role == "cio":
        workspace = session.get(Workspace, workspace_id)
        return workspace is not None and workspace.owner_id == actor.user_id
    if actor.role == "coach":
        share = session.scalar(
            select(NoteShare).where(NoteShare.partner_id == partner_id, NoteShare.coach_id == actor.user_id)
        )
        return share is not None
    return False  # admins manage users; they never read notes
