"""Reading a workspace archive safely: streamed, capped, and every row parsed as strict JSON.

An archive comes from outside (another deployment, a person's disk). Its zip directory is checked
against caps before anything is inflated (assistant.text.zipsafe); each member is then streamed line by
line, so memory holds one line (at most MAX_LINE_BYTES), never a member. Each line must be plain
JSON: no NaN or Infinity, no number that overflows to infinity, and no nesting deeper than
MAX_DEPTH (checked before the parser recurses). Rows are then validated by the caller's schemas.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.errors import InputError
from assistant.text.zipsafe import ZipCaps, member_lines, open_zip

MAX_ARCHIVE_BYTES = 64_000_000  # uncompressed, all members together (a large workspace exports to ~10 MB)
MAX_LINE_BYTES = 4_000_000  # one row: a note of 200,000 characters, JSON-escaped, in UTF-8
MAX_MEMBERS = 16  # manifest.json and six tables, with room for a newer exporter's extras
MAX_RATIO = 200  # JSON lines compress about 3-10 to 1
MAX_DEPTH = 12  # the deepest row an export writes (a plan's sources) is 5 levels
MAX_ID = 2**31 - 1  # ids and versions must fit PostgreSQL's integer

# A JSON string (skipped whole) or a bracket: enough to measure nesting without parsing.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def archive_caps(total_bytes: int = MAX_ARCHIVE_BYTES) -> ZipCaps:
    return ZipCaps(members=MAX_MEMBERS, member_bytes=total_bytes, total_bytes=total_bytes, ratio=MAX_RATIO)


def open_archive(path: Path, total_bytes: int = MAX_ARCHIVE_BYTES) -> zipfile.ZipFile:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file.")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name} is not a workspace archive (not a zip file). Create one with `coach export`.")
    return open_zip(path, path.name, archive_caps(total_bytes), "workspace archive")


def json_lines(archive: zipfile.ZipFile, member: str, required: bool = True) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON-lines member, streamed."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        if required:
            raise InputError(f"The archive has no {member}; it is not a complete cio-coach export.") from None
        return
    for number, line in member_lines(archive, info, archive.filename or "archive", info.file_size, MAX_LINE_BYTES):
        if line.strip():
            value = strict_json(line, f"{member} line {number}")
            if not isinstance(value, dict):
                raise InputError(f"{member} line {number} is not a JSON object.")
            yield number, value


def read_json(archive: zipfile.ZipFile, member: str) -> Any:
    """One whole (small) JSON member, such as manifest.json."""
    lines = [line for _, line in json_lines_raw(archive, member)]
    return strict_json("".join(lines), member)


def json_lines_raw(archive: zipfile.ZipFile, member: str) -> Iterator[tuple[int, str]]:
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise InputError(f"The archive has no {member}; it is not a complete cio-coach export.") from None
    if info.file_size > MAX_LINE_BYTES:
        raise InputError(f"{member} is {info.file_size:,} bytes; a manifest is a few hundred. The archive is not an export.")
    yield from member_lines(archive, info, archive.filename or "archive", MAX_LINE_BYTES, MAX_LINE_BYTES)


def strict_json(text: str, where: str) -> Any:
    """Parse JSON that a cio-coach export could have written, or say where it is not."""
    _check_depth(text, where)
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except _NotFinite as exc:
        raise InputError(f"{where} holds {exc}, which is not a number an export writes.") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{where} is not valid JSON ({exc.msg}).") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{where} is not valid JSON ({exc}).") from exc


class _NotFinite(ValueError):
    pass


def _refuse_constant(name: str) -> float:
    raise _NotFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text[:40])
    return value


def _check_depth(text: str, where: str) -> None:
    depth = 0
    for token in _TOKENS.finditer(text):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(f"{where} nests more than {MAX_DEPTH} levels deep; an export never does.")
        elif bracket in ("]", "}"):
            depth -= 1


def validate(model: type[BaseModel], raw: dict[str, Any], where: str) -> Any:
    """The row as `model`, or an InputError naming the first field that is wrong."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "row"
        raise InputError(f"{where}: {field}: {first['msg']}.") from exc


class UniqueIds:
    """Refuses an id seen before in the same table."""

    def __init__(self, table: str, what: str = "id") -> None:
        self._seen: set[int] = set()
        self._table, self._what = table, what

    def add(self, value: int | None, number: int) -> None:
        if value is None:
            return
        if value in self._seen:
            raise InputError(f"{self._table}.jsonl line {number} repeats {self._what} {value}; the archive is damaged.")
        self._seen.add(value)
