"""A corpus of hostile and broken inputs through every entry point: uploads, the core API and the CLI.

Each input either works (kept as plain text, never interpreted) or fails with a
CoachError whose message says what to do; the CLI exits with code 2 and no
traceback; nothing already saved is lost.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from assistant.errors import CoachError, InputError
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import Note
from assistant.text.files import MAX_NOTE_CHARS, MAX_UPLOAD_BYTES, extract_text

ROOT = Path(__file__).resolve().parents[1]
HTML = "<html><body><script>alert('pwned')</script><img src=x onerror=alert(1)><p>Dana wants the budget</p></body></html>"
UNICODE = "Dana \u200fقال\u200f said 👨\u200d👩\u200d👧 e\u0301 caf\u00e9 \u202eevil\u202c zero\u200bwidth \ufeffbom"
CORE_FIX = "needs the core change listed in the durability report"


def _docx(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for name, value in replace.items():
        if value is None:
            members.pop(name, None)
        else:
            members[name] = value
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, value in members.items():
            z.writestr(name, value)
    return out.getvalue()


def _pdf_with_text(words: str) -> bytes:
    """A minimal one-page PDF whose content stream draws `words` (ASCII)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({words}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


GOOD_DOCX = _docx("Dana said the budget grows too fast.", HTML, UNICODE)

# name -> (filename, bytes, expected): "ok" (text returned, checked by `contains`), "error" (InputError), or xfail
UPLOADS: dict[str, tuple[str, bytes, str]] = {
    "empty txt": ("notes.txt", b"", "error"),
    "whitespace only": ("notes.md", b"  \n\t \r\n", "error"),
    "huge": ("notes.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "error"),
    "too much text": ("notes.txt", b"word " * (MAX_NOTE_CHARS // 5 + 10), "error"),
    "binary with NUL": ("notes.txt", bytes(range(256)) * 8, "error"),
    "binary without NUL": ("notes.md", bytes(range(1, 256)) * 8, "error"),
    "unsupported type": ("notes.exe", b"MZ\x90\x00", "error"),
    "no suffix path-like": ("../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash", "error"),
    "path-like txt": ("../../etc/passwd.txt", b"Dana said the budget grows too fast.", "ok"),
    "control char name": ("a\x07b.txt", b"Dana said the budget grows too fast.", "ok"),
    "cp1252": ("notes.txt", "Caf\u00e9 d\u00e9j\u00e0 vu \u201cquoted\u201d \u2013 Dana".encode("cp1252"), "ok"),
    "utf-16 LE no BOM (ascii)": ("notes.txt", "Dana said the budget grows too fast.".encode("utf-16-le"), "ok"),
    "utf-8 with BOM": ("notes.txt", "\ufeffDana said caf\u00e9.".encode("utf-8"), "ok"),
    "html and script": ("notes.txt", HTML.encode(), "ok"),
    "very long line": ("notes.md", ("budget " * 25_000).encode(), "ok"),
    "unicode edge cases": ("notes.md", UNICODE.encode(), "ok"),
    "NUL inside text": ("notes.txt", b"Dana\x00 said\x00 hi", "ok"),
    "malformed pdf": ("notes.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "error"),
    "random bytes pdf": ("notes.pdf", bytes(range(256)) * 10, "error"),
    "truncated pdf": ("notes.pdf", _pdf_with_text("Dana said the budget grows")[:200], "error"),
    "pdf without text": ("scan.pdf", _blank_pdf(), "error"),
    "pdf with text": ("notes.pdf", _pdf_with_text("Dana said the budget grows too fast"), "ok"),
    "malformed docx": ("notes.docx", b"PK\x03\x04garbage", "error"),
    "truncated docx": ("notes.docx", GOOD_DOCX[: len(GOOD_DOCX) // 2], "error"),
    "docx without content types": ("notes.docx", _rezip(GOOD_DOCX, {"[Content_Types].xml": None}), "error"),
    "docx with html and unicode": ("notes.docx", GOOD_DOCX, "ok"),
    "eml html with script": ("mail.eml", b"From: dana@example.com\nSubject: budget\nContent-Type: text/html\n\n" + HTML.encode(), "ok"),
    "eml without text body": ("mail.eml", b"From: a@b\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: application/octet-stream\n\nabc\n--XX--\n", "error"),
    "eml bad base64": ("mail.eml", b"From: a@b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64@@@", "ok"),
    "eml binary garbage": ("mail.eml", bytes(range(256)) * 4, "ok"),
    "utf-16 with BOM": ("notes.txt", "Dana said caf\u00e9 is closed.".encode("utf-16"), "ok"),
    "utf-16 LE no BOM (accents)": ("notes.txt", "Dana said caf\u00e9 is closed.".encode("utf-16-le"), "ok"),
    "docx with broken xml": ("notes.docx", _rezip(GOOD_DOCX, {"word/document.xml": b"<w:document><unclosed"}), "error"),
    "eml unknown charset": ("mail.eml", b"From: a@b\nContent-Type: text/plain; charset=x-unknown-cs\n\nhello there", "ok"),
}

EXPECT_TEXT = {
    "html and script": "<script>alert('pwned')</script>",
    "docx with html and unicode": "<script>alert('pwned')</script>",
    "cp1252": "Caf\u00e9 d\u00e9j\u00e0 vu \u201cquoted\u201d",
    "unicode edge cases": "👨\u200d👩\u200d👧 e\u0301",
    "pdf with text": "budget grows",
    "eml html with script": "Dana wants the budget",
    "NUL inside text": "Dana said hi",
    "utf-16 with BOM": "caf\u00e9",
    "utf-16 LE no BOM (accents)": "caf\u00e9",
}


def _case(name: str):  # type: ignore[no-untyped-def]
    expected = UPLOADS[name][2]
    marks = [pytest.mark.xfail(strict=True, reason=f"{expected[6:]}; {CORE_FIX}")] if expected.startswith("xfail:") else []
    return pytest.param(name, marks=marks, id=name)


@pytest.mark.parametrize("name", [_case(n) for n in UPLOADS])
def test_upload_corpus(name):
    filename, data, expected = UPLOADS[name]
    if expected == "error":
        with pytest.raises(InputError) as caught:
            extract_text(filename, data)
        message = str(caught.value)
        assert len(message) > 15 and "\x00" not in message and "Traceback" not in message
        return
    try:
        text = extract_text(filename, data)
    except CoachError as exc:
        if expected.startswith("xfail"):
            raise AssertionError(f"rejected a readable file: {exc}") from exc
        raise
    assert text.strip() and "\x00" not in text
    assert len(text) <= MAX_NOTE_CHARS
    if name in EXPECT_TEXT:
        assert EXPECT_TEXT[name] in text


# -- the core API -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    from assistant.factory import build_app
    from assistant.settings import Settings

    app = build_app(Settings(data_dir=tmp_path_factory.mktemp("hostile")), today=dt.date(2026, 11, 27))
    with app.sessions() as s:
        user = create_user(s, "hostile-cio", "lantern-river-stone-7", "cio", "Hostile CIO")
        s.commit()
        actor = Actor(user.id, "cio", "Hostile CIO")
    ws = app.coach.create_workspace(actor, "Hostile inputs")
    partner = app.coach.add_partner(actor, ws.id, "Dana Whitfield", "CFO", "finance")
    app.coach.add_note(actor, ws.id, partner.id, "Dana asked for the cost breakdown of the ERP upgrade.", dt.date(2026, 11, 1))
    return app, actor, ws.id, partner.id


def _printable(value: str) -> str:
    """What the core may keep of a string: NUL dropped, lone surrogates replaced."""
    return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def _note_count(app) -> int:  # type: ignore[no-untyped-def]
    with app.sessions() as s:
        return int(s.scalar(select(func.count(Note.id))) or 0)


NOTES = {
    "empty": ("", "error"),
    "whitespace": (" \n\t ", "error"),
    "only NUL": ("\x00\x00", "error"),
    "huge": ("x" * (MAX_NOTE_CHARS + 1), "error"),
    "html and script": (HTML, "ok"),
    "very long line": ("budget " * 3_000, "ok"),
    "unicode edge cases": (UNICODE, "ok"),
    "NUL inside": ("Dana\x00 said hi", "ok"),
    "control characters": ("Dana\x07 rang the bell\x1b[31m red", "ok"),
    "lone surrogate": ("Dana said \ud800 hi", "ok"),
}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=f"{v[1][6:]}; {CORE_FIX}")] if v[1].startswith("xfail") else [], id=n)
    for n, v in NOTES.items()
])
def test_add_note_corpus_never_loses_saved_notes(name, hostile_app):
    app, actor, ws, partner = hostile_app
    text, expected = NOTES[name]
    before = _note_count(app)
    if expected == "error":
        with pytest.raises(InputError):
            app.coach.add_note(actor, ws, partner, text)
        assert _note_count(app) == before
        return
    try:
        note = app.coach.add_note(actor, ws, partner, text, title=name, filename="../../etc/passwd")
    except CoachError as exc:
        if expected.startswith("xfail"):  # after the core fix, a clear error is as good as a cleaned save
            assert _note_count(app) == before
            return
        raise AssertionError(f"a clear error for an acceptable note: {exc}") from exc
    assert _note_count(app) == before + 1
    stored = next(n for n in app.coach.notes(actor, ws, partner) if n.id == note.id)
    assert stored.text == _printable(text).strip()  # kept verbatim, never interpreted
    assert stored.filename == "../../etc/passwd"


STAKEHOLDERS = {
    "path-like": ("../../etc/passwd", "ok"),
    "bell": ("a\x07b", "error"),
    "newline": ("Dana\nWhitfield", "error"),
    "NUL": ("Dana\x00", "error"),
    "empty": ("   ", "error"),
    "too long": ("D" * 201, "error"),
    "html": ("<script>alert(1)</script>", "ok"),
    "unicode": ("Zoë \u200f\u05d3\u05e0\u05d4\u200f 👩\u200d💼 e\u0301", "ok"),
    "lone surrogate": ("Dana \udfff", "ok"),
}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=f"{v[1][6:]}; {CORE_FIX}")] if v[1].startswith("xfail") else [], id=n)
    for n, v in STAKEHOLDERS.items()
])
def test_add_stakeholder_corpus(name, hostile_app):
    app, actor, ws, _partner = hostile_app
    value, expected = STAKEHOLDERS[name]
    before = _note_count(app)
    if expected == "error":
        with pytest.raises(InputError, match="name"):
            app.coach.add_partner(actor, ws, value)
    else:
        try:
            row = app.coach.add_partner(actor, ws, value, role=value)
        except CoachError as exc:
            if expected.startswith("xfail"):
                return
            raise AssertionError(f"a clear error for an acceptable name: {exc}") from exc
        assert row.name == _printable(value).strip()
    assert _note_count(app) == before


