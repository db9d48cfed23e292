"""Durability: SQLite pragmas, a SIGKILL crash test, reconcile, export/import, backup, partner deletion."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import typer
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from assistant.errors import CoachError, ConfigError, InputError
from assistant.retrieval.vector_index import notes_collection_name
from assistant.services.archive import export_workspace, import_workspace
from assistant.services.reconcile import index_matches_database, reconcile
from assistant.settings import Settings
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.migrate import upgrade
from assistant.store.models import (
    AssessmentRecord,
    Commitment,
    Note,
    Partner,
    PlanRecord,
    Workspace,
    make_engine,
    make_sessionmaker,
)
from cli.durability import register

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)


def _seed_database(data_dir: Path) -> tuple[int, int, int]:
    """A CIO, a workspace and a partner, written through the database only (no vector store opened)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(Settings(data_dir=data_dir).resolved_database_url())
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    with sessions() as s:
        user = create_user(s, "crash-cio", "lantern-river-stone-7", "cio", "Crash CIO")
        s.flush()
        ws = Workspace(name="Crash test", owner_id=user.id)
        s.add(ws)
        s.flush()
        partner = Partner(workspace_id=ws.id, name="Dana Whitfield", role="CFO", function="finance")
        s.add(partner)
        s.commit()
        ids = (user.id, ws.id, partner.id)
    engine.dispose()
    return ids


@pytest.fixture
def small_app(tmp_path):
    """An app over a fresh data dir with one CIO, a workspace and two partners with notes."""
    return _make_small_app(tmp_path / "data")


@pytest.fixture(scope="module")
def shared_app(tmp_path_factory):
    """The same, shared by tests that leave it as they found it."""
    path = tmp_path_factory.mktemp("shared")
    return (*_make_small_app(path / "data"), path)


def _make_small_app(data_dir: Path):  # type: ignore[no-untyped-def]
    from assistant.factory import build_app

    app = build_app(Settings(data_dir=data_dir), today=TODAY)
    with app.sessions() as s:
        user = create_user(s, "arch-cio", "lantern-river-stone-7", "cio", "Archive CIO")
        s.commit()
        actor = Actor(user.id, "cio", "Archive CIO")
    service = app.coach
    ws = service.create_workspace(actor, "Archive org", "Northwind")
    service.set_value_statement(actor, ws.id, "Technology helps Northwind ship orders faster and cheaper.")
    dana = service.add_partner(actor, ws.id, "Dana Whitfield", "CFO", "finance", email="dana@northwind.example")
    omar = service.add_partner(actor, ws.id, "Omar Ruiz", "COO", "operations")
    service.add_note(actor, ws.id, dana.id, "Dana asked why the IT budget grows faster than revenue. We will send the cost breakdown by 2026-12-10.", dt.date(2026, 10, 1), "meeting", "Budget review")
    service.add_note(actor, ws.id, dana.id, "Dana praised the quick fix of the quarterly forecast pack — merci, ça marche ✓.", dt.date(2026, 11, 2), "email")
    service.add_note(actor, ws.id, omar.id, "Omar said the warehouse scanners failed twice during peak; he is considering an outside vendor.", dt.date(2026, 11, 5), "call")
    service.add_commitment(actor, ws.id, dana.id, "Send the cost breakdown", "CIO", dt.date(2026, 12, 10))
    service.assess(actor, ws.id, omar.id)
    plan_id, _ = service.plan(actor, ws.id, dana.id, "budget review")
    service.accept_followups(actor, ws.id, plan_id)
    return app, actor, ws.id, {"dana": dana.id, "omar": omar.id}


def _cli(data_dir: Path, *args: str):  # type: ignore[no-untyped-def]
    cli = typer.Typer()
    register(cli)
    return CliRunner().invoke(cli, list(args), env={"COACH_DATA_DIR": str(data_dir)})


