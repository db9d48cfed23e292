"""A miss is never "put behind them" when the partner's own reply to it, before the line read as forgiving, refuses the
excuse or counts the repeats ("I don't care who broke it", "whoever's fault it is", "the third time this year").

Such a reply blames us whatever the cause: the miss still weighs, so it is no keep-out line and no healed event.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Item, Situation

BLAMING = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not|couldn't|could not) care (?:whose|who|whether|why|what|how|if)|whoever'?s? fault|"
    r"no matter (?:whose|who|why)|(?:not|isn't|is not) (?:my|our) problem|(?:third|fourth|fifth|sixth|\d+(?:rd|th)) time (?:this|in|since)|"
    r"(?:again|once more)\??\s*(?:$|[.!?])|what are you (?:doing|going to do) about)",
    re.IGNORECASE,
)


def _partner_line(text: str, names: frozenset[str]) -> bool:
    label = re.match(r"^\W*(?P<who>[^\W\d_][^:()\n]{0,40}?)\s*(?:\([^)]*\))?\s*:", text)
    return bool(label) and any(w.lower() in names for w in re.findall(r"[^\W\d_]+", label.group("who")))  # type: ignore[union-attr]


def unforgive_blamed(sit: Situation) -> None:
    """Reopen a miss read as forgiven when the partner's labelled reply between the miss and that line blames it."""
    for item in [i for i in sit.items if i.kind in ("miss", "noted_miss") and i.status == "done" and i.forgiven_quote]:
        end = next((s.order for s in sit.sentences if s.order > item.order and s.text == item.forgiven_quote), None)
        if end is None:
            continue
        between = [s for s in sit.sentences if s.note.ref == item.note_ref and item.order < s.order <= end]
        if any((s.speaker == "partner" or _partner_line(s.text, sit.partner_names)) and BLAMING.search(s.text) for s in between):
            _reopen(item)


def _reopen(item: Item) -> None:
    item.status, item.forgiven_quote, item.forgiven_on = "open", "", None
