"""Specific facts in a partner's notes (projects, incidents, goals, people) that make a plan personal."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.schema import NoteText
from assistant.text.injection import looks_like_injection, overlaps, tainted_ranges
from assistant.text.sentences import one_line, sentence_spans

HEADS = (
    "project|pilot|programme|program|migration|rollout|roll-out|upgrade|launch|outage|failure|incident|portal|"
    "dashboard|report|review|integration|deal|test|trial|tool|platform|workspace|system|app|feed|run|invoice|"
    "refresh|library|contract|renewal|forecast|initiative|go-live|implementation|audit|close|map|range|campaign|"
    "process|model|database|website|site|pipeline|plan|target|budget|programme|scheme|rebuild|replacement|cutover|"
    "breach|crash|backlog|request|proposal|bid|merger|acquisition|expansion|reorganisation|restructure|"
    "freeze|data|analysis|records|screens|terminals|offsite|storm|quote|peak|newsletter|move|strategy|shutdown|line"
)
MAX_FACTS = 100  # the most-mentioned facts kept; bounds the containment check on a very long note
INCIDENT_HEADS = {"outage", "failure", "incident", "breach", "crash", "backlog", "invoice", "freeze", "storm", "shutdown"}
_MODIFIER = r"(?:[A-Za-z0-9&£$%'’.-]+\s+){1,4}?"
# A lookahead, so that a rejected long match ("an afternoon during month-end close") does not hide a shorter one inside it.
_PHRASE = re.compile(
    rf"(?=\b(the|our|their|his|her|its|a|an|during|before|after)\s+({_MODIFIER}(?:{HEADS}))s?\b)", re.IGNORECASE
)
_PROPER = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zA-Z0-9&'’-]+(?:\s+(?:of\s+|&\s+)?[A-Z0-9][a-zA-Z0-9&'’-]*){1,3})\b"
)
# Where a capitalised run may start (for `_proper_names`), and the run of name characters it starts.
_PROPER_START = re.compile(r"(?<!\w)[A-Z]")
_NAME_RUN = re.compile(r"[a-zA-Z0-9&'’-]+")
_PERSON = re.compile(r"\b([A-Z][a-z]+)(?:\s+from\s+([A-Z][\w&]+)|’s team|'s team)")
_STOP_PROPER = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "IT", "CIO", "CFO",
    "CEO", "COO", "I", "If", "So", "But", "And", "We", "He", "She", "They", "The", "Asked", "Said", "Told", "Agreed",
    "Then", "Later",
}
_WEAK_MODIFIERS = {
    "new", "old", "same", "whole", "next", "last", "first", "other", "big", "main", "current", "this", "that", "own",
}
_FUNCTION_WORDS = {
    "after", "before", "for", "of", "on", "in", "to", "with", "his", "her", "their", "our", "its", "and", "or",
    "but", "at", "by", "from", "as", "is", "was", "were", "be", "been", "it", "this", "that", "these", "those",
    "centre", "center", "rest", "part", "end", "top", "side", "kind", "sort", "lot", "way", "except", "about",
    "into", "than", "like", "per", "via", "over", "under", "because", "while", "when", "if", "so", "not", "no",
    "just", "only", "also", "still", "again", "all", "any", "some", "every", "each", "more", "less", "re", "fyi",
    "vs", "etc", "said", "says", "asked", "wants", "needs", "has", "had", "have", "will", "would", "can", "could",
    "should", "did", "does", "do", "during", "through", "across", "within", "until", "since", "around", "between",
    "among", "against", "towards", "toward", "upon", "onto", "off", "out", "up", "down", "what", "which", "who",
    "whose", "where", "why", "how", "the", "a", "an",
}
# Note-taking shorthand ("6-wk", "2wks", "3mths") reads badly inside a sentence written for the partner.
_SHORTHAND = re.compile(r"^\d+-?(?:wk|wks|mth|mths|mo|mos|yr|yrs|hr|hrs|min|mins|d)$", re.IGNORECASE)


@dataclass
class Fact:
    phrase: str
    kind: str  # incident | project | person | name
    note_ref: str
    date: dt.date | None
    sentence: str
    score: float = 0.0


def _recency(date: dt.date | None, newest: dt.date | None) -> float:
    if date is None or newest is None:
        return 1.0
    return float(0.5 ** (max((newest - date).days, 0) / 180.0))


def _clean(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" .,;:'’\"")
    return phrase


def extract_facts(notes: list[NoteText], exclude: str | None = None) -> list[Fact]:
    """Facts ranked by how often and how recently the notes mention them (the partner's own name excluded)."""
    excluded = {w.lower() for w in (exclude or "").split() if len(w) > 2}
    dated = [n.date for n in notes if n.date]
    newest = max(dated) if dated else None
    found: dict[str, Fact] = {}
    for note in notes:
        weight = _recency(note.date, newest)
        tainted = tainted_ranges(note.text)
        for span in sentence_spans(note.text, min_words=2):
            if looks_like_injection(span.text) or overlaps(tainted, span.start, span.end):
                continue
            sentence = one_line(span.text)
            for phrase, kind, base in _candidates(sentence):
                key = phrase.lower()
                fact = found.get(key)
                if fact is None:
                    fact = found[key] = Fact(phrase, kind, note.ref, note.date, sentence)
                elif note.date and fact.date and note.date > fact.date:
                    fact.note_ref, fact.date, fact.sentence = note.ref, note.date, sentence
                fact.score += base * weight
    facts = sorted(
        (
            f
            for f in found.values()
            if not (
                excluded and set(re.findall(r"[a-z]+", f.phrase.lower())) & excluded and f.kind in ("person", "name")
            )
        ),
        key=lambda f: (-f.score, f.phrase),
    )
    return _drop_contained(facts)


def _candidates(sentence: str) -> list[tuple[str, str, float]]:
    out: list[tuple[str, str, float]] = []
    for match in _PHRASE.finditer(sentence):
        inner = re.sub(r"^own\s+", "", _clean(match.group(2)), flags=re.IGNORECASE)
        words = inner.split()
        modifiers = [w.lower() for w in words[:-1]]
        if (
            len(words) < 2
            or all(m in _WEAK_MODIFIERS for m in modifiers)
            or any(m in _FUNCTION_WORDS for m in modifiers)
        ):
            continue
        if any(_SHORTHAND.match(m) for m in modifiers) or _name_inside(words[:-1]):
            continue
        head = words[-1].lower().rstrip("s")
        kind = "incident" if head in INCIDENT_HEADS else "project"
        article = match.group(1).lower()
        phrase = (
            f"the {inner}" if article in ("the", "a", "an") else inner
        )  # "during month-end close" -> "month-end close"
        out.append((phrase, kind, 1.5))
    for match in _PERSON.finditer(sentence):
        who = match.group(0).replace("’s team", "'s team")
        out.append((_clean(who), "person", 1.0))
    for match in _proper_names(sentence):
        phrase = _clean(match.group(1))
        tokens = phrase.split()
        if tokens[0] in _STOP_PROPER or all(t in _STOP_PROPER for t in tokens):
            continue
        if _shorthand_name(tokens):
            continue
        out.append((phrase, "name", 1.2))
    return out


def _name_inside(modifiers: list[str]) -> bool:
    """A lower-case word then a capitalised one ("the coordinator Dara renewal"): shorthand, not a project name."""
    return any(
        a[:1].islower() and a.lower() not in _WEAK_MODIFIERS and b[:1].isupper()
        for a, b in zip(modifiers, modifiers[1:], strict=False)
    )


def _shorthand_name(tokens: list[str]) -> bool:
    """Capitalised runs that are note shorthand, not names: a possessive inside ("TW's 2 PMs"),
    or nothing but short abbreviations and numbers ("TW 2 PMs")."""
    if any(t.endswith(("'s", "’s")) for t in tokens[:-1]):
        return True
    return all(t.isdigit() or (len(t.rstrip("s")) <= 3 and t.rstrip("s").isupper()) for t in tokens)


def _proper_names(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of `_PROPER.finditer(sentence)`, in linear time.

    finditer would retry at every capital inside a run such as "A-B-C-...", each retry rescanning the
    run: quadratic. A start inside a run that follows a failed start in the same run cannot succeed
    (its first word could only end where the earlier one's could), so after a failure the rest of
    the run is skipped. Only the lookbehinds can fail at a run's first letter and not at a later one.
    """
    pos = 0
    while candidate := _PROPER_START.search(sentence, pos):
        start = candidate.start()
        match = _PROPER.match(sentence, start)
        if match:
            yield match
            pos = match.end()
        elif start == 0 or (start >= 2 and sentence[start - 2] in ".!?" and sentence[start - 1].isspace()):
            pos = start + 1  # refused by a lookbehind: a later capital in this run may still start a name
        else:
            pos = _NAME_RUN.match(sentence, start).end()  # type: ignore[union-attr]


def _drop_contained(facts: list[Fact], limit: int = MAX_FACTS) -> list[Fact]:
    kept: list[Fact] = []
    for fact in facts:
        if len(kept) >= limit:
            break
        low = fact.phrase.lower()
        if any(low in k.phrase.lower() or k.phrase.lower() in low for k in kept):
            continue
        kept.append(fact)
    return kept
