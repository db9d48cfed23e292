"""Typed examples for the partner's objections: what in the notes is a case of "IT is slow", "the budget is too big"...

An objection names a kind of complaint; a note sentence is a case of it only when it says so (a late
project for "slow", a cost for "budget", an outside firm for "vendor"). The partner's own quoted words
come first; else a project or incident named in a sentence of that kind; else no example at all.
"""

from __future__ import annotations

import re

from assistant.planning.facts import Fact

# The kind of complaint an objection makes, from its playbook id.
_KIND_OF_MOVE = (
    ("questions", "none"), ("not-a-tech", "none"), ("slow", "slow"), ("taking-longer", "slow"), ("budget", "budget"),
    ("outsource", "vendor"), ("vendor", "vendor"), ("shadow", "own_tools"), ("spreadsheets", "own_tools"),
    ("says-no", "says_no"), ("own-tech-team", "own_team"), ("lights-on", "lights_on"),
)
# What a sentence must say to be a case of each kind.
_CASE = {
    "slow": r"\blate\b|slipp|slipped|delay|overdue|behind|waiting|wait(?:ed)? for|queue|backlog|still not|took \w+ (?:weeks|months)|"
    r"\b(?:weeks|months)\b.*\b(?:late|wait|to change|estimate)|estimate was|\bslow",
    "budget": r"budget|recharge|\bIT\b[^.]{0,30}\b(?:costs?|spend)|\b(?:costs?|spend)\b[^.]{0,30}\b(?:IT|technology)\b|worth its cost|"
    r"\bpay(?:s|ing)?\s+(?:you\s+)?(?:more|for|twice)|too expensive|overspen|costs?\s+(?:went|go|going|rose|keep)",
    "vendor": r"vendor|consult|agency|outsourc|supplier|contractor|outside (?:firm|provider|company)|signed|hired",
    "own_tools": r"own (?:tool|spreadsheet|system)|spreadsheet|built (?:it |them )?(?:themselves|ourselves)|on a (?:credit )?card|"
    r"bought|subscription|workaround|no-code|macro|tracker|by hand",
    "says_no": r"refus|blocked|not allowed|policy|said no|says no|change board|red tape|gatekeep|turned down",
    "own_team": r"\bhire|own (?:developers|data team|engineers|analysts|tech)|embedded",
    "lights_on": r"\bdown\b|outage|crash|fail|froze|freez|fell over|could not|couldn't|dropped|broke",
}
# Utility partners say IT keeps the lights on well: their example is praise, not an outage.
_PRAISE = r"thank|prais|smooth|did what|exactly what|agreed date|on the day|not gone down|never (?:goes|went) down|works"
_GENERIC = {"line", "plan", "plans", "data", "run", "move", "map", "range", "test", "review", "update", "budget", "strategy", "target"}


def complaint_kind(move_id: str, quadrant: str) -> str:
    kind = next((k for key, k in _KIND_OF_MOVE if key in move_id), "none")
    return "praise" if kind == "lights_on" and quadrant == "utility" else kind


def is_case(sentence: str, kind: str) -> bool:
    """Whether a note sentence says something of this kind."""
    pattern = _PRAISE if kind == "praise" else _CASE.get(kind)
    return bool(pattern and re.search(pattern, sentence, re.IGNORECASE))


def fitting_fact(facts: list[Fact], kind: str, used: list[str], partner_words: set[str]) -> Fact | None:
    """A project or incident named in a sentence of this kind (not a person, title or bare generic noun)."""
    for fact in facts:
        words = set(re.findall(r"[a-z]+", fact.phrase.lower()))
        if fact.kind == "person" or fact.phrase in used or words & partner_words or words <= _GENERIC | {"the", "a", "an", "our", "their"}:
            continue
        if is_case(fact.sentence, kind):
            return fact
    return None


def fitting_quote(quotes: list[str], kind: str, used: list[str]) -> str | None:
    """The partner's own quoted words that make this kind of complaint."""
    return next((q for q in quotes if q not in used and is_case(q, kind)), None)
