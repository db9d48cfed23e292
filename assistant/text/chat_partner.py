"""The partner of a chat export (WhatsApp, Signal, Telegram, iMessage, Teams, Slack): never the note keeper.

A chat export is the keeper's own conversation with the partner: the keeper is one of its two main speakers. The
partner is the person the export's title names ("WhatsApp Chat with Ana Ruiz (Ops).txt", "Signal conversation with
Ana Ruiz") when they speak in it; else the one of the two main speakers who is not marked as the keeper ("Me", "You",
"Ana Ruiz (me)", the keeper's signed initials); else the one the keeper's own lines outside the messages name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_DATE = r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{2,4})"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_WHO = r"(?P<who>[^\W\d_][^:\n\[\]]{0,60}?)"
# "14/04/2026, 19:02 - Ana: ...", "[14/04/2026, 19:02:11] Ana: ...", "[2026-04-14 19:02] Ana: ...", "19:02 Ana: ..."
_STAMPED = re.compile(rf"^[ \t]*\u200e?\[?(?:{_DATE}[,\s]+)?{_TIME}\]?[ \t]*(?:[-–—|][ \t]*)?{_WHO}[ \t]*:[ \t]*\S", re.M)
# A Teams copy's head line with the words below it: "[17/02/2026 10:11] Ruiz, Ana (Finance)".
_HEAD_ONLY = re.compile(rf"^[ \t]*\[?{_DATE}[,\s]+{_TIME}\]?[ \t]*(?:[-–—|][ \t]*)?(?P<who>[^\W\d_][^:\n\[\]]{{0,60}}?)[ \t]*$", re.M)
# Telegram's copy: "Ana Ruiz, [14.04.26 19:02]" above the words.
_TELEGRAM = re.compile(rf"^[ \t]*{_WHO},[ \t]*\[(?:{_DATE}[,\s]+)?{_TIME}\][ \t]*:?[ \t]*$", re.M)
# The export's title: "WhatsApp Chat with Ana Ruiz.txt", "Signal chat with Ana Ruiz", "Messages with Ana Ruiz".
_TITLE = re.compile(r"\b(?:chat|conversation|messages|thread|dm|direct message)s?\s+with\s+(?P<who>[^\n]+?)\s*(?:\.txt|\.html?|\.json|\.csv)?\s*$",
                    re.IGNORECASE)
_PATTERNS = (_STAMPED, _TELEGRAM, _HEAD_ONLY)
_MIN_MESSAGES = 4
# A label that is the keeper's own: "Me", "You", "CIO", a handle with our role in it ("omar.cio", "IT Director").
_OURS = re.compile(r"^(?:me|you|i|myself)$|(?<![^\W_])(?:cio|cto|it|ict)(?![^\W_])", re.IGNORECASE)


def chat_partner(lines: list[str], is_name: Callable[[str], bool]) -> str | None:
    """The partner's name in a chat export, or None when the file is no two-person chat export."""
    text = "\n".join(lines)
    said = Counter({who: n for who, n in _said(text).items() if who and (is_name(who) or len(who.split()) == 1)})
    if sum(said.values()) < _MIN_MESSAGES or len(said) < 2:
        return None
    speakers = [who for who, _ in said.most_common(2)]
    title = next((m["who"] for line in lines[:4] if (m := _TITLE.search(line.strip().strip("#*_ "))) is not None), None)
    if title is None:  # "Teams export – Ana Ruiz (CFO) – monthly chats": the one speaker the export's title names in full
        named = [who for line in lines[:3] if _EXPORT.search(line) for who in speakers if len(who.split()) > 1 and who in line]
        title = named[0] if len(named) == 1 else None
    if title is not None and (titled := _same_person(_plain(title), speakers)) is not None:
        return _full(titled, text, is_name)
    outside = _outside(text)  # the keeper's own lines: they name the partner, rarely themself
    keeper = [who for who in speakers if _OURS.search(who) or _ours_tag(who, text) or _marked_me(who, text) or _signed(who, text) or _declared(who, outside)]
    others = [who for who in speakers if who not in keeper]
    if len(keeper) == 1 and len(others) == 1:
        return _full(others[0], text, is_name)
    counts = sorted(((_named(who, outside), who) for who in speakers), reverse=True)
    if counts[0][0] > 0 and counts[0][0] > counts[1][0]:
        return _full(counts[0][1], text, is_name)
    return None


def chat_keeper(lines: list[str], partner: str | None) -> str | None:
    """The keeper's name in a chat export whose partner is known: the other main speaker."""
    if not partner:
        return None
    said = _said("\n".join(lines))
    speakers = [who for who, _ in said.most_common(2) if who]
    if len(speakers) < 2 or sum(said.values()) < _MIN_MESSAGES or _same_person(partner, speakers) is None:
        return None
    return next(who for who in speakers if who != _same_person(partner, speakers))


