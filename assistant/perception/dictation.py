"""Dictated memos read as written text before assessment: the reader's spoken-punctuation rewrite
(assistant.text.dictation) applied to a note, so quotes, clause breaks and negations read as in typed notes."""

from __future__ import annotations

from assistant.schema import NoteText
from assistant.text.dictation import spoken_marks


def undictated(note: NoteText) -> NoteText:
    """The note with spoken punctuation turned into marks; other notes unchanged."""
    text = spoken_marks(note.text)
    return note if text == note.text else note.model_copy(update={"text": text})
