"""Consistency rounds: dated collections of staff answers, through a link that needs no account."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from assistant.errors import InputError, NotFoundError
from assistant.store.access import Actor, owned_record, require_owner
from assistant.store.models import AuditEntry, ConsistencyRound, StaffAnswer
from assistant.value_statement.consistency import build_report
from assistant.value_statement.report import StaffAnswerIn

MAX_ANSWER_CHARS = 2000


@dataclass
class RoundInfo:
    id: int
    name: str
    opened_on: dt.date
    anonymous: bool
    closed: bool
    token: str
    answers: int


class RoundService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def open_round(self, actor: Actor, workspace_id: int, name: str, anonymous: bool = True, today: dt.date | None = None) -> RoundInfo:
        name = (name or "").strip() or f"Round of {(today or dt.date.today()).isoformat()}"
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            row = ConsistencyRound(workspace_id=workspace_id, name=name[:200], token=secrets.token_urlsafe(16), anonymous=anonymous, opened_on=today or dt.date.today())
            s.add(row)
            s.add(AuditEntry(user_id=actor.user_id, action="open_round", target=f"workspace:{workspace_id}", detail=name[:200]))
            s.commit()
            return RoundInfo(row.id, row.name, row.opened_on, row.anonymous, row.closed, row.token, 0)

    def rounds(self, actor: Actor, workspace_id: int) -> list[RoundInfo]:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            counts = dict(s.execute(select(StaffAnswer.round_id, func.count()).group_by(StaffAnswer.round_id)).all())
            rows = s.scalars(select(ConsistencyRound).where(ConsistencyRound.workspace_id == workspace_id).order_by(ConsistencyRound.opened_on, ConsistencyRound.id))
            return [RoundInfo(r.id, r.name, r.opened_on, r.anonymous, r.closed, r.token, int(counts.get(r.id, 0))) for r in rows]

    def close_round(self, actor: Actor, workspace_id: int, round_id: int) -> None:
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, ConsistencyRound, round_id, "round")
            row.closed = True
            s.commit()

    def round_for_token(self, token: str) -> RoundInfo:
        """What a staff member's link opens: only the round's name and whether it is anonymous."""
        with self._sessions() as s:
            row = s.scalar(select(ConsistencyRound).where(ConsistencyRound.token == (token or "")[:64]))
            if row is None:
                raise NotFoundError("This link is not valid. Ask your CIO for the current one.")
            if row.closed:
                raise InputError("This round is closed; thank you.")
            return RoundInfo(row.id, row.name, row.opened_on, row.anonymous, row.closed, "", 0)

    def submit(self, token: str, answer: str, seconds: float | None, respondent: str | None = None, role: str | None = None) -> None:
        """One answer through the link. Named rounds accept one answer per name."""
        info = self.round_for_token(token)
        answer = (answer or "").strip()
        if not answer:
            raise InputError("Write a sentence or two before sending.")
        if len(answer) > MAX_ANSWER_CHARS:
            raise InputError(f"Please keep it under {MAX_ANSWER_CHARS:,} characters: the exercise is about the short version.")
        name = None if info.anonymous else (respondent or "").strip()[:200]
        if not info.anonymous and not name:
            raise InputError("This round is not anonymous: add your name.")
        with self._sessions() as s:
            if name and s.scalar(select(StaffAnswer).where(StaffAnswer.round_id == info.id, StaffAnswer.respondent == name)):
                raise InputError("An answer from this name is already in; one answer each.")
            timing = float(seconds) if seconds is not None and 0 < seconds < 24 * 3600 else None
            s.add(StaffAnswer(round_id=info.id, respondent=name, role=(role or "").strip()[:200] or None, answer=answer, seconds=timing))
            s.commit()

    def add_answers(self, actor: Actor, workspace_id: int, round_id: int, answers: list[StaffAnswerIn]) -> int:
        """Pasted or uploaded answers (CSV) into a round."""
        with self._sessions() as s:
            row = owned_record(s, actor, workspace_id, ConsistencyRound, round_id, "round")
            for a in answers:
                s.add(StaffAnswer(round_id=round_id, respondent=None if row.anonymous else a.respondent, role=a.role, answer=a.answer[:MAX_ANSWER_CHARS], seconds=a.seconds))
            s.commit()
            return len(answers)

    def answers(self, actor: Actor, workspace_id: int, round_id: int) -> list[StaffAnswerIn]:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            query = (select(StaffAnswer).join(ConsistencyRound, StaffAnswer.round_id == ConsistencyRound.id)
                     .where(ConsistencyRound.workspace_id == workspace_id, ConsistencyRound.id == round_id).order_by(StaffAnswer.id))
            return [StaffAnswerIn(answer=a.answer, respondent=a.respondent, role=a.role, seconds=a.seconds) for a in s.scalars(query)]

    def history(self, actor: Actor, workspace_id: int, statement: str) -> list[dict[str, object]]:
        """Consistency and alignment per round, oldest first, so convergence shows."""
        out: list[dict[str, object]] = []
        for info in self.rounds(actor, workspace_id):
            answers = self.answers(actor, workspace_id, info.id)
            if len(answers) < 2:
                continue
            report = build_report(answers, statement)
            out.append({
                "round": info.name, "date": info.opened_on.isoformat(), "answers": len(answers),
                "consistency": report.consistency_score, "alignment": report.mean_alignment,
            })
        return out
