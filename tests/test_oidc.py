"""The OIDC identity → local account mapping (assistant.store.oidc): the provider proves an e-mail, roles stay local."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import AuthError
from assistant.store.models import AuditEntry, Base, User, make_engine, make_sessionmaker
from assistant.store.oidc import actor_for_identity, normalise_email


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    with make_sessionmaker(engine)() as s:  # accounts that sign in only through the provider: no password
        s.add_all([User(username="ada.lovelace@example.org", display_name="Ada Lovelace", role="cio", password_hash="!"),
                   User(username="grace@example.org", display_name="Grace", role="coach", password_hash="!")])
        s.commit()
        yield s
    engine.dispose()


def audit(s: Session, action: str) -> list[AuditEntry]:
    return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.mark.parametrize("email", ["ada.lovelace@example.org", "  Ada.Lovelace@EXAMPLE.org ", "ＡＤＡ.lovelace@example.org"])
def test_the_verified_email_signs_in_as_the_local_account(session: Session, email: str) -> None:
    actor = actor_for_identity(session, {"email": email, "email_verified": True, "name": "Someone else"})
    assert (actor.role, actor.name) == ("cio", "Ada Lovelace")
    assert [e.user_id for e in audit(session, "login_oidc")] == [actor.user_id]


def test_the_providers_role_and_group_claims_grant_nothing(session: Session) -> None:
    claims = {"email": "grace@example.org", "email_verified": True, "role": "admin", "roles": ["admin"], "groups": ["cio"]}
    assert actor_for_identity(session, claims).role == "coach"


def test_an_unknown_email_gets_no_access_and_is_audited(session: Session) -> None:
    with pytest.raises(AuthError, match=r"No account exists for mallory@example\.org\. Ask an admin"):
        actor_for_identity(session, {"email": "Mallory@example.org", "email_verified": True})
    assert [(e.user_id, e.detail) for e in audit(session, "login_oidc_refused")] == [(None, "mallory@example.org")]
    assert audit(session, "login_oidc") == []


@pytest.mark.parametrize("verified", [False, "false", None])
def test_an_unverified_email_gets_no_access(session: Session, verified: object) -> None:
    claims = {"email": "ada.lovelace@example.org"} | ({} if verified is None else {"email_verified": verified})
    with pytest.raises(AuthError, match="has not verified the e-mail ada.lovelace@example.org"):
        actor_for_identity(session, claims)
    assert audit(session, "login_oidc") == []


def test_unverified_emails_are_accepted_only_when_the_deployer_says_so(session: Session) -> None:
    actor = actor_for_identity(session, {"email": "ada.lovelace@example.org"}, require_verified=False)
    assert actor.role == "cio"
    assert actor_for_identity(session, {"email": "ada.lovelace@example.org", "email_verified": "true"}).role == "cio"


@pytest.mark.parametrize("claims", [{}, {"email": ""}, {"email": "   "}, {"email": ["ada.lovelace@example.org"]}])
def test_an_identity_without_an_email_gets_no_access(session: Session, claims: dict[str, object]) -> None:
    with pytest.raises(AuthError, match="did not send an e-mail address"):
        actor_for_identity(session, {**claims, "email_verified": True})


def test_normalise_email_folds_case_width_and_space() -> None:
    assert normalise_email(" ＡＤＡ@Example.ORG\t") == "ada@example.org"


def test_streamlit_can_sign_in_with_oidc() -> None:
    """st.login needs Streamlit's auth extra (Authlib): declared as a dependency and installed."""
    import tomllib
    from pathlib import Path

    from streamlit.auth_util import is_authlib_installed

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert any(dep.replace(" ", "").startswith("streamlit[auth]") for dep in pyproject["project"]["dependencies"])
    assert is_authlib_installed()


@pytest.mark.parametrize("state", ["disabled", "locked"])
def test_a_disabled_or_locked_account_is_refused_even_with_a_verified_email(session: Session, state: str) -> None:
    import datetime as dt

    user = session.scalar(select(User).where(User.username == "ada.lovelace@example.org"))
    assert user is not None
    if state == "disabled":
        user.disabled = True
    else:
        user.locked_until = dt.datetime(2999, 1, 1)
    session.commit()
    with pytest.raises(AuthError, match="disabled or locked"):
        actor_for_identity(session, {"email": "ada.lovelace@example.org", "email_verified": True})
    assert [e.detail for e in audit(session, "login_oidc_refused")] == ["disabled or locked"]
    assert audit(session, "login_oidc") == []
