"""Reading a notes file given on the command line (shared by `coach assess`, `plan` and `rehearse`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.text.notes_format import NotesFile

MAX_NOTES_FILE_BYTES = 2 * 1024 * 1024


def read_notes_file(path: Path) -> NotesFile:
    """A partner's notes file (.txt or .md, at most 2 MB), parsed; a clear InputError otherwise."""
    from assistant.text.files import decode_text
    from assistant.text.notes_format import read_notes_text

    if not path.exists():
        raise InputError(f"{path} does not exist.")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a .txt or .md file of notes.")
    if path.suffix.lower() not in (".txt", ".md", ""):
        raise InputError(f"{path.name}: notes files must be .txt or .md text (use the app to upload PDF, DOCX or EML).")
    size = path.stat().st_size
    if size > MAX_NOTES_FILE_BYTES:
        raise InputError(f"{path.name} is {size / 1e6:.1f} MB; the limit for a notes file is {MAX_NOTES_FILE_BYTES // 1_000_000} MB.")
    return read_notes_text(decode_text(path.read_bytes(), path.name), path.name)
