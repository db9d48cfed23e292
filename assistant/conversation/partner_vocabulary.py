"""The partner's own business words, from the notes: what they talk about ("campaigns", "pipeline"), not IT's words."""

from __future__ import annotations

import re
from collections import Counter

from assistant.conversation.rehearsal_rubric import STOPWORDS
from assistant.schema import NoteText

_WORD = re.compile(r"[A-Za-z][a-z'’-]{4,}")
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
# IT's own words and note-taking words: never evidence of speaking the partner's language.
_NOT_BUSINESS = {
    "system", "systems", "software", "project", "projects", "platform", "technology", "server", "servers", "network",
    "vendor", "vendors", "release", "ticket", "tickets", "upgrade", "migration", "outage", "outages", "meeting", "email",
    "emailed", "called", "wants", "asked", "said", "says", "months", "weeks", "still", "really", "again", "going", "think",
    "thing", "things", "after", "before", "since", "being", "other", "first", "second", "third", "every", "never", "always",
    "about", "their", "there", "would", "could", "should", "which", "where", "while", "without", "something", "someone",
    "team's", "stakeholder", "director", "manager", "officer", "chief", "review", "update", "today", "yesterday", "friday",
    "monday", "tuesday", "wednesday", "thursday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "can't", "won't", "didn't", "doesn't", "isn't", "wasn't", "we've",
    "they're", "you've", "let's", "that's", "here's", "there's", "what's", "she's", "he's", "asking", "keeping",
    "outside", "around", "start", "month", "dates", "permission", "change", "right", "under", "along", "whole",
    "people", "later", "until", "years", "issue", "issues", "point", "needs", "great", "happy", "problem",
    "three", "build", "version", "number", "numbers", "plans",
}


def partner_vocabulary(notes: list[NoteText], partner: str | None = None, limit: int = 15) -> list[str]:
    """Up to `limit` of the partner's words, most used first; words they said themselves count double."""
    names = {w.lower() for w in re.findall(r"[A-Za-z]+", partner or "")}
    counts: Counter[str] = Counter()
    for note in notes:
        for word in _WORD.findall(note.text):
            low = word.lower().strip("'’-")
            if low in STOPWORDS or low in _NOT_BUSINESS or low in names:
                continue
            if word[:1].isupper() and not note.text.startswith(word):
                continue  # proper names (people, firms) are not business vocabulary
            if not low.endswith(("ly", "ed", "ing")):
                counts[_singular(low)] += 1
        for quote in _QUOTED.findall(note.text):
            for word in _WORD.findall(quote):
                low = word.lower()
                if low not in STOPWORDS | _NOT_BUSINESS | names and not word[:1].isupper() and not low.endswith(("ly", "ed", "ing")):
                    counts[_singular(low)] += 1
    return [w for w, _ in counts.most_common(limit)]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 5 else word