# -- SQLite settings -----------------------------------------------------------------------------
def test_sqlite_pragmas_on_a_live_connection(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'coach.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    engine.dispose()


# -- crash test --------------------------------------------------------------------------------
_CHILD = r"""
import datetime as dt, sys
from assistant.store.access import Actor
from assistant.factory import build_app
from assistant.services.reconcile import reconcile
from assistant.settings import Settings

data_dir, user_id, ws, partner, start, count = sys.argv[1], *map(int, sys.argv[2:7])
app = build_app(Settings(data_dir=data_dir), today=dt.date(2026, 11, 27))
report = reconcile(app.sessions, app.coach)
print("RECONCILE", report.notes_reindexed, report.orphans_removed, flush=True)
actor = Actor(user_id, "cio", "Crash CIO")
filler = " ".join(f"detail{j} of the forecast pack and the budget line" for j in range(60))
print("READY", flush=True)
for i in range(start, start + count):
    body = f"Crash-test note {i}: the CFO asked again about the forecast pack (token crash-{i})."
    if i % 5 == 0:
        body += "\n\n" + filler
    print("TRY", i, flush=True)
    note = app.coach.add_note(actor, ws, partner, body, dt.date(2026, 11, 1), "meeting")
    print("ACK", note.id, i, flush=True)
print("DONE", flush=True)
"""


def _run_and_kill(data_dir: Path, ids: tuple[int, int, int], start: int, kill_after: int, rng: random.Random) -> dict[str, object]:
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir), *map(str, ids), str(start), "400"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    attempted: list[int] = []
    acked: dict[int, int] = {}
    reconcile_line = ""
    killed = False
    for line in proc.stdout:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "RECONCILE":
            reconcile_line = line.strip()
        elif parts[0] == "TRY":
            attempted.append(int(parts[1]))
        elif parts[0] == "ACK":
            acked[int(parts[1])] = int(parts[2])
            if len(acked) >= kill_after:
                time.sleep(rng.random() * 0.08)  # land the kill at varying points of the next add_note
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
    for line in proc.stdout:  # what the child printed before it died still counts
        parts = line.split()
        if parts and parts[0] == "TRY":
            attempted.append(int(parts[1]))
        elif parts and parts[0] == "ACK":
            acked[int(parts[1])] = int(parts[2])
    proc.wait(timeout=60)
    stderr = proc.stderr.read() if proc.stderr else ""
    assert killed, f"the child ended before it was killed: rc={proc.returncode}\n{stderr[-3000:]}"
    assert proc.returncode == -signal.SIGKILL
    return {"attempted": attempted, "acked": acked, "reconcile": reconcile_line}


def test_sigkill_while_adding_notes_loses_no_acknowledged_note(tmp_path):
    from assistant.factory import build_app

    data_dir = tmp_path / "data"
    ids = _seed_database(data_dir)
    rng = random.Random(20261127)
    rounds = [_run_and_kill(data_dir, ids, start, rng.randint(4, 16), rng) for start in (0, 1000, 2000)]
    attempted = sum(len(r["attempted"]) for r in rounds)  # type: ignore[arg-type]
    acked: dict[int, int] = {}
    for r in rounds:
        acked.update(r["acked"])  # type: ignore[arg-type]

    app = build_app(Settings(data_dir=data_dir), today=TODAY)  # the restart
    with app.sessions() as s:
        present = set(s.scalars(select(Note.id).where(Note.workspace_id == ids[1])))
        texts = list(s.scalars(select(Note.text).where(Note.workspace_id == ids[1])))
    lost = sorted(set(acked) - present)
    before = index_matches_database(app.sessions, app.index, ids[1])
    report = reconcile(app.sessions, app.coach)
    after = index_matches_database(app.sessions, app.index, ids[1])
    again = reconcile(app.sessions, app.coach)
    figures = {
        "attempted": attempted, "acknowledged": len(acked), "lost": len(lost),
        "saved_but_unacknowledged": len(present - set(acked)), "index_problems_before_reconcile": len(before),
        "reconcile": report.summary(), "child_reconciles": [r["reconcile"] for r in rounds],
    }
    print("CRASH-TEST", json.dumps(figures))
    assert lost == [], f"acknowledged notes lost after SIGKILL: {lost}"
    assert len(texts) == len(set(texts)), "a note was saved twice"
    assert len(present) <= attempted
    assert after == [], after
    assert again.clean
    hits = app.coach.index.query(notes_collection_name(ids[1]), "forecast pack", k=3)
    assert hits and all(int(h.metadata["note_id"]) in present for h in hits)


