"""The statement's own clause said back to the partner as a result they see (plan round 22).

A pasted meaning sentence ("technology earns its keep by keeping each truck moving on time", five of the statement's
words in a row) is rebuilt from the same statement's clauses, re-voiced so the partner and their people are the
subject and the clause says the result, not what technology does:

- a clause technology helps with ("help us / our growers learn ...") -> "you / your growers learn ...";
- a causative clause -> its result: "keep O V-ing" -> "O keep(s) V-ing", "get O to P" -> "O reach(es) P",
  "turn O into P" -> "O turn(s) into P", "make sure S ..." -> "S ...", "show us O" -> "you see O",
  "give us O" -> "you have O";
- an outcome clause with its own subject ("patients are safer") -> said with "your" for "our".

The result must read as a whole clause and must not itself paste the statement; else nothing is built (the caller
keeps what it had). The partner's measure, where there is one, is named after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.planning.value_clauses19 import HELPERS, VERBS, Clause, base, statement_clauses19, stem, stems

_I = re.IGNORECASE
_US = {"our": "your", "ours": "yours", "we": "you", "us": "you", "ourselves": "yourselves", "every": "each", "its": "your"}
_TAIL = re.compile(r"\b(?:in|at|to|by|of|for|on|from|with|into|and|or|the|a|an|your|each|their)$", _I)
_ING = re.compile(r"^[a-z]+ing$")
_VERB_AT = re.compile(r"\b(?:keeps?|reach(?:es)?|turns? into|is|are|was|were|can|will|see|have|has|gets?)\b|^you \w+ \w+")  # a clause's verb
_PLURAL_HEAD = re.compile(r"(?:s|people|staff|teams)$", _I)


def revoice(text: str) -> str:
    """'our' -> 'your', 'we/us' -> 'you', 'every' -> 'each' (so the partner hears their own)."""
    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        new = _US.get(w.lower(), w)
        return new[:1].upper() + new[1:] if w[:1].isupper() else new
    return re.sub(r"\b[A-Za-z]+\b", one, text)


def _agree(np: str, verb: str) -> str:
    """'your trucks' + 'keep' -> 'keep'; 'each truck' + 'keep' -> 'keeps'; 'what you know' -> singular."""
    words = np.split()
    head = re.split(r"\s+(?:of|in|at|on|for|with|to|from|that|who|which)\s+", np)[0].split()[-1] if words else ""
    plural = bool(re.search(r"\band\b", np)) or (bool(_PLURAL_HEAD.search(head)) and words[0].lower() not in {"each", "what"})
    if plural:
        return verb
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")


def _causative(text: str) -> str:
    """A base-form means clause said as the result its object sees ('' when no such form is safe)."""
    verb, _, rest = text.partition(" ")
    v = verb.lower()
    if v == "make" and rest.startswith("sure "):
        return rest[5:]
    if v in {"show", "give"} and re.match(r"(?:us|we)\b", rest):
        obj = rest.split(" ", 1)[1] if " " in rest else ""
        return f"you {'see' if v == 'show' else 'have'} {obj}" if obj else ""
    if v == "keep":
        words = rest.split()
        at = next((i for i, w in enumerate(words) if i and _ING.match(w.lower().strip(","))), 0)
        if re.search(r",|\band\b", " ".join(words[:at])):
            return ""  # "keep the trucks dispatched, the radios talking": a list, no one subject
        return f"{' '.join(words[:at])} {_agree(' '.join(words[:at]), 'keep')} {' '.join(words[at:])}" if at else ""
    if v in {"get", "turn"}:
        sep = " to " if v == "get" else " into "
        obj, found, place = rest.partition(sep)
        if not found or not obj or not place:
            return ""
        return f"{obj} {_agree(obj, 'reach' if v == 'get' else 'turn')}{'' if v == 'get' else ' into'} {place}"
    if v in HELPERS:  # "help our growers learn ...": the helped people do it
        words = rest.split()
        at = next((i for i, w in enumerate(words[:5]) if i and w.lower().strip(",") in VERBS), 0)
        if not at or "," in " ".join(words[:at]):
            return ""
        said = _agree(" ".join(words[:at]), words[at])
        if said != words[at] and (words[at].endswith(",") or words[at + 1:at + 2] == ["and"]):
            return ""  # "the university teaches and support": the second verb would not agree
        return " ".join([*words[:at], said, *words[at + 1:]])
    if v == "show":
        return f"you see {rest}"
    if v in {"keep", "make", "get", "turn", "show", "give", "put", "let", "help", "enable", "allow", "equip"}:
        return ""  # a causative whose result has no safe form here
    if v not in VERBS:
        return text if _has_verb(text) else ""  # "customers get answers ...": a clause with its own subject
    return f"you {text}"  # a clause technology helps with: the partner does it


def _whole(clause: str) -> bool:
    words = clause.split()
    return len(words) >= 3 and not _TAIL.search(clause.rstrip(" ,")) and clause.count("(") == clause.count(")")


def _has_verb(text: str) -> bool:
    """A verb after the subject with a word after it: 'your staff spend time with students', not 'the right stock'."""
    words = [w.strip(",").lower() for w in text.split()]
    return any(w in VERBS or base(w) for w in words[1:-1])


def _said(clause: Clause) -> list[str]:
    """The clause re-voiced, then shorter forms of it: up to its first comma, its first 'and'."""
    out = revoice(clause.text if clause.part == "outcome" else _causative(clause.text)).strip(" ,")
    if not out:
        return []
    shorter = [out.split(", ")[0], re.split(r"\s+and\s+", out)[0]]
    cut = [s for s in shorter if ", " not in s and (_VERB_AT.search(s) or _has_verb(s))]
    return [s for s in dict.fromkeys([out, *cut]) if _whole(s)]  # a cut keeps the clause's verb and breaks no list


def _stems(text: str) -> set[str]:
    return {w for w in stems(re.sub(r"\bearns its keep\b", "", text)) if len(w) > 2}


def candidates(statement: str, prefer: str = "", said: str = "") -> list[str]:
    """The statement's clauses re-voiced, those sharing words with `prefer` (their want and measure) first; where
    `said` (the sentence being rebuilt) names a clause, only that clause (the one chosen for them stays chosen)."""
    clauses = statement_clauses19(statement)
    chosen = [c for c in clauses if len(_stems(said) & _stems(c.text)) >= 2]
    keys = _stems(prefer)
    out = [(s, c) for c in (chosen or clauses) for s in _said(c)]
    ranked = sorted(out, key=lambda sc: -len(keys & _stems(sc[1].text)))
    return [s for s, _c in ranked]


def rebuilt(statement: str, frame: str, measure: str, prefer: str, pasted: Callable[[str, str], bool], said: str = "") -> str:
    """'{frame} when {re-voiced clause}[: {measure} is where you will see it].' or '' when no clause re-voices whole
    without pasting the statement. `frame` ends in 'earns its keep'."""
    measure = "" if _TAIL.search(measure) or re.search(r"\w+ed$", measure) else measure
    for clause in candidates(statement, prefer, said):
        if measure and not ({stem(w) for w in measure.split()} & {stem(w) for w in clause.split()}):
            line = f"{frame} when {clause}: {measure} is where you will see it."
        else:
            line = f"{frame} when {clause}."
        if not pasted(line, statement) and not pasted(clause, statement):
            return line
    return ""
