"""The app's start in local and OIDC mode (no default accounts, a required signing key) and the account pages.

AppTest drives ui/app.py against a fresh data folder (no coaching material, so the start is quick).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import ROOT
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

if str(ROOT) not in sys.path:  # the ui package is not installed; the app adds the root itself when run
    sys.path.insert(0, str(ROOT))

from assistant.errors import AuthError  # noqa: E402
from assistant.store.accounts import authenticate, create_user, issue_session  # noqa: E402
from assistant.store.models import User  # noqa: E402

APP = str(ROOT / "ui" / "app.py")
KEY = "0123456789abcdef0123456789abcdef-test-key"
PASSWORD = "harbour-lilac-compass-4"


@pytest.fixture
def start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """start(auth, key) points the app at a fresh data folder in that mode; returns the app (or None if it refuses)."""
    from ui.state import _started, get_app

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()

    def configure(auth: str, key: str | None = KEY, build: bool = True):  # type: ignore[no-untyped-def]
        monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("COACH_LLM", "offline")
        monkeypatch.setenv("COACH_AUTH", auth)
        monkeypatch.setenv("COACH_KNOWLEDGE_DIR", str(knowledge))
        if key is None:
            monkeypatch.delenv("COACH_SECRET_KEY", raising=False)
        else:
            monkeypatch.setenv("COACH_SECRET_KEY", key)
        _started.clear()
        return get_app() if build else None

    yield configure
    _started.clear()


def open_app(**state: object) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def sign_in(at: AppTest, username: str, password: str) -> AppTest:
    at.text_input[0].set_value(username)
    at.text_input[1].set_value(password)
    at.button(key="FormSubmitter:login-Sign in").click().run()
    assert not at.exception, at.exception
    return at


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def box(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(t for t in at.text_input if t.label == label)


def users_in(app) -> int:  # type: ignore[no-untyped-def]
    with app.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(User)) or 0)


def add_user(app, username: str, role: str) -> None:  # type: ignore[no-untyped-def]
    with app.sessions() as s:
        create_user(s, username, PASSWORD, role)
        s.commit()


def token_for(app, username: str, password: str = PASSWORD) -> str:  # type: ignore[no-untyped-def]
    """A session token from signing in elsewhere (another browser)."""
    with app.sessions() as s:
        return issue_session(authenticate(s, username, password), KEY, 60)


def can_sign_in(app, username: str, password: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        token_for(app, username, password)
        return True
    except AuthError:
        return False


def test_local_mode_starts_with_no_accounts_and_says_how_to_create_the_first_admin(start) -> None:  # type: ignore[no-untyped-def]
    app = start("local")
    assert users_in(app) == 0, "no demo or default accounts outside demo mode"
    at = open_app()
    assert titles(at) == ["Sign in"]
    assert any("coach users add NAME --role admin" in i.value for i in at.info)
    at = sign_in(at, "demo-admin", "demo-admin-pass")
    assert any("Wrong username or password" in e.value for e in at.error)
    assert "session_token" not in at.session_state


def test_an_upgraded_deployment_loses_the_published_demo_passwords(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Older versions created demo-* accounts with the password '<name>-pass' in every mode; the start closes them."""
    from assistant.store.accounts import hash_password
    from assistant.store.migrate import upgrade
    from assistant.store.models import AuditEntry, make_engine, make_sessionmaker
    from ui.state import get_app

    start("local", build=False)
    (tmp_path / "data").mkdir()
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'coach.db'}")
    upgrade(engine)
    with make_sessionmaker(engine)() as s:
        for username, role in (("demo-cio", "cio"), ("demo-coach", "coach"), ("demo-admin", "admin")):
            s.add(User(username=username, display_name=username, role=role, password_hash=hash_password(f"{username}-pass")))
        s.commit()
    engine.dispose()
    app = get_app()
    at = sign_in(open_app(), "demo-admin", "demo-admin-pass")
    assert titles(at) == ["Sign in"] and any("Wrong username or password" in e.value for e in at.error)
    assert not can_sign_in(app, "demo-cio", "demo-cio-pass") and not can_sign_in(app, "demo-coach", "demo-coach-pass")
    with app.sessions() as s:
        assert len(list(s.scalars(select(AuditEntry).where(AuditEntry.action == "retire_demo_password")))) == 3


