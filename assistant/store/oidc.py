"""Sign-in through an OpenID Connect provider: the provider proves an e-mail, the local account decides the rest.

Only the e-mail (and whether the provider verified it) is taken from the identity. The role, the name and
the workspaces come from the local account whose username is that e-mail, so a provider's role or group
claims never grant anything here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import AuthError
from assistant.store.access import Actor
from assistant.store.lifecycle import actor_for_identity as active_actor
from assistant.store.models import AuditEntry, User


def normalise_email(value: str) -> str:
    """The e-mail as usernames are stored: NFKC-normalised, trimmed and case-folded."""
    return unicodedata.normalize("NFKC", value).strip().casefold()


def identity_email(claims: Mapping[str, object], require_verified: bool = True) -> str:
    """The normalised e-mail of an identity; AuthError if there is none or the provider has not verified it."""
    raw = claims.get("email")
    email = normalise_email(raw) if isinstance(raw, str) else ""
    if not email:
        raise AuthError(
            "Your identity provider did not send an e-mail address. Ask your admin to request the "
            "'email' scope from the provider."
        )
    verified = claims.get("email_verified")
    if require_verified and verified is not True and str(verified).lower() != "true":
        raise AuthError(
            f"Your identity provider has not verified the e-mail {email}, so it cannot be used to sign in. "
            "Verify it with the provider, or ask your admin."
        )
    return email


def actor_for_identity(session: Session, claims: Mapping[str, object], require_verified: bool = True) -> Actor:
    """The Actor of the local account whose username is the identity's e-mail; AuthError if there is none."""
    email = identity_email(claims, require_verified)
    user = session.scalar(select(User).where(User.username == email))
    if user is None:
        session.add(AuditEntry(user_id=None, action="login_oidc_refused", target="", detail=email[:200]))
        session.commit()
        raise AuthError(
            f"No account exists for {email}. Ask an admin to create one with this e-mail as the username."
        )
    actor = active_actor(session, email)
    if actor is None:  # a disabled or locked account: the provider's word does not reopen it
        session.add(AuditEntry(user_id=user.id, action="login_oidc_refused", target=f"user:{user.id}", detail="disabled or locked"))
        session.commit()
        raise AuthError(f"The account for {email} is disabled or locked. Ask an admin.")
    session.add(AuditEntry(user_id=user.id, action="login_oidc", target=f"user:{user.id}"))
    session.commit()
    return actor
