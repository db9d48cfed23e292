"""A plain yes to an invitation or an offer (round 11 of issue #20).

An invitation to attend or join (a walk-round, a launch trip, a review, a pitch, a session) is answered "Yes, I'll be there
on 9 December", never "my answer comes by ..."; an offer of money or people gets "Yes" with one dated next step, whatever
the quadrant (a yes in principle read as doubt). Only a day after the meeting day is said back as the day we will be there.
"""

from __future__ import annotations

import re

from assistant.planning.invitation_words import TO_ATTEND
from assistant.planning.situation_types import Item
from assistant.planning.voice import on_day

_I = re.IGNORECASE
_DOING = {"co-present": "co-present it with you", "present": "present it", "pitch": "pitch it with you", "speak": "speak"}
# What only a person, not a deliverable, can do: a request to "present the figures by Friday" is a deliverable.
_THING_DUE = re.compile(r"\b(?:by|before|no later than)\s+\d", _I)


# What is being joined, before its day: "the estates steering group" in "join the estates steering group on 9 December".
_EVENT = re.compile(r"\s+(?:along\s+)?(?:to\s+)?(?P<obj>(?:the|our|my|his|her|their|a|an)\s+[^,.;?!()]{3,60}?)\s+(?:on|at|for)\s+(?:the\s+)?\d", _I)
_YOUR = re.compile(r"\b(?:our|my|his|her)\b", _I)


# The same ask told as a reported question: "whether our architect could join ...", "if I'd come to the review on the 3rd".
_REPORTED = re.compile(r"^(?:whether|if)\s+(?P<who>I|we|you|our (?:[a-z][\w-]*\s+){0,2}?(?:architect|lead|manager|engineer|analyst|head|director|"
                       r"team|expert|specialist|person))(?:'d|\s+(?:could|would|can|might|will))?\s+(?P<rest>.+)$", _I)


def presence_day(item: Item) -> str:
    """The yes to an ask to be somewhere on a day ('' for any other ask): "Yes, I'll be there on 9 December."; told as a
    reported question with one of our people ("whether our architect could join"): "Yes, our architect will be there ..."."""
    ask, who = item.complement.strip(), "I'll"
    if reported := _REPORTED.match(ask):
        ask, person = reported.group("rest"), reported.group("who")
        who = "I'll" if person.lower() in ("i", "you") else "we'll" if person.lower() == "we" else f"{person[:1].lower()}{person[1:]} will"
    verb = TO_ATTEND.match(ask)
    if item.kind != "request" or not verb or not item.due or _THING_DUE.search(item.complement):
        return ""
    if not re.search(rf"\b(?:on|at|for)\s+(?:the\s+)?{item.due.day}(?:st|nd|rd|th)?\b|\b{item.due.day}/", item.complement):
        return ""  # the day must be the event's own ("on 9 December"), not a deadline for something else
    first = verb.group("verb").lower().split()[0]
    doing = _DOING.get(first, "be there") if who == "I'll" else "be there"
    named = _EVENT.match(ask[verb.end():]) if first in ("join", "attend", "come") else None
    if named and who == "I'll":  # "join the estates steering group on 9 December": say the thing back, in their terms
        place = _YOUR.sub(lambda m: "your" if m.group(0).islower() else "Your", named.group("obj").strip())
        doing = {"join": "join", "attend": "be at", "come": "come to"}[first] + f" {place}"
    return f"Yes, {who} {doing} {on_day(item.due)}."


def presence_goal(item: Item) -> str:
    """The one thing for that yes ('' for any other ask)."""
    return f"Give a clear yes to being there {on_day(item.due)}, and agree what we bring to it" if presence_day(item) and item.due else ""


# "Asked me to co-present and to 'tell the exec what's possible'": an ask of the CIO in person, with no day of its own.
_ME_TO = re.compile(r"^(?:me|us|the CIO|you)\s+(?:to\s+)?(?P<verb>co-present|present|speak|join|attend|sit on|chair)\b", _I)
_UNDATED = {"co-present": "Yes: I'll co-present it with you.", "present": "Yes: I'll present it myself.",
            "speak": "Yes: I'll speak.", "join": "Yes: I'll join.", "attend": "Yes: I'll be there.", "sit": "Yes: I'll take the seat.",
            "chair": "Yes: I'll chair it."}


def presence_undated(item: Item) -> tuple[str, str]:
    """(line, one thing) for an ask of the CIO to co-present, speak or join with no day given; ('', '') otherwise."""
    match = _ME_TO.match(item.complement.strip())
    if item.kind != "request" or not match or _THING_DUE.search(item.complement):
        return "", ""
    verb = match.group("verb").lower().split()[0]
    return _UNDATED[verb], "Give a clear yes, and agree what each of us brings to it"