# -- reconcile ---------------------------------------------------------------------------------
def test_reconcile_adds_missing_repairs_stale_and_removes_orphans(small_app):
    app, actor, ws, partners = small_app
    name = notes_collection_name(ws)
    notes = app.coach.notes(actor, ws, partners["dana"]) + app.coach.notes(actor, ws, partners["omar"])
    first, second, third = notes
    assert reconcile(app.sessions, app.coach).clean
    app.index.delete(name, where={"note_id": first.id})  # crash after commit, before indexing
    with app.sessions() as s:  # an edit committed but never re-indexed
        s.get(Note, second.id).text = "Dana now asks for a board-ready summary of the cloud migration."  # type: ignore[union-attr]
        s.execute(text("DELETE FROM notes WHERE id = :id"), {"id": third.id})  # deleted, vectors left behind
        s.commit()
    app.index.upsert(name, ["stray-1"], ["a chunk with no note"], [{"kind": "note", "note_id": 99999, "stakeholder_id": partners["dana"]}])
    assert len(index_matches_database(app.sessions, app.index, ws)) == 4

    report = reconcile(app.sessions, app.coach)
    assert report.notes_reindexed == 2
    assert report.orphans_removed == 2  # the stray chunk and the deleted note's chunk
    assert index_matches_database(app.sessions, app.index, ws) == []
    assert reconcile(app.sessions, app.coach).clean
    hits = app.coach.retrieve(actor, ws, "board-ready summary of the cloud migration", partners["dana"])
    assert any(h.metadata.get("note_id") == second.id for h in hits)


def test_reconcile_command(small_app, tmp_path):
    app, _actor, ws, _partners = small_app
    app.index.delete(notes_collection_name(ws), where={"stakeholder_id": _partners["omar"]})
    run = _cli(tmp_path / "data", "reconcile")
    assert run.exit_code == 0, run.output
    assert "1 notes re-indexed" in run.output
    assert index_matches_database(app.sessions, app.index, ws) == []


# -- export / import -------------------------------------------------------------------------
def _comparable(archive: Path) -> dict[str, list[dict]]:
    """Archive rows without ids, keyed by partner name, so two exports of equal workspaces compare equal."""
    with zipfile.ZipFile(archive) as z:
        tables = {name[:-6]: [json.loads(line) for line in z.read(name).decode().splitlines()] for name in z.namelist() if name.endswith(".jsonl")}
    partners = {p["id"]: p["name"] for p in tables["stakeholders"]}
    out: dict[str, list[dict]] = {}
    for table, rows in tables.items():
        cleaned = []
        for row in rows:
            row = {k: v for k, v in row.items() if k not in ("id", "payload", "created_at", "updated_at")}
            if "stakeholder_id" in row:
                row["stakeholder"] = partners[row.pop("stakeholder_id")]
            cleaned.append(row)
        out[table] = sorted(cleaned, key=lambda r: json.dumps(r, sort_keys=True))
    return out


