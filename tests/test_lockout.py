"""The lockout under parallel attack, on a real SQLite file and on PostgreSQL (marker `postgres`).

Each attempt runs in its own thread with its own database session, as parallel sign-ins do. A spy on
the argon2 hasher counts how many passwords were really compared with the account's hash.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

import assistant.store.accounts as auth
from assistant.errors import AuthError
from assistant.store.accounts import MAX_FAILURES, authenticate, check_session, create_user, issue_session
from assistant.store.migrate import upgrade
from assistant.store.models import AuditEntry, User, make_engine, make_sessionmaker

RIGHT = "violet-harbour-engine-42"
BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", marks=pytest.mark.postgres, id="postgres")]


@pytest.fixture(autouse=True)
def lighter_hashes(monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """argon2 with 16 MiB and one pass (the default takes 64 MiB and three): the races stay, the test is quicker."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=16 * 1024, parallelism=1))
    dummy = getattr(auth, "_dummy_hash", None)
    if dummy is not None:
        dummy.cache_clear()
    yield
    if dummy is not None:
        dummy.cache_clear()


@pytest.fixture(params=BACKENDS)
def sessions(request, tmp_path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A migrated database with one account, 'target', on a file (not in memory)."""
    url = f"sqlite:///{tmp_path / 'coach.db'}" if request.param == "sqlite" else request.getfixturevalue("new_postgres_database")()
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory() as s:
        create_user(s, "target", RIGHT, "cio")
        s.commit()
    yield factory
    engine.dispose()


@dataclass
class Counts:
    real_hash_checks: int = 0


@pytest.fixture
def spy(sessions, monkeypatch) -> Counts:  # type: ignore[no-untyped-def]
    """Count argon2 verifications against the target's real hash (the dummy hash is not counted)."""
    with sessions() as s:
        real_hash = s.scalar(select(User.password_hash).where(User.username == "target"))
    counts, lock, real = Counts(), threading.Lock(), auth._hasher

    class CountingHasher:
        def hash(self, password: str) -> str:
            return real.hash(password)

        def verify(self, hash_: str, password: str) -> bool:
            if hash_ == real_hash:
                with lock:
                    counts.real_hash_checks += 1
            return real.verify(hash_, password)

    monkeypatch.setattr(auth, "_hasher", CountingHasher())
    return counts


def attempt(sessions, password: str, start: threading.Barrier | None = None) -> bool:  # type: ignore[no-untyped-def]
    """One sign-in in its own session: True if it got in."""
    if start is not None:
        start.wait()
    with sessions() as s:
        try:
            authenticate(s, "target", password)
            return True
        except AuthError:
            return False


def account(sessions) -> tuple[int, bool, int]:  # type: ignore[no-untyped-def]
    """(failed_logins, locked, 'account_locked' audit entries)."""
    with sessions() as s:
        user = s.scalar(select(User).where(User.username == "target"))
        locks = len(list(s.scalars(select(AuditEntry).where(AuditEntry.action == "account_locked"))))
        return user.failed_logins, user.locked_until is not None, locks


def test_parallel_wrong_passwords_are_all_counted_and_lock_once(sessions, spy) -> None:  # type: ignore[no-untyped-def]
    attempts = 30
    start = threading.Barrier(attempts)
    with ThreadPoolExecutor(attempts) as pool:
        results = list(pool.map(lambda i: attempt(sessions, f"wrong-guess-number-{i:02d}", start), range(attempts)))
    failed, locked, locks = account(sessions)
    print(f"\nparallel wrong passwords: attempts={attempts} counted={failed} locks={locks} "
          f"passwords compared={spy.real_hash_checks} successful wrong logins={sum(results)}")
    assert sum(results) == 0
    assert failed == attempts, "every attempt is counted (no lost update)"
    assert locked and locks == 1
    assert spy.real_hash_checks <= MAX_FAILURES, "no more guesses are compared than the lockout allows"


def test_right_password_hidden_among_29_wrong_ones_never_gets_in_after_the_lock(sessions, spy) -> None:  # type: ignore[no-untyped-def]
    wrong = 29
    start = threading.Barrier(wrong + 1)

    def right_after_the_limit() -> bool:
        """Sent while the wrong guesses are still in flight, once the limit has been reached (or all are done)."""
        start.wait()
        deadline = time.monotonic() + 60
        while account(sessions)[0] < MAX_FAILURES and time.monotonic() < deadline and not all(f.done() for f in futures):
            time.sleep(0.002)
        return attempt(sessions, RIGHT)

    with ThreadPoolExecutor(wrong + 1) as pool:
        futures = [pool.submit(attempt, sessions, f"wrong-guess-number-{i:02d}", start) for i in range(wrong)]
        right = pool.submit(right_after_the_limit)
        got_in = right.result()
        wrong_in = sum(f.result() for f in futures)
    failed, locked, locks = account(sessions)
    print(f"\nright password among {wrong} wrong: attempts={wrong + 1} counted={failed} locks={locks} "
          f"passwords compared={spy.real_hash_checks} right got in={got_in} successful wrong logins={wrong_in}")
    assert not got_in, "the right password must not get in once the limit is reached"
    assert wrong_in == 0
    assert locked and locks == 1
    assert failed == wrong + 1
    assert spy.real_hash_checks <= MAX_FAILURES


def test_a_locked_accounts_session_token_is_refused(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions() as s:
        token = issue_session(authenticate(s, "target", RIGHT), "k" * 32, 60)
        assert check_session(s, token, "k" * 32).user_id
    for _ in range(MAX_FAILURES):
        assert not attempt(sessions, "not-the-password-at-all")
    with sessions() as s, pytest.raises(AuthError, match="log in again"):
        check_session(s, token, "k" * 32)
