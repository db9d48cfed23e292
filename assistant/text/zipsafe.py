"""Untrusted zip files (.docx uploads, workspace archives) opened and read within fixed caps.

A zip can claim anything and unpack to far more than it weighs: a few hundred kilobytes of zeros
inflate to gigabytes. Before anything is decompressed, `open_zip` checks the number of entries, each
entry's uncompressed size and compression ratio, and their total, against caps far below memory,
and accepts only stored or deflated entries (bzip2 and LZMA inflate whole chunks at once, past any
cap). Reads then go through `read_member` and `member_lines`, which stream in small pieces and stop
at the cap whatever the entry's header says.
"""

from __future__ import annotations

import io
import itertools
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import InputError

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_MAX_COMMENT = 0xFFFF
_CHUNK = 64 * 1024
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class ZipCaps:
    members: int  # entries in the archive
    member_bytes: int  # uncompressed bytes of one entry
    total_bytes: int  # uncompressed bytes of all entries
    ratio: float  # uncompressed / compressed size of one entry...
    ratio_floor: int = 1024 * 1024  # ...checked for entries larger than this (tiny entries compress oddly)


def _mb(n: float) -> str:
    return f"{n / 1_000_000:,.0f} MB" if n >= 1_000_000 else f"{n / 1000:,.0f} KB"


def declared_entries(source: bytes | Path) -> int:
    """The entry count in the end-of-central-directory record, read before the directory itself is parsed."""
    if isinstance(source, bytes):
        tail = source[-(_EOCD_SIZE + _MAX_COMMENT):]
    else:
        with open(source, "rb") as handle:
            size = handle.seek(0, io.SEEK_END)
            handle.seek(max(0, size - _EOCD_SIZE - _MAX_COMMENT))
            tail = handle.read()
    at = len(tail) - _EOCD_SIZE if tail[-_EOCD_SIZE:].startswith(_EOCD) else tail.rfind(_EOCD)
    if at < 0 or at + _EOCD_SIZE > len(tail):
        return -1  # not a zip: zipfile says so below
    return int(struct.unpack_from("<H", tail, at + 10)[0])


def open_zip(source: bytes | Path, name: str, caps: ZipCaps, what: str = "zip file") -> zipfile.ZipFile:
    """The open archive, once its directory is within `caps`; otherwise an InputError naming the cap."""
    entries = declared_entries(source)
    if entries > caps.members or entries == 0xFFFF:  # 0xFFFF: a ZIP64 count, more than any document needs
        raise InputError(f"{name} lists {entries:,} or more entries; a {what} may hold at most {caps.members:,}.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"{name} is not a readable {what} ({exc}).") from exc
    try:
        check_entries(archive, name, caps, what)
    except BaseException:
        archive.close()
        raise
    return archive


def check_entries(archive: zipfile.ZipFile, name: str, caps: ZipCaps, what: str) -> None:
    infos = archive.infolist()
    if len(infos) > caps.members:
        raise InputError(f"{name} holds {len(infos):,} entries; a {what} may hold at most {caps.members:,}.")
    total = 0
    for info in infos:
        if info.compress_type not in _ALLOWED_METHODS:
            raise InputError(f"{name}: {info.filename} uses an unsupported compression method; save the {what} again.")
        if info.file_size > caps.member_bytes:
            raise InputError(
                f"{name}: {info.filename} unpacks to {_mb(info.file_size)}; the limit for one part of a {what} is "
                f"{_mb(caps.member_bytes)}. This file is damaged or built to exhaust memory."
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > caps.ratio_floor and ratio > caps.ratio:
            raise InputError(
                f"{name}: {info.filename} is compressed {ratio:,.0f} to 1 (the limit is {caps.ratio:,.0f} to 1): "
                "a decompression bomb, not a document. Save the file again from its application."
            )
        total += info.file_size
    if total > caps.total_bytes:
        raise InputError(f"{name} unpacks to {_mb(total)}; the limit for a {what} is {_mb(caps.total_bytes)}.")


def _stream(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> io.BufferedIOBase:
    try:
        return archive.open(info)  # type: ignore[return-value]
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise InputError(f"{name}: {info.filename} cannot be read ({exc}).") from exc


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int) -> bytes:
    """The entry's bytes, read in small pieces; more than `cap` bytes is refused whatever the header claims."""
    parts: list[bytes] = []
    _inflate(archive, info, name, cap, parts)
    return b"".join(parts)


def verify_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int) -> int:
    """Inflate the entry piece by piece without keeping it: its real size (at most `cap`) and a CRC check."""
    return _inflate(archive, info, name, cap, None)


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int, keep: list[bytes] | None) -> int:
    """Stream the entry against its cap (appending the pieces to `keep` when given); its real size."""
    size = 0
    try:
        with _stream(archive, info, name) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise InputError(f"{name}: {info.filename} unpacks to more than {_mb(cap)}, its limit.")
                if keep is not None:
                    keep.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(f"{name}: {info.filename} is damaged ({exc}).") from exc
    return size


def member_lines(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int, max_line: int) -> Iterator[tuple[int, str]]:
    """(line number, text) of a UTF-8 entry, streamed: a line past `max_line` bytes or an entry past `cap` is refused."""
    size = 0
    try:
        with _stream(archive, info, name) as handle:
            for number in itertools.count(1):
                line = handle.readline(max_line + 1)
                if not line:
                    return
                size += len(line)
                if size > cap:
                    raise InputError(f"{name}: {info.filename} unpacks to more than {_mb(cap)}, its limit.")
                if len(line) > max_line:
                    raise InputError(f"{name}: {info.filename} line {number} is longer than {_mb(max_line)}; the archive is damaged or not an export.")
                try:
                    yield number, line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(f"{name}: {info.filename} line {number} is not UTF-8 text.") from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(f"{name}: {info.filename} is damaged ({exc}).") from exc
