"""A want that a later note reports done ("shift lead laptops done during shutdown, all 22"), though no item of ours
recorded it: never said back as still wanted. A note's aside after a dash is no part of the want."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation_cues import NOT_DONE
from assistant.planning.situation_round6 import done_in
from assistant.planning.situation_types import Situation, terms_of

_DONE = re.compile(r"\b(?:done|delivered|swapped|replaced|installed|went live|is live|are live|finished|completed|shipped|rolled out|"
                   r"in place|sorted|handed over|up and running)\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in terms_of(text)}  # "leads" meets "lead", "swapped" meets "swap"


def reported_done(want: str, since: dt.date | None, sit: Situation) -> bool:
    """A later sentence names the same thing (three of its words, all of a shorter want, or two in a short line) and
    says it is done."""
    words = _stems(want)
    if not words:
        return False
    for s in sit.sentences:
        if since and (not s.date or s.date <= since):
            continue  # with no day of its own (a table row), any line that says it is done counts
        shared = len(words & _stems(s.text))
        short = len(s.text.split()) <= 10  # "Payroll option delivered 14 July.": two of its words are enough in a line this short
        if (shared >= min(3, len(words)) or (short and shared >= 2)) and done_in(_DONE, s.text) and not NOT_DONE.search(s.text):
            return True
    return False


def without_aside(text: str) -> str:
    """'heat-pump monitoring for the two new centres - contractor is installing, due Oct' -> its want alone."""
    return re.sub(r"\s+[-–—]\s+.*$", "", text).strip()
