"""Last-line guards on plan sentences: stitched fragments, dates before the meeting, a kept-out event named another way.

Each returns why a sentence may not stand ('' when it may); plan_checks drops the sentence (the slot is left out).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.note_reading import _DATE, _resolve
from assistant.planning.situation_types import AvoidTopic, terms_of

# A sentence may not end on a word that needs something after it ("you want the CIO to co-present the.").
_DANGLING = {
    "the", "a", "an", "and", "or", "but", "nor", "of", "for", "with", "from", "to", "into", "onto", "than", "because",
    "my", "your", "our", "their", "its", "whose", "which", "if", "whether", "as", "at", "via", "per", "every", "each",
}
_RELATIVE_START = re.compile(r"^[\"“‘']?(?:which|whom|whose|who)\b(?!.*\?[”\"]?\s*$)", re.IGNORECASE)  # a question may start so
# A slot filled with a relative clause: "you asked for that wasn't about cost".
_SLOT_RELATIVE = re.compile(
    r"\b(?:for|about|on|with|of|asked|want|wanted|need|needed)\s+(?:that|which|who)\s+(?:is|was|were|are|isn't|wasn't|weren't|aren't|has|had|will|would)\b",
    re.IGNORECASE,
)
_PROMISING = re.compile(r"\b(?:will|comes|to you by|you get|you have|reply by|answer by)\b", re.IGNORECASE)
_BY_DATE = re.compile(r"\b(?:by|before|until)\s+(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\b")


def fragment(sentence: str) -> str:
    """Why a sentence reads as stitched fragments ('' when it reads whole)."""
    body = re.sub(r"^\d+\.\s+", "", sentence).strip()
    if body.count("“") != body.count("”") or body.count('"') % 2:
        return "a sentence with unbalanced quotes"
    words = re.findall(r"[\w£$€%'’-]+", body)
    if words and words[-1].lower() in _DANGLING and not body.rstrip().endswith("?"):
        return f"a fragment ending in '{words[-1]}'"
    if _RELATIVE_START.match(body) or _SLOT_RELATIVE.search(body):
        return "a fragment built on a relative clause"
    return ""


def past_date(sentence: str, today: dt.date) -> str:
    """A date we propose ('you will have it by 2 December') that falls before the meeting day."""
    promise = _PROMISING.search(sentence)
    if not promise:
        return ""
    for match in _BY_DATE.finditer(sentence, promise.start()):  # what we report ("you asked ... by 6 March") is not proposed
        words = match.group("date")
        if not _DATE.fullmatch(words):
            continue
        day = dt.date.fromisoformat(words) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", words) else _resolve(words, today)  # ISO is never day-first
        if day and day < today:
            return f"a proposed date ({words}) before the meeting day"
    return ""


def names_event(sentence: str, topic: AvoidTopic) -> bool:
    """The sentence is about a kept-out event under another label: its key nouns and its date, or most of its nouns."""
    shared = terms_of(sentence) & topic.terms
    if len(shared) >= 3:
        return True
    if len(shared) < 2 or not topic.date:
        return False
    month = f"{topic.date:%B}"
    return bool(re.search(rf"\b(?:{month}|{month[:3]})\b", sentence))