def _said(text: str) -> Counter[str]:
    """How many messages each speaker label heads, in every export shape."""
    return Counter(_plain(m["who"]) for pattern in _PATTERNS for m in pattern.finditer(text))


def same_person(name: str, other: str | None) -> bool:
    """The two names stand for one person: the same name, or one sharing the other's given name."""
    return other is not None and _same_person(_plain(name), [_plain(other)]) is not None


_EXPORT = re.compile(r"\b(?:export|exported|chat|chats|conversation|messages|thread)\b", re.IGNORECASE)


def _ours_tag(who: str, text: str) -> bool:
    """The export tags the speaker with our own team: "Aas, Thomas (Digital & IT)", "Ana Ruiz (CIO)"."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            tag = re.search(r"\(([^()]*)\)", m["who"])
            if tag and _plain(m["who"]) == who and re.search(r"(?<![^\W_])(?:cio|cto|it|ict|me)(?![^\W_])", tag.group(1), re.IGNORECASE):
                return True
    return False


def _plain(who: str) -> str:
    """A speaker's name without a bracketed tag, an emoji or a mark, in given-name order: "Ana Ruiz (Ops) 🌿" and
    "Ruiz, Ana (Ops)" -> "Ana Ruiz"."""
    who = re.sub(r"\s*\([^()]*\)\s*", " ", who)
    if (turned := re.fullmatch(r"\s*([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’-]+)\s*", who)) is not None:
        who = f"{turned.group(2)} {turned.group(1)}"
    who = re.sub(r"[^\w\s.'’-]", " ", who)
    return re.sub(r"\s+", " ", who).strip()


def _same_person(name: str, speakers: list[str]) -> str | None:
    """The speaker the name stands for: the same name, or one that shares its given name."""
    words = name.lower().split()
    for who in speakers:
        low = who.lower().split()
        if low == words or (words and low and (low[0] == words[0] or set(low) <= set(words) or set(words) <= set(low))):
            return who
    return None


def _full(who: str, text: str, is_name: Callable[[str], bool]) -> str:
    """The speaker's full name: their label, or the name the file writes that begins with it ("Ana" or the handle
    "ana.r" -> "Ana Ruiz")."""
    handle = who.islower() or re.search(r"\w[._]\w", who) is not None
    if handle:
        who = " ".join(w.capitalize() for w in re.split(r"[._]+", who) if w.isalpha()) or who
    words = who.split()
    if len(words) > 1 and not (handle and len(words[-1]) <= 2):
        return who
    tail = rf"[ \t]+{re.escape(words[1][0])}" if len(words) > 1 else r"[ \t]+[A-ZÀ-Þ]"
    fuller = Counter(m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(words[0])}{tail}[\w'’-]+", text) if is_name(m.group(0)))
    return fuller.most_common(1)[0][0] if fuller else who


def _marked_me(who: str, text: str) -> bool:
    """The export marks the speaker as its owner: "Ana Ruiz (me)", "Ana Ruiz (you)"."""
    return re.search(rf"(?<![\w-]){re.escape(who)}[ \t]*\((?:me|you|myself|owner)\)", text, re.IGNORECASE) is not None


def _declared(who: str, outside: str) -> bool:
    """The keeper's own lines name the speaker as themself or as the CIO: "me (sam.okafor)", "Exported by Ana Ruiz (CIO)",
    "the CIO is Ana Ruiz"."""
    name = r"[\s._]+".join(re.escape(w) for w in re.split(r"[\s._]+", who))
    return re.search(rf"(?:\b(?:me|myself|by|the\s+(?:cio|cto)\s+is|i\s+am|i'm)\s*[(:,]?\s*{name}(?![\w-])|"
                     rf"(?<![\w-]){name}\s*\((?:me|myself|cio|cto|it|ict)\b)", outside, re.IGNORECASE) is not None


def _signed(who: str, text: str) -> bool:
    """The keeper's notes signed with the speaker's initials: "(D.O.)", "– DO"."""
    words = [w for w in who.split() if w[:1].isalpha()]
    if len(words) < 2:
        return False
    dotted = r"\.?\s?".join(w[0] for w in words) + r"\.?"
    return re.search(rf"(?:\(|[-–—]\s*|notes?[\s,]*\(?)\s*{dotted}\s*\)", text) is not None


def _outside(text: str) -> str:
    """The file without its messages: the keeper's own words around the export (a Telegram message runs from its
    head line to the next blank line)."""
    kept: list[str] = []
    in_message = False
    for line in text.splitlines():
        if _TELEGRAM.match(line) or _HEAD_ONLY.match(line):
            in_message = True
        elif not line.strip():
            in_message = False
        elif not in_message and not _STAMPED.match(line):
            kept.append(line)
    return "\n".join(kept)


def _named(who: str, text: str) -> int:
    """How often the text names the speaker: their full name or their given name."""
    return len(re.findall(rf"(?<![\w-]){re.escape(who.split()[0])}(?![\w-])", text))