def test_export_then_import_round_trips_a_workspace(small_app, tmp_path):
    app, actor, ws, source_partners = small_app
    omar_history = len(app.coach.history(actor, ws, source_partners["omar"]))
    data_dir = tmp_path / "data"
    with app.sessions() as s:
        other = create_user(s, "second-cio", "lantern-river-stone-7", "cio", "Second CIO")
        s.commit()
        second = Actor(other.id, "cio", "Second CIO")
    archive = tmp_path / "ws.zip"
    run = _cli(data_dir, "export", str(ws), str(archive))
    assert run.exit_code == 0, run.output
    with zipfile.ZipFile(archive) as z:
        assert set(z.namelist()) == {"manifest.json", "stakeholders.jsonl", "notes.jsonl", "assessments.jsonl", "commitments.jsonl", "plans.jsonl", "value_statements.jsonl"}
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["format"] == "cio-coach-workspace" and manifest["version"] == 1
    assert manifest["workspace"]["name"] == "Archive org" and manifest["counts"]["notes"] == 3

    run = _cli(data_dir, "import", str(archive), "--owner", "second-cio", "--name", "Restored")
    assert run.exit_code == 0, run.output
    new_ws = max(w.id for w in app.coach.workspaces(second))
    assert app.coach.workspaces(second)[-1].name == "Restored"
    partners = {p.name: p.id for p in app.coach.partners(second, new_ws)}
    assert set(partners) == {"Dana Whitfield", "Omar Ruiz"}
    assert app.coach.partner(second, new_ws, partners["Dana Whitfield"]).email == "dana@northwind.example"  # the calendar e-mail travels
    assert len(app.coach.notes(second, new_ws, partners["Dana Whitfield"])) == 2
    assert len(app.coach.history(second, new_ws, partners["Omar Ruiz"])) == omar_history >= 1  # the history travels as it was
    assert app.coach.value_statement(second, new_ws).text.startswith("Technology helps")  # type: ignore[union-attr]
    assert index_matches_database(app.sessions, app.index, new_ws) == []
    hits = app.coach.retrieve(second, new_ws, "warehouse scanners failed during peak", partners["Omar Ruiz"])
    assert hits and hits[0].metadata.get("stakeholder_id") == partners["Omar Ruiz"]

    again = tmp_path / "again.zip"
    export_workspace(app.sessions, new_ws, again, actor=second)
    assert _comparable(again) == _comparable(archive)
    with pytest.raises(CoachError):
        export_workspace(app.sessions, ws, tmp_path / "not-yours.zip", actor=second)


def _zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.fixture(scope="module")
def good_members(shared_app) -> dict[str, str | bytes]:
    app, _actor, ws, _, path = shared_app
    archive = path / "good.zip"
    export_workspace(app.sessions, ws, archive)
    with zipfile.ZipFile(archive) as z:
        return {name: z.read(name).decode() for name in z.namelist()}


BAD_ARCHIVES = {
    "not a zip": None,
    "no manifest": {"manifest.json": None},
    "manifest not json": {"manifest.json": "{not json"},
    "wrong format": {"manifest.json": json.dumps({"format": "something-else", "version": 1, "exported_at": "2026-01-01T00:00:00", "workspace": {"name": "x"}})},
    "newer version": {"manifest.json": json.dumps({"format": "cio-coach-workspace", "version": 99, "exported_at": "2026-01-01T00:00:00", "workspace": {"name": "x"}})},
    "broken jsonl": {"notes.jsonl": '{"id": 1, "stakeholder_id": '},
    "jsonl array": {"notes.jsonl": "[1, 2]\n"},
    "unknown partner": {"notes.jsonl": json.dumps({"id": 1, "stakeholder_id": 424242, "text": "hello"}) + "\n"},
    "empty note": {"notes.jsonl": json.dumps({"id": 1, "stakeholder_id": 0, "text": ""}) + "\n"},
    "control chars in name": {"stakeholders.jsonl": json.dumps({"id": 0, "name": "a\x07b"}) + "\n"},
    "binary member": {"notes.jsonl": b"\xff\xfe\x00\x01garbage"},
    "missing table": {"plans.jsonl": None},
}


@pytest.mark.parametrize("case", list(BAD_ARCHIVES))
def test_import_rejects_broken_archives_and_writes_nothing(case, shared_app, good_members, tmp_path):
    app, actor, _ws, _, data_root = shared_app
    path = tmp_path / "bad.zip"
    change = BAD_ARCHIVES[case]
    if change is None:
        path.write_bytes(b"PK\x03\x04 this is not really a zip")
    else:
        members = dict(good_members)
        for name, data in change.items():
            if data is None:
                members.pop(name, None)
            else:
                members[name] = data
        _zip(path, members)
    with app.sessions() as s:
        before = (s.scalar(select(func.count(Workspace.id))), s.scalar(select(func.count(Note.id))))
    with pytest.raises(InputError) as caught:
        import_workspace(app.sessions, app.coach, path, actor)
    assert len(str(caught.value)) > 20
    with app.sessions() as s:
        assert (s.scalar(select(func.count(Workspace.id))), s.scalar(select(func.count(Note.id)))) == before
    if case in ("not a zip", "broken jsonl", "unknown partner"):
        run = _cli(data_root / "data", "import", str(path), "--owner", "arch-cio")
        assert run.exit_code == 2 and "Traceback" not in run.output


