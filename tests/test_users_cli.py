"""`coach users ...` (the operator's account commands) and `coach demo`'s one-time random passwords."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select
from typer.testing import CliRunner

from assistant.errors import AuthError
from assistant.store.accounts import authenticate
from assistant.store.models import User, make_engine, make_sessionmaker
from cli.main import app as cli

ADMIN_PASSWORD = "granite-orchid-signal-8"


@pytest.fixture(autouse=True)
def lighter_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import assistant.store.accounts as auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    auth._dummy_hash.cache_clear()
    yield
    auth._dummy_hash.cache_clear()


def coach(data: Path, *args: str, stdin: str | None = None, **env: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin, env={"COACH_DATA_DIR": str(data), "COACH_AUTH": "local", **env})


def signs_in(data: Path, username: str, password: str) -> str | None:
    """The role the account signs in with, or None."""
    engine = make_engine(f"sqlite:///{data / 'coach.db'}")
    try:
        with make_sessionmaker(engine)() as s:
            return authenticate(s, username, password).role
    except AuthError:
        return None
    finally:
        engine.dispose()


def test_the_first_admin_is_created_with_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    listed = coach(data, "users", "list")
    assert listed.exit_code == 0 and "No accounts yet" in listed.output
    added = coach(data, "users", "add", "Root", "--role", "admin", stdin=f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n")
    assert added.exit_code == 0, added.output
    assert "Created root (admin)" in added.output
    assert ADMIN_PASSWORD not in added.output, "the typed password is not echoed"
    assert signs_in(data, "root", ADMIN_PASSWORD) == "admin"
    assert re.search(r"root\s+admin\s+active", coach(data, "users", "list").output)


def test_add_refuses_mismatched_weak_or_taken_passwords_and_bad_names(tmp_path: Path) -> None:
    data = tmp_path / "data"
    mismatch = coach(data, "users", "add", "root", "--role", "admin", stdin=f"{ADMIN_PASSWORD}\nsomething-else-entirely\n{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n")
    assert "do not match" in mismatch.output.lower()
    assert coach(data, "users", "add", "cio-one", "--role", "cio", "--password-stdin", stdin="password1234\n").exit_code == 2
    assert "commonly used" in coach(data, "users", "add", "cio-one", "--role", "cio", "--password-stdin", stdin="password1234\n").output
    assert "Unknown role" in coach(data, "users", "add", "cio-one", "--role", "owner", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n").output
    assert "CYRILLIC" in coach(data, "users", "add", "r\u043eot", "--role", "admin", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n").output
    taken = coach(data, "users", "add", "ROOT", "--role", "cio", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n")
    assert taken.exit_code == 2 and "already taken" in taken.output
    assert "Traceback" not in taken.output


def test_set_password_disable_and_enable(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert coach(data, "users", "add", "root", "--role", "admin", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n").exit_code == 0
    assert coach(data, "users", "add", "hana", "--role", "cio", "--password-stdin", stdin=f"{ADMIN_PASSWORD}\n").exit_code == 0
    changed = coach(data, "users", "set-password", "hana", "--password-stdin", stdin="willow-beacon-quartz-6\n")
    assert changed.exit_code == 0, changed.output
    assert signs_in(data, "hana", ADMIN_PASSWORD) is None and signs_in(data, "hana", "willow-beacon-quartz-6") == "cio"
    assert coach(data, "users", "disable", "hana").exit_code == 0
    assert re.search(r"hana\s+cio\s+disabled", coach(data, "users", "list").output)
    assert signs_in(data, "hana", "willow-beacon-quartz-6") is None
    assert coach(data, "users", "enable", "hana").exit_code == 0
    assert signs_in(data, "hana", "willow-beacon-quartz-6") == "cio"
    missing = coach(data, "users", "disable", "nobody")
    assert missing.exit_code == 2 and "no account named 'nobody'" in missing.output


@pytest.fixture
def empty_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No coaching material to index, and the demo organisation cut to one partner with one note: the accounts are what is tested."""
    import assistant.services.demo as demo

    real = demo.load_organisation

    def one_partner(path: Path = demo.DEMO_DIR / "organisation.yaml") -> dict:
        org = real(path)
        first = org["partners"][0]
        return {**org, "partners": [{**first, "notes": first.get("notes", [])[:1]}], "commitments": []}

    monkeypatch.setattr(demo, "load_organisation", one_partner)
    monkeypatch.setattr(demo, "_load_staff_answers", lambda *_args: None)
    folder = tmp_path / "knowledge"
    folder.mkdir()
    return folder


def test_coach_demo_prints_random_passwords_once(tmp_path: Path, empty_knowledge: Path) -> None:
    data = tmp_path / "data"
    first = coach(data, "demo", COACH_AUTH="demo", COACH_KNOWLEDGE_DIR=str(empty_knowledge))
    assert first.exit_code == 0, first.output
    printed = dict(re.findall(r"login: (demo-\w+) / (\S+)", first.output))
    assert set(printed) == {"demo-cio", "demo-coach", "demo-admin"}
    for username, password in printed.items():
        assert len(password) >= 16 and password != f"{username}-pass"
        assert signs_in(data, username, password), username
        assert signs_in(data, username, f"{username}-pass") is None, "the old fixed passwords are gone"
    again = coach(data, "demo", COACH_AUTH="demo", COACH_KNOWLEDGE_DIR=str(empty_knowledge))
    assert "login:" not in again.output and "--new-passwords" in again.output
    fresh = dict(re.findall(r"login: (demo-\w+) / (\S+)", coach(data, "demo", "--new-passwords", COACH_AUTH="demo", COACH_KNOWLEDGE_DIR=str(empty_knowledge)).output))
    assert set(fresh) == set(printed) and all(fresh[u] != printed[u] for u in printed)
    assert signs_in(data, "demo-cio", fresh["demo-cio"]) == "cio" and signs_in(data, "demo-cio", printed["demo-cio"]) is None
    engine = make_engine(f"sqlite:///{data / 'coach.db'}")
    with make_sessionmaker(engine)() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 3
    engine.dispose()
