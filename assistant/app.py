"""The facade: the one way in for the UI and the CLI.

`Coach` offers every use case as a method that takes plain arguments (the acting user, ids,
text) and returns plain data (records, pydantic models), never ORM rows. Each method opens
one database session and checks access once. Build it with `assistant.factory.build_app`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from assistant.engines.base import Engine
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION, VectorIndex, notes_collection_name
from assistant.services.accounts import AccountService
from assistant.services.calendar import CalendarMixin
from assistant.services.chat import ChatMixin
from assistant.services.portfolio import PortfolioMixin
from assistant.services.readings import ReadingsMixin
from assistant.services.rehearsals import RehearsalsMixin
from assistant.services.reviews import ReviewService
from assistant.services.rounds import RoundService
from assistant.settings import Settings
from assistant.store.access import Actor

__all__ = ["Actor", "Coach"]
from assistant.store.models import AuditEntry
from assistant.text.files import SUPPORTED, extract_text
from assistant.value_statement.consistency import build_report
from assistant.value_statement.report import ConsistencyReport, StaffAnswerIn


class Coach(ReadingsMixin, RehearsalsMixin, ChatMixin, PortfolioMixin, CalendarMixin):
    """Workspaces, partners, notes (and how each was read), assessments, the ledger, plans, chat, rehearsals, the week
    ahead; reviews and rounds beside."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session], index: VectorIndex, engine: Engine, today: dt.date | None = None):
        super().__init__(sessions, index, engine, today)
        self.settings = settings
        self.reviews = ReviewService(sessions)
        self.rounds = RoundService(sessions)
        self.accounts = AccountService(settings, sessions)

    def audit(self, actor: Actor, action: str, target: str, detail: str = "") -> None:
        with self._sessions() as s:
            s.add(AuditEntry(user_id=actor.user_id, action=action, target=target, detail=detail))
            s.commit()

    def consistency_report(self, answers: Sequence[StaffAnswerIn], statement: str) -> ConsistencyReport:
        """How consistently staff state the value of technology, and how close they are to the statement."""
        return build_report(answers, statement, embed=self.engine.embed)

    @staticmethod
    def upload_types() -> tuple[str, ...]:
        """File suffixes a note can be uploaded from."""
        return tuple(SUPPORTED)

    @staticmethod
    def read_upload(filename: str, data: bytes) -> str:
        """The text of an uploaded note file; a clear InputError when it cannot be read."""
        return extract_text(filename, data)

    def index_counts(self, workspace_id: int | None = None) -> tuple[int, int]:
        """(coaching-material chunks, note chunks in the workspace) for the settings page."""
        notes = self.index.count(notes_collection_name(workspace_id)) if workspace_id else 0
        return self.index.count(KNOWLEDGE_COLLECTION), notes
