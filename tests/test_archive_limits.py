"""Workspace archive import (`coach import`): bombs, wrong shapes, NaN, deep nesting, bad versions and repeated
ids are each refused with one clear error, in bounded memory, and nothing is written."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest
from bombs import build_zip, peak_memory
from sqlalchemy import func, select

from assistant.errors import InputError
from assistant.schema import Assessment, Evidence, Plan, PlanSection
from assistant.services.archive import import_workspace
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import (
    AssessmentRecord,
    Commitment,
    Note,
    Partner,
    PlanRecord,
    ValueStatement,
    Workspace,
)

CAP_MB = 512
MANIFEST = {"format": "cio-coach-workspace", "version": 1, "exported_at": "2026-11-01T10:00:00",
            "workspace": {"id": 7, "name": "Imported org", "organisation": "Org"}}
ASSESSMENT = Assessment(partner="Dana Ruiz", dependence="I", competence="doubted", quadrant="bypass_risk", confidence=0.7,
                        evidence=[Evidence(quote="the dashboard was late again", axis="competence", note_ref="2026-10-01")],
                        scores={"T": 0.2}).model_dump(mode="json")
PLAN = Plan(partner="Dana Ruiz", quadrant="bypass_risk", sections=[PlanSection(key="goal", title="Goal", text="Rebuild trust.")]).model_dump(mode="json")


def good_tables() -> dict[str, list[dict]]:
    return {
        "stakeholders": [{"id": 3, "name": "Dana Ruiz", "role": "CFO", "function": "finance"}],
        "notes": [{"id": 11, "stakeholder_id": 3, "date": "2026-10-01", "kind": "meeting", "text": "Dana said the dashboard was late again."},
                  {"id": 12, "stakeholder_id": 3, "date": "2026-10-08", "kind": "email", "text": "Dana asked for the forecast by Friday."}],
        "assessments": [{"id": 5, "stakeholder_id": 3, "engine": "offline", "dependence": "I", "competence": "doubted",
                         "quadrant": "bypass_risk", "confidence": 0.7, "payload": ASSESSMENT}],
        "commitments": [{"id": 8, "stakeholder_id": 3, "what": "Send the forecast", "owner": "CIO", "due": "2026-10-10"}],
        "plans": [{"id": 9, "stakeholder_id": 3, "purpose": "budget review", "engine": "offline", "payload": PLAN, "status": "draft"}],
        "value_statements": [{"id": 1, "version": 1, "text": "Technology helps us serve customers faster."}],
    }


def write_archive(path: Path, tables: dict[str, list[dict]], manifest: dict | None = None, raw: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest or MANIFEST))
        for table, rows in tables.items():
            archive.writestr(f"{table}.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
        for member, text in (raw or {}).items():
            archive.writestr(member, text)
    return path


@pytest.fixture(scope="module")
def app_and_cio(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant.factory import build_app
    from assistant.settings import Settings

    app = build_app(Settings(data_dir=tmp_path_factory.mktemp("archive-limits")), today=dt.date(2026, 11, 27))
    with app.sessions() as s:
        user = create_user(s, "archive-cio", "lantern-river-stone-7", "cio", "Archive CIO")
        s.commit()
        return app, Actor(user.id, "cio", "Archive CIO")


def counts(app) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with app.sessions() as s:
        return tuple(int(s.scalar(select(func.count(m.id))) or 0)
                     for m in (Workspace, Partner, Note, AssessmentRecord, Commitment, PlanRecord, ValueStatement))


def test_a_valid_archive_imports(app_and_cio, tmp_path: Path) -> None:
    app, cio = app_and_cio
    report = import_workspace(app.sessions, app.coach, write_archive(tmp_path / "ok.zip", good_tables()), cio)
    assert report.counts == {"stakeholders": 1, "notes": 2, "assessments": 1, "commitments": 1, "plans": 1, "value_statements": 1}
    [partner] = app.coach.partners(cio, report.workspace_id)
    latest = app.coach.latest_assessment(cio, report.workspace_id, partner.id)
    assert latest is not None and latest.evidence[0].quote == "the dashboard was late again"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _edit(table: str, index: int, **changes: object):  # type: ignore[no-untyped-def]
    def apply(tables: dict[str, list[dict]]) -> None:
        tables[table][index].update(changes)
    return apply


def _duplicate(table: str):  # type: ignore[no-untyped-def]
    def apply(tables: dict[str, list[dict]]) -> None:
        tables[table].append(dict(tables[table][0]))
    return apply


BAD = {  # case -> (change to the good tables, or raw member text; what the message must say)
    "assessment payload of the wrong shape": (_edit("assessments", 0, payload={**ASSESSMENT, "evidence": "late"}), "assessments.jsonl line 1: payload.evidence"),
    "assessment payload with a bad level": (_edit("assessments", 0, payload={**ASSESSMENT, "dependence": "Z"}), "payload.dependence"),
    "plan payload of the wrong shape": (_edit("plans", 0, payload={**PLAN, "sections": [{"key": 1}]}), "plans.jsonl line 1: payload.sections.0"),
    "NaN confidence": ({"assessments.jsonl": json.dumps(good_tables()["assessments"][0]).replace("0.7", "NaN", 1)}, "NaN"),
    "Infinity through overflow": ({"assessments.jsonl": json.dumps(good_tables()["assessments"][0]).replace("0.7", "1e999", 1)}, "1e999"),
    "NaN as a string in a payload": (_edit("assessments", 0, payload={**ASSESSMENT, "scores": {"T": "nan"}}), "NaN or infinity"),
    "nesting 13 deep": ({"plans.jsonl": json.dumps(good_tables()["plans"][0])[:-1] + ', "extra": ' + _nested(13) + "}"}, "nests more than 12 levels"),
    "nesting 100,000 deep": ({"notes.jsonl": '{"id": 11, "x": ' + _nested(100_000) + "}"}, "nests more than 12 levels"),
    "manifest version 0": ({"manifest.json": json.dumps({**MANIFEST, "version": 0})}, "version"),
    "manifest version from the future": ({"manifest.json": json.dumps({**MANIFEST, "version": 2})}, "reads up to 1"),
    "value statement version 0": (_edit("value_statements", 0, version=0), "value_statements.jsonl line 1: version"),
    "value statement version past 2^31": (_edit("value_statements", 0, version=2**40), "value_statements.jsonl line 1: version"),
    "note id past 2^31": (_edit("notes", 0, id=2**40), "notes.jsonl line 1: id"),
    "repeated partner id": (_duplicate("stakeholders"), "stakeholders.jsonl line 2 repeats id 3"),
    "repeated note id": (_duplicate("notes"), "notes.jsonl line 3 repeats id 11"),
    "repeated plan id": (_duplicate("plans"), "plans.jsonl line 2 repeats id 9"),
    "repeated value statement version": (_duplicate("value_statements"), "repeats version 1"),
    "unknown note kind": (_edit("notes", 1, kind="tweet"), "notes.jsonl line 2: kind"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_rows_are_refused_and_nothing_is_written(app_and_cio, tmp_path: Path, case: str) -> None:
    app, cio = app_and_cio
    change, expected = BAD[case]
    tables = good_tables()
    raw: dict[str, str] = {}
    if callable(change):
        change(tables)
    else:
        raw = change
        for member in raw:
            tables.pop(member.removesuffix(".jsonl"), None)
    path = tmp_path / "bad.zip"
    write_archive(path, tables, manifest=json.loads(raw.pop("manifest.json")) if "manifest.json" in raw else None, raw=raw)
    before = counts(app)
    with pytest.raises(InputError) as caught:
        import_workspace(app.sessions, app.coach, path, cio)
    assert expected in str(caught.value)
    assert counts(app) == before  # one transaction: the rows before the bad one were rolled back too


def test_a_bad_last_row_rolls_back_every_row_before_it(app_and_cio, tmp_path: Path) -> None:
    """Stakeholders, notes, assessments, commitments and plans are all written before value statements are read."""
    app, cio = app_and_cio
    tables = good_tables()
    tables["value_statements"].append({"id": 2, "version": 2, "text": ""})
    before = counts(app)
    with pytest.raises(InputError, match="value_statements.jsonl line 2: text"):
        import_workspace(app.sessions, app.coach, write_archive(tmp_path / "late.zip", tables), cio)
    assert counts(app) == before


BOMB = """
from tests.bombs import build_zip, measured
from assistant.services.archive import import_workspace
from assistant.store.access import Actor
from assistant.errors import InputError
import json, pathlib, tempfile
folder = pathlib.Path(tempfile.mkdtemp())
manifest = json.dumps({manifest!r}).encode()
data = build_zip([("manifest.json", manifest, 1), ("stakeholders.jsonl", b"", 1), ("notes.jsonl", b" " * 1048576, {mib})])
(folder / "bomb.zip").write_bytes(data)
result['archive_bytes'] = len(data)
with measured(result):
    try:
        import_workspace(None, None, folder / "bomb.zip", Actor(1, "cio"))
        result['outcome'] = 'imported'
    except InputError as exc:
        result['outcome'] = 'refused'
        result['message'] = str(exc)
