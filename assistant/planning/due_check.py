"""Homework for our promise that fell due before the meeting with no line since saying whether it went (session 22,
due31): the CIO checks with its owner first, and never tells the partner a slip or a keep the notes do not record.
A later line that names it (its own words) is word since: no homework then."""

from __future__ import annotations

from assistant.planning.kept_unshown import stems as _stems
from assistant.planning.lead_lines import note_clause, note_words
from assistant.planning.promise_owner import promise_owner
from assistant.planning.situation_types import Situation
from assistant.planning.voice import when


def due_unchecked(sit: Situation, first: str) -> str:
    """'Before the meeting: check with Maja whether our promise of 3 November, due 15 December, was kept.' ('' if none)."""
    today = sit.meeting_day
    for item in sit.items:
        if (item.kind != "promise" or item.owner != "us" or item.source != "note" or item.status != "overdue" or not item.due
                or not today or item.due >= today or item.broken_quote or item.progress_quote or item.unclear_quote):
            continue
        own = _stems(item.complement)
        if any(s.date and item.date and s.date > item.date and own & _stems(s.text) for s in sit.sentences):
            continue  # a later line speaks of it ("first 6 in"): read there, not checked as if nothing were said
        owner = promise_owner(item, first)
        made = f" of {when(item.date)}" if item.date else ""  # no thing in a slot: "the drop-outs went out" would invert it
        words = _named(note_words(item) or note_clause(item.quote))  # the note's first words for it: this partner's promise
        check = f"check {'with ' + owner + ' ' if owner else ''}whether"
        if words:
            return f"Before the meeting: {check} our promise{made}, due {when(item.due)}, was kept: “{words}”."
        return f"Our promise{made} fell due {when(item.due)}. Before the meeting, {check} it was kept."  # no fixed long sentence
    return ""


_SMALL = {"a", "an", "the", "of", "for", "to", "and", "or", "but", "so", "by", "before", "after", "until", "on", "in", "at", "with",
          "from", "our", "their", "its"}


def _named(words: str, most: int = 6) -> str:
    """The note's first words for the promise, enough to name it (the open list quotes it whole): 'Send costed options
    for the repairs scheduling upgrade' -> 'Send costed options for the repairs…', never cut in a date. '' when none."""
    kept = words.rstrip(" .…").split()
    if len(kept) <= most:
        return " ".join(kept)
    kept = kept[:most]
    while len(kept) > 2 and (kept[-1].lower().strip(",;:(") in _SMALL or any(c.isdigit() for c in kept[-1])):
        kept.pop()  # never a cut inside a date or a number ("confirm by 8…")
    return " ".join(kept).rstrip(",;:(") + "…"
