"""Local accounts: argon2 password hashes, an atomic lockout, sessions that end with the account's session version.

Every password check first takes an attempt in one UPDATE (check and increment in one step), so
parallel guesses cannot outrun the lockout: at most MAX_FAILURES passwords are ever compared per
lockout window. Unknown, locked and disabled accounts get the same message and the same argon2 work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import and_, case, null, or_, select, update
from sqlalchemy.orm import Session

from assistant.errors import AuthError, InputError, PermissionDenied
from assistant.store.access import ROLES, Actor
from assistant.store.models import AuditEntry, User, utcnow
from assistant.store.passwords import check_password, normalise_username

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
WRONG = "Wrong username or password."
_hasher = PasswordHasher()


def create_user(session: Session, username: str, password: str, role: str, display_name: str = "", by: Actor | None = None) -> User:
    """A new account; `by` None is the operator at the server (CLI, demo loader)."""
    if role not in ROLES:
        raise InputError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
    if by is not None and by.role != "admin":
        raise PermissionDenied("Only an admin can create users.")
    username = normalise_username(username)
    check_password(password, username)
    if session.scalar(select(User).where(User.username == username)):
        raise InputError(f"The username {username!r} is already taken.")
    user = User(username=username, display_name=display_name.strip() or username, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    session.add(AuditEntry(user_id=by.user_id if by else None, action="create_user", target=f"user:{user.id}", detail=role))
    return user


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def authenticate(session: Session, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """An Actor for the right password; the same AuthError for unknown, wrong, locked or disabled."""
    try:
        name = normalise_username(username)
    except InputError:
        name = ""
    user_id = session.scalar(select(User.id).where(User.username == name)) if name else None
    if user_id is None:
        _burn(password)  # the same argon2 work as for a real account: no enumeration by timing
        raise AuthError(WRONG)
    actor = verify_password(session, user_id, password, now)
    session.add(AuditEntry(user_id=actor.user_id, action="login", target=f"user:{actor.user_id}"))
    session.commit()
    return actor


@dataclass(frozen=True)
class _Attempt:
    count: int
    locked_until: dt.datetime | None
    disabled: bool
    version: int
    password_hash: str
    role: str
    name: str


def verify_password(session: Session, user_id: int, password: str, now: dt.datetime | None = None) -> Actor:
    """Check one account's password under the lockout; raise the generic AuthError on any refusal."""
    now = now or utcnow()
    attempt = _take_attempt(session, user_id, now)
    locked = attempt.locked_until is not None and attempt.locked_until > now
    if attempt.disabled or locked or attempt.count > MAX_FAILURES:
        _burn(password)
        if attempt.count > MAX_FAILURES and not locked:
            _lock(session, user_id, now)
        reason = "disabled" if attempt.disabled else "locked"
        _refuse(session, user_id, "login_refused", reason)
    if not password_matches(attempt.password_hash, password):
        if attempt.count >= MAX_FAILURES:
            _lock(session, user_id, now)
        _refuse(session, user_id, "login_failed", f"attempt {attempt.count}")
    if not _clear_failures(session, user_id, attempt.version, now):
        _refuse(session, user_id, "login_refused", "locked, disabled or changed during the check")
    return Actor(user_id, attempt.role, attempt.name, attempt.version)


def _take_attempt(session: Session, user_id: int, now: dt.datetime) -> _Attempt:
    """Count this attempt and read the account in one statement; an expired lock starts a fresh count."""
    expired = and_(User.locked_until.is_not(None), User.locked_until <= now)
    row = session.execute(
        update(User)
        .where(User.id == user_id)
        .values(
            failed_logins=case((expired, 1), else_=User.failed_logins + 1),
            locked_until=case((expired, null()), else_=User.locked_until),
        )
        .returning(User.failed_logins, User.locked_until, User.disabled, User.session_version, User.password_hash, User.role, User.display_name),
        execution_options={"synchronize_session": False},
    ).first()
    session.commit()  # other attempts see this one before the slow hash check starts
    if row is None:  # deleted meanwhile
        raise AuthError(WRONG)
    return _Attempt(*row)


def _lock(session: Session, user_id: int, now: dt.datetime) -> None:
    """Lock once per window and end the account's sessions; the audit log records the lock."""
    not_locked = or_(User.locked_until.is_(None), User.locked_until <= now)
    result = session.execute(
        update(User).where(User.id == user_id, not_locked).values(locked_until=now + LOCKOUT, session_version=User.session_version + 1),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount:  # type: ignore[attr-defined]
        session.add(AuditEntry(user_id=user_id, action="account_locked", target=f"user:{user_id}", detail=f"{MAX_FAILURES} failed attempts"))


def _clear_failures(session: Session, user_id: int, version: int, now: dt.datetime) -> bool:
    """Reset the count, only if no lock, disable or password change happened since the attempt was taken."""
    result = session.execute(
        update(User)
        .where(User.id == user_id, User.session_version == version, User.disabled.is_(False), or_(User.locked_until.is_(None), User.locked_until <= now))
        .values(failed_logins=0, locked_until=None),
        execution_options={"synchronize_session": False},
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _refuse(session: Session, user_id: int, action: str, detail: str) -> NoReturn:
    session.add(AuditEntry(user_id=user_id, action=action, target=f"user:{user_id}", detail=detail))
    session.commit()
    raise AuthError(WRONG)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_hex(16))


def _burn(password: str) -> None:
    password_matches(_dummy_hash(), password)


def issue_session(actor: Actor, secret: str, minutes: int, now: dt.datetime | None = None) -> str:
    """A signed token 'user_id:role:session_version:expiry:mac' (HMAC-SHA256)."""
    expiry = int(((now or utcnow()) + dt.timedelta(minutes=minutes)).timestamp())
    body = f"{actor.user_id}:{actor.role}:{actor.session_version}:{expiry}"
    mac = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}:{mac}"


def check_session(session: Session, token: str, secret: str, now: dt.datetime | None = None) -> Actor:
    """The token's Actor while the account is enabled, unlocked and still at the token's session version."""
    now = now or utcnow()
    try:
        user_id, role, version, expiry, mac = token.split(":")
        body = f"{user_id}:{role}:{version}:{expiry}"
        expected = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(mac, expected)
        expires_at, token_version = int(expiry), int(version)
    except ValueError:
        valid = False
    if not valid:
        raise AuthError("Your session is not valid. Please log in again.")
    if expires_at < int(now.timestamp()):
        raise AuthError("Your session has expired. Please log in again.")
    user = session.get(User, int(user_id), populate_existing=True)
    if user is None or user.role != role or user.disabled or user.session_version != token_version:
        raise AuthError("Your session has ended. Please log in again.")
    if user.locked_until is not None and user.locked_until > now:
        raise AuthError("Your session has ended. Please log in again.")
    return Actor(user.id, user.role, user.display_name, user.session_version)


def new_secret() -> str:
    return secrets.token_hex(32)
