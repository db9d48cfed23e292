"""`coach export`, `coach import`, `coach backup` and `coach reconcile`.

Wired into the main CLI with `register(app)`. Thin: parse arguments, call
assistant.services.archive / assistant.services.reconcile, print. Every CoachError exits with
code 2 and a one-line message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from assistant.errors import CoachError, InputError
from cli.console import fail

console = Console()


def _build_app() -> Any:
    from assistant.factory import build_app
    from assistant.settings import Settings

    return build_app(Settings())


def _cio_actor(application: Any, username: str) -> Any:
    from sqlalchemy import select

    from assistant.store.access import Actor
    from assistant.store.models import User

    with application.sessions() as s:
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or user.role != "cio":
        raise InputError(f"There is no CIO account named {username!r}; the imported workspace needs a CIO owner (--owner).")
    return Actor(user.id, "cio", user.display_name)


def export_command(
    workspace_id: Annotated[int, typer.Argument(help="Id of the workspace to export.")],
    file: Annotated[Path, typer.Argument(help="The .zip archive to write.")],
) -> None:
    """Export one workspace (partners, notes, assessments, promises, plans, value statements) to a zip archive."""
    from assistant.services.archive import export_workspace

    try:
        application = _build_app()
        report = export_workspace(application.sessions, workspace_id, file)
    except CoachError as exc:
        fail(exc)
        return
    console.print(f"Exported {report.summary()} to {file}", markup=False, highlight=False)


def import_command(
    file: Annotated[Path, typer.Argument(help="An archive written by `coach export`.")],
    owner: Annotated[str, typer.Option(help="Username of the CIO who will own the new workspace.")],
    name: Annotated[str | None, typer.Option(help="Name of the new workspace (default: the exported name).")] = None,
) -> None:
    """Import an archive as a NEW workspace owned by a CIO, and index its notes."""
    from assistant.services.archive import import_workspace

    try:
        application = _build_app()
        actor = _cio_actor(application, owner)
        report = import_workspace(application.sessions, application.coach, file, actor, name)
    except CoachError as exc:
        fail(exc)
        return
    console.print(f"Imported {report.summary()}", markup=False, highlight=False)


def backup_command(dest: Annotated[Path, typer.Argument(help="A new (or empty) folder for the backup.")]) -> None:
    """Back up the SQLite database (online backup API) and the embedded vector index folder."""
    from assistant.services.backup import backup
    from assistant.settings import Settings

    try:
        report = backup(Settings(), dest)
    except CoachError as exc:
        fail(exc)
        return
    console.print(f"Database copied to {report.database}", markup=False, highlight=False)
    if report.chroma is not None:
        console.print(f"Vector index copied to {report.chroma}", markup=False, highlight=False)
    if report.note:
        console.print(report.note, markup=False, highlight=False)


def reconcile_command() -> None:
    """Repair the vector index from the database: index notes that lack vectors, delete orphaned vectors."""
    from assistant.services.reconcile import reconcile

    try:
        application = _build_app()
        report = reconcile(application.sessions, application.coach)
    except CoachError as exc:
        fail(exc)
        return
    console.print(report.summary(), markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add the durability commands to the `coach` CLI."""
    app.command("export")(export_command)
    app.command("import")(import_command)
    app.command("backup")(backup_command)
    app.command("reconcile")(reconcile_command)
