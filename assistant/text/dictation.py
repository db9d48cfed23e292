"""A dictated memo's spoken punctuation ("comma", "full stop", "quote ... unquote", "new paragraph") as marks.

Speech-to-text tools write the words a speaker says for punctuation. A note that uses them as marks (several "full
stop"s) is rewritten with the marks themselves, so sentences split where the speaker meant and a quotation reads as one.
"""

from __future__ import annotations

import re

MIN_STOPS = 3  # "full stop" said this often: the note is dictated, and its "comma"s are marks too
_STOP = re.compile(r"\bfull stop\b", re.IGNORECASE)
_QUOTATION = re.compile(r"\b(?:open )?quote\b[ \t,]*((?:(?!\bquote\b)[^\n])*?)[ \t,]*(?:\bcomma\b[ \t]*)?\b(?:unquote|end quote|close quote)\b", re.IGNORECASE)
_MARKS = [
    (re.compile(r"[ \t,]*\bnew paragraph\b[ \t]*(?:\bfull stop\b|[.,])?[ \t]*", re.IGNORECASE), "\n\n"),
    (re.compile(r"[ \t]*\bnew line\b[ \t]*(?:\bfull stop\b|[.,])?[ \t]*", re.IGNORECASE), "\n"),
    (re.compile(r"[ \t]*\bfull stop\b\.?", re.IGNORECASE), "."),
    (re.compile(r"[ \t]*\bquestion mark\b\??", re.IGNORECASE), "?"),
    (re.compile(r"[ \t]*\bexclamation (?:mark|point)\b", re.IGNORECASE), "!"),
    (re.compile(r"[ \t]*\bsemicolon\b", re.IGNORECASE), ";"),
    (re.compile(r"[ \t]*\bcolon\b", re.IGNORECASE), ":"),
    (re.compile(r"[ \t]*\bcomma\b,?", re.IGNORECASE), ","),
]


def is_dictated(text: str) -> bool:
    return len(_STOP.findall(text)) >= MIN_STOPS


def spoken_marks(text: str) -> str:
    """The text with spoken punctuation turned into marks; a note that is not dictated is returned as it is."""
    if not is_dictated(text):
        return text
    text = _QUOTATION.sub(lambda m: f'"{m.group(1)}"', text)
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    text = re.sub(r'([,;:])(?=[^\s"\d])', r"\1 ", text)
    return re.sub(r"([.?!]\"?[ \t]+|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
