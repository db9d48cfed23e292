"""Local accounts: argon2 password hashes, lockout after repeated failures, expiring sessions."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import AuthError, InputError, PermissionDenied
from assistant.store.access import ROLES, Actor
from assistant.store.models import AuditEntry, User, utcnow

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
_hasher = PasswordHasher()


def create_user(session: Session, username: str, password: str, role: str, display_name: str = "", by: Actor | None = None) -> User:
    if role not in ROLES:
        raise InputError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
    if by is not None and by.role != "admin":
        raise PermissionDenied("Only an admin can create users.")
    if len(password) < 8:
        raise InputError("Passwords need at least 8 characters.")
    username = username.strip().lower()
    if not username or session.scalar(select(User).where(User.username == username)):
        raise InputError(f"The username {username!r} is empty or already taken.")
    user = User(username=username, display_name=display_name or username, role=role, password_hash=_hasher.hash(password))
    session.add(user)
    session.flush()
    session.add(AuditEntry(user_id=by.user_id if by else None, action="create_user", target=f"user:{user.id}", detail=role))
    return user


def authenticate(session: Session, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """An Actor for the right password; a clear AuthError otherwise (same message for unknown users)."""
    now = now or utcnow()
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise AuthError("Wrong username or password.")
    if user.locked_until and user.locked_until > now:
        minutes = int((user.locked_until - now).total_seconds() // 60) + 1
        raise AuthError(f"This account is locked after too many failed attempts. Try again in {minutes} minutes.")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
        session.add(AuditEntry(user_id=user.id, action="login_failed", target=f"user:{user.id}"))
        session.commit()
        raise AuthError("Wrong username or password.") from None
    user.failed_logins = 0
    user.locked_until = None
    session.add(AuditEntry(user_id=user.id, action="login", target=f"user:{user.id}"))
    session.commit()
    return Actor(user.id, user.role, user.display_name)


def issue_session(actor: Actor, secret: str, minutes: int, now: dt.datetime | None = None) -> str:
    """A signed token 'user_id:role:expiry:mac' (HMAC-SHA256)."""
    expiry = int(((now or utcnow()) + dt.timedelta(minutes=minutes)).timestamp())
    body = f"{actor.user_id}:{actor.role}:{expiry}"
    mac = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}:{mac}"


def check_session(session: Session, token: str, secret: str, now: dt.datetime | None = None) -> Actor:
    try:
        user_id, role, expiry, mac = token.split(":")
        body = f"{user_id}:{role}:{expiry}"
        expected = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(mac, expected)
    except ValueError:
        valid = False
    if not valid:
        raise AuthError("Your session is not valid. Please log in again.")
    if int(expiry) < int((now or utcnow()).timestamp()):
        raise AuthError("Your session has expired. Please log in again.")
    user = session.get(User, int(user_id))
    if user is None or user.role != role:
        raise AuthError("Your session is not valid. Please log in again.")
    return Actor(user.id, user.role, user.display_name)


def new_secret() -> str:
    return secrets.token_hex(32)
