"""Which lines of a note are the partner's spoken words, for the value message to quote back (round 27).

A line the reader gives to the partner is not always theirs to quote:
- a bracketed aside ("(my own thought, not something she said)") is the note-keeper's note to self, in any language;
- in a turn whose label line puts their words in quotation marks ('Ana: "..."'), a later unquoted line of the same
  paragraph is the note-keeper's narration again: only the quotation was said;
- an e-mail signature, an export or report header, a status line ("Type: Meeting   Status: Completed") is layout,
  never anyone's words.
"""

from __future__ import annotations

import re

_ASIDE = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*[.!]?\s*$")
_LABELLED = re.compile(r"^[ \t>*-]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]*(?P<rest>.*)$")
_FIELD = re.compile(r"^[ \t]*[A-Z][\w ]{1,24}:[ \t]+\S[^\n]*?[ \t]{2,}[A-Z][\w ]{1,24}:")  # "Type: Meeting   Status: Completed"
_LAYOUT = re.compile(r"\s\|\s|^\s*(?:exported|generated|printed|scanned|report|page)\b|\b(?:auto[- ]?transcript|not cleaned up|confidential|restricted)\b", re.I)


def aside(text: str) -> bool:
    """The whole line sits in brackets: the note-keeper's aside, never the partner's words."""
    return bool(_ASIDE.match(text.strip().strip("\"“”„")))


def layout_line(text: str) -> bool:
    """A signature, header or status line: cells split by bars, a field list, an export stamp, or a line of names
    and titles only (no word in lower case longer than three letters)."""
    line = text.strip()
    if _LAYOUT.search(line) or _FIELD.match(line):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if re.search(r"[.!?]\s*$", line) or not 2 <= len(words) <= 8:
        return False  # a sentence ends on a stop; a signature or header does not
    return not any(w[:1].islower() and len(w) > 3 for w in words)


def _line_of(note_text: str, text: str) -> tuple[list[str], int]:
    lines = note_text.splitlines()
    head = text.strip().splitlines()[0][:40] if text.strip() else ""
    for i, line in enumerate(lines):
        if head and head in line:
            return lines, i
    return lines, -1


def after_quoted_turn(text: str, note_text: str) -> bool:
    """The unquoted line sits in a labelled turn whose label line quotes the partner ('Ana: "..."'): narration again."""
    if re.search(r"[\"“„]", text):
        return False
    lines, i = _line_of(note_text, text)
    if i < 0:
        return False
    own = _LABELLED.match(lines[i])
    if own:  # the line carries its own label: the words after it are the label's
        return bool(re.match(r"\s*[\"“„]", own.group("rest"))) and not text.strip().startswith(own.group("rest").strip()[:20])
    for j in range(i - 1, -1, -1):
        if not lines[j].strip():
            return False  # the paragraph starts above without a label: the reader's own call stands
        label = _LABELLED.match(lines[j])
        if label:
            return bool(re.match(r"\s*[\"“„]", label.group("rest")))
    return False


def not_spoken(text: str, note_text: str) -> bool:
    """The partner-labelled line is an aside, layout, or narration after their quoted turn: not theirs to quote."""
    return aside(text) or layout_line(text) or after_quoted_turn(text, note_text)
