"""`coach users ...`: the operator manages accounts at the server (the first admin is created here)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console

from assistant.errors import CoachError, InputError

users_app = typer.Typer(help="Manage accounts: add (the first admin too), set-password, disable, enable, list.", no_args_is_help=True)
console = Console()
err = Console(stderr=True, soft_wrap=True)
PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="Read the password from the first line of standard input (for scripts).")]


@contextmanager
def _database() -> Iterator[Any]:
    """A session on the configured database (migrated); no vector store or model is loaded."""
    from assistant.settings import Settings, ensure_data_dir
    from assistant.store.migrate import upgrade
    from assistant.store.models import make_engine, make_sessionmaker

    settings = Settings()
    if not settings.database_url:
        ensure_data_dir(settings)
    engine = make_engine(settings.resolved_database_url())
    try:
        upgrade(engine)
        with make_sessionmaker(engine)() as session:
            yield session
    finally:
        engine.dispose()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise InputError("No password on standard input (--password-stdin reads its first line).")
        return line
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _run(action: Any) -> None:
    try:
        action()
    except CoachError as exc:
        err.print(f"[bold red]Error:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from None


@users_app.command("add")
def add(
    name: str,
    role: Annotated[str, typer.Option("--role", help="cio, coach or admin.")],
    display_name: Annotated[str, typer.Option("--display-name", help="Shown in the app; default the username.")] = "",
    password_stdin: PasswordStdin = False,
) -> None:
    """Create an account (prompts for the password twice unless --password-stdin)."""
    from sqlalchemy import select

    from assistant.store.access import ROLES
    from assistant.store.accounts import create_user
    from assistant.store.models import User
    from assistant.store.passwords import normalise_username

    def action() -> None:
        username = normalise_username(name)
        if role.strip().lower() not in ROLES:
            raise InputError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        with _database() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise InputError(f"The username {username!r} is already taken.")
            create_user(s, username, _password(password_stdin), role.strip().lower(), display_name)
            s.commit()
        console.print(f"Created {username} ({role.strip().lower()}).", markup=False, highlight=False)

    _run(action)


@users_app.command("set-password")
def set_password(name: str, password_stdin: PasswordStdin = False) -> None:
    """Set a new password, clear any lock and end the account's sessions."""
    from assistant.store.lifecycle import reset_password

    def action() -> None:
        password = _password(password_stdin)
        with _database() as s:
            reset_password(s, name, password)
        console.print(f"New password set for {name.strip()}; their sessions have ended.", markup=False, highlight=False)

    _run(action)


@users_app.command("disable")
def disable(name: str) -> None:
    """Disable an account and end its sessions (its data stays)."""
    _set_disabled(name, True)


@users_app.command("enable")
def enable(name: str) -> None:
    """Re-enable a disabled account."""
    _set_disabled(name, False)


def _set_disabled(name: str, disabled: bool) -> None:
    from assistant.store.lifecycle import set_disabled

    def action() -> None:
        with _database() as s:
            set_disabled(s, name, disabled)
        console.print(f"{name.strip()} is {'disabled' if disabled else 'enabled'}.", markup=False, highlight=False)

    _run(action)


@users_app.command("list")
def list_users() -> None:
    """Every account with its role and state."""
    from assistant.store.lifecycle import list_accounts

    def action() -> None:
        with _database() as s:
            rows = list_accounts(s)
        if not rows:
            console.print("No accounts yet. Create the first admin: coach users add NAME --role admin", markup=False)
        for row in rows:
            state = "disabled" if row.disabled else "locked" if row.locked else "active"
            console.print(f"{row.username:30} {row.role:6} {state:8} {row.name}", markup=False, highlight=False)

    _run(action)
