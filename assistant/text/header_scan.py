"""The partner's name when no header shape reads it: a scan of the file's opening lines, before its first dated entry.

Tried last (headers.py): a report's title block ("Partner: Ana Ruiz, Head of Sales" under three title lines), a line
that is a name and a job before its first full stop ("Ana Ruiz, GM Farm Services, Acme Co-op. Keeping these ..."),
a page or chat title that ends on a name ("Space: Pages / Sales — Ana Ruiz", "Chat with Ana Ruiz"), or a member list
("ana.r (Ana Ruiz, Head of Sales), ..."). A name with a job title must not be ours (the CIO, the IT side); a name
alone must recur in the notes below, where the file is about them, and never be named as ours there. Without a
name, a plan says "your partner" where a name belongs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.text.dates import leading_date

NameRole = Callable[[str], "tuple[str, str | None] | None"]
IsText = Callable[[str], bool]

_SCAN = 8  # opening lines read, at most
_SHORT = 200
# Our own side: a name with such a role is the CIO, their staff or IT, never the partner.
_OURS = re.compile(r"\bCIO\b|\bCTO\b|\bDSI\b|\bIT\b|information officer|technology officer|chief of staff", re.IGNORECASE)
_LABEL = re.compile(r"^[^:]{1,30}:\s+")  # "Partner: ", "Subject: ", "Stakeholder page: "
_SPLIT = re.compile(r"\s+[-–—|/]{1,2}\s+|\s+with\s+")  # "Pages / Sales — Ana Ruiz", "Chat with Ana Ruiz"
# A line about someone else: the partner's boss, the page's owner or author, a mail's recipients.
_RELATION = re.compile(r"^(?:reports? to|manager|boss|owner|author|prepared by|written by|updated by|last updated|from|to|cc|"
                       r"relationship owner|sponsor|deputy|assistant|pa|ea)\b", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]{3,80})\)")
# Capitalised words just before a bracket, inside a longer line: "tickets involving Ana Ruiz (Head of Sales), pasted ...".
_NAMED_PAREN = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-Þ][\w'’.-]+\s*\([^()]{3,80}\)")
_MARKS = re.compile(r"[#*_@`]+")
# A whole line in brackets with no label, time or date in it: the export's own note above the file ("[Pasted from ...]").
_FILE_NOTE = re.compile(r"^\[(?![^\]]*:)[^\d\]][^\]]*\]$")
_RECUR = 2  # a name alone must recur this often below its line


def scanned_partner(lines: list[str], first: int, name_role: NameRole, is_name: IsText) -> tuple[str, str | None] | None:
    """(name, role) of the partner the opening lines name, or None. `name_role` and `is_name` are headers.py's readers."""
    opening: list[int] = []
    for at in [i for i in range(first, len(lines)) if lines[i].strip()][:_SCAN]:
        line = _MARKS.sub("", lines[at]).strip()
        if _FILE_NOTE.match(line):  # "[Exported from PowerPoint as text]": the file's own note, no entry
            continue
        if leading_date(line) is not None or line.startswith("["):  # an entry has begun
            break
        opening.append(at)
    for at in opening:
        line = _MARKS.sub("", lines[at]).strip()
        if len(line) > _SHORT and (row := _row_fields(line, name_role, is_name)) is not None:
            return row  # a CRM export's first row: "Type: Meeting | Date: ... | Notes: Ana Ruiz, Head of Sales, Acme. ..."
        if len(line) > _SHORT or _RELATION.match(line):
            continue
        pieces, below = _pieces(line), "\n".join(lines[at + 1:])
        for piece in pieces:  # a name with a job title
            if (found := _named_with_role(piece, name_role, is_name)) is not None:
                return found
        # a name alone that the notes below keep naming (a title ends on it: the later piece wins a tie)
        named = [(_count(p, below), i, p) for i, p in enumerate(pieces)
                 if _person(p, is_name) and not _ours_below(p, below) and not _plain_words(p, below)]
        best = max(named, default=None)
        if best is not None and best[0] >= _RECUR:
            return best[2], None
    return None


def _row_fields(line: str, name_role: NameRole, is_name: IsText) -> tuple[str, str] | None:
    """A name with a job title opening one labelled field of a long row ("Notes: Ana Ruiz, Head of Sales, Acme. ...")."""
    for field in line.split(" | ")[:12]:
        if not _LABEL.match(field.strip()):
            continue
        head = _LABEL.sub("", field.strip()).split(". ")[0]
        for piece in (head, ",".join(head.split(",")[:2])):  # the organisation after the job title is left off
            if len(piece) <= _SHORT and (found := _named_with_role(piece, name_role, is_name)) is not None:
                return found
    return None


def _named_with_role(piece: str, name_role: NameRole, is_name: IsText) -> tuple[str, str] | None:
    """(name, role) where the piece names a person in mixed case with a job title that is not ours."""
    found = name_role(piece)
    if found and found[0] and _person(found[0], is_name) and found[1] and not _OURS.search(found[1]):
        return found[0], found[1]
    return None


def _pieces(line: str) -> list[str]:
    """The parts of a line a name may stand in: the line, its first sentence, after a label, between separators."""
    out = [line, line.split(". ")[0]]
    out += [m.group(1) for m in _PAREN.finditer(line)]
    out += [m.group(0) for m in _NAMED_PAREN.finditer(line)]
    out += [p for part in list(out) for p in _SPLIT.split(_LABEL.sub("", part))]
    out.append(_LABEL.sub("", line.split(". ")[0]))
    return list(dict.fromkeys(p.strip(" ,;") for p in out if p.strip(" ,;")))


def _person(text: str, is_name: IsText) -> bool:
    """A name in mixed case: a title block in capitals ("ACME HOMES") is no one."""
    words = [w for w in text.split() if len(w) > 1]
    return is_name(text) and not any(w.isupper() for w in words)


def _plain_words(name: str, below: str) -> bool:
    """Every word of it is written in lower case below ("Final Review" ... "the final review"): words, not a name."""
    words = [w for w in name.split() if len(w) > 1]
    return bool(words) and all(re.search(rf"(?<![\w'’]){re.escape(w.lower())}(?![\w'’])", below) for w in words)


def _given(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".").lower() not in ("mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame")]
    return words[0] if words else name


def _count(name: str, below: str) -> int:
    """How often the notes below name the person: by the full name, or by the given name said alone."""
    return len(re.findall(rf"\b{re.escape(_given(name))}\b", below)) + len(re.findall(rf"\b{re.escape(name)}\b", below))


def _ours_below(name: str, below: str) -> bool:
    """The notes name this person as ours: "Ana Ruiz (CIO)", "Ana Ruiz, CIO"."""
    return re.search(rf"{re.escape(name)}\s*[,(]\s*(?:{_OURS.pattern})", below, re.IGNORECASE) is not None
