"""Accounts: usernames, password policy, lifecycle (change, reset, disable, enable), no user enumeration, signing key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text

import assistant.store.accounts as auth
from assistant.errors import AuthError, ConfigError, InputError, PermissionDenied
from assistant.store.access import Actor
from assistant.store.accounts import MAX_FAILURES, WRONG, authenticate, check_session, create_user, issue_session
from assistant.store.lifecycle import change_own_password, list_accounts, reset_password, set_disabled
from assistant.store.migrate import alembic_config, upgrade
from assistant.store.models import AuditEntry, User, make_engine, make_sessionmaker

KEY = "an-example-signing-key-of-40-bytes-000000"
GOOD = "copper-kettle-mountain-9"


@pytest.fixture(autouse=True)
def lighter_hashes(monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    auth._dummy_hash.cache_clear()
    yield
    auth._dummy_hash.cache_clear()


@pytest.fixture
def sessions(tmp_path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'coach.db'}")
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


def add(sessions, username: str, role: str = "cio", password: str = GOOD) -> Actor:  # type: ignore[no-untyped-def]
    with sessions() as s:
        user = create_user(s, username, password, role)
        s.commit()
        return Actor(user.id, user.role, user.display_name, user.session_version)


def sign_in(sessions, username: str, password: str) -> Actor:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return authenticate(s, username, password)


def session_ok(sessions, token: str) -> bool:  # type: ignore[no-untyped-def]
    with sessions() as s:
        try:
            check_session(s, token, KEY)
            return True
        except AuthError:
            return False


# --------------------------------------------------------------------------- usernames and passwords


@pytest.mark.parametrize(("raw", "stored"), [("Alice", "alice"), ("ＡＤＭＩＮ", "admin"), ("  Bob.Smith@Example.org ", "bob.smith@example.org")])
def test_usernames_are_normalised(sessions, raw: str, stored: str) -> None:  # type: ignore[no-untyped-def]
    add(sessions, raw)
    with sessions() as s:
        assert s.scalar(select(User.username)) == stored
    assert sign_in(sessions, stored.upper(), GOOD).role == "cio"


@pytest.mark.parametrize(("raw", "says"), [
    ("\u0430dmin", "CYRILLIC SMALL LETTER A"),  # looks like 'admin'
    ("bob\u200bsmith", "ZERO WIDTH SPACE"),
    ("eve\x00", r"U\+0000"),
    ("ann smith", "SPACE"),
    ("al", "3 to 64"),
    ("x" * 65, "3 to 64"),
])
def test_look_alike_and_control_characters_are_refused(sessions, raw: str, says: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=says):
        add(sessions, raw)
    with sessions() as s:
        assert s.scalar(select(User.id)) is None


@pytest.mark.parametrize(("password", "says"), [
    ("short-pass1", "at least 12"),
    ("my-name-is-carol-ok", "must not contain the username"),
    ("CAROL-carol-carol", "must not contain the username"),
    ("qwertyuiop123", "commonly used"),  # a listed password with digits added
    ("passwordpassword", "commonly used"),  # a listed password repeated
    ("123456789012", "commonly used"),
    ("aaaaaaaaaaaaaaaa", "commonly used"),
    ("dragon!!2024!!", "commonly used"),
])
def test_password_policy(sessions, password: str, says: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=says):
        add(sessions, "carol", password=password)
    add(sessions, "carol", password=GOOD)


def test_the_common_password_list_is_shipped_and_large() -> None:
    from assistant.store.passwords import common_passwords

    listed = common_passwords()
    assert len(listed) >= 5000
    assert {"password", "123456", "qwertyuiop", "iloveyou"} <= listed


# --------------------------------------------------------------------------- enumeration


def test_unknown_users_cost_the_same_argon2_work_as_known_ones(sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add(sessions, "known-user")
    real, calls = auth._hasher, []

    class Counting:
        def hash(self, password: str) -> str:
            return real.hash(password)

        def verify(self, hash_: str, password: str) -> bool:
            calls.append(hash_)
            return real.verify(hash_, password)

    monkeypatch.setattr(auth, "_hasher", Counting())
    messages = []
    for name in ("known-user", "nobody-at-all", "bad\u0430name"):
        calls.clear()
        with pytest.raises(AuthError) as raised:
            sign_in(sessions, name, "some-wrong-password")
        messages.append(str(raised.value))
        assert len(calls) == 1, f"{name}: one argon2 verification, whether the account exists or not"
    assert messages == [WRONG] * 3


def test_a_locked_account_gets_the_same_message_but_stays_locked(sessions) -> None:  # type: ignore[no-untyped-def]
    add(sessions, "dana")
    messages = set()
    for _ in range(MAX_FAILURES + 2):
        with pytest.raises(AuthError) as raised:
            sign_in(sessions, "dana", "not-dana-password")
        messages.add(str(raised.value))
    with pytest.raises(AuthError) as raised:
        sign_in(sessions, "dana", GOOD)  # the right password, while locked
    messages.add(str(raised.value))
    assert messages == {"Wrong username or password."}
    with sessions() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.target.like("user:%"))))
    assert actions.count("account_locked") == 1, "the audit log records the lock"
    assert "login_refused" in actions
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=16)
    with sessions() as s:
        assert authenticate(s, "dana", GOOD, now=later).role == "cio", "the lock ends after its window"


# --------------------------------------------------------------------------- lifecycle


def test_changing_your_password_needs_the_old_one_and_ends_other_sessions(sessions) -> None:  # type: ignore[no-untyped-def]
    add(sessions, "erin")
    actor = sign_in(sessions, "erin", GOOD)
    old_token = issue_session(actor, KEY, 60)
    with sessions() as s, pytest.raises(AuthError, match="current password is wrong"):
        change_own_password(s, actor, "not-the-old-one", "river-copper-lantern-5")
    with sessions() as s, pytest.raises(InputError, match="at least 12"):
        change_own_password(s, actor, GOOD, "short")
    with sessions() as s:
        updated = change_own_password(s, actor, GOOD, "river-copper-lantern-5")
    assert not session_ok(sessions, old_token), "the session from before the change has ended"
    assert session_ok(sessions, issue_session(updated, KEY, 60)), "the session that changed it goes on"
    with pytest.raises(AuthError):
        sign_in(sessions, "erin", GOOD)
    assert sign_in(sessions, "erin", "river-copper-lantern-5").user_id == actor.user_id


def test_admin_resets_a_password_which_clears_the_lock_and_ends_sessions(sessions) -> None:  # type: ignore[no-untyped-def]
    admin = add(sessions, "root-admin", "admin")
    coach = add(sessions, "fran", "coach")
    token = issue_session(sign_in(sessions, "fran", GOOD), KEY, 60)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthError):
            sign_in(sessions, "fran", "wrong-password-here")
    with sessions() as s, pytest.raises(PermissionDenied):
        reset_password(s, "fran", "meadow-violin-sunset-3", by=coach)
    with sessions() as s:
        reset_password(s, "FRAN", "meadow-violin-sunset-3", by=admin)
        assert [a.locked for a in list_accounts(s, admin) if a.username == "fran"] == [False]
    assert not session_ok(sessions, token)
    assert sign_in(sessions, "fran", "meadow-violin-sunset-3").role == "coach"


def test_disable_ends_sessions_and_sign_in_until_enabled(sessions) -> None:  # type: ignore[no-untyped-def]
    admin = add(sessions, "root-admin", "admin")
    add(sessions, "gabe")
    token = issue_session(sign_in(sessions, "gabe", GOOD), KEY, 60)
    with sessions() as s:
        set_disabled(s, "gabe", True, by=admin)
    assert not session_ok(sessions, token)
    with pytest.raises(AuthError, match="Wrong username or password"):
        sign_in(sessions, "gabe", GOOD)
    with sessions() as s:
        set_disabled(s, "gabe", False, by=admin)
    assert not session_ok(sessions, token), "re-enabling does not revive old sessions"
    assert session_ok(sessions, issue_session(sign_in(sessions, "gabe", GOOD), KEY, 60))


def test_admins_cannot_lock_everyone_out(sessions) -> None:  # type: ignore[no-untyped-def]
    admin = add(sessions, "root-admin", "admin")
    with sessions() as s, pytest.raises(InputError, match="own account"):
        set_disabled(s, "root-admin", True, by=admin)
    with sessions() as s, pytest.raises(InputError, match="only enabled admin"):
        set_disabled(s, "root-admin", True)  # the operator at the server


# --------------------------------------------------------------------------- schema and signing key


def test_the_migration_adds_the_new_columns_to_existing_accounts(tmp_path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        config = alembic_config(str(engine.url))
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("INSERT INTO users (username, display_name, role, password_hash, failed_logins, created_at) "
                          "VALUES ('old-user', 'Old', 'cio', 'x', 0, '2026-01-01')"))
    upgrade(engine)
    with make_sessionmaker(engine)() as s:
        user = s.scalar(select(User))
        assert (user.username, user.disabled, user.session_version) == ("old-user", False, 0)
    engine.dispose()


@pytest.mark.parametrize("mode", ["local", "oidc"])
def test_a_signing_key_of_32_bytes_is_required_outside_demo_mode(mode: str) -> None:
    from assistant.services.bootstrap import signing_key
    from assistant.settings import Settings

    for weak in (None, "", "short-key", "x" * 31):
        with pytest.raises(ConfigError, match="COACH_SECRET_KEY"):
            signing_key(Settings(auth=mode, secret_key=weak))
    assert signing_key(Settings(auth=mode, secret_key=KEY)) == KEY


def test_demo_mode_generates_a_random_signing_key() -> None:
    from assistant.services.bootstrap import signing_key
    from assistant.settings import Settings

    key = signing_key(Settings(auth="demo", secret_key=None))
    assert len(key) >= 32 and key == signing_key(Settings(auth="demo", secret_key=None))
