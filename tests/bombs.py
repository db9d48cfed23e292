"""Hostile files for the input-limit tests (zip and PDF bombs), built fast and in little memory.

A zip entry of hundreds of megabytes is written as one compressed block repeated: after a full
flush the deflate compressor forgets its history, so the same megabyte compresses to the same bytes
each time. The peak-memory helper runs a parse in a fresh interpreter under an address-space cap.
"""

from __future__ import annotations

import json
import os
import resource
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MiB = 1024 * 1024


def deflate_repeated(chunk: bytes, count: int) -> tuple[bytes, int]:
    """Raw deflate data for `chunk * count`, and its CRC-32, without ever holding `chunk * count`."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again, "the compressor kept state across a full flush"
    last = compressor.compress(chunk) + compressor.flush()
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    return block * (count - 1) + last, crc


def build_zip(entries: list[tuple[str, bytes, int]]) -> bytes:
    """A zip of deflated entries (name, chunk, count): each entry's content is `chunk * count`."""
    out, central = bytearray(), bytearray()
    for name, chunk, count in entries:
        data, crc = deflate_repeated(chunk, count) if count > 1 else _deflate_once(chunk)
        size, raw = len(chunk) * count, name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(raw), 0) + raw + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(raw),
                               0, 0, 0, 0, 0, offset) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + end)


def _deflate_once(content: bytes) -> tuple[bytes, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(content) + compressor.flush(), zlib.crc32(content)


DOCX_SKELETON = [
    ("[Content_Types].xml", b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
     b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
     b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', 1),
    ("_rels/.rels", b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
     b'Target="word/document.xml"/></Relationships>', 1),
]


def docx_bomb(megabytes: int) -> bytes:
    """A .docx whose document.xml unpacks to `megabytes` MiB of spaces (inside the XML, so an old parser reads it all)."""
    return build_zip([*DOCX_SKELETON, ("word/document.xml", b" " * MiB, megabytes)])


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: Linux carries that over from the forked parent."""
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(x for x in status if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


@contextmanager
def measured(result: dict) -> Iterator[None]:
    """Record the process's peak resident memory before a block and after it (its growth is the block's cost)."""
    result["rss_before_mb"] = peak_rss_mb()
    try:
        yield
    finally:
        result["rss_after_mb"] = peak_rss_mb()


def peak_memory(code: str, cap_mb: int, timeout: float = 120) -> dict:
    """Run `code` in a fresh interpreter whose address space is capped at `cap_mb` MiB.

    `code` fills the dict `result`; it comes back with "peak_rss_mb" (the child's peak resident memory) and
    "returncode" (non-zero when the cap, or anything else, killed the run).
    """
    wrapper = (
        "import json, sys\n"
        "open('/proc/self/clear_refs', 'w').write('5')  # start the peak (VmHWM) afresh in this interpreter\n"
        "from tests.bombs import peak_rss_mb\n"
        "result = {}\n"
        f"{code}\n"
        "result['peak_rss_mb'] = peak_rss_mb()\n"
        "sys.stdout.write('\\n' + json.dumps(result))\n"
    )

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb * MiB, cap_mb * MiB))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", wrapper], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=timeout, preexec_fn=cap)
    lines = run.stdout.strip().splitlines()
    result = json.loads(lines[-1]) if run.returncode == 0 and lines else {}
    result["returncode"] = run.returncode
    result["stderr"] = run.stderr[-2000:]
    return result


def pdf_with_stream(unit: bytes, megabytes: int = 0) -> bytes:
    """A one-page PDF (with a font, so text extraction parses the page): its content stream is `unit` repeated to
    `megabytes` MiB, or `unit` once."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    chunk = (unit * (1024 * 1024 // len(unit) + 1))[: 1024 * 1024 // len(unit) * len(unit)] if megabytes else unit
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(chunk) for _ in range(max(megabytes, 1))) + compressor.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    stream = StreamObject()
    stream._data = data
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