def test_import_refuses_a_zip_bomb(shared_app, tmp_path, monkeypatch):
    import assistant.services.archive as archive_module

    app, actor, _ws, _, _path = shared_app
    path = _zip(tmp_path / "bomb.zip", {"manifest.json": "{}", "notes.jsonl": "x" * 5_000_000})
    monkeypatch.setattr(archive_module, "MAX_ARCHIVE_BYTES", 1_000_000)
    with pytest.raises(InputError, match="unpacks to"):
        import_workspace(app.sessions, app.coach, path, actor)


def test_export_and_import_errors_exit_2_without_traceback(shared_app, tmp_path):
    data_dir = shared_app[-1] / "data"
    for args in (("export", "999", str(tmp_path / "x.zip")), ("export", "1", str(tmp_path / "no-such-dir" / "x.zip")),
                 ("import", str(tmp_path / "missing.zip"), "--owner", "arch-cio"), ("backup", str(data_dir))):
        run = _cli(data_dir, *args)
        assert run.exit_code == 2, (args, run.output)
        assert "Traceback" not in run.output and "Error:" in run.output
    _zip(tmp_path / "ok.zip", {"manifest.json": "{}"})
    run = _cli(data_dir, "import", str(tmp_path / "ok.zip"), "--owner", "nobody")
    assert run.exit_code == 2 and "no CIO account" in run.output


# -- backup -----------------------------------------------------------------------------------
def test_backup_copies_database_and_index_and_restores(small_app, tmp_path):
    from assistant.factory import build_app

    app, actor, ws, partners = small_app
    dest = tmp_path / "backup"
    run = _cli(tmp_path / "data", "backup", str(dest))
    assert run.exit_code == 0, run.output
    assert (dest / "coach.db").is_file() and (dest / "chroma").is_dir() and (dest / "backup.json").is_file()
    with sqlite3.connect(dest / "coach.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 3
    restored = build_app(Settings(data_dir=dest), today=TODAY)
    assert len(restored.coach.notes(actor, ws, partners["dana"])) == 2
    assert reconcile(restored.sessions, restored.coach).orphans_removed == 0
    assert index_matches_database(restored.sessions, restored.index, ws) == []
    run = _cli(tmp_path / "data", "backup", str(dest))
    assert run.exit_code == 2 and "not an empty folder" in run.output


def test_backup_of_postgres_says_use_pg_dump(tmp_path):
    from assistant.services.backup import backup

    with pytest.raises(ConfigError, match="pg_dump"):
        backup(Settings(data_dir=tmp_path, database_url="postgresql+psycopg://coach@127.0.0.1:5432/coach"), tmp_path / "b")


# -- deleting a partner ----------------------------------------------------------------------
def test_deleting_a_partner_removes_notes_assessments_ledger_plans_and_vectors(small_app):
    app, actor, ws, partners = small_app
    service, name = app.coach, notes_collection_name(ws)
    dana, omar = partners["dana"], partners["omar"]
    service.assess(actor, ws, dana)
    assert service.index.metadata_by_id(name, where={"stakeholder_id": dana})
    omar_chunks = service.index.metadata_by_id(name, where={"stakeholder_id": omar})
    omar_assessments = len(service.history(actor, ws, omar))
    service.delete_partner(actor, ws, dana)
    with app.sessions() as s:
        for model in (Note, AssessmentRecord, Commitment, PlanRecord):
            assert s.scalar(select(func.count(model.id)).where(model.partner_id == dana)) == 0, model.__name__
        assert s.scalar(select(func.count(Note.id)).where(Note.partner_id == omar)) == 1
        assert s.scalar(select(func.count(AssessmentRecord.id)).where(AssessmentRecord.partner_id == omar)) == omar_assessments >= 1
    assert service.index.metadata_by_id(name, where={"stakeholder_id": dana}) == {}
    assert service.index.metadata_by_id(name, where={"stakeholder_id": omar}) == omar_chunks
    assert all(h.metadata.get("stakeholder_id") != dana for h in service.retrieve(actor, ws, "IT budget grows faster than revenue"))
    assert index_matches_database(app.sessions, app.index, ws) == []
