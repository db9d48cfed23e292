"""Meeting minutes: the attendees line and the actions (a markdown table or "Action:" lines) as suggested promises.

Actions are taken out of the text, so a due-date column is not read as dated entries; each becomes a
suggested promise with its owner and due date for the CIO to accept into the promise ledger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.text.dates import leading_date

_ATTENDEES = re.compile(r"^\s*\**(?:attendees|present|participants|attending)\**\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_ACTION_LINE = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[\s?\]\s*)?\**(?:action|todo|to do|ap)\**\s*(?:item)?\s*[:\-–]\s*(?P<text>.+)$", re.IGNORECASE)
_OWNER_TO = re.compile(r"^(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:to|will)\s+(?P<rest>.+)$")
_DUE = re.compile(r"\(?\b(?:by|due|before)\s*:?\s+(?P<when>[^)]+?)\)?\.?\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")


@dataclass
class SuggestedPromise:
    text: str
    owner: str | None
    due: date | None


@dataclass
class Minutes:
    attendees: list[str]
    promises: list[SuggestedPromise]
    text: str  # the minutes without the action lines and table


def read_minutes(text: str, order: Literal["dmy", "mdy"] = "dmy") -> Minutes:
    attendees: list[str] = []
    promises: list[SuggestedPromise] = []
    kept: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if (match := _ATTENDEES.match(line)) is not None:
            _add_attendees(attendees, match["names"])
            i += 1
            continue
        elif (action := _ACTION_LINE.match(line)) is not None:
            promises.append(_from_sentence(action["text"].strip(), order))
            i += 1
            continue
        elif _is_action_table(lines, i):
            i = _read_table(lines, i, order, promises)
            continue
        kept.append(line)
        i += 1
    return Minutes(attendees, promises, "\n".join(kept))


def _add_attendees(attendees: list[str], names: str) -> None:
    """'Sunil Varma (Head of Data, IT), Tom Reyes and Ana' -> three people: a bracket's commas stay inside it.

    The same person named again (in another meeting, with or without a role) is listed once."""
    known = {_person_key(a) for a in attendees}
    for part in re.split(r"(?:[,;]|\band\b)(?![^()]*\))", names):
        person = part.strip(" .")
        if person and _person_key(person) not in known:
            known.add(_person_key(person))
            attendees.append(person)


def _person_key(person: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)?", " ", person).lower().split())


def _from_sentence(text: str, order: Literal["dmy", "mdy"]) -> SuggestedPromise:
    """'Sam to send the cut-over plan by 13 Mar 2026' -> owner Sam, due 13 March 2026."""
    owner_match = _OWNER_TO.match(text)
    due_match = _DUE.search(text)
    found = leading_date(due_match["when"], order) if due_match else None
    return SuggestedPromise(text, owner_match["owner"] if owner_match else None, found.value if found else None)


def _header(line: str) -> list[str]:
    return [c.strip(" *_").lower() for c in line.strip().strip("|").split("|")]


_ACTION_HEADS = ("action", "actions", "task", "action item")
_OWNER_HEADS = ("owner", "who", "responsible")
_DUE_HEADS = ("due", "by", "date", "deadline", "when")


def _is_action_table(lines: list[str], i: int) -> bool:
    """A pipe table whose header names an action column; typed by hand it may lack the '|---|' line,
    and then the header must also name an owner or due column."""
    if not lines[i].lstrip().startswith("|") or i + 1 >= len(lines) or not lines[i + 1].lstrip().startswith("|"):
        return False
    header = _header(lines[i])
    if not any(h in _ACTION_HEADS for h in header):
        return False
    return bool(_SEPARATOR.match(lines[i + 1])) or any(h in _OWNER_HEADS + _DUE_HEADS for h in header)


def _read_table(lines: list[str], i: int, order: Literal["dmy", "mdy"], out: list[SuggestedPromise]) -> int:
    header = _header(lines[i])
    j = i + 2 if _SEPARATOR.match(lines[i + 1]) else i + 1
    while j < len(lines) and lines[j].lstrip().startswith("|"):
        cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
        row = dict(zip(header, cells, strict=False))
        text = next((row[h] for h in _ACTION_HEADS if row.get(h)), "")
        owner = next((row[h] for h in _OWNER_HEADS if row.get(h)), None)
        due_text = next((row[h] for h in _DUE_HEADS if row.get(h)), "")
        found = leading_date(due_text, order)
        if text:
            out.append(SuggestedPromise(text, owner, found.value if found else None))
        j += 1
    return j
