"""Plain records the facade hands to the UI and the CLI: copies of stored rows, never ORM objects.

Each record is a frozen dataclass built with `from_row`, which copies the fields of the same
name from a row while its database session is still open. Callers can keep them after the
session closes, put them in Streamlit's session state and compare them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

R = TypeVar("R")

NOTE_KINDS = ("meeting", "email", "hallway", "call", "other")


def from_row(cls: type[R], row: Any, **extra: Any) -> R:
    """A record of type `cls` with each field copied from the row's attribute of the same name."""
    values = {f.name: getattr(row, f.name) for f in fields(cls) if f.name not in extra and hasattr(row, f.name)}  # type: ignore[arg-type]
    return cls(**values, **extra)


@dataclass(frozen=True)
class WorkspaceInfo:
    id: int
    name: str
    organisation: str


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    workspace_id: int
    name: str
    role: str
    function: str
    power: str | None
    interest: str | None
    email: str | None = None


@dataclass(frozen=True)
class NoteInfo:
    id: int
    workspace_id: int
    partner_id: int
    date: dt.date | None
    kind: str
    title: str
    text: str
    filename: str | None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class ReadSentence:
    text: str
    speaker: str  # partner, cio, other or unknown
    name: str | None = None  # the sender or speaker label, where the source gave one
    corrected: bool = False  # the CIO set this speaker


@dataclass(frozen=True)
class ReadEntry:
    key: str  # names the entry in a date correction
    date: dt.date | None
    date_from: str | None  # "text" (read from it), "note" (the note's date), "corrected", None (undated)
    source: str  # notes, email, transcript or minutes
    title: str
    sentences: tuple[ReadSentence, ...] = ()


@dataclass(frozen=True)
class NoteReadingInfo:
    """How one stored note was read: its entries and their sentences with speakers, and any warnings."""

    note_id: int
    title: str
    date: dt.date | None
    entries: tuple[ReadEntry, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class AssessmentEntry:
    """One stored assessment: the levels as assessed, any override, and the full payload."""

    id: int
    created_at: dt.datetime
    as_of: dt.date | None
    engine: str
    dependence: str
    competence: str
    quadrant: str
    confidence: float
    payload: dict[str, Any]
    override_dependence: str | None
    override_competence: str | None
    override_reason: str | None


@dataclass(frozen=True)
class CommitmentInfo:
    id: int
    partner_id: int
    what: str
    owner: str
    due: dt.date | None
    status: str
    delivered_on: dt.date | None
    how: str | None
    source: str


@dataclass(frozen=True)
class PlanEntry:
    id: int
    partner_id: int
    purpose: str
    engine: str
    payload: dict[str, Any]
    status: str
    coach_id: int | None
    accepted: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class StatementVersion:
    version: int
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ChatEntry:
    id: int
    partner_id: int | None
    role: str
    content: str
    sources: list[Any] = field(default_factory=list)
    feedback: int | None = None
    feedback_reason: str | None = None
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class CommentInfo:
    id: int
    author: str
    section_key: str
    text: str
    rating: int | None
    created_at: dt.datetime


@dataclass(frozen=True)
class AuditInfo:
    id: int
    user_id: int | None
    action: str
    target: str
    detail: str
    at: dt.datetime

