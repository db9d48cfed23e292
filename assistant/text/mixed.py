"""A notes file with e-mails pasted into it: the CIO's dated entries and the messages, told apart.

A message header ("From: / Sent:" or "On <date>, <name> wrote:") starts a message; the message runs
until the next dated entry heading of the notes, so a July hallway note and October e-mails stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.text.notes_format import entry_heading
from assistant.text.threads import is_separator, message_head


@dataclass
class Segment:
    kind: Literal["notes", "email"]
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_mixed(text: str, order: Literal["dmy", "mdy"] = "dmy") -> list[Segment]:
    """The text cut into notes and e-mail segments, in the order they were written."""
    lines = text.split("\n")
    segments: list[Segment] = [Segment("notes", [])]
    for i, line in enumerate(lines):
        current = segments[-1]
        if current.kind == "notes" and (message_head(lines, i, order) is not None or _separates(lines, i, order)):
            segments.append(Segment("email", [line]))
        elif current.kind == "email" and not line.lstrip().startswith(">") and entry_heading(line, order) is not None:
            segments.append(Segment("notes", [line]))
        else:
            current.lines.append(line)
    return [s for s in segments if s.text.strip()]


def _separates(lines: list[str], i: int, order: Literal["dmy", "mdy"]) -> bool:
    """A separator line right above a message header opens that message."""
    following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return is_separator(lines[i]) and following is not None and message_head(lines, following, order) is not None


def is_mixed(segments: list[Segment], order: Literal["dmy", "mdy"] = "dmy") -> bool:
    """Both e-mails and dated notes entries: read each part as what it is."""
    notes = [line for s in segments if s.kind == "notes" for line in s.lines]
    return any(s.kind == "email" for s in segments) and any(entry_heading(line, order) for line in notes)
