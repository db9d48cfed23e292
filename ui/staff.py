"""Read a workspace's stored staff answers (the core has no public query for them yet)."""

from __future__ import annotations

from sqlalchemy import select

from assistant.factory import App
from assistant.store.access import Actor, require_owner
from assistant.store.models import ConsistencyRound, StaffAnswer
from assistant.value_statement.consistency import StaffAnswerIn


def rounds(app: App, actor: Actor, workspace_id: int) -> list[tuple[int, str]]:
    """(round id, name) of the workspace's consistency rounds, newest first."""
    with app.sessions() as s:
        require_owner(s, actor, workspace_id)
        rows = s.execute(select(ConsistencyRound.id, ConsistencyRound.name).where(ConsistencyRound.workspace_id == workspace_id)
                         .order_by(ConsistencyRound.id.desc()))
        return [(r.id, r.name) for r in rows]


def round_answers(app: App, actor: Actor, workspace_id: int, round_id: int) -> list[StaffAnswerIn]:
    with app.sessions() as s:
        require_owner(s, actor, workspace_id)
        query = (select(StaffAnswer).join(ConsistencyRound, StaffAnswer.round_id == ConsistencyRound.id)
                 .where(ConsistencyRound.workspace_id == workspace_id, ConsistencyRound.id == round_id).order_by(StaffAnswer.id))
        return [StaffAnswerIn(answer=a.answer, respondent=a.respondent, role=a.role, seconds=a.seconds) for a in s.scalars(query)]
