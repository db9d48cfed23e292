"""Shared fixtures. No test may reach the network: non-loopback connections fail."""

from __future__ import annotations

import glob
import ipaddress
import itertools
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # unix socket path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded(real):  # type: ignore[no-untyped-def]
    def connect(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise RuntimeError(f"Network access to {address!r} is not allowed in tests (loopback only).")
        return real(self, address)

    return connect


@pytest.fixture(autouse=True, scope="session")
def no_network():
    socket.socket.connect = _guarded(_real_connect)  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded(_real_connect_ex)  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def knowledge_data_dir(tmp_path_factory) -> Path:
    """A data dir whose knowledge index is built once for the whole run."""
    from assistant.factory import build_index
    from assistant.paths import KNOWLEDGE_DIR
    from assistant.retrieval.ingest import ingest_knowledge
    from assistant.settings import Settings

    path = tmp_path_factory.mktemp("coach-data")
    index = build_index(Settings(data_dir=path))
    ingest_knowledge(index, KNOWLEDGE_DIR)
    return path


@pytest.fixture(scope="session")
def demo_app(knowledge_data_dir):
    """A full app over the shared data dir with the demo workspace loaded."""
    import datetime as dt

    from assistant.factory import build_app
    from assistant.services.demo import ensure_demo
    from assistant.settings import Settings

    app = build_app(Settings(data_dir=knowledge_data_dir), today=dt.date(2026, 11, 27))
    info = ensure_demo(app)
    return app, info


START_POSTGRES = Path(__file__).resolve().parents[1] / "scripts" / "start_postgres.sh"
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster on a free loopback port; yields an admin URL."""
    from bench.localproc import free_loopback_port

    if not glob.glob("/usr/lib/postgresql/*/bin/initdb") and shutil.which("initdb") is None:
        pytest.skip("PostgreSQL binaries not found (/usr/lib/postgresql/*/bin); run `scripts/start_postgres.sh install` (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="coach-pg-"))
    base.chmod(0o755)  # the postgres user must reach the data folder
    data = base / "data"
    run = subprocess.run(["bash", str(START_POSTGRES), "start", str(data), str(free_loopback_port())], capture_output=True, text=True, timeout=180)
    if run.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"PostgreSQL is installed but did not start:\n{run.stderr[-3000:]}")
    url = run.stdout.strip().splitlines()[-1]
    yield url
    subprocess.run(["bash", str(START_POSTGRES), "stop", str(data)], capture_output=True, timeout=120)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def new_postgres_database(postgres_server):
    """A function that creates a fresh, empty database on the test server and returns its SQLAlchemy URL."""
    import psycopg

    def create() -> str:
        name = f"coach_test_{next(_databases)}"
        dsn = postgres_server.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return postgres_server.rsplit("/", 1)[0] + "/" + name

    return create


@pytest.fixture(scope="module")
def assess_text(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Assess a notes file's text with the offline engine (one engine per test module, in a fresh data folder)."""
    from assistant.factory import build_engine
    from assistant.settings import Settings
    from assistant.text.notes_format import parse_notes_text

    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("assess")), None)

    def assess(text: str):  # type: ignore[no-untyped-def]
        parsed = parse_notes_text(text)
        return engine.assess(parsed.notes, partner=parsed.partner)

    return assess


@pytest.fixture(scope="module")
def plan_text(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Assess and plan a notes file's text with the offline engine (one engine per test module): plan(text, today)."""
    from assistant.factory import build_engine
    from assistant.planning.planner import PlanInput
    from assistant.settings import Settings
    from assistant.text.notes_format import parse_notes_text

    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("plan")), None)

    def plan(text: str, today, purpose: str = "", statement: str = ""):  # type: ignore[no-untyped-def]
        parsed = parse_notes_text(text, today=today)  # "July 2:" headings take their year from the meeting day
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        return engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, purpose, statement, [], today))

    return plan
