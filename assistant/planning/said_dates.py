"""A day said as past that lies after the day the plan is read: a misread date, never something the partner did.

"On 24 December you asked ..." in a plan read on 10 December names an event the notes date later than today (a date in
the note's text taken for the day it was said). `when()` says no year, so the line is checked against the typed facts:
the items and sentences the plan's day words can stand for. When every one of them lies after today, the line is untrue
and the last pass drops it (plan_sweep.py).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation_types import Situation
from assistant.planning.voice import when

_DAY = r"(\d{1,2} [A-Z][a-z]+)"
_VERB = r"(?:asked|raised|said|offered|wrote|told|agreed|promised|noted|gave|sent|mentioned|flagged|invited|proposed)"
# "On 24 December you asked", "which you raised on 24 December", "what you asked on 24 December".
_SAID = re.compile(rf"\b[Oo]n {_DAY},? (?:you|we|I|she|he) {_VERB}\b|\b(?:you|we|I|she|he) {_VERB} (?:it |this |that )?on {_DAY}\b")


def after_today(sentence: str, sit: Situation, today: dt.date) -> str:
    """Why a sentence dates a past event after today ('' when it does not)."""
    bare = re.sub(r"“[^”]*”", "“”", sentence)  # a date inside the partner's words is theirs
    for match in _SAID.finditer(bare):
        words = match.group(1) or match.group(2)
        days = {i.date for i in sit.items if i.date} | {s.date for s in sit.sentences if s.date}
        named = [d for d in days if when(d) == words]
        if named and all(d > today for d in named):
            return f"a past event dated after today ({words})"
    return ""
