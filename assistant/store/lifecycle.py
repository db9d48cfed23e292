"""Account lifecycle: change your own password; an admin (or the operator at the server) resets passwords,
disables and re-enables accounts. Every change that should end sessions bumps the session version.

`by=None` means the operator on the server (the `coach users` CLI); otherwise the actor must be an admin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from assistant.errors import AuthError, InputError, NotFoundError, PermissionDenied
from assistant.store.access import Actor
from assistant.store.accounts import hash_password, verify_password
from assistant.store.models import AuditEntry, User, utcnow
from assistant.store.passwords import check_password, normalise_username


@dataclass(frozen=True)
class AccountRow:
    username: str
    name: str
    role: str
    disabled: bool
    locked: bool


def list_accounts(session: Session, by: Actor | None = None, now: dt.datetime | None = None) -> list[AccountRow]:
    _require_admin(by)
    now = now or utcnow()
    users = session.scalars(select(User).order_by(User.username))
    return [AccountRow(u.username, u.display_name, u.role, u.disabled, bool(u.locked_until and u.locked_until > now)) for u in users]


def change_own_password(session: Session, actor: Actor, old: str, new: str, now: dt.datetime | None = None) -> Actor:
    """Needs the current password (checked under the lockout); ends every session, returns the actor at the new version."""
    user = _user_by_id(session, actor.user_id)
    check_password(new, user.username)
    try:
        verify_password(session, actor.user_id, old, now)
    except AuthError:
        raise AuthError("The current password is wrong.") from None
    version = _set_password(session, actor.user_id, new)
    session.add(AuditEntry(user_id=actor.user_id, action="change_password", target=f"user:{actor.user_id}"))
    session.commit()
    return Actor(actor.user_id, actor.role, actor.name, version)


def reset_password(session: Session, username: str, new: str, by: Actor | None = None) -> None:
    """Set a new password for someone, clear any lock and end their sessions."""
    _require_admin(by)
    user = find_user(session, username)
    check_password(new, user.username)
    _set_password(session, user.id, new)
    _audit(session, by, "reset_password", user)
    session.commit()


def set_disabled(session: Session, username: str, disabled: bool, by: Actor | None = None) -> None:
    """Disable (ending every session) or re-enable an account. The last enabled admin stays enabled."""
    _require_admin(by)
    user = find_user(session, username)
    if disabled and by is not None and by.user_id == user.id:
        raise InputError("You cannot disable your own account; ask another admin.")
    if disabled and user.role == "admin" and not user.disabled and _enabled_admins(session) <= 1:
        raise InputError(f"{user.username} is the only enabled admin; create or enable another admin first.")
    values: dict[str, object] = {"disabled": disabled}
    if disabled:
        values["session_version"] = User.session_version + 1
    session.execute(update(User).where(User.id == user.id).values(**values), execution_options={"synchronize_session": False})
    _audit(session, by, "disable_user" if disabled else "enable_user", user)
    session.commit()


def find_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None:
        raise NotFoundError(f"There is no account named {username.strip()!r}. `coach users list` shows the accounts.")
    return user


def actor_for_identity(session: Session, username: str) -> Actor | None:
    """The Actor of an enabled, unlocked account (for a sign-in vouched for elsewhere, e.g. OIDC), or None."""
    try:
        user = session.scalar(select(User).where(User.username == normalise_username(username)))
    except InputError:
        return None
    if user is None or user.disabled or (user.locked_until is not None and user.locked_until > utcnow()):
        return None
    return Actor(user.id, user.role, user.display_name, user.session_version)


def _set_password(session: Session, user_id: int, new: str) -> int:
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(password_hash=hash_password(new), failed_logins=0, locked_until=None, session_version=User.session_version + 1),
        execution_options={"synchronize_session": False},
    )
    return int(session.scalar(select(User.session_version).where(User.id == user_id)) or 0)


def _user_by_id(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("Your account no longer exists.")
    return user


def _enabled_admins(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User).where(User.role == "admin", User.disabled.is_(False))) or 0)


def _require_admin(by: Actor | None) -> None:
    if by is not None and by.role != "admin":
        raise PermissionDenied("Only an admin can manage accounts.")


def _audit(session: Session, by: Actor | None, action: str, user: User) -> None:
    session.add(AuditEntry(user_id=by.user_id if by else None, action=action, target=f"user:{user.id}", detail="" if by else "operator (CLI)"))
