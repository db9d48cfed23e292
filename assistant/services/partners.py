"""Workspaces, partners and their notes. A note change reassesses its partner, whatever the entry point."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from assistant.errors import InputError
from assistant.records import NOTE_KINDS, NoteInfo, PartnerInfo, WorkspaceInfo, from_row
from assistant.retrieval.knowledge import split_words
from assistant.retrieval.vector_index import notes_collection_name
from assistant.services.perceptions import PerceptionsMixin
from assistant.store.access import Actor, owned_record, require_owner
from assistant.store.models import AuditEntry, Note, Partner, Workspace
from assistant.text.files import MAX_NOTE_CHARS
from assistant.text.prose import clean_text


@dataclass(frozen=True)
class NoteDraft:
    """A note to add: what the CIO pasted or uploaded, before it is stored."""

    text: str
    date: dt.date | None = None
    kind: str = "other"
    title: str = ""
    filename: str | None = None


class PartnersMixin(PerceptionsMixin):
    # -- workspaces -----------------------------------------------------
    def workspaces(self, actor: Actor) -> list[WorkspaceInfo]:
        with self._sessions() as s:
            rows = s.scalars(select(Workspace).where(Workspace.owner_id == actor.user_id).order_by(Workspace.id))
            return [from_row(WorkspaceInfo, w) for w in rows]

    def create_workspace(self, actor: Actor, name: str, organisation: str = "") -> WorkspaceInfo:
        if actor.role != "cio":
            raise InputError("Only a CIO account owns a workspace.")
        with self._sessions() as s:
            ws = Workspace(name=name.strip() or "My workspace", organisation=organisation, owner_id=actor.user_id)
            s.add(ws)
            s.commit()
            return from_row(WorkspaceInfo, ws)

    def home_workspace(self, actor: Actor) -> int:
        """The CIO's first workspace, created on first sign-in; 0 for coaches and admins, who own none."""
        if actor.role != "cio":
            return 0
        owned = self.workspaces(actor)
        return owned[0].id if owned else self.create_workspace(actor, f"{actor.name or 'My'} workspace").id

    # -- partners -------------------------------------------------------
    def partners(self, actor: Actor, workspace_id: int) -> list[PartnerInfo]:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            rows = s.scalars(select(Partner).where(Partner.workspace_id == workspace_id).order_by(Partner.name))
            return [from_row(PartnerInfo, p) for p in rows]

    def partner(self, actor: Actor, workspace_id: int, partner_id: int) -> PartnerInfo:
        with self._sessions() as s:
            return from_row(PartnerInfo, self._partner_row(s, actor, workspace_id, partner_id))

    def add_partner(self, actor: Actor, workspace_id: int, name: str, role: str = "", function: str = "", power: str | None = None, interest: str | None = None,
                    email: str | None = None) -> PartnerInfo:
        if any(ord(c) < 32 for c in name or ""):
            raise InputError("A partner's name cannot contain control characters or line breaks.")
        name = clean_text(name).strip()
        if not name or len(name) > 200:
            raise InputError("A partner needs a name of 1 to 200 printable characters.")
        for label, value in (("power", power), ("interest", interest)):
            if value is not None and value not in ("high", "medium", "low"):
                raise InputError(f"{label.capitalize()} must be high, medium or low.")
        role, function, email = clean_text(role), clean_text(function), partner_email(email)
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            row = Partner(workspace_id=workspace_id, name=name, role=role.strip()[:200], function=function.strip()[:80], power=power, interest=interest, email=email)
            s.add(row)
            s.commit()
            return from_row(PartnerInfo, row)

    def set_partner_email(self, actor: Actor, workspace_id: int, partner_id: int, email: str | None) -> PartnerInfo:
        """Store (or clear, with None or "") the address calendar invitations reach the partner at."""
        value = partner_email(email)
        with self._sessions() as s:
            row = self._partner_row(s, actor, workspace_id, partner_id)
            row.email = value
            s.commit()
            return from_row(PartnerInfo, row)

    def delete_partner(self, actor: Actor, workspace_id: int, partner_id: int) -> None:
        """Removes the partner with their notes, assessments, ledger and vectors."""
        with self._sessions() as s:
            s.delete(self._partner_row(s, actor, workspace_id, partner_id))
            s.add(AuditEntry(user_id=actor.user_id, action="delete_partner", target=f"partner:{partner_id}"))
            s.commit()
        self.index.delete(notes_collection_name(workspace_id), where={"stakeholder_id": partner_id})

    # -- notes ----------------------------------------------------------
    def notes(self, actor: Actor, workspace_id: int, partner_id: int) -> list[NoteInfo]:
        with self._sessions() as s:
            self._partner_row(s, actor, workspace_id, partner_id)
            return [from_row(NoteInfo, n) for n in self._note_rows(s, partner_id)]

    def add_note(self, actor: Actor, workspace_id: int, partner_id: int, text: str, date: dt.date | None = None, kind: str = "other", title: str = "", filename: str | None = None) -> NoteInfo:
        """Save the note, index it and reassess the partner."""
        return self.add_notes(actor, workspace_id, partner_id, [NoteDraft(text, date, kind, title, filename)])[0]

    def add_notes(self, actor: Actor, workspace_id: int, partner_id: int, drafts: list[NoteDraft]) -> list[NoteInfo]:
        """Save several notes (an import, the demo), index them, then reassess the partner once."""
        texts = [_validate_note(d.text) for d in drafts]  # all or nothing: check before writing
        with self._sessions() as s:
            partner = self._partner_row(s, actor, workspace_id, partner_id)
            rows = [
                Note(workspace_id=workspace_id, partner_id=partner_id, date=d.date or self.today(),
                     kind=d.kind if d.kind in NOTE_KINDS else "other", title=clean_text(d.title).strip()[:300], text=text,
                     filename=clean_text(d.filename)[:300] or None)
                for d, text in zip(drafts, texts, strict=True)
            ]
            s.add_all(rows)
            s.commit()  # the database is the source of truth: commit before indexing
            for row in rows:
                self._index_note(row)
            self._reassess(s, workspace_id, partner)
            return [from_row(NoteInfo, r) for r in rows]

    def update_note(self, actor: Actor, workspace_id: int, note_id: int, text: str, date: dt.date | None = None, kind: str | None = None, title: str | None = None) -> NoteInfo:
        text = _validate_note(text)
        with self._sessions() as s:
            note = self._note_row(s, actor, workspace_id, note_id)
            note.text = text
            if date:
                note.date = date
            if kind in NOTE_KINDS:
                note.kind = kind
            if title is not None:
                note.title = clean_text(title).strip()[:300]
            s.commit()
            self._index_note(note)
            self._reassess(s, workspace_id, s.get_one(Partner, note.partner_id))
            return from_row(NoteInfo, note)

    def delete_note(self, actor: Actor, workspace_id: int, note_id: int) -> None:
        with self._sessions() as s:
            note = self._note_row(s, actor, workspace_id, note_id)
            partner = s.get_one(Partner, note.partner_id)
            s.delete(note)
            s.commit()
            self.index.delete(notes_collection_name(workspace_id), where={"note_id": note_id})
            self._reassess(s, workspace_id, partner)

    def _note_row(self, s: Session, actor: Actor, workspace_id: int, note_id: int) -> Note:
        return owned_record(s, actor, workspace_id, Note, note_id, "note")

    def index_note(self, note: Note | NoteInfo) -> None:
        """(Re)index one note's chunks; the database row is the source."""
        self._index_note(note)

    def _index_note(self, note: Note | NoteInfo) -> None:
        name = notes_collection_name(note.workspace_id)
        partner_id = note.partner_id if isinstance(note, NoteInfo) else note.partner_id
        self.index.delete(name, where={"note_id": note.id})
        pieces = split_words(note.text)
        ref = note.date.isoformat() if note.date else f"note {note.id}"
        meta = {"kind": "note", "note_id": note.id, "stakeholder_id": partner_id, "date": note.date.isoformat() if note.date else "", "ref": ref, "title": note.title or "note"}
        self.index.upsert(name, [f"note-{note.id}-{i}" for i in range(len(pieces))], pieces, [dict(meta) for _ in pieces])

    def reindex_workspace(self, workspace_id: int) -> tuple[int, int]:
        """Rebuild a workspace's note vectors from the database: (notes, chunks)."""
        name = notes_collection_name(workspace_id)
        self.index.drop(name)
        with self._sessions() as s:
            notes = list(s.scalars(select(Note).where(Note.workspace_id == workspace_id)))
            for note in notes:
                self._index_note(note)
        return len(notes), self.index.count(name)

    def purge_workspace_notes(self, workspace_id: int) -> None:
        with self._sessions() as s:
            s.execute(delete(Note).where(Note.workspace_id == workspace_id))
            s.commit()
        self.index.drop(notes_collection_name(workspace_id))


def partner_email(value: str | None) -> str | None:
    """A partner's e-mail, lower-cased; None when empty; InputError when it is not one address."""
    value = (value or "").strip().lower()
    if not value:
        return None
    if len(value) > 254 or not re.fullmatch(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[a-z0-9-]{2,}", value):
        raise InputError(f"{value[:80]!r} is not an e-mail address (name@example.com).")
    return value


def _validate_note(text: str) -> str:
    text = clean_text(text).strip()
    if not text:
        raise InputError("The note is empty. Paste or upload the text of the meeting, e-mail or remark.")
    if len(text) > MAX_NOTE_CHARS:
        raise InputError(f"The note is {len(text):,} characters; the limit is {MAX_NOTE_CHARS:,}. Split it into several notes.")
    return text
