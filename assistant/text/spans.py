"""Linear-time helpers for text scanning: a word-trie regex and a set of disjoint spans.

A long note (up to 200,000 characters) must cost time in proportion to its length. An alternation
of thousands of names tries each name at every position, and checking each new span against every
span taken so far is quadratic; these two helpers keep both linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]  # one level per character; "" marks the end of a word

def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, built as a character trie.

    At each position the cost is bounded by the longest word, not the number of words. Where one
    word is a prefix of another the longer is tried first, so this matches what an alternation of
    the words sorted longest first would match.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: _Trie) -> str:
    parts = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


class DisjointSpans:
    """Half-open spans that never overlap, kept sorted so that an overlap test is a binary search."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # spans before i start before `end`
        return i > 0 and self._ends[i - 1] > start  # ends grow with starts, so only the last one can reach `start`

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already held."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def add_if_free(self, start: int, end: int) -> bool:
        if self.overlaps(start, end):
            return False
        self.add(start, end)
        return True

