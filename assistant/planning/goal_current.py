"""Whether a goal of theirs is still current: the measure it names, and a want a later note shows met or live."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.goal_done import reported_done
from assistant.planning.partner_targets import Target
from assistant.planning.situation import Goal, Situation
from assistant.planning.situation_round8 import delivered
from assistant.planning.situation_types import terms_of

_METRIC = re.compile(
    r"^(?:(?:cut|reduce|raise|lift|grow|halve|double|get|bring|keep)\s+)?(?:the |our |their |his |her )?(?P<m>.+?)\s+"
    r"(?:down|up|above|below|under|over|back|cut|halved|doubled|by a|(?:to|at|from|by)(?=\s+(?:[£$€]?\d|one|two|three|four|five|half)))\b",
    re.IGNORECASE,
)


def goal_metric(text: str) -> str:
    """The measure a goal names: 'finance cost per invoice' from 'finance cost per invoice down to 1.80 euros'."""
    match = _METRIC.match(text.strip())
    metric = match.group("m") if match else ""
    if re.match(r"(?:an?|one|some|any|this|that|to|by|of|in|on)\b|[£$€]?\d", metric, re.IGNORECASE) or "%" in metric:
        return ""  # "a 10%" ("a 10% cut in tail spend"), "to" ("to cut ... by a tenth"): no measure, so no slot takes it
    return metric if 1 <= len(metric.split()) <= 6 and not metric.lower().startswith("to ") and not re.search(r"\b(?:every|all|we|I|you|it|his|her|their|my|our|your)\b", metric, re.IGNORECASE) else ""  # "report in his inbox" is no measure


def went_live(target: Target, sit: Situation) -> bool:
    """A target that names a thing to build ('a portal for our small customers'), and a later note says the thing is live."""
    if reported_done(target.text, target.date, sit):
        return True
    head = re.match(r"^(?:an?|the|our|their|a new)\s+(?:[\w-]+\s+){0,2}?(?P<h>[a-z][\w-]{2,})\s+(?:for|of|to|with|across)\b", target.text, re.IGNORECASE)
    if not head:
        return False
    live = re.compile(rf"\b{re.escape(head.group('h'))}s?\b[^.]{{0,40}}\b(?:live|went live|launched|rolled out|in use|delivered)\b", re.IGNORECASE)
    return any(s.date and target.date and s.date > target.date and live.search(s.text) for s in sit.sentences)


def met(goal: Goal, sit: Situation) -> bool:
    """A want already met: an item of ours delivered on or after the goal's note that names the same thing."""
    if not goal_metric(goal.text) and reported_done(goal.text, goal.date, sit):
        return True  # "the printers on line 2 replaced": a later note says they are in
    if re.search(r"\d", goal.text) or goal_metric(goal.text):
        return False  # an outcome with a measure ("theatre utilisation above 85%") is not met by a delivery
    words = terms_of(goal.text)
    for item in delivered(sit):
        done = terms_of(" ".join([item.complement, item.done_quote]))
        if (item.done_on or dt.date.min) >= (goal.date or dt.date.min) and len(words & done) >= min(3, len(words)):
            return True
    return False
