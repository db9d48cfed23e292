"""The value statement's clauses read whole, for statements whose shape value_tie.py does not know ("exists to give X
back time with Y and to get every Z into the right W, safely, without waiting"), and the choice of the clause that
fits the partner's own measure.

A clause is cut only at a boundary that leaves it whole: before a comma that opens an adjunct ("..., at a cost that
keeps falling", "..., by knowing ..."), before a subordinate clause ("so ...", "when ...", "rather than ..."), never
inside a list ("safe, well-repaired homes" stays whole). A clause that cannot be cut whole gives nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MOST = 13  # words in a phrase at most: a clause, not the statement
def pasted(run: int, statement: str) -> bool:
    """A run of the statement's own words that reads as the statement pasted in, not one clause of it re-voiced: more
    half the statement or more ('getting each parcel to the right door' from a nine-word one); a clause is at most
    MOST words, so no run is longer."""
    return run >= 4 and run * 2 >= len(_WORD.findall(statement))


_HELPERS = {"help", "helps", "let", "lets", "enable", "enables", "allow", "allows"}
_SELF = {"us", "ourselves", "the", "business", "organisation", "organization", "company", "firm", "council", "group", "trust", "university"}
_ADJUNCT = r"(?:at|by|with|in|on|while|so|without|through|across|for|and\s+(?:at|by|with|in|for))\b"
_SUBORDINATE = re.compile(r"\s+(?:so\s+(?:that\s+)?|when\s+|whenever\s+|rather\s+than\s+|instead\s+of\s+|because\s+|while\s+|by\s+(?=\w+ing\b))", _I)
_DANGLING = {"the", "a", "an", "to", "of", "in", "on", "at", "with", "and", "or", "every", "each", "our", "your", "their", "from", "for",
             "by", "so", "than", "into", "safe", "right", "good", "better", "it", "them", "they", "that", "which", "who"}
_PRONOUN_OBJECT = {"it", "them", "him", "her", "this", "that", "those", "these"}
_STOP = {"the", "a", "an", "to", "of", "in", "on", "at", "with", "and", "or", "for", "by", "our", "your", "their", "every", "each", "all",
         "more", "less", "right", "time", "into", "from", "they", "what", "who", "that", "this", "its", "per", "than", "we", "you", "them"}


def clause_phrases(statement: str, verbs: set[str], gerund: Callable[[str], str]) -> list[str]:
    """'getting each patient into the right bed', ... : each clause of the statement as a gerund phrase, whole."""
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;!])\s+", re.sub(r"\s+", " ", statement.strip())):
        body = _body(sentence.rstrip(".;! "))
        if not body:
            continue
        verb_alt = "|".join(sorted(verbs | _HELPERS, key=len, reverse=True))
        for clause in re.split(rf",?\s+and\s+to\s+(?=[a-z])|,?\s+and\s+(?=(?:{verb_alt})\b)|,\s+(?:and\s+)?(?:to\s+)?(?=(?:{verb_alt})\b)|;\s*", body, flags=_I):
            phrase = _phrase(clause.strip(), verbs, gerund)
            if phrase and phrase not in out:
                out.append(phrase)
    return out


def _body(sentence: str) -> str:
    """What the statement says technology is for: the words after 'exists to', 'is worth what it does to', 'is here to'."""
    m = re.search(r"\b(?:exists?\s+to|is\s+(?:here|there)\s+to|are\s+here\s+to|is\s+worth\s+what\s+it\s+(?:does|adds|brings)\s+to|"
                  r"earns\s+its\s+place\s+by|(?:job|purpose|role|mission)\s+is\s+to)\s+", sentence, _I)
    if m:
        return sentence[m.end():]
    m = re.match(r"^(?:we|IT|(?:our\s+)?technology(?:\s+(?:at|in|for)\s+(?-i:[A-Z])[\w&'’-]*(?:\s+&?\s*(?-i:[A-Z])[\w&'’-]*)*)?)\s+(?=\w)", sentence, _I)
    return sentence[m.end():] if m else ""


def _phrase(clause: str, verbs: set[str], gerund: Callable[[str], str]) -> str:
    words = _WORD.findall(clause)
    if words and words[0].lower() == "to":
        clause = clause.split(None, 1)[1] if len(words) > 1 else ""
        words = words[1:]
    if not words:
        return ""
    lead = words[0].lower()
    if lead in _HELPERS:  # "help us build ...": what we build; "let our staff spend ...": who, then what
        at = next((i for i, w in enumerate(words[1:5], 1) if _base(w, verbs)), 0)
        if not at:
            return ""
        who = words[1:at]
        if who and not any(w.lower() in _SELF for w in who):  # "let our staff spend ...": who is helped stays
            clause = re.sub(r"^\w+", "letting" if lead.startswith("let") else "helping", clause)
            return _finish(_cut(clause), verbs)
        clause = re.sub(rf"^\S+\s+(?:\S+\s+){{{len(who)}}}", "", clause)  # "help us build ...": what we build
        words = _WORD.findall(clause)
    base = _base(words[0], verbs) if words else ""
    if not base:
        return ""
    clause = re.sub(r"^\S+", gerund(base), clause.strip())
    return _finish(_cut(clause), verbs)


def _base(word: str, verbs: set[str]) -> str:
    w = word.lower()
    for b in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""):
        if b and b in verbs:
            return b
    return ""


def _cut(clause: str) -> str:
    """The clause up to its first adjunct after a comma or its first subordinate clause: the point, whole."""
    clause = re.split(rf",\s+(?={_ADJUNCT}|[a-z]+ly\b)", clause, maxsplit=1, flags=_I)[0]
    return _SUBORDINATE.split(clause, maxsplit=1)[0].strip(" ,")


def _finish(phrase: str, verbs: set[str]) -> str:
    words = _WORD.findall(phrase)
    if not 2 <= len(words) <= MOST or words[-1].lower() in _DANGLING or words[1].lower() in _PRONOUN_OBJECT or words[-1].lower() in verbs:
        return ""  # cut mid-phrase, or "showing them what ...": what the pronoun stands for was left behind
    if phrase.count(",") and not re.search(r",\s+[\w'’-]+\s+\w", phrase):
        return ""
    phrase = re.sub(r"\bour\b", "your", phrase, flags=_I)
    return re.sub(r"\b(every|each)\b", lambda m: "each" if m.group(1).lower() == "every" else "every", phrase)


def stems(text: str) -> set[str]:
    """Content words without their ending, cut to five letters: 'waiting' meets 'wait', 'serving' meets 'serve'."""
    return {re.sub(r"(?:ing|ed|es|s|e)$", "", w.lower())[:5] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def same_point(a: str, b: str) -> bool:
    """'pricing each room well' and 'pricing every room well': one meaning said twice."""
    x, y = stems(a), stems(b)
    return len(x & y) * 4 >= 3 * min(len(x), len(y)) or (a.split()[:1] == b.split()[:1] and len(x & y) * 2 >= min(len(x), len(y)))


# Whom or what each internal function's work is about: the clause that names it fits a partner whose own words share
# nothing with the statement (an HR director is served by "freeing your people", not by the customers' money).
FUNCTION_NOUNS = {
    "hr": "people staff colleagues employees workforce teams time",
    "finance": "cost costs money spend budget margin lean",
    "legal": "risk safe compliance matters contracts",
    "customer_service": "customers members clients answers service",
    "sales": "customers sell sales revenue",
    "marketing": "customers readers guests audience",
    "supply_chain": "goods suppliers stock cost delivered",
}


def best_fit(phrases: list[str], topic: str, function: str = "") -> list[str]:
    """The phrases, the one that shares most words with the partner's measure or goal first, then the one that names
    their function's people or things (ties keep their order)."""
    said, work = stems(topic), stems(FUNCTION_NOUNS.get(function, ""))
    if not said and not work:
        return phrases
    ranked = sorted(enumerate(phrases), key=lambda p: (-len(stems(p[1]) & said), -len(stems(p[1]) & work), p[0]))
    return [p for _, p in ranked]
