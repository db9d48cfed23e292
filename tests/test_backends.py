"""The same storage and retrieval tests on three backends.

- embedded: SQLite + chromadb PersistentClient (the defaults)
- postgres: PostgreSQL from Debian's packages, started here on 127.0.0.1 (marker `postgres`)
- chromaserver: a `chroma run` server, reached through COACH_CHROMA_URL (marker `chromaserver`)

The servers are started once per session and skipped only when their binaries are missing
(scripts/start_postgres.sh install puts PostgreSQL in place on Debian).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from assistant.errors import CoachError
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION, notes_collection_name
from assistant.services.archive import export_workspace, import_workspace
from assistant.services.reconcile import index_matches_database, reconcile
from assistant.settings import Settings
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import AssessmentRecord, Note
from bench.localproc import free_loopback_port, stop_process

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """`chroma run` on a free loopback port; yields its URL."""
    binary = Path(sys.executable).with_name("chroma")
    found = str(binary) if binary.exists() else shutil.which("chroma")
    if found is None:
        pytest.skip("the `chroma` CLI (installed with chromadb) was not found next to the Python interpreter or on PATH")
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_loopback_port()
    log = (path / "server.log").open("w")
    proc = subprocess.Popen([found, "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"chroma run did not start:\n{(path / 'server.log').read_text()[-3000:]}")
            time.sleep(0.3)
    yield url
    stop_process(proc, timeout_s=20)
    log.close()


BACKENDS = [
    pytest.param("embedded", id="embedded"),
    pytest.param("postgres", marks=pytest.mark.postgres, id="postgres"),
    pytest.param("chromaserver", marks=pytest.mark.chromaserver, id="chromaserver"),
]


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory):
    """(name, app, actor, workspace id, partner ids) on one backend."""
    from assistant.factory import build_app

    name = request.param
    settings = Settings(data_dir=tmp_path_factory.mktemp(f"backend-{name}"))
    if name == "postgres":
        settings = settings.model_copy(update={"database_url": request.getfixturevalue("new_postgres_database")()})
    if name == "chromaserver":
        settings = settings.model_copy(update={"chroma_url": request.getfixturevalue("chroma_server")})
    app = build_app(settings, today=TODAY)
    with app.sessions() as s:
        user = create_user(s, "backend-cio", "lantern-river-stone-7", "cio", "Backend CIO")
        s.commit()
        actor = Actor(user.id, "cio", "Backend CIO")
    service = app.coach
    ws = service.create_workspace(actor, f"Backend {name}", "Northwind")
    dana = service.add_partner(actor, ws.id, "Dana Whitfield", "CFO", "finance")
    omar = service.add_partner(actor, ws.id, "Omar Ruiz", "COO", "operations")
    service.add_note(actor, ws.id, dana.id, "Dana asked why the IT budget grows faster than revenue.", dt.date(2026, 10, 1), "meeting")
    service.add_note(actor, ws.id, dana.id, "Dana thanked us for the quick fix of the forecast pack — merci ✓.", dt.date(2026, 11, 2), "email")
    service.add_note(actor, ws.id, omar.id, "Omar said the warehouse scanners failed twice during peak season.", dt.date(2026, 11, 5), "call")
    yield name, app, actor, ws.id, {"dana": dana.id, "omar": omar.id}
    app.sessions.kw["bind"].dispose()


def test_migrations_reach_head_and_are_idempotent(backend):
    from assistant.store.migrate import upgrade

    _name, app, *_ = backend
    engine = app.sessions.kw["bind"]
    upgrade(engine)
    from alembic.script import ScriptDirectory

    from assistant.store.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head


def test_notes_are_saved_retrieved_updated_and_deleted(backend):
    _name, app, actor, ws, partners = backend
    service, collection = app.coach, notes_collection_name(ws)
    note = service.add_note(actor, ws, partners["omar"], "Omar wants a dated plan for the scanner replacement — 日本語 ok.", dt.date(2026, 11, 20))
    hits = service.retrieve(actor, ws, "scanner replacement plan", partners["omar"])
    assert any(h.metadata.get("note_id") == note.id for h in hits)
    service.update_note(actor, ws, note.id, "Omar now asks about the night-shift rota instead.")
    assert len(service.index.metadata_by_id(collection, where={"note_id": note.id})) == 1
    hits = service.retrieve(actor, ws, "night-shift rota", partners["omar"])
    assert hits and any(h.metadata.get("note_id") == note.id for h in hits)
    service.delete_note(actor, ws, note.id)
    assert service.index.metadata_by_id(collection, where={"note_id": note.id}) == {}
    assert index_matches_database(app.sessions, app.index, ws) == []


def test_knowledge_ingest_is_idempotent_and_queryable(backend, tmp_path):
    from assistant.paths import KNOWLEDGE_DIR
    from assistant.retrieval.ingest import ingest_knowledge

    _name, app, *_ = backend
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for doc in sorted(KNOWLEDGE_DIR.glob("*.md"))[:2]:
        shutil.copy(doc, folder / doc.name)
    first = ingest_knowledge(app.index, folder)
    again = ingest_knowledge(app.index, folder)
    assert first.added > 0 and again.added == 0 and again.unchanged_docs == 2
    assert app.index.query(KNOWLEDGE_COLLECTION, "how do I change how a partner sees IT", k=3)


def test_assess_plan_and_delete_partner_cascade(backend):
    _name, app, actor, ws, partners = backend
    service = app.coach
    extra = service.add_partner(actor, ws, "Temp Partner", "CMO", "marketing")
    service.add_note(actor, ws, extra.id, "The CMO said IT was late with the campaign site again.", dt.date(2026, 11, 3))
    service.assess(actor, ws, extra.id)
    plan_id, plan = service.plan(actor, ws, extra.id, "campaign review")
    assert plan_id and plan.sections
    service.delete_partner(actor, ws, extra.id)
    with app.sessions() as s:
        assert s.scalar(select(func.count(Note.id)).where(Note.partner_id == extra.id)) == 0
        assert s.scalar(select(func.count(AssessmentRecord.id)).where(AssessmentRecord.partner_id == extra.id)) == 0
    assert service.index.metadata_by_id(notes_collection_name(ws), where={"stakeholder_id": extra.id}) == {}


def test_reconcile_repairs_the_index(backend):
    _name, app, actor, ws, partners = backend
    collection = notes_collection_name(ws)
    note = app.coach.notes(actor, ws, partners["dana"])[0]
    app.index.delete(collection, where={"note_id": note.id})
    app.index.upsert(collection, ["orphan-x"], ["orphaned text"], [{"kind": "note", "note_id": 987654, "stakeholder_id": partners["dana"]}])
    report = reconcile(app.sessions, app.coach, [ws])
    assert (report.notes_reindexed, report.orphans_removed) == (1, 1)
    assert index_matches_database(app.sessions, app.index, ws) == []


def test_export_import_round_trip(backend, tmp_path):
    _name, app, actor, ws, _partners = backend
    with app.sessions() as s:
        other = create_user(s, f"importer-{_name}", "lantern-river-stone-7", "cio", "Importer")
        s.commit()
        importer = Actor(other.id, "cio", "Importer")
    archive = tmp_path / "ws.zip"
    exported = export_workspace(app.sessions, ws, archive, actor=actor)
    report = import_workspace(app.sessions, app.coach, archive, importer)
    assert report.counts["notes"] == exported.counts["notes"] and report.chunks >= report.counts["notes"]
    assert index_matches_database(app.sessions, app.index, report.workspace_id) == []
    partner = next(p for p in app.coach.partners(importer, report.workspace_id) if p.name == "Omar Ruiz")
    hits = app.coach.retrieve(importer, report.workspace_id, "warehouse scanners failed", partner.id)
    assert hits and hits[0].metadata.get("stakeholder_id") == partner.id


def test_threads_write_concurrently(backend):
    _name, app, actor, ws, partners = backend
    errors: list[str] = []
    saved: list[int] = []
    lock = threading.Lock()

    def writer(t: int) -> None:
        for i in range(5):
            try:
                note = app.coach.add_note(actor, ws, partners["dana"], f"Concurrent note t{t}-{i} about the budget review.", dt.date(2026, 11, 10))
                with lock:
                    saved.append(note.id)
            except Exception as exc:  # noqa: BLE001 - every error is a finding
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert len(saved) == len(set(saved)) == 20
    assert index_matches_database(app.sessions, app.index, ws) == []


HOSTILE_FIELDS = {
    "NUL in a note title": lambda s, a, ws, p: s.add_note(a, ws, p, "A normal note.", title="bad\x00title"),
    "1,000-character filename": lambda s, a, ws, p: s.add_note(a, ws, p, "A normal note.", filename="f" * 1000 + ".txt"),
    "NUL in a question": lambda s, a, ws, p: s.ask(a, ws, "What does Dana\x00 want?", p),
    "long power value": lambda s, a, ws, p: s.add_partner(a, ws, "Powerful", power="x" * 100),
}


@pytest.mark.parametrize("case", list(HOSTILE_FIELDS))
def test_hostile_fields_are_saved_or_rejected_clearly(backend, case, request):
    name, app, actor, ws, partners = backend
    with app.sessions() as s:
        before = s.scalar(select(func.count(Note.id)))
    try:
        HOSTILE_FIELDS[case](app.coach, actor, ws, partners["dana"])
    except CoachError:
        pass
    with app.sessions() as s:
        assert s.scalar(select(func.count(Note.id))) >= before
