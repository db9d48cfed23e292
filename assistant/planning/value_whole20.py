"""The value message's one final check (plan round 20): every meaning sentence carries a WHOLE clause of the statement.

Whatever frame upstream built ("earns its keep by", "Our part is", "hold us to this:", "Hold technology to"), a
sentence that carries the statement's meaning must carry one of its clauses (value_clauses19) whole: the verb with
its object and complement, no pronoun subject cut from its antecedent ("they stay with you"), no stop inside a
coordination ("your people, your information"), no organisation's name. The "Hold us/technology to" frames are
retired: their object is a noun phrase or a bare outcome cut from the statement, never sure to read whole. A sentence
that fails is replaced by the whole clause tied to the partner (built_meaning), or left out where nothing fits; a
message with no meaning sentence (only their aim, only a question) takes one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.planning.value_clauses19 import base, statement_clauses19, stems

_I = re.IGNORECASE
_HOLD = re.compile(r"^(?:[A-Z][\w'’.-]*, )?[Hh]old (?:us|technology) to\b")
_BODY = re.compile(r"(?:earns its keep (?:by|when)|[Oo]ur part is|[Hh]old (?:us|technology) to(?: this:)?)\s+(?P<c>[^:;]+?)(?:[:;.]|$)")
_PRONOUN = re.compile(r"(?:they|it|them|he|she|this|that|those|these)\b", _I)
WHOLE = 0.8  # share of a clause's words the meaning must carry to carry it whole


def org_names(statement: str) -> list[str]:
    """The organisation's name: 'Technology at Firth & Tay ...' and any capitalised possessive ('Volta's')."""
    names = re.findall(r"\b([A-Z][\w.-]+)['’]s\b", statement)
    m = re.match(r"\s*(?:[Oo]ur\s+)?[Tt]echnology\s+(?:at|in|for)\s+((?:[A-Z][\w.-]*\s*(?:&\s*)?)+)", statement)
    lead = re.match(r"\s*(?:At|In|Chez|For)\s+(?:the\s+)?((?:[A-Z][\w.-]*\s*(?:&\s*|of\s+|del?\s+)?)+),?\s", statement)
    found = ([m.group(1).strip()] if m else []) + ([lead.group(1).strip(" ,")] if lead else []) + names
    return [n for n in found if n and n.lower() != "technology"]


def readable(statement: str) -> bool:
    """The grammar reads the statement: its main verb follows the subject and the organisation's name straight away
    ('Technology at Firth & Tay keeps ...'), never after words it skipped ('... exists to move X, at a cost that keeps')."""
    from assistant.planning.value_clauses19 import _verb_start, split_statement, subject_first

    words = split_statement(subject_first(statement))[0].split()
    at, _bare = _verb_start(words)
    if at < 0 or not any(c.part == "means" for c in statement_clauses19(statement)):
        return False
    lead = 1 + (words[0].lower() in {"our", "the"})
    skipped = [w for w in words[lead:at] if w.lower() not in {"at", "in", "for", "is", "how", "&", "of", "de", "del", "la"}]
    return all(w[:1].isupper() or w.lower() in {"we", "us"} for w in skipped)


def carries_whole(sentence: str, statement: str, retired: bool = True) -> bool:
    """The meaning sentence says one clause of the statement whole, in a frame that reads whole (retired: the 'Hold
    us/technology to' frames never do)."""
    if retired and _HOLD.match(sentence):
        return False
    m = _BODY.search(sentence)
    if not m:
        return False
    said = m.group("c").strip()
    if _PRONOUN.match(said) or re.search(r",\s*\w+\W*$", said) and not re.search(r"\band\b|\bor\b", said):
        return False  # "they stay with you"; "keeping your people, your information": a list cut before its 'and'
    if any(re.search(rf"\b{re.escape(n)}\b", said) for n in org_names(statement)):
        return False

    if dangling(said, statement):
        return False
    have = stems(said)
    for clause in statement_clauses19(statement):
        need = stems(clause.text) - {s for n in org_names(statement) for s in stems(n)}
        if len(need) >= 2 and len(need & have) >= WHOLE * len(need):
            return True
    return False


def one_meaning(message: str, statement: str, build: Callable[[bool], str], meaning: Callable[[str], bool],
                sentences: Callable[[str], list[str]]) -> str:
    """The message with exactly one meaning sentence, said whole: a failing one replaced by `build(named)` (the whole
    clause, tied to the partner; named: the message already leads with their name), or dropped where nothing fits; a
    message without one takes it after their aim."""
    if not readable(statement):
        return message  # a statement the grammar cannot read: nothing here can vouch for a line
    said = sentences(message)
    out: list[str] = []
    placed = False
    for s in said:
        if not meaning(s):
            out.append(s)
            continue
        if placed:
            continue  # one meaning sentence
        if carries_whole(s, statement):
            out.append(s)
        else:
            fresh = build(_named_elsewhere(out + said))
            if fresh or carries_whole(s, statement, retired=False):
                out.append(fresh or s)  # nothing better can be built: an old frame round a whole clause beats none
        placed = bool(out) and meaning(out[-1])
    if not any(meaning(s) for s in out):
        fresh = build(_named_elsewhere(out))
        if fresh:
            theirs = [i for i, s in enumerate(out) if not s.endswith("?")]
            out.insert(theirs[0] + 1 if theirs else 0, fresh)
    return " ".join(out) if out else message


def _named_elsewhere(said: list[str]) -> bool:
    return any(re.match(r"^[A-Z][\w'’.-]*, (?!technology|hold|for you)", s) for s in said)


def dangling(said: str, statement: str) -> bool:
    """The clause stops where the statement goes on inside a coordination: 'making saving' of 'saving and borrowing'."""
    words = re.findall(r"[\w'’-]+", said)
    if not words:
        return False
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b\s+(?:and|or)\s+(\w+)", statement, re.IGNORECASE):
        nxt = m.group(1).lower()
        if nxt not in {"every", "each", "our", "all", "the", "its", "their", "a", "an", "no"} and not base(nxt):
            return True  # a new object or a new verb opens a clause of its own; anything else continues the cut one
    return False
