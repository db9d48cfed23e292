"""Backups of the data folder: a consistent copy of the SQLite database and the embedded vector store."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from assistant.errors import ConfigError, InputError
from assistant.settings import Settings
from assistant.store.models import utcnow


@dataclass
class BackupReport:
    dest: Path
    database: Path
    chroma: Path | None
    note: str = ""


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise ConfigError("The database is in memory; there is nothing on disk to back up.")
    return Path(parsed.database)


def backup(settings: Settings, dest: Path) -> BackupReport:
    """A consistent copy of the SQLite database (online backup API) plus a copy of the embedded chroma folder.

    Safe while the app runs: SQLite's backup API copies a consistent snapshot. The chroma copy may miss
    vectors written during the copy; `coach reconcile` (or `coach reindex`) repairs that after a restore.
    """
    url = settings.resolved_database_url()
    source = sqlite_path(url)
    if source is None:
        raise ConfigError(
            f"`coach backup` copies SQLite databases; this deployment uses {make_url(url).drivername}. "
            "Back it up with pg_dump (for example `pg_dump --format=custom --file=coach.dump DATABASE_URL`) "
            "and rebuild the vector index after a restore with `coach reindex`."
        )
    if not source.is_file():
        raise ConfigError(f"There is no database at {source} yet; nothing to back up.")
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InputError(f"{dest} already exists and is not an empty folder; choose a new folder for the backup.")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"Cannot create the backup folder {dest} ({exc.strerror or exc}).") from exc
    target = dest / source.name
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=1024)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    chroma_copy: Path | None = None
    note = ""
    chroma_dir = settings.data_dir / "chroma"
    if settings.chroma_url:
        note = "The vectors live on the chroma server; they are rebuilt from the database with `coach reindex`."
    elif chroma_dir.is_dir():
        chroma_copy = dest / "chroma"
        shutil.copytree(chroma_dir, chroma_copy)
    (dest / "backup.json").write_text(json.dumps({
        "format": "cio-coach-backup", "version": 1, "created_at": utcnow().isoformat(),
        "database": target.name, "chroma": "chroma" if chroma_copy else None,
    }, indent=2), encoding="utf-8")
    return BackupReport(dest, target, chroma_copy, note)