QUESTIONS = {
    "empty": ("", "error"),
    "huge": ("why " * 2000, "error"),
    "html and script": (HTML + " How do I answer Dana?", "ok"),
    "unicode": (UNICODE + " what now?", "ok"),
    "NUL": ("What does Dana\x00 want?", "ok"),
    "path-like": ("../../etc/passwd", "ok"),
    "lone surrogate": ("What \ud800 now?", "ok"),
}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=f"{v[1][6:]}; {CORE_FIX}")] if v[1].startswith("xfail") else [], id=n)
    for n, v in QUESTIONS.items()
])
def test_ask_corpus(name, hostile_app):
    app, actor, ws, partner = hostile_app
    question, expected = QUESTIONS[name]
    before = _note_count(app)
    if expected == "error":
        with pytest.raises(InputError, match="question"):
            app.coach.ask(actor, ws, question, partner)
    else:
        try:
            answer, _message_id = app.coach.ask(actor, ws, question, partner)
        except CoachError as exc:
            if expected.startswith("xfail"):
                return
            raise AssertionError(f"a clear error for an acceptable question: {exc}") from exc
        assert isinstance(answer.text, str) and answer.text
    assert _note_count(app) == before


# -- the CLI ------------------------------------------------------------------------------------
CLI_FILES: dict[str, tuple[str, bytes | None, int]] = {  # name -> (relative path, content or None, expected exit)
    "empty": ("empty.txt", b"", -1),  # -1: 0 or 2, but never a crash
    "binary": ("binary.txt", bytes(range(256)) * 16, 2),
    "huge": ("huge.txt", b"a" * (3 * 1024 * 1024), 2),
    "missing": ("missing.txt", None, 2),
    "folder": ("folder.txt", None, 2),
    "pdf": ("notes.pdf", b"%PDF-1.4 broken", 2),
    "utf-16": ("utf16.txt", "Stakeholder: Dana\n2026-01-02 meeting\nhello caf\u00e9".encode("utf-16"), -1),
    "cp1252": ("cp1252.txt", "Stakeholder: Zo\u00eb, CFO\n2026-01-02 meeting: caf\u00e9\nZo\u00eb said \u201cIT costs too much\u201d.".encode("cp1252"), 0),
    "html": ("html.md", ("Stakeholder: Dana, CFO\n2026-01-02 meeting\n" + HTML + "\nDana said IT is too slow.").encode(), 0),
    "long line": ("long.txt", ("Stakeholder: Dana\n2026-01-02 meeting\n" + "budget " * 20_000).encode(), 0),
    "unicode": ("unicode.md", ("Stakeholder: " + UNICODE + "\n2026-01-02 meeting\n" + UNICODE + "\x00 NUL").encode(), 0),
    "bell in name": ("a\x07b.txt", b"Stakeholder: Dana\n2026-01-02 meeting\nDana said IT is too slow.", 0),
    "path-like": ("../../etc/passwd", b"Stakeholder: Dana\n2026-01-02 meeting\nDana said IT is too slow.", 0),
}
PLAN_CASES = ("binary", "html", "unicode")


