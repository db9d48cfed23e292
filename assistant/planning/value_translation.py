"""The value message as a translation: the partner's goal in their words, the part of the
organisation's value statement that serves it (its meaning, never the whole statement),
and one concrete, dated first step. Every sentence passes the value-trap check."""

from __future__ import annotations

import re

from assistant.planning.situation import Situation
from assistant.planning.value_traps import check_value_traps, trap_summaries
from assistant.planning.voice import goal_said, when
from assistant.schema import FollowUp

MAX_WORDS = 120
MAX_CLAUSE_WORDS = 7  # a clause this short carries the meaning without pasting the statement
_LEAD_INS = re.compile(
    r"^(?:(?:technology|it|we|our (?:job|purpose|role) is to|we exist to|[\w ]{0,40}? exists to|we help|helps|help)\s+)+"
    r"(?:(?:every|each|all|our|the)\s+(?:team|teams|colleague|colleagues|part of the business|business|people)\s+)?(?:to\s+)?",
    re.IGNORECASE,
)
_COMMON = {"every", "each", "what", "that", "with", "their", "your", "back", "from", "this", "more", "less", "they", "them", "team", "teams", "business"}
_NOT_VERB = {"at", "with", "for", "the", "a", "an", "every", "our", "in", "by", "to", "on", "of", "and", "so", "that", "which", "while"}


def statement_clauses(statement: str) -> list[str]:
    """Short verb phrases the statement is made of: 'sell more', 'decide with numbers they trust'."""
    out = []
    for sentence in re.split(r"(?<=[.;])\s+", statement.strip()):
        body = _LEAD_INS.sub("", sentence.strip().rstrip(".;"))
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z]+\s)", body):
            words = part.strip().split()
            if words and re.fullmatch(r"[a-z]+(?:ps|ks|ls|ns|ts|es|ds|gs|rs)", words[0]) and words[0] not in {"does", "is", "has"}:
                words[0] = words[0][:-1]  # "Technology keeps the rounds running" -> "keep the rounds running"
            words = _drop_helper(words)
            if 2 <= len(words) <= MAX_CLAUSE_WORDS and words[0].lower() in _VERBS:
                out.append(re.sub(r"\bits\b", "the", " ".join([words[0].lower(), *words[1:]])))  # a verb phrase, or nothing: never a fragment
    return out


# Verbs a value-statement clause may start with; "office running safely" or "not screens" never fill the slot.
_VERBS = set(
    "keep help make run decide sell serve grow win cut reduce give protect deliver spend find see know build save get bring "
    "work care treat ship close hire plan move stay turn improve raise lower launch reach learn share spot answer focus meet "
    "hit choose put do free spend earn support enable secure connect simplify speed automate understand trust use act "
    "respond recover comply manage lead create design test sign collect pay invest welcome teach heal cure feed house".split()
)
_HELPER = re.compile(r"^(?:help|helping|let|enable)$", re.IGNORECASE)
_WHO = re.compile(r"^(?:teams?|people|staff|colleagues|everyone|us|you|the|every|each|our|all|business)$", re.IGNORECASE)


def _drop_helper(words: list[str]) -> list[str]:
    """'help teams decide faster' -> 'decide faster': the slot already says 'helping your team'."""
    if len(words) >= 3 and _HELPER.match(words[0]):
        rest = words[1:]
        while rest and _WHO.match(rest[0]):
            rest = rest[1:]
        if rest and rest[0].lower() in _VERBS:
            return rest
    return words


LEVEL_AFFINITY = {
    "T": r"cost|run|running|reliab|safe|keep|time|smooth|work|stable|secure|numbers|trust",
    "I": r"decide|decision|number|information|data|know|trust|insight|faster|see|measure",
    "BT": r"sell|grow|growth|customer|win|market|revenue|new|compete|launch|decid|decision|data",
}


def _best_clause(clauses: list[str], vocabulary: set[str], level: str) -> str:
    affinity = LEVEL_AFFINITY.get(level, LEVEL_AFFINITY["I"])

    def score(clause: str) -> tuple[int, int, int]:
        overlap = len((vocabulary - _COMMON) & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", clause)})
        return (overlap, len(re.findall(affinity, clause, re.IGNORECASE)), -clauses.index(clause))

    usable = [c for c in clauses if not check_value_traps(c)]
    return max(usable, key=score) if usable else ""


def translate_value_message(sit: Situation, first: str, statement: str, words: list[str], step: FollowUp | None, step_line: str = "", level: str = "I") -> tuple[str, list[str]]:
    """(message, value-trap findings). Sentences that would fall into a trap are left out."""
    parts: list[str] = []
    goal = sit.goals[0] if sit.goals else None
    vocabulary = {w.lower() for w in words + sit.vocabulary}
    if goal:
        parts.append(f"{first}, {_lower_first(goal_said(goal))}.")
        vocabulary |= {w.lower() for w in re.findall(r"[A-Za-z]{4,}", goal.text)}
    clause = _best_clause(statement_clauses(statement), vocabulary, level) if statement else ""
    if clause:
        parts.append(f"Our part: helping your team {clause.lower()}.")
    elif goal:
        parts.append("Our part is the systems and the information behind that, delivered when we say they will be.")
    else:
        parts.append("Our part is technology your team can rely on, delivered when we say it will be.")
    if step_line:
        parts.append(step_line)
    elif step and step.due:
        parts.append(f"First step: small, dated and owned, by {when(_date(step.due))}.")
    kept = [p for p in parts if not check_value_traps(p)]
    message = " ".join(kept)
    if len(message.split()) > MAX_WORDS:
        message = " ".join(message.split()[:MAX_WORDS]).rstrip(",;:") + "."
    return message, trap_summaries(check_value_traps(message))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text


def _date(iso: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(iso)
