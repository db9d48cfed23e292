"""Turn uploaded files into note text: .md, .txt, .pdf, .docx, .eml."""

from __future__ import annotations

import codecs
import email
import email.policy
import io
from pathlib import PurePath
from typing import Any

from assistant.errors import InputError
from assistant.text.prose import clean_text
from assistant.text.zipsafe import ZipCaps

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_NOTE_CHARS = 200_000
# A .docx is a zip: caps on what it may unpack to, far below memory. Word's parts compress 3-20 to 1;
# a 10 MB upload of honest parts stays well inside these.
DOCX_CAPS = ZipCaps(members=1000, member_bytes=16_000_000, total_bytes=48_000_000, ratio=100)
# pypdf's own resource limits (pypdf.Configuration), lowered from its 75 MB / 2 million defaults: a note's
# text never needs more, and each parsed operator of a content stream costs Python objects.
_PDF_BYTES = 16_000_000
PDF_LIMITS = {
    **{f"{kind}_maximum_output_length": _PDF_BYTES for kind in ("zlib", "lzw", "run_length", "jbig2", "brotli")},
    "maximum_declared_stream_length": _PDF_BYTES,
    "array_based_stream_maximum_output_length": _PDF_BYTES,
    "image_maximum_buffer_size": _PDF_BYTES,
    "stream_decoding_work_maximum_length": 4 * _PDF_BYTES,
    "stream_parsing_work_maximum_count": 300_000,  # operands and operators per content stream (a dense page: ~20,000)
    "xform_maximum_invocations_per_extraction": 500,
}
SUPPORTED = (".md", ".txt", ".pdf", ".docx", ".eml")


def decode_text(data: bytes, name: str = "the file") -> str:
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name} is not valid {encoding.upper()} text; save it as UTF-8 and upload it again.") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 3:
        # UTF-16 without a byte order mark: NUL bytes at every other position.
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            text = data.decode(encoding)
            if text.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in text):
                return text
        except UnicodeDecodeError:
            pass
    if b"\x00" in sample:
        raise InputError(f"{name} looks like a binary file, not text. Save it as UTF-8 text, or upload .md, .txt, .pdf, .docx or .eml.")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not valid UTF-8 text; save it as UTF-8 and upload it again.") from exc


def extract_text(filename: str, data: bytes) -> str:
    """Text of an uploaded file, or an InputError that says what to do."""
    name = PurePath(filename or "upload").name
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{name}: files of type '{suffix or 'none'}' are not supported. Upload {', '.join(SUPPORTED)}.")
    if not data:
        raise InputError(f"{name} is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{name} is {len(data) / 1e6:.1f} MB; the limit is {MAX_UPLOAD_BYTES // 1_000_000} MB. Split it or paste the relevant part.")
    if suffix in (".md", ".txt"):
        text = decode_text(data, name)
    elif suffix == ".pdf":
        text = _pdf_text(name, data)
    elif suffix == ".docx":
        text = _docx_text(name, data)
    else:
        text = _eml_text(name, data)
    text = clean_text(text).strip()
    if not text:
        raise InputError(f"{name} contains no text that could be read (a scanned PDF needs OCR first).")
    if len(text) > MAX_NOTE_CHARS:
        raise InputError(f"{name} holds {len(text):,} characters of text; the limit for one note is {MAX_NOTE_CHARS:,}.")
    return text


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    try:
        with apply_configuration(None, **PDF_LIMITS):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise InputError(f"{name} is password-protected. Remove the password and upload it again.")
            pages: list[str] = []
            length = 0
            for page in reader.pages:
                pages.append(page.extract_text() or "")
                length += len(pages[-1])
                if length > MAX_NOTE_CHARS:
                    break  # already past the limit for one note; the caller says so
            return "\n\n".join(pages)
    except InputError:
        raise
    except LimitReachedError as exc:
        raise InputError(f"{name} is too large to read safely once unpacked ({exc}). Save the text only, or paste it.") from exc
    except RecursionError as exc:
        raise InputError(f"{name} nests its objects too deeply to be read. Re-export it as PDF and try again.") from exc
    except Exception as exc:  # noqa: BLE001 - a hostile PDF can make the parser raise almost anything
        raise InputError(f"{name} is not a readable PDF ({type(exc).__name__}). Re-export it as PDF and try again.") from exc


def _docx_text(name: str, data: bytes) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from assistant.text.zipsafe import open_zip, verify_member

    # Caps first, then every part inflated piece by piece (nothing kept), so python-docx reads only what passed.
    with open_zip(data, name, DOCX_CAPS, ".docx file") as archive:
        for info in archive.infolist():
            verify_member(archive, info, name, DOCX_CAPS.member_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, XMLSyntaxError, PackageNotFoundError) as exc:
        raise InputError(f"{name} is not a readable .docx file. Save it again from Word as .docx and retry.") from exc
    return _docx_blocks(document)


def _docx_blocks(document: Any) -> str:
    """Paragraphs and tables in document order; a table becomes a markdown table, read row by row like one."""
    from docx.table import Table

    parts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [[" ".join(cell.text.replace("|", "/").split()) for cell in row.cells] for row in block.rows]
            rows = [cells for cells in rows if any(cells)]
            if rows:
                lines = ["| " + " | ".join(cells) + " |" for cells in rows]
                lines.insert(1, "|" + "---|" * len(rows[0]))
                parts += ["", *lines, ""]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def _eml_text(name: str, data: bytes) -> str:
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the email package raises many types
        raise InputError(f"{name} is not a readable e-mail file.") from exc
    header = []
    for key in ("From", "To", "Date", "Subject"):
        if message.get(key):
            header.append(f"{key}: {message.get(key)}")
    body = message.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    if body is None:
        raise InputError(f"{name} has no readable text body.")
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError, ValueError):
        payload = body.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload or "")
    if body.get_content_type() == "text/html":
        from assistant.text.html_text import html_to_text

        content = html_to_text(str(content))
    return "\n".join(header) + "\n\n" + str(content)