def _run_cli(command: str, path: str, cwd: Path, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "cli.main", command, path, "--json"], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)  # generous: a loaded 2-core machine starts each CLI slowly


def test_cli_assess_and_plan_corpus(tmp_path, knowledge_data_dir):
    cwd = tmp_path / "a" / "b"
    cwd.mkdir(parents=True)
    (tmp_path / "etc").mkdir()
    for name, (rel, content, _) in CLI_FILES.items():
        target = cwd / rel
        if name == "folder":
            target.mkdir()
        elif content is not None:
            target.write_bytes(content)
    jobs = [("assess", n) for n in CLI_FILES] + [("plan", n) for n in PLAN_CASES]
    with ThreadPoolExecutor(max_workers=3) as pool:
        runs = list(pool.map(lambda job: (job, _run_cli(job[0], CLI_FILES[job[1]][0], cwd, knowledge_data_dir)), jobs))
    problems = []
    for (command, name), run in runs:
        expected = CLI_FILES[name][2]
        if "Traceback" in run.stderr or run.returncode not in (0, 2) or (expected != -1 and run.returncode != expected):
            problems.append(f"{command} {name}: exit {run.returncode}\n{run.stderr[-1500:]}")
        elif run.returncode == 2 and "Error:" not in run.stderr:
            problems.append(f"{command} {name}: exit 2 without an error message")
        elif run.returncode == 0:
            payload = json.loads(run.stdout)
            assert isinstance(payload, dict) and payload
    assert not problems, "\n\n".join(problems)
