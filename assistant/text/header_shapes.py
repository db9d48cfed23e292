"""More shapes of a notes file's partner header, tried after the plain ones (`headers.py`):

    ---                                   a YAML front matter block (Obsidian, static sites): partner: / role: keys
    #+TITLE: Notes: Ana Ruiz (CFO)        org-mode keywords: the title is read as a titled line
    | Partner | Ana Ruiz |                 a two-column card table (field, value)
    Ana Ruiz / Chief Financial Officer    a signature: a name line, then a role line (an organisation line may follow)
    Ana Ruiz | CFO | Northwind            one line of name, role and organisation between bars
    # Stakeholder notes: Ana Ruiz, CFO    a titled line: a label, then the name and role after ':', a dash, or 'on'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.text.header_author import author_label

_FENCE = re.compile(r"^\s*(?:---|\+\+\+)\s*$")
_ORG_KEY = re.compile(r"^\s*#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_CARD_ROW = re.compile(r"^\s*\|\s*(?P<key>[^|]{1,30}?)\s*\|\s*(?P<value>[^|]+?)\s*\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
# Where a titled line's label ends and the name begins.
_TAIL_START = re.compile(r":\s+|\s+[-–—|]{1,2}\s+|\s+(?:on|about|for|with|re)\s+", re.IGNORECASE)
# Labels of a mail header, a meeting's roles or its author: the name after them is not the partner the file is about.
_NOT_TITLE = re.compile(r"^\s*(?:from|to|cc|bcc|sent|date|subject|re|fw|fwd|reply-to|attendees|present|apologies|chair|"
                        r"chaired by|owner|author|written by|prepared by|minutes by|minute taker|note taker|organiser|organizer|"
                        r"host|cio|me)\s*$", re.IGNORECASE)
# A label that names a page, a log or a chat kept about someone: the bare name after it is the partner's.
_PAGE_LABEL = re.compile(r"\b(?:notes?|notizen|notatki|page|journal|diary|chat|tracker|profile|dossier|relation|relationship)\s*$",
                         re.IGNORECASE)
_MARKS = re.compile(r"^\s*(?:#+\s*|\*\*|__)?|(?:\*\*|__)?\s*$")

NameRole = Callable[[str], "tuple[str, str | None] | None"]


def front_matter(lines: list[str], first: int) -> tuple[list[str], int] | None:
    """The `key: value` lines of a front matter block opening at `first`, and the index after its closing fence."""
    if not _FENCE.match(lines[first]):
        return None
    for end in range(first + 1, min(len(lines), first + 40)):
        if _FENCE.match(lines[end]):
            return lines[first + 1 : end], end + 1
    return None


def org_keywords(lines: list[str], first: int) -> tuple[list[str], int] | None:
    """`#+TITLE:` / `#+AUTHOR:` lines as `key: value` lines, and the index after them."""
    out, i = [], first
    while i < len(lines) and (match := _ORG_KEY.match(lines[i])) is not None:
        out.append(f"{match['key'].lower()}: {match['value']}")
        i += 1
    return (out, i) if out else None


def card_table(lines: list[str], first: int) -> tuple[list[str], int] | None:
    """A two-column `| Field | Value |` table as `key: value` lines (its header and rule rows skipped)."""
    out, i = [], first
    while i < len(lines) and (_CARD_ROW.match(lines[i]) or _RULE_ROW.match(lines[i])):
        row = None if _RULE_ROW.match(lines[i]) else _CARD_ROW.match(lines[i])
        if row is not None and row["key"].strip("*_ ").lower() not in ("field", "key", "item", "attribute", ""):
            out.append(f"{row['key'].strip('*_ ')}: {row['value'].strip('*_ ')}")
        i += 1
    return (out, i) if len(out) >= 2 else None


def titled_line(line: str, name_role: NameRole, is_name: Callable[[str], bool]) -> tuple[str, str | None] | None:
    """(name, role) named after a short label: '# Stakeholder notes: Ana Ruiz, CFO', 'Handover — Ana Ruiz (CFO)',
    'To my successor — notes on Dr Ana Ruiz'. A bare name needs 'on' or 'about' before it."""
    if len(line) > 160:
        return None
    text = _MARKS.sub("", line).strip()
    for sep in _TAIL_START.finditer(text):
        label, tail = text[: sep.start()], text[sep.end() :].strip().rstrip(".")
        if not label.strip() or len(label.split()) > 8 or _NOT_TITLE.match(label) or author_label(label):
            continue  # "Plan owner: Aoife Byrne (CIO office)", "Kept by: ...": the file's author, not its partner
        if (found := name_role(tail)) is not None:
            return found
        if (sep.group(0).strip().lower() in ("on", "about") or _PAGE_LABEL.search(label)) and is_name(tail):
            return tail, None  # "Notes de relation - Ana Ruiz", "Chat with Ana Ruiz": the page is about them
    return None


def signature(lines: list[str], first: int, is_name: Callable[[str], bool], is_role: Callable[[str], bool]) -> tuple[str, str, int] | None:
    """A name alone on the first line and a job title alone on the next (an e-mail signature's shape)."""
    if first + 1 >= len(lines):
        return None
    name, role = _MARKS.sub("", lines[first]).strip(), _MARKS.sub("", lines[first + 1]).strip()
    if len(name) > 60 or len(role) > 80 or not is_name(name) or not is_role(role.split(",")[0]):
        return None
    used = first + 2
    while used < len(lines) and used < first + 4 and lines[used].strip() and len(lines[used]) <= 80 \
            and not re.search(r"[.!?\"”]$", lines[used].strip()) and not re.search(r"\d{1,2}[-/. ]\w{2,9}[-/. ]\d{2,4}", lines[used]):
        used += 1  # the organisation and address lines under a signature
    return name, role, used


def barred_line(line: str, is_name: Callable[[str], bool], is_role: Callable[[str], bool]) -> tuple[str, str] | None:
    """'Ana Ruiz | CFO | Northwind' or 'Ana Ruiz / CFO / Northwind': name, then role, between bars or slashes."""
    text = _MARKS.sub("", line).strip()
    for bar in ("|", " / ", " · ", " • "):
        parts = [p.strip() for p in text.split(bar)]
        if 2 <= len(parts) <= 4 and is_name(parts[0]) and is_role(parts[1]):
            return parts[0], parts[1]
    return None
