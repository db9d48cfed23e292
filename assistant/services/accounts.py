"""Sign-in and accounts for the UI: passwords, OpenID Connect identities, session tokens, admin actions.

Each method opens one database session. Tokens are signed with the key `signing_key` checks,
and carry the account's session version, so a password change, reset, disable or lock ends them.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from assistant.settings import Settings
from assistant.store.access import Actor
from assistant.store.accounts import authenticate, check_session, create_user, issue_session
from assistant.store.lifecycle import AccountRow, change_own_password, list_accounts, reset_password, set_disabled
from assistant.store.models import User
from assistant.store.oidc import actor_for_identity
from assistant.store.signing import signing_key

FIRST_ADMIN_HINT = "No accounts exist yet. On the server, create the first admin with `coach users add NAME --role admin`."


class AccountService:
    def __init__(self, settings: Settings, sessions: sessionmaker[Session]):
        self._settings = settings
        self._sessions = sessions

    def _token(self, actor: Actor) -> str:
        return issue_session(actor, signing_key(self._settings), self._settings.session_minutes)

    def first_admin_needed(self) -> bool:
        """True while the deployment has no account at all."""
        with self._sessions() as s:
            return not s.scalar(select(func.count()).select_from(User))

    def sign_in(self, username: str, password: str) -> tuple[Actor, str]:
        """(actor, session token) for the right password; one AuthError message for every refusal."""
        with self._sessions() as s:
            actor = authenticate(s, username, password)
        return actor, self._token(actor)

    def sign_in_identity(self, claims: Mapping[str, object]) -> tuple[Actor, str]:
        """(actor, session token) for an OpenID Connect identity whose verified e-mail is a local account."""
        with self._sessions() as s:
            actor = actor_for_identity(s, claims, self._settings.oidc_require_verified_email)
        return actor, self._token(actor)

    def session_actor(self, token: str) -> Actor:
        """The actor of a valid, unexpired token at the account's current session version; AuthError otherwise."""
        with self._sessions() as s:
            return check_session(s, token, signing_key(self._settings))

    def change_own_password(self, actor: Actor, old: str, new: str) -> tuple[Actor, str]:
        """A new token for this session; every other session of the account has ended."""
        with self._sessions() as s:
            updated = change_own_password(s, actor, old, new)
        return updated, self._token(updated)

    def accounts(self, by: Actor) -> list[AccountRow]:
        with self._sessions() as s:
            return list_accounts(s, by)

    def create(self, by: Actor, username: str, password: str, role: str, display_name: str = "") -> str:
        """Create an account (admins only); returns the normalised username."""
        with self._sessions() as s:
            user = create_user(s, username, password, role, display_name, by=by)
            s.commit()
            return user.username

    def reset_password(self, by: Actor, username: str, new: str) -> None:
        with self._sessions() as s:
            reset_password(s, username, new, by=by)

    def set_disabled(self, by: Actor, username: str, disabled: bool) -> None:
        with self._sessions() as s:
            set_disabled(s, username, disabled, by=by)