"""


def test_zip_bomb_is_refused_in_bounded_memory() -> None:
    """notes.jsonl unpacking to 300 MiB from a 0.3 MB archive: refused from the zip directory, before inflating."""
    result = peak_memory(BOMB.format(manifest=MANIFEST, mib=300), cap_mb=CAP_MB)
    assert result["returncode"] == 0, result["stderr"]
    assert result["archive_bytes"] < 1_000_000 and result["outcome"] == "refused"
    assert "notes.jsonl unpacks to 315 MB" in result["message"]
    growth = result["rss_after_mb"] - result["rss_before_mb"]
    print(f"archive bomb: peak resident memory {result['rss_after_mb']:.0f} MiB, {growth:.0f} MiB above the "
          f"{result['rss_before_mb']:.0f} MiB of the interpreter, libraries and the archive (address space capped at {CAP_MB} MiB)")
    assert result["rss_after_mb"] - result["rss_before_mb"] < 32


def test_dense_member_under_the_size_cap_is_refused(app_and_cio, tmp_path: Path) -> None:
    """60 MiB of spaces (under the 64 MB cap) compressed 1000 to 1: refused by the ratio cap."""
    app, cio = app_and_cio
    path = tmp_path / "dense.zip"
    path.write_bytes(build_zip([("manifest.json", json.dumps(MANIFEST).encode(), 1), ("notes.jsonl", b" " * 1048576, 60)]))
    with pytest.raises(InputError, match="compressed .* to 1"):
        import_workspace(app.sessions, app.coach, path, cio)


def test_a_long_line_is_refused_while_streaming(app_and_cio, tmp_path: Path) -> None:
    """A 10 MB line (a member within the caps) is refused when it passes 4 MB, not read whole."""
    app, cio = app_and_cio
    tables = good_tables()
    tables["notes"][0]["text"] = os.urandom(5_000_000).hex()  # incompressible, so no ratio cap stops it first
    with pytest.raises(InputError, match="notes.jsonl line 1 is longer than 4 MB"):
        import_workspace(app.sessions, app.coach, write_archive(tmp_path / "long.zip", tables), cio)
