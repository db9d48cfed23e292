"""The value message as a translation: the partner's goal in their words, the part of the
organisation's value statement that serves it (its meaning, never the whole statement),
and one concrete, dated first step. Every sentence passes the value-trap check."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation import Goal, Situation
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


# What the statement means, by theme: how it is recognised, and the sentence that carries it for one measure
# of the partner's (their words in the slot). Each template is under twelve words without the measure.
THEMES: dict[str, tuple[str, str]] = {
    "numbers": (r"decid|decision|number|data|information|insight|measure|know", "Our part is numbers on {m} your team can trust, sooner."),
    "running": (r"run|reliab|safe|keep|secure|stable|smooth|work", "Our part is that the systems behind it keep running."),
    "customers": (r"customer|serve|service|patient|client|citizen", "Our part is systems that help your team serve customers, measured in {m}."),
    "growth": (r"sell|grow|growth|win|market|revenue|compete|launch", "Our part is technology that helps you grow {m}, not just run it."),
    "cost": (r"cost|spend|money|value for|afford", "Our part is showing what each technology line does for {m}."),
}
_GROWS = r"revenue|sales|growth|share|orders|margin|customers|subscribers|bookings"
LEVEL_THEMES = {"T": ("running", "numbers", "cost"), "I": ("numbers", "customers", "running"), "BT": ("growth", "customers", "numbers")}
_METRIC = re.compile(
    r"^(?:(?:cut|reduce|raise|lift|grow|halve|double|get|bring|keep)\s+)?(?:the |our |their |his |her )?(?P<m>.+?)\s+"
    r"(?:down|up|above|below|under|over|back|cut|halved|doubled|by a|(?:to|at|from|by)(?=\s+(?:[£$€]?\d|one|two|three|four|five|half)))\b",
    re.IGNORECASE,
)


def goal_metric(text: str) -> str:
    """The measure a goal names: 'finance cost per invoice' from 'finance cost per invoice down to 1.80 euros'."""
    match = _METRIC.match(text.strip())
    metric = match.group("m") if match else ""
    if re.match(r"(?:an?|one|some|any|this|that|to|by|of|in|on)\b|[£$€]?\d", metric, re.IGNORECASE) or "%" in metric:
        return ""  # "a 10%" ("a 10% cut in tail spend"), "to" ("to cut ... by a tenth"): no measure, so no slot takes it
    return metric if 1 <= len(metric.split()) <= 6 and not metric.lower().startswith("to ") and not re.search(r"\b(?:every|all|we|I|you|it|his|her|their|my|our|your)\b", metric, re.IGNORECASE) else ""  # "report in his inbox" is no measure


def statement_themes(statement: str, level: str) -> list[str]:
    """The statement's themes, in the order that suits the partner's level; the level's own order without a statement."""
    order = LEVEL_THEMES.get(level, LEVEL_THEMES["I"])
    found = [t for t in order if re.search(THEMES[t][0], statement, re.IGNORECASE)]
    return found or list(order[:1])


def main_goal(sit: Situation) -> Goal | None:
    """The partner's goal to build on: one with a measure first (a demand on us is not their goal), latest first."""
    measured = [g for g in sit.goals if g.measures or goal_metric(g.text)]
    return (measured or sit.goals)[0] if sit.goals else None


def translate_value_message(sit: Situation, first: str, statement: str, words: list[str], step: FollowUp | None, step_line: str = "", level: str = "I") -> tuple[str, list[str]]:
    """(message, value-trap findings): their goal in their words, what technology will do for its measure (the
    statement's meaning, not its words), and a concrete what/when only where the plan commits to one."""
    parts: list[str] = []
    goal = main_goal(sit)
    metric = goal_metric(goal.text) if goal else ""
    said = f"{first}, {_lower_first(goal_said(goal))}." if goal else ""
    if said and check_value_traps(said):
        goal, metric = None, ""  # a goal we cannot say back safely: no sentence leans on it ("behind it")
    if goal:
        parts.append(said)
    if metric:
        themes = [t for t in statement_themes(statement, level) if t != "growth" or re.search(_GROWS, metric, re.IGNORECASE)]
        if re.search(r"\b(?:cost|spend|price|per|cut|saving)\b", goal.text if goal else metric, re.IGNORECASE) and "numbers" in statement_themes(statement, "I"):
            themes.insert(0, "numbers")  # a cost measure wants numbers it can trust, not "systems behind" a price
        parts.append(THEMES[(themes or ["numbers"])[0]][1].format(m=metric))
    elif clause := (_best_clause(statement_clauses(statement), _vocabulary(sit, words, goal), level) if statement else ""):
        parts.append(f"Our part: helping your team {clause.lower()}.")  # a verb phrase of the statement's, in our sentence
    elif goal:
        parts.append("Our part is the systems and the information behind that.")
    else:
        parts.append("Our part is technology you can rely on, when we say.")
    if step_line:
        parts.append(step_line)
    elif step and step.due and not re.match(r"one (?:small|dated)\b", step.what, re.IGNORECASE):
        what = re.sub(r"\s*\(“[^”]*”\)", "", step.what)  # "root cause (“Our release ... approval…”)": the kind, never a cut quote
        parts.append(f"First step: {what[:1].lower()}{what[1:]}, by {when(dt.date.fromisoformat(step.due))}.")  # a named what, never an empty one
    kept = [p for p in parts if not check_value_traps(p)]
    while len(kept) > 1 and len(" ".join(kept).split()) > MAX_WORDS:
        kept.pop(1 if len(kept) > 2 else -1)  # whole sentences go, never the tail of one
    message = " ".join(kept)
    return message, trap_summaries(check_value_traps(message))


def _vocabulary(sit: Situation, words: list[str], goal: Goal | None) -> set[str]:
    found = {w.lower() for w in words + sit.vocabulary}
    return found | ({w.lower() for w in re.findall(r"[A-Za-z]{4,}", goal.text)} if goal else set())


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text
