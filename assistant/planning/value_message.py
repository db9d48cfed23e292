"""The value message: the organisation's value statement, said in this partner's language."""

from __future__ import annotations

import re

from assistant.planning.playbooks import ValueFrames, fill
from assistant.planning.value_traps import check_value_traps, trap_summaries
from assistant.text.prose import word_count

MAX_WORDS = 120


def _sentences(statement: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;])\s+", statement.strip()) if s.strip()]


def statement_clause(statement: str, function_words: list[str], topic: str) -> str:
    """The sentence of the value statement closest to this partner's world (by shared words)."""
    parts = _sentences(statement)
    if not parts:
        return ""
    vocabulary = {w.lower() for phrase in function_words + [topic] for w in re.findall(r"[A-Za-z]{4,}", phrase)}

    def overlap(sentence: str) -> int:
        return len(vocabulary & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", sentence)})

    return max(parts, key=lambda s: (overlap(s), -parts.index(s)))


def draft_value_message(
    frames: ValueFrames, level: str, function: str, partner: str, topic: str, statement: str, seed: int
) -> tuple[str, list[str]]:
    """(message, value-trap findings). At most 120 words; consistent with the statement."""
    frame = frames.frames.get(level if level in frames.frames else "T", {})
    openers = list(frame.get("openers", [])) or ["{partner}, here is what technology does for your team."]
    closers = list(frame.get("closers", [])) or [""]
    values = {"partner": partner, "topic": topic, "function": function.replace("_", " "), "purpose": ""}
    opener = fill(openers[seed % len(openers)], values)
    closer = fill(closers[(seed // 3) % len(closers)], values)
    words = frames.function_language.get(function, frames.function_language.get("general", []))
    clause = statement_clause(statement, words, topic) if statement else ""
    purpose = _purpose(statement, clause)
    candidates = []
    for lead in (purpose, ""):  # the organisation's purpose first, if the message has room for it
        bridge = (
            f"It is one part of what we promise the whole business: {' '.join(p for p in (lead, clause) if p).rstrip('.;')}."
            if clause
            else ""
        )
        candidates += [" ".join(p for p in (opener, bridge, closer) if p), " ".join(p for p in (opener, bridge) if p)]
    message = next((m for m in candidates if word_count(m) <= MAX_WORDS), candidates[-1])
    if word_count(message) > MAX_WORDS:
        message = " ".join(message.split()[:MAX_WORDS]).rstrip(",;:") + "."
    return message, trap_summaries(check_value_traps(message))


def _purpose(statement: str, clause: str) -> str:
    """The statement's opening sentence when it is not the clause already: usually what the organisation is for."""
    parts = _sentences(statement)
    return parts[0] if len(parts) > 1 and parts[0] != clause and word_count(parts[0]) <= 35 else ""
