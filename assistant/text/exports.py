"""Tool exports pasted into a notes file, rewritten as dated notes the line reader knows.

Chat exports (Slack or Teams JSON, one object a line or one array) become one "YYYY-MM-DD chat" entry a day with
"Name: text" lines; calendar exports (iCalendar VEVENT blocks) become one entry an event, headed by its start day
and summary, its description unescaped and unfolded by the icalendar package. Anything else is left as written.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

_EPOCH_MIN, _EPOCH_MAX = 946_684_800, 4_102_444_800  # 2000-01-01 .. 2100-01-01: a number outside is no timestamp
_TIME_KEYS = ("ts", "createdDateTime", "created_at", "createdAt", "timestamp", "time", "date", "datetime", "sent",
              "sentDateTime", "lastModifiedDateTime", "created", "posted")
_NAME_PATHS = (("user_name",), ("user_profile", "real_name"), ("user_profile", "name"), ("from", "user", "displayName"),
               ("from", "displayName"), ("from", "name"), ("author", "displayName"), ("author", "name"), ("author",),
               ("sender", "name"), ("sender",), ("from",), ("username",), ("user",), ("name",))
_TEXT_PATHS = (("text",), ("body", "content"), ("content",), ("message",), ("body",), ("msg",))
_LISTS = ("messages", "value", "items", "data", "results")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class _Message:
    when: datetime
    name: str
    text: str


def plain_exports(text: str) -> str:
    """The text with every pasted chat or calendar export rewritten as dated entries."""
    return _calendar(_chat(text)) if ("{" in text or "BEGIN:V" in text) else text


# -- chat exports -----------------------------------------------------------------------------------------------
def _chat(text: str) -> str:
    out: list[str] = []
    pos = 0
    for start, end, messages in _json_blocks(text):
        out += [text[pos:start], _chat_entries(messages)]
        pos = end
    return "".join(out) + text[pos:] if out else text


def _json_blocks(text: str) -> Iterator[tuple[int, int, list[_Message]]]:
    """Runs of JSON values that start a line and hold timestamped messages: (start, end, messages)."""
    decoder = json.JSONDecoder()
    pos = 0
    for line in re.finditer(r"(?m)^[ \t]*[\[{]", text):
        if line.start() < pos:
            continue
        end = line.end() - 1
        values: list[Any] = []
        while end < len(text) and text[end] in "[{":
            try:
                value, end = decoder.raw_decode(text, end)
            except ValueError:
                break
            values.append(value)
            while end < len(text) and text[end] in " \t\r\n":
                end += 1
        messages = [m for v in values for m in _messages(v)]
        if messages:
            yield line.start(), end, messages
            pos = end


def _messages(value: Any) -> list[_Message]:
    if isinstance(value, dict):
        inner = next((value[k] for k in _LISTS if isinstance(value.get(k), list)), None)
        if inner is not None:
            return _messages(inner)
        one = _message(value)
        return [one] if one else []
    if isinstance(value, list):
        return [m for item in value if isinstance(item, dict) for m in _messages(item)]
    return []


def _message(row: dict[str, Any]) -> _Message | None:
    when = next((w for k in _TIME_KEYS if (w := _when(row.get(k))) is not None), None)
    text = next((t for p in _TEXT_PATHS if isinstance(t := _path(row, p), str) and t.strip()), None)
    if when is None or text is None:
        return None
    name = next((n for p in _NAME_PATHS if isinstance(n := _path(row, p), str) and n.strip()), "")
    body = html.unescape(_TAG.sub(" ", text)) if _TAG.search(text) else text
    name = " ".join(name.split())
    return _Message(when, "CIO" if name.lower() == "cio" else name, body.strip())  # a handle "cio" is the CIO's label


def _path(row: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if not isinstance(row, dict):
            return None
        row = row.get(key)
    return row


def _when(value: Any) -> datetime | None:
    """An epoch (seconds, milli-, micro- or nanoseconds, possibly fractional, as a number or a string) or an ISO timestamp."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{9,19}(?:\.\d+)?", value.strip()):
        value = float(value)
    if isinstance(value, int | float):
        seconds = value
        while seconds > _EPOCH_MAX * 10:  # milliseconds, microseconds, nanoseconds: each a thousand times the last
            seconds /= 1000
        return datetime.fromtimestamp(seconds, tz=UTC) if _EPOCH_MIN <= seconds < _EPOCH_MAX else None
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:  # the day as written: a local time keeps its own date
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def _chat_entries(messages: list[_Message]) -> str:
    lines: list[str] = []
    day: date | None = None
    for message in sorted(messages, key=lambda m: (m.when.date(), m.when.replace(tzinfo=None).time())):
        if message.when.date() != day:
            day = message.when.date()
            lines += ["", f"{day.isoformat()} chat"]
        said = " ".join(message.text.split())
        lines.append(f"{message.name}: {said}" if message.name else said)
    return "\n".join(lines).lstrip("\n") + "\n\n"


# -- calendar exports -------------------------------------------------------------------------------------------
_CALENDAR = re.compile(r"(?ms)^BEGIN:(?:VCALENDAR|VEVENT)\b.*^END:(?:VCALENDAR|VEVENT)[ \t]*$")


def _calendar(text: str) -> str:
    match = _CALENDAR.search(text) if "BEGIN:V" in text else None
    if match is None:
        return text
    entries = _events(match.group(0))
    return text if entries is None else text[: match.start()] + entries + text[match.end() :]


def _events(block: str) -> str | None:
    from icalendar import Calendar

    source = block if block.startswith("BEGIN:VCALENDAR") else f"BEGIN:VCALENDAR\nVERSION:2.0\n{block}\nEND:VCALENDAR"
    try:
        calendar = Calendar.from_ical(source.replace("\n", "\r\n"))
    except (ValueError, KeyError, IndexError):
        return None
    events: list[tuple[date | None, str, str]] = []
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        day = getattr(start, "dt", None)
        day = day.date() if isinstance(day, datetime) else day if isinstance(day, date) else None
        summary = " ".join(str(event.get("SUMMARY", "")).split())
        events.append((day, summary, str(event.get("DESCRIPTION", "")).strip()))
    if not events:
        return None
    events.sort(key=lambda e: (e[0] is not None, e[0] or date.min))
    parts = [f"## {day.isoformat() if day else ''}{' - ' if day and summary else ''}{summary}\n{description}".rstrip()
             for day, summary, description in events]
    return "\n\n".join(parts) + "\n"
