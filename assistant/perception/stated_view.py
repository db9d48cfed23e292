"""A view the partner states plainly, in their own words, in several entries: the reading is no guess.

The evidence mass behind the confidence grows slowly with cue phrases, so a partner who says "on time again,
good work" in three meetings, in a language the classifier reads poorly, came out near 30%. When the partner's
own words back the decided competence level in two or more entries, and their latest such words agree, the
confidence has a floor; a contradiction in the newest entry still lowers it afterwards (see `assessment`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from assistant.schema import NoteText

_QUOTES = ('"', "“", "”", "„", "«", "»")
FLOOR_TWO = 0.5  # two entries agree in the partner's words
FLOOR_MORE = 0.6  # three or more


class _Signal(Protocol):
    note: NoteText
    quote: str
    competence: np.ndarray
    speaker: str
    opinion: bool


def _partners_words(s: _Signal) -> bool:
    return not s.opinion and (s.speaker == "partner" or (s.speaker == "unknown" and any(q in s.quote for q in _QUOTES)))


def stated_floor(signals: Sequence[_Signal], dependence: str, competence: str) -> float:
    """The least confidence a plainly stated competence view earns (0.0 when it is not stated so)."""
    if dependence == "unknown" or competence not in ("doubted", "proven"):
        return 0.0
    level = 0 if competence == "doubted" else 1
    votes: dict[object, int] = {}  # entry -> +1 agrees, -1 reads the other way
    order: dict[object, object] = {}
    for s in signals:
        if not _partners_words(s) or not s.competence.any():
            continue
        key = s.note.date or s.note.ref
        sign = 1 if s.competence[level] > s.competence[1 - level] else -1
        votes[key] = min(votes.get(key, sign), sign)  # an entry with both reads as against
        order[key] = s.note.date.toordinal() if s.note.date else 0
    if not votes:
        return 0.0
    latest = max(votes, key=lambda k: order[k])  # type: ignore[arg-type,return-value]
    agree = sum(1 for v in votes.values() if v > 0)
    against = len(votes) - agree
    if votes[latest] < 0 or agree < 2 or against * 2 >= agree:
        return 0.0
    return FLOOR_MORE if agree >= 3 else FLOOR_TWO
