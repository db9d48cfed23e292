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
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant.app import Coach
from assistant.errors import InputError
from assistant.store.access import Actor, require_owner
from assistant.store.models import (
    AssessmentRecord,
    Commitment,
    Note,
    PlanRecord,
    Stakeholder,
    ValueStatement,
    Workspace,
    utcnow,
)
from assistant.text.files import MAX_NOTE_CHARS

FORMAT = "cio-coach-workspace"
VERSION = 1
MAX_ARCHIVE_BYTES = 512 * 1024 * 1024  # uncompressed, all members together
MAX_LINE_CHARS = 4 * MAX_NOTE_CHARS
TABLES = ("stakeholders", "notes", "assessments", "commitments", "plans", "value_statements")
_NEEDS_COACH = ("shared", "resubmitted")  # review states that point at a coach of the old deployment


# -- row schemas: the contract of docs/archive-format.md -------------------------------------
class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore")


class StakeholderRow(_Row):
    id: int
    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")
    role: str = Field("", max_length=200)
    function: str = Field("", max_length=80)
    power: str | None = Field(None, max_length=20)
    interest: str | None = Field(None, max_length=20)
    created_at: dt.datetime | None = None


class NoteRow(_Row):
    id: int
    stakeholder_id: int
    date: dt.date | None = None
    kind: str = Field("other", max_length=20)
    title: str = Field("", max_length=300)
    text: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)
    filename: str | None = Field(None, max_length=300)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class AssessmentRow(_Row):
    stakeholder_id: int
    created_at: dt.datetime | None = None
    as_of: dt.date | None = None
    engine: str = Field(max_length=40)
    dependence: str = Field(max_length=10)
    competence: str = Field(max_length=10)
    quadrant: str = Field(max_length=20)
    confidence: float
    payload: dict[str, Any]
    override_dependence: str | None = Field(None, max_length=10)
    override_competence: str | None = Field(None, max_length=10)
    override_reason: str | None = None


class CommitmentRow(_Row):
    stakeholder_id: int
    what: str = Field(min_length=1)
    owner: str = Field(min_length=1, max_length=200)
    due: dt.date | None = None
    status: Literal["open", "kept", "missed", "dropped"] = "open"
    delivered_on: dt.date | None = None
    how: str | None = None
    source: str = Field("manual", max_length=20)
    created_at: dt.datetime | None = None


class PlanRow(_Row):
    stakeholder_id: int
    purpose: str
    engine: str = Field(max_length=40)
    payload: dict[str, Any]
    status: str = Field("draft", max_length=30)
    accepted: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class ValueStatementRow(_Row):
    version: int = Field(ge=1)
    text: str = Field(min_length=1)
    created_at: dt.datetime | None = None


class WorkspaceInfo(_Row):
    id: int | None = None
    name: str = Field(min_length=1, max_length=200)
    organisation: str = Field("", max_length=200)


class Manifest(_Row):
    format: Literal["cio-coach-workspace"]
    version: int
    exported_at: dt.datetime
    workspace: WorkspaceInfo
    counts: dict[str, int] = Field(default_factory=dict)


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
            {"id": r.id, "name": r.name, "role": r.role, "function": r.function, "power": r.power, "interest": r.interest, "created_at": _iso(r.created_at)}
            for r in by_ws(Stakeholder)
        ],
        "notes": [
            {"id": r.id, "stakeholder_id": r.stakeholder_id, "date": _iso(r.date), "kind": r.kind, "title": r.title, "text": r.text,
             "filename": r.filename, "created_at": _iso(r.created_at), "updated_at": _iso(r.updated_at)}
            for r in by_ws(Note)
        ],
        "assessments": [
            {"id": r.id, "stakeholder_id": r.stakeholder_id, "created_at": _iso(r.created_at), "as_of": _iso(r.as_of), "engine": r.engine,
             "dependence": r.dependence, "competence": r.competence, "quadrant": r.quadrant, "confidence": r.confidence, "payload": r.payload,
             "override_dependence": r.override_dependence, "override_competence": r.override_competence, "override_reason": r.override_reason}
            for r in by_ws(AssessmentRecord)
        ],
        "commitments": [
            {"id": r.id, "stakeholder_id": r.stakeholder_id, "what": r.what, "owner": r.owner, "due": _iso(r.due), "status": r.status,
             "delivered_on": _iso(r.delivered_on), "how": r.how, "source": r.source, "created_at": _iso(r.created_at)}
            for r in by_ws(Commitment)
        ],
        "plans": [
            {"id": r.id, "stakeholder_id": r.stakeholder_id, "purpose": r.purpose, "engine": r.engine, "payload": r.payload, "status": r.status,
             "accepted": r.accepted, "created_at": _iso(r.created_at), "updated_at": _iso(r.updated_at)}
            for r in by_ws(PlanRecord)
        ],
        "value_statements": [
            {"id": r.id, "version": r.version, "text": r.text, "created_at": _iso(r.created_at)} for r in by_ws(ValueStatement)
        ],
    }


