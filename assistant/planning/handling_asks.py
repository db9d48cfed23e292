"""Asks about how to handle a matter, not for something to deliver: "asked me to keep it between us", "asked me to
copy her personal address", "asked us not to mention it to the board", "asked me to call her first". They guide the
CIO's conduct (some are topics to keep out of the room); none is an open item to answer with a date."""

from __future__ import annotations

import re

from assistant.planning.situation_types import Item

# The complement of the ask ("asked me to <verb> ..."): a verb of discretion or of how to reach the partner.
HANDLING = re.compile(
    r"^(?:(?:me|us|IT|the team|my team|our team)\s+)?(?:to\s+)?(?:"
    r"keep (?:it|this|that|them|the \w+)\s+(?:between us|quiet|confidential|private|under wraps|to (?:myself|ourselves))|"
    r"keep (?:it|this|that) (?:out of|off)\b|"
    r"that (?:it|this|that|the \w+) (?:is|be|was|gets?) (?:handled|kept|dealt with|discussed)\b|"
    r"(?:not|never) (?:to )?(?:mention|raise|share|tell|discuss|bring up|forward|circulate)\b|"
    r"copy (?:her|his|their|in)\b|cc (?:her|him|them)\b|"
    r"(?:call|ring|phone|text|message|email|e-mail) (?:her|him|them)\b(?! (?:with|about) (?:the|a|an) (?:estimate|figures|numbers|plan|proposal|date))|"
    r"(?:wait|hold off) (?:until|till|before)\b|"
    r"(?:use|send (?:it|them|things) to) (?:her|his|their) (?:personal|private|home)\b)",
    re.IGNORECASE,
)


def handling_only(item: Item) -> bool:
    """A partner's ask whose complement tells the CIO how to handle something, with nothing to deliver."""
    return item.kind == "request" and item.owner == "partner" and HANDLING.search(item.complement.strip()) is not None
