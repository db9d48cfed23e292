"""E-mail threads, pasted or from an .eml file, split into messages: sender, date, subject and own words.

Quoted history is attributed, not double counted: an Outlook header block ("From: / Sent: / To: /
Subject:") or a "On <date>, <name> wrote:" line starts an earlier message; ">" lines are that message's
text. Signatures and sign-offs are cut; a message repeated in quoted history is kept once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.text.dates import leading_date

_HEADER = re.compile(r"^\s*\**(?P<key>from|sent|date|to|cc|subject)\**\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:-{3,}\s*original message\s*-{3,}|_{10,}|-{5,}\s*forwarded message\s*-{5,})\s*$", re.IGNORECASE)
_WROTE = re.compile(r"^\s*On\s+(?P<head>.+?)\s+wrote:\s*$", re.IGNORECASE)
_TIME = re.compile(r"^[,\s]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[,\s]*", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|thanks|thank you|cheers|best|br|sent from my \w+.*)\s*[,.!]?\s*$",
    re.IGNORECASE,
)


@dataclass
class Message:
    sender: str | None
    date: date | None
    subject: str
    body: str
    signature: str = ""  # what was cut from the end (sign-off, name, role)


def looks_like_thread(text: str) -> bool:
    """At least one header block (From: plus Sent/Date/To/Subject) or an "On ... wrote:" line."""
    lines = text.splitlines()
    return any(_header_block_at(lines, i) for i in range(len(lines))) or any(_WROTE.match(line) for line in lines)


def is_separator(line: str) -> bool:
    """An Outlook '-----Original Message-----' or '_____' line between messages: no words of anyone's."""
    return bool(_SEPARATOR.match(line))


def starts_with_header(text: str) -> bool:
    """The text opens with a message header block (an e-mail pasted whole, or an .eml's text)."""
    lines = text.lstrip().split("\n")
    return _header_block_at(lines, 0)


def _header_block_at(lines: list[str], i: int) -> bool:
    match = _HEADER.match(lines[i])
    if not match or match["key"].lower() != "from":
        return False
    keys = {m["key"].lower() for line in lines[i + 1 : i + 6] if (m := _HEADER.match(line))}
    return bool(keys & {"sent", "date", "to", "subject"})


@dataclass
class MessageHead:
    """Where a message starts inside a notes file: its date, sender and subject, and the lines its header takes."""

    date: date | None
    sender: str | None
    subject: str
    used: int


def message_head(lines: list[str], i: int, order: Literal["dmy", "mdy"] = "dmy") -> MessageHead | None:
    """A header block ("From: / Sent: / Subject:") or an "On <date>, <name> wrote:" line at line i, else None."""
    if _header_block_at(lines, i):
        fields: dict[str, str] = {}
        j = i
        while j < len(lines) and (match := _HEADER.match(lines[j])) and (j == i or match["key"].lower() != "from"):
            fields.setdefault(match["key"].lower(), match["value"].strip())
            j += 1
        when = leading_date(fields.get("sent") or fields.get("date") or "", order)
        return MessageHead(when.value if when else None, fields.get("from") or None, _subject(fields.get("subject", "")), j - i)
    wrote = _WROTE.match(lines[i])
    if wrote is None:
        return None
    found = leading_date(wrote["head"], order)
    sender = _TIME.sub("", wrote["head"][found.end :]).strip(" ,") if found else wrote["head"]
    return MessageHead(found.value if found else None, sender or None, "", 1)


