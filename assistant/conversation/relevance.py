"""A floor under the coaching material a chat answer shows: a passage must be about the question's topic.

Closeness of embeddings alone lets a passage in because it shares the register of the question ("what to
say" phrases about budgets for a question about a forecasting model). Here a passage is on topic when its
section heading, its document's title or (for a question with no partner) its text names one of the
question's own content words; words every meeting question shares (meeting, partner, say, next week) and
the partner's names do not count. Better no passage than one that does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.conversation.question_intents import without_time_anchor
from assistant.planning.situation import STOP

# Words any question about a meeting or a partner holds: they say nothing about its topic.
_GENERIC = frozenset(
    "meeting meetings meet partner partners conversation conversations call calls next week weeks month today tomorrow monday tuesday "
    "wednesday thursday friday should would could what when where which while answer answers respond reply handle deal tell talk "
    "speak want wants going does doing done help best good right someone something anything everything about again still even "
    "really bring raise mention prepare before after first last time think know".split())
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")


def content_words(text: str, names: Iterable[str] = ()) -> set[str]:
    """The question's own words: four letters or more, not stop words, not generic meeting words, not the partner's names."""
    drop = {w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name)}
    return {w.rstrip("'’s") for w in _WORD.findall(without_time_anchor(text).lower())} - STOP - _GENERIC - drop - {""}


def _match(a: str, b: str) -> bool:
    """Two words of one stem: equal, or one begins the other and the shorter has at least four letters ("open", "opening")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short if len(short) < 6 else short[: max(5, len(short) - 2)])


def on_topic(question: str, about: str, names: Iterable[str] = ()) -> bool:
    """True when the text (a heading, a title, a passage) names one of the question's content words."""
    asked = content_words(question, names)
    words = {w.rstrip("'’s") for w in _WORD.findall(about.lower())}
    return any(_match(q, w) for q in asked for w in words)
