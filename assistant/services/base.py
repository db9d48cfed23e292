"""What every use-case service shares: the session factory, the index, the engine and today's date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from assistant.engines.base import Engine
from assistant.records import NoteInfo
from assistant.retrieval.vector_index import VectorIndex
from assistant.schema import NoteText
from assistant.store.access import Actor, owned_record, require_owner
from assistant.store.models import Note, Partner
from assistant.text.notes_format import note_entries


class ServiceBase:
    """Holds the collaborators; each public method of a subclass opens one session and checks access once."""

    def __init__(self, sessions: sessionmaker[Session], index: VectorIndex, engine: Engine, today: dt.date | None = None):
        self._sessions = sessions
        self.index = index
        self.engine = engine
        self._today = today

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _partner_row(self, s: Session, actor: Actor, workspace_id: int, partner_id: int) -> Partner:
        """The partner, if the actor owns its workspace (the same error whether absent or someone else's)."""
        return owned_record(s, actor, workspace_id, Partner, partner_id, "partner")

    def _scope(self, s: Session, actor: Actor, workspace_id: int, partner_id: int | None) -> None:
        """Both id arguments in one check: the workspace is the actor's, and the partner, when given, is in it."""
        if partner_id is None:
            require_owner(s, actor, workspace_id)
        else:
            self._partner_row(s, actor, workspace_id, partner_id)


def note_text(note: Note | NoteInfo, speakers: dict[str, str] | None = None) -> NoteText:
    """A stored note as the engines read it, with the CIO's speaker corrections."""
    ref = note.date.isoformat() if note.date else f"note {note.id}"
    return NoteText(ref=ref, date=note.date, kind=note.kind, title=note.title, text=note.text, note_id=note.id, speakers=speakers or {})


def note_texts(note: Note | NoteInfo, speakers: dict[str, str] | None = None) -> list[NoteText]:
    """A stored note as the engines read it, entry by entry (`note_entries`): a pasted log is read under its own dates."""
    return note_entries(note_text(note, speakers))
