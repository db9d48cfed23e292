"""Meeting transcripts split by speaker: WebVTT (<v Name>), SubRip, and Teams or Zoom text pasted from the app.

Recognised labels: "<v Dana Whitfield>text", "Dana Whitfield: text", "[Dana] text", a line
"Dana Whitfield   10:32" (Teams) or "[Dana Whitfield] 10:32:01" (Zoom) above the words, and Zoom chat
"10:32:01 From Dana to Everyone: text", a time before "Name: text" ("[10:32] Dana: text", "[10:32] dana.w: text"), and an aside "[tom: text]". Consecutive lines of one speaker make one turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[AaPp][Mm])?"
PARTICLES = r"(?:de|van|der|den|von|da|di|du|le|la|dos|das|del|della|bin|al|ter|ten)"  # "Femke de Wit", "Jan van der Berg"
_NAME = rf"[A-Z][\w.'’-]*(?:\s+(?:{PARTICLES}\s+){{0,2}}[A-Z][\w.'’-]*){{0,3}}(?:\s*\([^)]{{1,40}}\))?"
# A chat handle after a time stamp: "[10:02] dana.whitfield: text" (Slack, Teams chat exports).
_HANDLE = r"(?:me|[a-z][a-z0-9]*(?:[._-][a-z0-9]+){1,3})"  # "dana.whitfield", "me"; never a word like "call"
_ASIDE_NAME = r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3}"  # "[tom: ...]": a bracketed aside's writer
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}.*$")
_SKIP = re.compile(r"^\s*(?:WEBVTT.*|NOTE\b.*|\d+|Kind:.*|Language:.*)\s*$")
_LABELS = (
    re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>(?P<text>.*?)(?:</v>)?\s*$"),
    re.compile(rf"^\s*(?P<name>{_NAME})\s+{_TIME}\s*$"),  # Teams: the name and time above the words
    re.compile(rf"^\s*\[(?P<name>{_NAME})\]\s*{_TIME}\s*$"),  # Zoom
    re.compile(rf"^\s*\[?{_TIME}\]?\s+(?P<name>{_NAME})\s*$"),
    re.compile(rf"^\s*{_TIME}\s+From\s+(?P<name>.+?)\s+(?:to\s+.+?)?:\s*(?P<text>.*)$"),  # Zoom chat
    re.compile(rf"^\s*\[?{_TIME}\]?\s+(?P<name>{_NAME}|{_HANDLE})\s*:\s+(?P<text>\S.*)$"),  # "[10:02] Dana Whitfield: text"
    re.compile(rf"^\s*\[(?P<name>{_NAME})\]\s*(?P<text>\S.*)$"),
    re.compile(rf"^\s*\[(?P<name>{_NAME}|{_ASIDE_NAME})\s*:\s*(?P<text>[^\]\s][^\]]*)(?:\]\s*)?$"),  # "[tom: my aside]" in a chat export
    re.compile(rf"^\s*(?P<name>{_NAME})\s*:\s+(?P<text>\S.*)$"),
)
_HEADING = re.compile(r"^\s*[A-Za-z][\w ]{0,20}:\s*\S.{0,80}$|^\s*#")
# "Name: text" lines that are headings of notes or minutes, not speakers
_NOT_NAMES = {
    "date", "subject", "from", "to", "sent", "cc", "attendees", "present", "apologies", "action", "actions", "agenda",
    "minutes", "decision", "decisions", "note", "notes", "re", "stakeholder", "owner", "due", "title", "location",
    "summary", "next steps", "outcome", "status", "topic", "time", "where", "when", "kind", "language", "meeting",
    "todo", "tbd", "fyi", "nb", "ps", "aside", "context", "update", "edit", "later", "follow-up",
    "discussion", "key points", "highlights", "recap", "overview", "details", "comments", "remarks", "participants",
    "description", "result", "results", "follow up", "takeaways", "background",
    "created", "updated", "resolved", "internal", "type", "priority", "reporter", "assignee", "resolution", "account", "report", "project", "category", "labels", "stage",
}
# The last word of a field name in a CRM or ticket export ("Assigned To", "Activity Date", "Task Priority"): no speaker.
_FIELD_TAIL = {"to", "by", "date", "owner", "type", "status", "priority", "id", "number", "version", "reporter", "assignee"}


@dataclass
class Turn:
    name: str | None
    text: str


def speaker_label(line: str) -> tuple[str, str] | None:
    for pattern in _LABELS:
        match = pattern.match(line)
        if match:
            name = match["name"].strip()
            bare = re.sub(r"\s*\(.*", "", name).lower()
            if name.lower() in _NOT_NAMES or bare in _NOT_NAMES or (" " in bare and bare.split()[-1] in _FIELD_TAIL):
                return None
            return name, (match.groupdict().get("text") or "").strip()
    return None


def looks_like_transcript(text: str) -> bool:
    """WEBVTT, timing lines, or at least three speaker labels from at least two speakers."""
    lines = text.splitlines()
    if lines and lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        return True
    if sum(1 for line in lines if _TIMING.match(line)) >= 2:
        return True
    labels = [found[0] for line in lines if (found := speaker_label(line))]
    return len(labels) >= 3 and len(set(labels)) >= 2


def parse_transcript(text: str) -> list[Turn]:
    """Turns in spoken order; text before any label has no speaker (name None)."""
    turns: list[Turn] = []
    name: str | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"</?[cibu](?:\.[\w.-]+)?>", "", raw).strip()  # WebVTT styling tags
        if not line or _TIMING.match(line) or _SKIP.match(line):
            continue
        found = speaker_label(line)
        if found:
            name, words = found
            if not words:
                continue
        elif name is None and _HEADING.match(line):
            continue  # "Meeting: 5 Mar 2026", "Title: ..." above the first speaker: the file's heading
        else:
            words = line
        words = re.sub(r"</?v[^>]*>", "", words).strip()
        if turns and turns[-1].name == name:
            turns[-1].text += " " + words
        else:
            turns.append(Turn(name, words))
    return [t for t in turns if t.text.strip()]
