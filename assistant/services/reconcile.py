"""Bring the vector index back in step with the database, which is the source of truth.

A note is committed before it is indexed, so a crash (or a kill) between the
two leaves a note without vectors; a crash between deleting a note and
deleting its vectors leaves orphaned vectors. `reconcile` repairs both: it
indexes every note whose chunks are missing or stale and deletes every chunk
whose note no longer exists. It is idempotent and cheap when nothing is wrong
(one read of each workspace's collection, no embedding).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from assistant.app import Coach
from assistant.retrieval.knowledge import split_words
from assistant.retrieval.vector_index import VectorIndex, notes_collection_name
from assistant.store.models import Note, Workspace


@dataclass
class ReconcileReport:
    """What one run found and repaired, summed over workspaces."""

    workspaces: int = 0
    notes: int = 0
    chunks_before: int = 0
    notes_reindexed: int = 0
    chunks_added: int = 0
    orphans_removed: int = 0

    @property
    def clean(self) -> bool:
        """True when the index already matched the database."""
        return self.notes_reindexed == 0 and self.orphans_removed == 0

    def summary(self) -> str:
        return (
            f"{self.workspaces} workspaces, {self.notes} notes: {self.notes_reindexed} notes re-indexed "
            f"({self.chunks_added} chunks added), {self.orphans_removed} orphaned chunks removed"
        )


@dataclass
class _Chunks:
    documents: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def index_chunks(index: VectorIndex, name: str) -> dict[int | None, _Chunks]:
    """A collection's chunks grouped by the note id in their metadata (None when it is missing or unreadable)."""
    grouped: dict[int | None, _Chunks] = {}
    for chunk_id, (doc, meta) in index.documents_by_id(name).items():
        note_id = _note_id(meta)
        entry = grouped.setdefault(note_id, _Chunks())
        entry.ids.append(chunk_id)
        entry.documents.append(doc or "")
    return grouped


def _note_id(meta: Any) -> int | None:
    value = (meta or {}).get("note_id")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def expected_chunks(note: Note) -> list[str]:
    """The chunk texts the service indexes for a note (same splitter as Coach)."""
    return split_words(note.text)


def reconcile_workspace(sessions: sessionmaker[Session], service: Coach, workspace_id: int, report: ReconcileReport | None = None) -> ReconcileReport:
    """Repair one workspace's note vectors. The index is read before the database on purpose:
    a note added in between is then in both reads and never mistaken for an orphan."""
    report = report or ReconcileReport()
    name = notes_collection_name(workspace_id)
    grouped = index_chunks(service.index, name)
    with sessions() as s:
        notes = {n.id: n for n in s.scalars(select(Note).where(Note.workspace_id == workspace_id))}
    report.workspaces += 1
    report.notes += len(notes)
    report.chunks_before += sum(len(c.ids) for c in grouped.values())
    orphans = [i for note_id, chunks in grouped.items() if note_id not in notes for i in chunks.ids]
    if orphans:
        service.index.delete(name, ids=orphans)
        report.orphans_removed += len(orphans)
    for note_id, note in notes.items():
        have = grouped.get(note_id)
        want = expected_chunks(note)
        if have is not None and sorted(have.documents) == sorted(want):
            continue
        service.index_note(note)
        report.notes_reindexed += 1
        report.chunks_added += len(want)
    return report


def reconcile(sessions: sessionmaker[Session], service: Coach, workspace_ids: Iterable[int] | None = None) -> ReconcileReport:
    """Reconcile every workspace (or the given ones) and return what was repaired."""
    if workspace_ids is None:
        with sessions() as s:
            workspace_ids = list(s.scalars(select(Workspace.id).order_by(Workspace.id)))
    report = ReconcileReport()
    for workspace_id in workspace_ids:
        reconcile_workspace(sessions, service, workspace_id, report)
    return report


def index_matches_database(sessions: sessionmaker[Session], index: VectorIndex, workspace_id: int) -> list[str]:
    """Differences between a workspace's notes and its vectors; empty when they match."""
    grouped = index_chunks(index, notes_collection_name(workspace_id))
    with sessions() as s:
        notes = {n.id: n for n in s.scalars(select(Note).where(Note.workspace_id == workspace_id))}
    problems = [f"orphaned chunks for missing note {note_id}" for note_id in grouped if note_id not in notes]
    for note_id, note in notes.items():
        have = grouped.get(note_id)
        if have is None:
            problems.append(f"note {note_id} has no chunks")
        elif sorted(have.documents) != sorted(expected_chunks(note)):
            problems.append(f"note {note_id} has stale chunks")
    return problems
