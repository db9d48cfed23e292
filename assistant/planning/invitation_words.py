"""One home for the words of being asked to be somewhere: an invitation told anywhere in a line (INVITATION), an ask that
opens on the verb of attending (TO_ATTEND, its verb named), and a seat or membership on a body (SEAT). past_events,
plain_yes and item_timeline read them from here, so a new way of saying "join us" is added once.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# An invitation to be somewhere: the partner asks us to come, join, attend or be in the room.
INVITATION = re.compile(r"\b(?:come|coming|join|joining|attend|attending|be at|be there|be in the room|speak at|present at)\b"
                        r"|\b(?:speak|talk|present|give a talk)(?: for \w+ (?:minutes|mins|hours?))? (?:at|to) (?:our|the|my|a)\b"
                        r"|\binvit(?:e|ed|es|ing|ation)\b", _I)
# The ask is to be somewhere: "join our depot walk-round on 9 December", "come to the space review on 21 December and
# walk the board through the dashboard", "pitch the pricing tool with me to the sales leadership on 10 December".
TO_ATTEND = re.compile(
    r"^(?:(?:also|please|maybe|perhaps)\s+)?(?:be (?:willing|able|happy|free) to |like to |mind |want to )?"
    r"(?P<verb>co-present|present|pitch|speak|join|attend|come(?: along)?(?: to| and)?|be (?:there|at|on)|sit in|walk|take part|visit|open)\b",
    _I,
)
# A seat asked of us or offered: "sit on the board", "a seat at the pricing council", "member of the steering group".
SEAT = re.compile(r"\b(?:sit on|join|attend|seat|member|come to|be at)\b", _I)
