"""The one thing as the meeting's outcome, never the purpose echoed (plan round 32).

A one thing that only repeats the typed purpose ("Lock the day-one list and show the screens fixed.") tells the CIO
nothing new. Each clause of the purpose is turned into what should be true when the meeting ends, by what its verb
does ("give Ann a date" -> "Ann has a date", "agree the pilot" -> "you and Ann have agreed the pilot", "accept the seat"
-> "Ann has your yes to the seat"), and the typed item it is about adds what the notes know of it: our owner's name
and the date we gave, or the day they need it by. A clause whose verb has no outcome form leaves the one thing as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.planning.purpose_anchor import typed_item
from assistant.planning.situation_types import Item, Situation
from assistant.planning.voice import when

if TYPE_CHECKING:
    from assistant.planning.purpose_clause import Clause

_I = re.IGNORECASE
_HAVE = ("give", "hand", "bring", "send", "deliver", "share", "present")  # the partner holds the thing afterwards
_DONE = {"agree": "agreed", "lock": "locked", "settle": "settled", "set": "set", "finalise": "finalised", "finalize": "finalized",
         "scope": "scoped", "sign": "signed", "book": "booked", "close": "closed", "plan": "planned"}  # done together
_PRONOUN = frozenset({"him", "her", "them", "you"})
_STATE = re.compile(r"\b(?:is|are|was|were|has been|have been)\b", _I)
# A second act glued into the clause ("... and agree who sits on it", ", then test ..."): no single outcome to state.
_SECOND_ACT = re.compile(r"(?:,\s*then\b|\band\s+(?:agree|accept|answer|give|hand|bring|send|show|walk|confirm|close|set|lock|"
                         r"test|ask|find|say|make|get|use|offer|commit|name|start)\b)", _I)
_SAY_ALOUD = re.compile(r"\b(?:I|me|my|we|us|our)\b")  # the CIO's own voice in a clause: not an outcome to restate


def _strip_recipient(words: list[str], names: frozenset[str]) -> list[str]:
    """The object without the person it is given to ("Petra a written date" -> "a written date")."""
    k = 0
    while k < len(words) - 1 and (words[k] in names or words[k].lower() in _PRONOUN):
        k += 1
    return words[k:]


def _state(clause: Clause, first: str, names: frozenset[str]) -> str:
    """What the clause makes true, in the third person, or '' where its verb has no outcome form."""
    words = clause.text.split()
    if len(words) < 2:
        return ""
    verb, rest = words[0].lower(), words[1:]
    if rest and rest[0].lower() in ("over", "out") and verb in ("hand", "give", "send"):
        rest = rest[1:]
    if verb in _HAVE:
        obj = _strip_recipient(rest, names)
        return f"{first} has {' '.join(obj)}" if obj and obj[0].lower() not in ("to", "that") else ""
    if verb in _DONE:
        done = re.sub(rf"\s+with\s+(?:him|her|them|{re.escape(first)}(?:\s+[A-Z][\w'’-]+)?)\b", "", " ".join(rest))
        return f"you and {first} have {_DONE[verb]} {done}"
    if verb == "accept":
        return f"{first} has your yes to {' '.join(rest)}"
    if verb in ("answer", "respond", "reply"):
        obj = rest[1:] if rest[0].lower() == "to" else rest
        return f"{first} has your answer to {' '.join(obj)}" if obj else ""
    if verb == "show":
        obj = _strip_recipient(rest, names)
        return f"{first} has seen {' '.join(obj)}" if obj and not _STATE.search(" ".join(obj)) else ""
    if verb in ("walk", "take") and "through" in rest:
        obj = rest[rest.index("through") + 1:]
        return f"you have {'walked' if verb == 'walk' else 'taken'} {first} through {' '.join(obj)}" if obj else ""
    if verb == "confirm":
        obj = rest[1:] if rest[0].lower() == "that" else rest
        text = " ".join(obj)
        return f"{first} knows whether {text}" if _STATE.search(text) else f"{first} has {text} confirmed"
    return ""


def _person(owner: str) -> str:
    """The person an owner cell or phrase names ("IT (Keiko Brandt)" -> "Keiko Brandt", "Lerato, desk support" -> "Lerato");
    '' for a team ("CIO / MES team")."""
    inner = re.search(r"\(([^()]+)\)", owner)
    name = (inner.group(1) if inner else re.sub(r"^(?:IT|CIO|ICT)\b\s*[/,-]?\s*", "", owner)).split(",")[0].strip()
    words = name.split()
    return name if 1 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’-]+", w) for w in words) and name not in ("IT", "CIO") else ""


def _known(typed: Item | None, first: str, today: dt.date | None) -> str:
    """What the notes know of the clause's item, in brackets: our owner and date, or the day they need it by."""
    if typed is None:
        return ""
    if typed.owner == "us" and typed.kind == "promise" and typed.due:
        who = _person(typed.owner_name)
        owner = f"{who} owns it, " if who and who != first else ""
        fell = today is not None and typed.due <= today
        return f" ({owner}{'it was due' if fell else 'promised for'} {when(typed.due)})"
    if typed.owner == "partner" and typed.kind == "request" and typed.due:
        return f" ({first} wants it by {when(typed.due)})"
    return ""


def outcome(items: list[Clause], sit: Situation, first: str, today: dt.date | None, aim: str = "") -> str:
    """'By the end of the meeting, A, B and C[, to <aim>].' for the purpose's clauses; '' where one has no outcome form."""
    if not first or not first[:1].isupper() or not re.fullmatch(r"[\w'’-]+", first) or not items:
        return ""  # "your partner", "Dr.": no one to name in the outcome
    names = frozenset(sit.partner_names) | {first}
    parts: list[str] = []
    for clause in items:
        state = _state(clause, first, names)
        if not state or _SAY_ALOUD.search(state) or _SECOND_ACT.search(state):
            return ""
        if parts and sit.partner_pronoun in ("he", "she") and state.startswith(f"{first} "):
            state = f"{sit.partner_pronoun}{state[len(first):]}"  # named once, then "he"/"she"
        typed = next((t for i in clause.items if (t := typed_item(sit, i)) is not None), None)
        state = re.sub(r"\bthe CIO's\b", "your", re.sub(r"\b(and|with) the CIO\b", r"\1 you", state))  # said to the CIO
        parts.append(f"{state}{_known(typed, first, today)}")
    body = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    why = f", to {aim[:1].lower()}{aim[1:]}" if aim and not _SAY_ALOUD.search(aim) else ""
    return f"By the end of the meeting, {body}{why}."