def export_workspace(sessions: sessionmaker, workspace_id: int, dest: Path, actor: Actor | None = None, now: dt.datetime | None = None) -> ArchiveReport:
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
def _open_archive(path: Path) -> zipfile.ZipFile:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file.")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name} is not a workspace archive (not a zip file). Create one with `coach export`.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path.name} is a damaged zip file ({exc}). Export the workspace again.") from exc
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_ARCHIVE_BYTES:
        archive.close()
        raise InputError(f"{path.name} unpacks to {total / 1e6:.0f} MB; the limit is {MAX_ARCHIVE_BYTES // 1_000_000} MB.")
    return archive


def _read_member(archive: zipfile.ZipFile, name: str, required: bool = True) -> str:
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise InputError(f"The archive has no {name}; it is not a complete cio-coach export.") from None
        return ""
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_ARCHIVE_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
        raise InputError(f"{name} in the archive cannot be read ({exc}). Export the workspace again.") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} in the archive is not UTF-8 text.") from exc


def _jsonl(archive: zipfile.ZipFile, table: str, model: type[_Row]) -> Iterator[tuple[dict[str, Any], Any]]:
    name = f"{table}.jsonl"
    for number, line in enumerate(_read_member(archive, name, required=table != "value_statements").splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            raise InputError(f"{name} line {number} is {len(line):,} characters long; the archive is damaged or not an export.")
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise InputError(f"{name} line {number} is not a JSON object.")
            yield raw, model.model_validate(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name} line {number} is not valid JSON ({exc.msg}).") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "row"
            raise InputError(f"{name} line {number}: {where}: {first['msg']}.") from exc


def read_manifest(path: Path) -> Manifest:
    with _open_archive(path) as archive:
        return _manifest(archive)


def _manifest(archive: zipfile.ZipFile) -> Manifest:
    try:
        raw = json.loads(_read_member(archive, "manifest.json"))
        manifest = Manifest.model_validate(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"manifest.json is not valid JSON ({exc.msg}).") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(f"manifest.json: {'.'.join(str(p) for p in first['loc'])}: {first['msg']} (expected format {FORMAT!r}).") from exc
    if manifest.version > VERSION:
        raise InputError(f"The archive is format version {manifest.version}; this release reads up to {VERSION}. Upgrade cio-coach first.")
    return manifest


def _clean(text: str | None) -> str | None:
    """NUL cannot be stored in PostgreSQL text; it never carries meaning in a note."""
    return text.replace("\x00", "") if isinstance(text, str) else text


def _remap_note_ids(value: Any, notes: dict[int, int]) -> Any:
    if isinstance(value, dict):
        return {k: (notes.get(v, v) if k == "note_id" and isinstance(v, int) else _remap_note_ids(v, notes)) for k, v in value.items()}
    if isinstance(value, list):
        return [_remap_note_ids(v, notes) for v in value]
    return value


def import_workspace(sessions: sessionmaker, service: Coach, path: Path, actor: Actor, name: str | None = None) -> ArchiveReport:
    """Create a new workspace for `actor` (a CIO) from an archive, then index its notes.

    Everything is validated before the single commit; on any problem an InputError says what is wrong
    and nothing is written.
    """
    if actor.role != "cio":
        raise InputError("Only a CIO account can own the imported workspace; pass a CIO's username.")
    with _open_archive(path) as archive:
        manifest = _manifest(archive)
        rows = {
            "stakeholders": list(_jsonl(archive, "stakeholders", StakeholderRow)),
            "notes": list(_jsonl(archive, "notes", NoteRow)),
            "assessments": list(_jsonl(archive, "assessments", AssessmentRow)),
            "commitments": list(_jsonl(archive, "commitments", CommitmentRow)),
            "plans": list(_jsonl(archive, "plans", PlanRow)),
            "value_statements": list(_jsonl(archive, "value_statements", ValueStatementRow)),
        }
    partner_ids = [r.id for _, r in rows["stakeholders"]]
    if len(set(partner_ids)) != len(partner_ids):
        raise InputError("stakeholders.jsonl lists the same partner id twice; the archive is damaged.")
    for table in ("notes", "assessments", "commitments", "plans"):
        for number, (_, row) in enumerate(rows[table], start=1):
            if row.stakeholder_id not in partner_ids:
                raise InputError(f"{table}.jsonl row {number} refers to partner {row.stakeholder_id}, which is not in stakeholders.jsonl.")
    now = utcnow()
    with sessions() as s:
        ws = Workspace(name=(name or manifest.workspace.name).strip()[:200] or "Imported workspace", organisation=manifest.workspace.organisation, owner_id=actor.user_id, created_at=now)
        s.add(ws)
        s.flush()
        partners: dict[int, int] = {}
        for _, p in rows["stakeholders"]:
            sh = Stakeholder(workspace_id=ws.id, name=_clean(p.name), role=_clean(p.role), function=_clean(p.function), power=p.power, interest=p.interest, created_at=p.created_at or now)
            s.add(sh)
            s.flush()
            partners[p.id] = sh.id
        notes: dict[int, int] = {}
        for _, n in rows["notes"]:
            text = _clean(n.text) or ""
            if not text.strip():
                raise InputError(f"notes.jsonl: note {n.id} is empty.")
            note = Note(workspace_id=ws.id, stakeholder_id=partners[n.stakeholder_id], date=n.date, kind=n.kind, title=_clean(n.title) or "", text=text,
                        filename=_clean(n.filename), created_at=n.created_at or now, updated_at=n.updated_at or now)
            s.add(note)
            s.flush()
            notes[n.id] = note.id
        for _, a in rows["assessments"]:
            s.add(AssessmentRecord(workspace_id=ws.id, stakeholder_id=partners[a.stakeholder_id], created_at=a.created_at or now, as_of=a.as_of, engine=a.engine,
                                   dependence=a.dependence, competence=a.competence, quadrant=a.quadrant, confidence=a.confidence,
                                   payload=_remap_note_ids(a.payload, notes), override_dependence=a.override_dependence,
                                   override_competence=a.override_competence, override_reason=_clean(a.override_reason)))
        for _, c in rows["commitments"]:
            s.add(Commitment(workspace_id=ws.id, stakeholder_id=partners[c.stakeholder_id], what=_clean(c.what), owner=_clean(c.owner), due=c.due, status=c.status,
                             delivered_on=c.delivered_on, how=_clean(c.how), source=c.source, created_at=c.created_at or now))
        for _, pl in rows["plans"]:
            s.add(PlanRecord(workspace_id=ws.id, stakeholder_id=partners[pl.stakeholder_id], purpose=_clean(pl.purpose), engine=pl.engine,
                             payload=_remap_note_ids(pl.payload, notes), status="draft" if pl.status in _NEEDS_COACH else pl.status,
                             coach_id=None, accepted=pl.accepted, created_at=pl.created_at or now, updated_at=pl.updated_at or now))
        for _, v in rows["value_statements"]:
            s.add(ValueStatement(workspace_id=ws.id, version=v.version, text=_clean(v.text), created_at=v.created_at or now))
        s.commit()
        workspace_id = ws.id
    _, chunks = service.reindex_workspace(workspace_id)
    return ArchiveReport(workspace_id, {table: len(r) for table, r in rows.items()}, chunks)