def test_oidc_mode_starts_with_no_accounts(start) -> None:  # type: ignore[no-untyped-def]
    assert users_in(start("oidc")) == 0


@pytest.mark.parametrize("key", [None, "too-short-a-key"])
def test_local_mode_refuses_to_start_without_a_strong_signing_key(start, key: str | None) -> None:  # type: ignore[no-untyped-def]
    start("local", key, build=False)
    at = open_app()
    assert any("COACH_SECRET_KEY" in e.value and "32 bytes" in e.value for e in at.error), [e.value for e in at.error]
    assert "Sign in" not in titles(at)


def test_admin_resets_disables_and_enables_an_account_in_the_users_page(start) -> None:  # type: ignore[no-untyped-def]
    app = start("local")
    add_user(app, "root-admin", "admin")
    add_user(app, "ivy", "cio")
    ivy_session = token_for(app, "ivy")
    at = sign_in(open_app(), "root-admin", PASSWORD)
    assert titles(at) == ["Users"]
    assert {"ivy", "root-admin"} == set(at.dataframe[0].value["username"])

    at.selectbox(key="reset_who").set_value("ivy")
    box(at, "New password").set_value("saffron-glacier-rowan-2")
    box(at, "New password again").set_value("saffron-glacier-rowan-2")
    at.button(key="FormSubmitter:reset_password-Reset password").click().run()
    assert not at.error, [e.value for e in at.error]
    assert any("New password set for ivy" in s.value for s in at.success)
    assert not can_sign_in(app, "ivy", PASSWORD) and can_sign_in(app, "ivy", "saffron-glacier-rowan-2")
    assert titles(open_app(session_token=ivy_session)) == ["Sign in"], "the reset ended ivy's session"

    ivy_session = token_for(app, "ivy", "saffron-glacier-rowan-2")
    at.selectbox(key="state_who").set_value("ivy")
    at.radio[0].set_value("Disable")
    at.button(key="FormSubmitter:disable_enable-Apply").click().run()
    assert any("ivy is disabled" in s.value for s in at.success)
    assert at.dataframe[0].value.set_index("username").loc["ivy", "disabled"]
    stale = open_app(session_token=ivy_session)
    assert titles(stale) == ["Sign in"] and any("log in again" in w.value for w in stale.warning)
    assert not can_sign_in(app, "ivy", "saffron-glacier-rowan-2")

    at.selectbox(key="state_who").set_value("ivy")
    at.radio[0].set_value("Enable")
    at.button(key="FormSubmitter:disable_enable-Apply").click().run()
    assert any("ivy is enabled" in s.value for s in at.success)
    assert can_sign_in(app, "ivy", "saffron-glacier-rowan-2")


def test_a_signed_in_user_changes_their_own_password(start) -> None:  # type: ignore[no-untyped-def]
    app = start("local")
    add_user(app, "jade", "coach")
    other_browser = token_for(app, "jade")
    at = sign_in(open_app(), "jade", PASSWORD)
    at.switch_page("views/account.py").run()
    assert titles(at) == ["My account"]

    box(at, "Current password").set_value("not-my-password-at-all")
    box(at, "New password").set_value("thistle-anchor-meteor-1")
    box(at, "New password again").set_value("thistle-anchor-meteor-1")
    at.button(key="FormSubmitter:change_password-Change password").click().run()
    assert any("current password is wrong" in e.value for e in at.error)

    box(at, "Current password").set_value(PASSWORD)
    box(at, "New password").set_value("thistle-anchor-meteor-1")
    box(at, "New password again").set_value("thistle-anchor-meteor-1")
    at.button(key="FormSubmitter:change_password-Change password").click().run()
    assert not at.exception, at.exception
    assert any("Password changed" in s.value for s in at.success)
    assert titles(at) == ["My account"], "this session goes on"
    assert titles(open_app(session_token=other_browser)) == ["Sign in"], "the other session has ended"
    assert can_sign_in(app, "jade", "thistle-anchor-meteor-1") and not can_sign_in(app, "jade", PASSWORD)
