"""Workspace archives (export / import); backups of the data folder are in backup.py.

The archive format is documented in docs/archive-format.md: a zip with
manifest.json and one JSON-lines file per table. Import never extracts to
disk (no path traversal), checks sizes before reading (no zip bombs),
validates every row, writes everything in one transaction and only then
indexes the notes, so a bad archive leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant.app import Coach
from assistant.errors import InputError
from assistant.records import NOTE_KINDS
from assistant.schema import Assessment, Competence, Dependence, Plan, Quadrant
from assistant.services.archive_reader import MAX_ID, UniqueIds, json_lines, open_archive, read_json, validate
from assistant.store.access import Actor, require_owner
from assistant.store.models import (
    AssessmentRecord,
    Commitment,
    Note,
    Partner,
    PlanRecord,
    ValueStatement,
    Workspace,
    utcnow,
)
from assistant.text.files import MAX_NOTE_CHARS

FORMAT = "cio-coach-workspace"
VERSION = 1
MAX_ARCHIVE_BYTES = 64_000_000  # uncompressed, all members together; rows are streamed, never held
TABLES = ("stakeholders", "notes", "assessments", "commitments", "plans", "value_statements")
_NEEDS_COACH = ("shared", "resubmitted")  # review states that point at a coach of the old deployment


# -- row schemas: the contract of docs/archive-format.md -------------------------------------
class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore", allow_inf_nan=False)


Id = Annotated[int, Field(ge=1, le=MAX_ID)]  # database ids: PostgreSQL integers
PlanStatus = Literal["draft", "shared", "approved", "approved_with_edits", "sent_back", "resubmitted"]


class StakeholderRow(_Row):
    id: Id
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")
    role: str = Field("", max_length=200)
    function: str = Field("", max_length=80)
    power: str | None = Field(None, max_length=20)
    interest: str | None = Field(None, max_length=20)
    email: str | None = Field(None, max_length=254, pattern=r"^[^\s@<>]+@[^\s@<>]+$")
    created_at: dt.datetime | None = None


class NoteRow(_Row):
    id: Id
    stakeholder_id: Id  # the archive format's key (docs/archive-format.md)
    date: dt.date | None = None
    kind: Literal[NOTE_KINDS] = "other"  # type: ignore[valid-type]
    title: str = Field("", max_length=300)
    text: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)
    filename: str | None = Field(None, max_length=300)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class AssessmentRow(_Row):
    id: Id | None = None
    stakeholder_id: Id  # the archive format's key (docs/archive-format.md)
    created_at: dt.datetime | None = None
    as_of: dt.date | None = None
    engine: str = Field(max_length=40)
    dependence: Dependence
    competence: Competence
    quadrant: Quadrant
    confidence: float = Field(ge=0, le=1)
    payload: Assessment  # the shape every page reads back
    override_dependence: Dependence | None = None
    override_competence: Competence | None = None
    override_reason: str | None = Field(None, max_length=MAX_NOTE_CHARS)


class CommitmentRow(_Row):
    id: Id | None = None
    stakeholder_id: Id  # the archive format's key (docs/archive-format.md)
    what: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)
    owner: str = Field(min_length=1, max_length=200)
    due: dt.date | None = None
    status: Literal["open", "kept", "missed", "dropped"] = "open"
    delivered_on: dt.date | None = None
    how: str | None = Field(None, max_length=MAX_NOTE_CHARS)
    source: str = Field("manual", max_length=20)
    created_at: dt.datetime | None = None


class PlanRow(_Row):
    id: Id | None = None
    stakeholder_id: Id  # the archive format's key (docs/archive-format.md)
    purpose: str = Field(max_length=2000)
    engine: str = Field(max_length=40)
    payload: Plan  # the shape every page reads back
    status: PlanStatus = "draft"
    accepted: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class ValueStatementRow(_Row):
    id: Id | None = None
    version: Id
    text: str = Field(min_length=1, max_length=2000)
    created_at: dt.datetime | None = None


class WorkspaceInfo(_Row):
    id: int | None = None
    name: str = Field(min_length=1, max_length=200)
    organisation: str = Field("", max_length=200)


class Manifest(_Row):
    format: Literal["cio-coach-workspace"]
    version: int = Field(ge=1, le=MAX_ID)
    exported_at: dt.datetime
    workspace: WorkspaceInfo
    counts: dict[str, Annotated[int, Field(ge=0, le=MAX_ID)]] = Field(default_factory=dict)


@dataclass
class ArchiveReport:
    workspace_id: int
    counts: dict[str, int] = field(default_factory=dict)
    chunks: int = 0

    def summary(self) -> str:
        parts = ", ".join(f"{n} {table}" for table, n in self.counts.items())
        return f"workspace {self.workspace_id}: {parts}" + (f"; {self.chunks} chunks indexed" if self.chunks else "")


# -- export -----------------------------------------------------------------------------------
def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _rows(s: Session, workspace_id: int) -> dict[str, list[dict[str, Any]]]:
    def by_ws(model: Any) -> list[Any]:
        return list(s.scalars(select(model).where(model.workspace_id == workspace_id).order_by(model.id)))

    return {
        "stakeholders": [
            {"id": r.id, "name": r.name, "role": r.role, "function": r.function, "power": r.power, "interest": r.interest, "email": r.email, "created_at": _iso(r.created_at)}
            for r in by_ws(Partner)
        ],
        "notes": [
            {"id": r.id, "stakeholder_id": r.partner_id, "date": _iso(r.date), "kind": r.kind, "title": r.title, "text": r.text,
             "filename": r.filename, "created_at": _iso(r.created_at), "updated_at": _iso(r.updated_at)}
            for r in by_ws(Note)
        ],
        "assessments": [
            {"id": r.id, "stakeholder_id": r.partner_id, "created_at": _iso(r.created_at), "as_of": _iso(r.as_of), "engine": r.engine,
             "dependence": r.dependence, "competence": r.competence, "quadrant": r.quadrant, "confidence": r.confidence, "payload": r.payload,
             "override_dependence": r.override_dependence, "override_competence": r.override_competence, "override_reason": r.override_reason}
            for r in by_ws(AssessmentRecord)
        ],
        "commitments": [
            {"id": r.id, "stakeholder_id": r.partner_id, "what": r.what, "owner": r.owner, "due": _iso(r.due), "status": r.status,
             "delivered_on": _iso(r.delivered_on), "how": r.how, "source": r.source, "created_at": _iso(r.created_at)}
            for r in by_ws(Commitment)
        ],
        "plans": [
            {"id": r.id, "stakeholder_id": r.partner_id, "purpose": r.purpose, "engine": r.engine, "payload": r.payload, "status": r.status,
             "accepted": r.accepted, "created_at": _iso(r.created_at), "updated_at": _iso(r.updated_at)}
            for r in by_ws(PlanRecord)
        ],
        "value_statements": [
            {"id": r.id, "version": r.version, "text": r.text, "created_at": _iso(r.created_at)} for r in by_ws(ValueStatement)
        ],
    }


def export_workspace(sessions: sessionmaker[Session], workspace_id: int, dest: Path, actor: Actor | None = None, now: dt.datetime | None = None) -> ArchiveReport:
    """Write one workspace to a zip archive at `dest` (atomically: a partial file never has the final name).

    With an actor, only the owning CIO may export; without one (the operator's CLI) any workspace can be.
    """
    dest = Path(dest)
    if dest.is_dir():
        raise InputError(f"{dest} is a folder; give the name of the .zip file to write.")
    if not dest.parent.is_dir():
        raise InputError(f"The folder {dest.parent} does not exist; create it first.")
    with sessions() as s:
        workspace = require_owner(s, actor, workspace_id) if actor is not None else s.get(Workspace, workspace_id)
        if workspace is None:
            raise InputError(f"There is no workspace {workspace_id}. List them with the app, or check the id.")
        tables = _rows(s, workspace_id)
        counts = {table: len(rows) for table, rows in tables.items()}
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": (now or utcnow()).isoformat(),
            "workspace": {"id": workspace.id, "name": workspace.name, "organisation": workspace.organisation},
            "counts": counts,
        }
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".zip", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            for table in TABLES:
                lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in tables[table])
                archive.writestr(f"{table}.jsonl", lines)
        os.replace(tmp_name, dest)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return ArchiveReport(workspace_id, counts)


# -- import -----------------------------------------------------------------------------------
def read_manifest(path: Path) -> Manifest:
    with open_archive(path, MAX_ARCHIVE_BYTES) as archive:
        return _manifest(archive)


def _manifest(archive: zipfile.ZipFile) -> Manifest:
    raw = read_json(archive, "manifest.json")
    if not isinstance(raw, dict):
        raise InputError(f"manifest.json is not a JSON object (expected format {FORMAT!r}).")
    manifest: Manifest = validate(Manifest, raw, f"manifest.json (expected format {FORMAT!r})")
    if manifest.version > VERSION:
        raise InputError(f"The archive is format version {manifest.version}; this release reads up to {VERSION}. Upgrade cio-coach first.")
    return manifest


def _table(archive: zipfile.ZipFile, table: str, model: type[_Row], partners: dict[int, int] | None = None) -> Iterator[Any]:
    """Validated rows of one table, streamed; a repeated id, or a partner not in stakeholders.jsonl, is refused."""
    ids = UniqueIds(table, "version" if table == "value_statements" else "id")
    for number, raw in json_lines(archive, f"{table}.jsonl", required=table != "value_statements"):
        row = validate(model, raw, f"{table}.jsonl line {number}")
        ids.add(row.version if table == "value_statements" else row.id, number)
        partner = getattr(row, "stakeholder_id", None)
        if partners is not None and partner not in partners:
            raise InputError(f"{table}.jsonl line {number} refers to partner {partner}, which is not in stakeholders.jsonl.")
        yield row


def _payload(model: BaseModel, notes: dict[int, int], where: str) -> dict[str, Any]:
    """A validated payload as stored: plain JSON, note ids pointing at the imported notes."""
    value = _remap_note_ids(model.model_dump(mode="json"), notes)
    try:
        json.dumps(value, allow_nan=False)
    except ValueError:
        raise InputError(f"{where}: the payload holds NaN or infinity, which no export writes.") from None
    return value  # type: ignore[no-any-return]


def _clean(text: str | None) -> str | None:
    """NUL cannot be stored in PostgreSQL text; it never carries meaning in a note."""
    return text.replace("\x00", "") if isinstance(text, str) else text


def _remap_note_ids(value: Any, notes: dict[int, int]) -> Any:
    if isinstance(value, dict):
        return {k: (notes.get(v, v) if k == "note_id" and isinstance(v, int) else _remap_note_ids(v, notes)) for k, v in value.items()}
    if isinstance(value, list):
        return [_remap_note_ids(v, notes) for v in value]
    return value


def import_workspace(sessions: sessionmaker[Session], service: Coach, path: Path, actor: Actor, name: str | None = None) -> ArchiveReport:
    """Create a new workspace for `actor` (a CIO) from an archive, then index its notes.

    Rows are streamed from the archive, validated one by one and written inside one transaction that
    is committed only after the last row passed; on any problem an InputError says what is wrong, the
    transaction is rolled back and nothing is written.
    """
    if actor.role != "cio":
        raise InputError("Only a CIO account can own the imported workspace; pass a CIO's username.")
    now = utcnow()
    counts = dict.fromkeys(TABLES, 0)
    with open_archive(path, MAX_ARCHIVE_BYTES) as archive, sessions() as s:
        manifest = _manifest(archive)
        ws = Workspace(name=(name or manifest.workspace.name).strip()[:200] or "Imported workspace", organisation=manifest.workspace.organisation, owner_id=actor.user_id, created_at=now)
        s.add(ws)
        s.flush()
        partners: dict[int, int] = {}
        for p in _table(archive, "stakeholders", StakeholderRow):
            sh = Partner(workspace_id=ws.id, name=_clean(p.name), role=_clean(p.role), function=_clean(p.function), power=p.power, interest=p.interest, email=p.email, created_at=p.created_at or now)
            s.add(sh)
            s.flush()
            partners[p.id] = sh.id
        notes: dict[int, int] = {}
        for n in _table(archive, "notes", NoteRow, partners):
            text = _clean(n.text) or ""
            if not text.strip():
                raise InputError(f"notes.jsonl: note {n.id} is empty.")
            note = Note(workspace_id=ws.id, partner_id=partners[n.stakeholder_id], date=n.date, kind=n.kind, title=_clean(n.title) or "", text=text,
                        filename=_clean(n.filename), created_at=n.created_at or now, updated_at=n.updated_at or now)
            s.add(note)
            s.flush()
            notes[n.id] = note.id
        for a in _table(archive, "assessments", AssessmentRow, partners):
            s.add(AssessmentRecord(workspace_id=ws.id, partner_id=partners[a.stakeholder_id], created_at=a.created_at or now, as_of=a.as_of, engine=a.engine,
                                   dependence=a.dependence, competence=a.competence, quadrant=a.quadrant, confidence=a.confidence,
                                   payload=_payload(a.payload, notes, "assessments.jsonl"), override_dependence=a.override_dependence,
                                   override_competence=a.override_competence, override_reason=_clean(a.override_reason)))
            counts["assessments"] += 1
        for c in _table(archive, "commitments", CommitmentRow, partners):
            s.add(Commitment(workspace_id=ws.id, partner_id=partners[c.stakeholder_id], what=_clean(c.what), owner=_clean(c.owner), due=c.due, status=c.status,
                             delivered_on=c.delivered_on, how=_clean(c.how), source=c.source, created_at=c.created_at or now))
            counts["commitments"] += 1
        for pl in _table(archive, "plans", PlanRow, partners):
            s.add(PlanRecord(workspace_id=ws.id, partner_id=partners[pl.stakeholder_id], purpose=_clean(pl.purpose), engine=pl.engine,
                             payload=_payload(pl.payload, notes, "plans.jsonl"), status="draft" if pl.status in _NEEDS_COACH else pl.status,
                             coach_id=None, accepted=pl.accepted, created_at=pl.created_at or now, updated_at=pl.updated_at or now))
            counts["plans"] += 1
        for v in _table(archive, "value_statements", ValueStatementRow):
            s.add(ValueStatement(workspace_id=ws.id, version=v.version, text=_clean(v.text), created_at=v.created_at or now))
            counts["value_statements"] += 1
        counts["stakeholders"], counts["notes"] = len(partners), len(notes)
        s.commit()
        workspace_id = ws.id
    _, chunks = service.reindex_workspace(workspace_id)
    return ArchiveReport(workspace_id, counts, chunks)
