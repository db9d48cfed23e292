"""Speaker labels of chat copies: Teams ("Imogen Hart   10:02" above the words, or before them on the same line)
and Slack exports ("[10:02] imogen: text", lower-case handles).

note_reading.speaker_ranges reads them beside its "Name: text" labels, so that the CIO's own lines in a pasted chat
are never read as the partner's asks, and the partner's lines are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.text.transcripts import PARTICLES

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?"
_NAME = rf"[A-Z][\w.'’-]*(?: (?:{PARTICLES} ){{0,2}}[A-Z][\w.'’-]*){{0,3}}"  # "Femke de Wit", "Jan van der Berg"
# "Imogen Hart   10:02" alone on its line (the words follow below), or "Oliver Grant   10:02   Can you ...".
# Also "Stuart Reid   16:20 Budget meeting next month.": a wide gap before the time, one space after it.
TEAMS = re.compile(
    rf"^[ \t]*(?P<label>{_NAME}|CIO|IT)(?:[ \t]+{_TIME}[ \t]*(?:$|[ \t]{{2,}}|\t|[ \t]*[-–—|][ \t]*)|(?:[ \t]{{2,}}|\t){_TIME}[ \t](?=\S))", re.M
)
# "[10:02] priya: can you ...", "[10:02] imogen.hart: ..." (a handle, any case)
SLACK = re.compile(rf"^[ \t]*\[{_TIME}\][ \t]*(?P<label>[A-Za-z][\w.'’-]*)[ \t]*:[ \t]+(?=\S)", re.M)


# "Friday 10:00", "Call 14:30", "Mon 3 Nov": a time stamp under a heading, not a speaker.
_NOT_NAMES = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|"  # "Maren" is a name
                        r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$|^(?:today|tomorrow|yesterday|call|"
                        r"meeting|standup|stand-up|sync|lunch|start|end|from|until|at|about|around|approx|time|update)$", re.IGNORECASE)


def chat_labels(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end of the label, speaker label) for every chat label in a note, in order."""
    found = [(m.start(), m.end(), m.group("label")) for m in TEAMS.finditer(text) if not _NOT_NAMES.match(m.group("label").split()[0])]
    found += [(m.start(), m.end(), m.group("label")) for m in SLACK.finditer(text)]
    yield from sorted(found)


def label_name(label: str) -> str:
    """A handle as words: "imogen.hart" -> "imogen hart"."""
    return re.sub(r"[._]+", " ", label).strip()


def without_chat_label(sentence: str) -> tuple[str, int]:
    """A sentence with a chat label on its front: the words alone, and how far they moved."""
    match = TEAMS.match(sentence) or SLACK.match(sentence)
    if not match or _NOT_NAMES.match(match.group("label").split()[0]):
        return sentence, 0
    rest = sentence[match.end() :]
    cut = match.end() + len(rest) - len(rest.lstrip())
    return rest.strip(), cut
