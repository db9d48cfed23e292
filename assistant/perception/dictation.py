"""Dictated memos read as written text: "he said quote it just works comma unquote full stop" becomes
"he said "it just works," ." so that quotes, clause breaks and negations read as they would in typed notes."""

from __future__ import annotations

import re

from assistant.schema import NoteText

_SPOKEN = re.compile(r"\b(?:full stop|comma|new paragraph)\b", re.IGNORECASE)
_MARKS = [
    (re.compile(r"\s*\bnew paragraph\b\s*\.?", re.IGNORECASE), "\n"),
    (re.compile(r"\s*\bfull stop\b\.?", re.IGNORECASE), "."),
    (re.compile(r"\s*\bcomma\b", re.IGNORECASE), ","),
    (re.compile(r"\s*\bcolon\b", re.IGNORECASE), ":"),
    (re.compile(r"\bquote\s+((?:(?!\b(?:un)?quote\b)[^\n]){1,300}?),?\s*\bunquote\b", re.IGNORECASE | re.DOTALL), "\"\\1\""),  # "a quote for the annex" stays
]
_MIN_SPOKEN = 4  # a note that says "full stop" or "comma" this often is a transcript of dictation


def undictated(note: NoteText) -> NoteText:
    """The note with spoken punctuation turned into marks; other notes unchanged."""
    if len(_SPOKEN.findall(note.text)) < _MIN_SPOKEN:
        return note
    text = note.text
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    text = re.sub(r"\"\s+", "\"", re.sub(r"\s+\"([.,])", "\"\\1", text))
    return note.model_copy(update={"text": text})
