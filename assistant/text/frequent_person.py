"""The partner when no header names them: the person the whole file keeps naming, who is not on our side.

Tried last (headers.py), for raw e-mail threads, board papers, exports and diaries with no partner line. A person is a
full name written once at least ("Ana Ruiz", "Dr. Ana Ruiz"); each later mention counts: the full name, the given name
alone, the initials as a word ("AR: ...") or a title with the family name ("Ms Ruiz"). Never a person the file marks
as ours: a name beside our role (CIO, IT), under an author's label ("Prepared by", "created by"), "(our PMO)", or on
every mail of a thread (the mailbox's owner). Two spellings of one given name count as one person. The
one named most wins when they lead clearly; otherwise no one (the plan then says "your partner").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-žạ-ỹ'’-]+"
_PARTICLE = r"(?:van der|van den|van|von|de la|de|der|den|da|di|del|della|du|dos|das|ten|ter|le|la|al|bin)"
_FULL = re.compile(rf"(?<![\w.@-])(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?[ \t]+)?(?P<name>{_WORD}(?:[ \t]+{_PARTICLE})?[ \t]+(?:{_WORD}|[A-Z]\.))(?![\w@-])")
# Our side beside a name: "Ana Ruiz (Group CIO)", "Ana Ruiz, IT", "(our PMO)", a signature's "CIO, Acme" on the next line.
_OURS_AFTER = re.compile(r"^\s*[,(–—-]?\s*(?:\(?\s*(?:our|my)\b|[^.\n]{0,25}?\b(?:CIO|CTO|CDIO|DSI|IT|ICT|information officer|technology officer)\b)")
# A label naming the file's author or keeper just before the name.
_AUTHOR_BEFORE = re.compile(r"(?:\bby|author|owner|keeper|from me|me|CIO|CTO|IT|[Nn]gười ghi|[Kk]irjoittaja)\s*[:,(]?\s*$", re.IGNORECASE)
_LEAD = 1.5  # the winner is named this many times as often as the next person
_MIN = 3

IsText = Callable[[str], bool]


def frequent_partner(lines: list[str], is_name: IsText) -> str | None:
    """The full name of the person the file names most, when no one on our side and they lead clearly; else None."""
    text = "\n".join(lines)
    names: dict[str, str] = {}  # the name without title -> as first written
    ours: set[str] = set()
    for m in _FULL.finditer(text):
        name = m["name"]
        if not is_name(name):
            continue
        names.setdefault(name, name)
        after = text[m.end(): m.end() + 60]
        line_end = after.split("\n", 1)
        next_line = line_end[1].split("\n", 1)[0] if len(line_end) > 1 and not line_end[0].strip() else ""
        if _OURS_AFTER.match(line_end[0]) or _OURS_AFTER.match(next_line) or _AUTHOR_BEFORE.search(text[max(0, m.start() - 30): m.start()].split("\n")[-1]):
            ours.add(name)
    ours |= _mailbox_owner(text, names)
    initials: dict[str, set[str]] = {}
    for name in names:
        if name.endswith("."):
            initials.setdefault(name.split()[0], set()).add(name.split()[-1])
    ours |= {n for n in names if len(initials.get(n.split()[0], ())) > 1}  # "Part A.", "Part B.": a form's labels, no one
    firsts: dict[str, str] = {}
    for name in names:  # one person under two spellings ("Ana R." and "Ana Ruiz", a line break inside a name): the first
        given = name.split()[0]  # written in full
        if given not in firsts or firsts[given].endswith(".") and not name.endswith("."):
            firsts[given] = name
    names = {n: n for n in firsts.values()}
    counts = sorted(((_mentions(name, text), name) for name in names if name not in ours and name.split()[0] not in {n.split()[0] for n in ours}
                     and _short_mentions(name, text) > 0), reverse=True)  # named alone at least once
    if not counts or counts[0][0] < _MIN or len(counts) > 1 and counts[0][0] < _LEAD * counts[1][0]:
        return None
    return counts[0][1]


def _mentions(name: str, text: str) -> int:
    """How often the file names the person: by the full name, the given name alone, the initials or a titled surname."""
    return text.count(name) + _short_mentions(name, text)


def _short_mentions(name: str, text: str) -> int:
    """How often the file names the person without the full name: the given name alone (no capitalised word or letter
    after it: "Part B" is a label), the initials as a word ("AR: ...") or a title with the family name ("Ms Ruiz")."""
    words = name.split()
    given, family = words[0], words[-1]
    count = len(re.findall(rf"(?<![\w-]){re.escape(given)}(?![\w-])(?![ \t]+[A-ZÀ-Þ](?:[a-zß-ÿ.]|\b))", text))
    count += len(re.findall(rf"(?<![\w-]){given[0]}{family[0]}(?![\w-])", text))
    count += len(re.findall(rf"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+{re.escape(family)}(?![\w-])", text))
    return count


_MAIL_HEAD = re.compile(r"^(?:From|To|Cc)\s*:(?P<who>.*)$", re.IGNORECASE | re.MULTILINE)


def _mailbox_owner(text: str, names: dict[str, str]) -> set[str]:
    """In a thread of three mails or more, the person on every mail's From/To/Cc lines: the mailbox the thread came from,
    the note keeper's own."""
    blocks = [b for b in re.split(r"(?im)^(?=From\s*:)", text) if re.match(r"(?i)From\s*:", b)]
    if len(blocks) < 3:
        return set()
    heads = ["\n".join(m["who"] for m in _MAIL_HEAD.finditer(b.split("\n\n", 1)[0])) for b in blocks]
    return {name for name in names if all(name in head for head in heads)}