def split_thread(text: str, order: Literal["dmy", "mdy"] = "dmy") -> list[Message]:
    """The thread's messages, oldest first (undated ones at the end), each with quoted history taken out."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if not _SEPARATOR.match(line)]
    messages: list[Message] = []
    _read_blocks(lines, order, messages)
    unique: list[Message] = []
    seen: set[str] = set()
    for message in messages:
        key = " ".join(message.body.split()).lower()  # the same words quoted again are the same message
        if message.body.strip() and key not in seen:
            seen.add(key)
            unique.append(message)
    return sorted(unique, key=lambda m: (m.date is None, m.date or date.min))


def _read_blocks(lines: list[str], order: Literal["dmy", "mdy"], out: list[Message]) -> None:
    starts = [i for i in range(len(lines)) if _header_block_at(lines, i)] or [0]
    if starts[0] != 0 and any(line.strip() for line in lines[: starts[0]]):
        starts.insert(0, 0)  # text above the first header: the newest reply, pasted without its header
    for begin, end in zip(starts, starts[1:] + [len(lines)], strict=True):
        _read_message(lines[begin:end], order, out)


def _read_message(lines: list[str], order: Literal["dmy", "mdy"], out: list[Message]) -> None:
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and (match := _HEADER.match(lines[i])) and (i == 0 or match["key"].lower() != "from"):
        fields.setdefault(match["key"].lower(), match["value"].strip())
        i += 1
    if not fields and (opening := _own_head(lines, order)) is not None:  # "On <date>, <name> wrote:" over unquoted words: this message's header
        fields, i = opening
    body: list[str] = []
    for j in range(i, len(lines)):
        wrote = _WROTE.match(lines[j]) or (j + 1 < len(lines) and _WROTE.match(lines[j] + " " + lines[j + 1]))
        if wrote:
            _read_quoted(wrote["head"], lines[j + 1 :], order, fields.get("subject", ""), out)
            break
        if not lines[j].lstrip().startswith(">"):  # quoted lines with no author line are history we cannot attribute
            body.append(lines[j])
    when = leading_date(fields.get("sent") or fields.get("date") or "", order)
    sender = fields.get("from") or None
    own = _own_words(body, sender)
    signature = "\n".join(body).strip()[len(own) :] if "\n".join(body).strip().startswith(own) else ""
    out.append(Message(sender, when.value if when else None, _subject(fields.get("subject", "")), own, signature.strip()))


def _own_head(lines: list[str], order: Literal["dmy", "mdy"]) -> tuple[dict[str, str], int] | None:
    """A message that opens with its own "On <date>, <name> wrote:" line (no From: block), its words unquoted below it."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or (wrote := _WROTE.match(lines[first])) is None:
        return None
    after = next((line for line in lines[first + 1 :] if line.strip()), "")
    if not after or after.lstrip().startswith(">") or _WROTE.match(after):
        return None  # quoted history under it: an earlier message, read as such
    found = leading_date(wrote["head"], order)
    sender = _TIME.sub("", wrote["head"][found.end :]).strip(" ,") if found else wrote["head"]
    return {"from": sender, "date": wrote["head"]}, first + 1


def _read_quoted(head: str, rest: list[str], order: Literal["dmy", "mdy"], subject: str, out: list[Message]) -> None:
    """'Tue, 3 Mar 2026 at 10:02, Dana Whitfield <dana@acme.com>' + its '>' lines -> an earlier message."""
    found = leading_date(head, order)
    sender = head
    if found is not None:
        sender = _TIME.sub("", head[found.end :])
    quoted = [re.sub(r"^\s*>\s?", "", line) for line in rest if line.lstrip().startswith(">") or not line.strip()]
    inner: list[Message] = []
    _read_message([f"From: {sender.strip(' ,')}", f"Date: {head}", f"Subject: {subject}", "", *quoted], order, inner)
    out.extend(inner)


def _subject(value: str) -> str:
    return re.sub(r"^(?:(?:re|fw|fwd|aw|sv)\s*:\s*)+", "", value, flags=re.IGNORECASE).strip()


def _own_words(lines: list[str], sender: str | None) -> str:
    """The body up to its signature ('-- ' line, a sign-off like 'Best regards,', or a last block naming the sender)."""
    for k, line in enumerate(lines):
        if line.rstrip() in ("--", "-- "):
            lines = lines[:k]
            break
        tail = [t for t in lines[k + 1 :] if t.strip()]
        if _SIGN_OFF.match(line) and len(tail) <= 6 and all(len(t.split()) <= 8 for t in tail):
            lines = lines[:k]
            break
    body = "\n".join(lines).strip()
    head, _, last = body.rpartition("\n\n")
    names = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]*>|\([^)]*\)", " ", sender or ""))}
    if head and len(last.splitlines()) <= 4 and not re.search(r"[.?!]\s*$", last) and names & {w.lower() for w in re.findall(r"[A-Za-z]+", last)}:
        return head.strip()
    return body
