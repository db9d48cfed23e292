"""Shared fixtures. No test may reach the network: non-loopback connections fail."""

from __future__ import annotations

import ipaddress
import socket
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
