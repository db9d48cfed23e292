"""Decompression bombs in uploads (.docx, .pdf) are refused with a clear message, in bounded memory."""

from __future__ import annotations

import io

import pytest
from bombs import DOCX_SKELETON, build_zip, pdf_with_stream, peak_memory

from assistant.errors import InputError
from assistant.text.files import extract_text

CAP_MB = 512  # the child's whole address space: interpreter, libraries and the parse
REFUSE = """
from tests.bombs import {builder}, measured
from assistant.errors import InputError
from assistant.text.files import extract_text
data = {builder}({arg})
result['upload_bytes'] = len(data)
with measured(result):
    try:
        extract_text({name!r}, data)
        result['outcome'] = 'parsed'
    except InputError as exc:
        result['outcome'] = 'refused'
        result['message'] = str(exc)
"""


def report(what: str, result: dict) -> None:
    growth = result["rss_after_mb"] - result["rss_before_mb"]
    print(f"{what}: peak resident memory {result['rss_after_mb']:.0f} MiB, {growth:.0f} MiB above the "
          f"{result['rss_before_mb']:.0f} MiB of the interpreter, libraries and the upload (address space capped at {CAP_MB} MiB)")


def test_docx_bomb_is_refused_in_bounded_memory() -> None:
    """300 MiB of document.xml in a ~0.3 MB upload: the old parser inflated all of it (and failed under the cap)."""
    result = peak_memory(REFUSE.format(builder="docx_bomb", arg=300, name="bomb.docx"), cap_mb=CAP_MB)
    assert result["returncode"] == 0, result["stderr"]
    assert result["upload_bytes"] < 1_000_000
    assert result["outcome"] == "refused"
    assert "word/document.xml unpacks to 315 MB" in result["message"] and "limit" in result["message"]
    report("docx bomb", result)
    assert result["rss_after_mb"] - result["rss_before_mb"] < 32


def test_docx_with_an_extreme_compression_ratio_is_refused() -> None:
    """Under the size caps but compressed 1000 to 1: refused before anything is inflated."""
    data = build_zip([*DOCX_SKELETON, ("word/document.xml", b" " * 1024 * 1024, 8)])
    with pytest.raises(InputError, match="compressed .* to 1"):
        extract_text("dense.docx", data)


def test_docx_with_many_parts_is_refused() -> None:
    data = build_zip([*DOCX_SKELETON, *[(f"word/media/p{i}.xml", b"<a/>", 1) for i in range(1500)]])
    with pytest.raises(InputError, match="at most 1,000"):
        extract_text("parts.docx", data)


def test_docx_with_bzip2_part_is_refused() -> None:
    """bzip2 and LZMA inflate whole chunks at once, past any cap: only stored and deflated parts are read."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_BZIP2) as archive:
        for name, chunk, _ in DOCX_SKELETON:
            archive.writestr(name, chunk)
    with pytest.raises(InputError, match="unsupported compression"):
        extract_text("bz.docx", buffer.getvalue())


def test_a_normal_docx_still_parses() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Dana said the finance dashboard finally arrived on time.")
    document.add_paragraph("She wants us at the pricing review.")
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract_text("notes.docx", buffer.getvalue())
    assert "arrived on time" in text and "pricing review" in text


@pytest.mark.parametrize(("unit", "megabytes"), [
    pytest.param(b" ", 100, id="100 MiB stream of spaces"),
    pytest.param(b"BT /F1 9 Tf (a) Tj ET\n", 4, id="4 MiB of text operators"),
])
def test_pdf_bombs_are_refused_cleanly(unit: bytes, megabytes: int) -> None:
    data = pdf_with_stream(unit, megabytes)
    assert len(data) < 600_000
    with pytest.raises(InputError, match="too large to read safely"):
        extract_text("bomb.pdf", data)


def test_pdf_bomb_peak_memory() -> None:
    code = REFUSE.format(builder="pdf_with_stream", arg="b'BT /F1 9 Tf (a) Tj ET\\n', 4", name="bomb.pdf")
    result = peak_memory(code, cap_mb=CAP_MB)
    assert result["returncode"] == 0, result["stderr"]
    assert result["outcome"] == "refused", result
    report("pdf bomb", result)
    assert result["rss_after_mb"] - result["rss_before_mb"] < 128


def test_a_normal_pdf_still_parses() -> None:
    data = pdf_with_stream(b"BT /F1 12 Tf 72 720 Td (Dana said the budget grows too fast) Tj ET\n")
    assert "budget grows too fast" in extract_text("notes.pdf", data)
