"""An invitation told in our note gets a plain yes to the exact thing, with its day.

"She invited me to present the ward plan at the nursing committee on 9 Dec" -> "Yes: I'll present the ward plan at the
nursing committee on 9 December."; "invited Henrik to speak at the panel on 15 January" -> "Yes: Henrik will speak at
the panel on 15 January."; "He invited Ana and me to the sales conference on 12 March to show the app" -> "Yes:
Ana and I will be at the sales conference on 12 March, to show the app."; "invited me to walk the night shift with him
one evening in March" -> "Yes: I'll walk the night shift with you one evening in March." Nothing is said when the words
cannot be turned safely (a pronoun whose person is unclear, a quotation, too many words).
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Item

_I = re.IGNORECASE
_WHO = re.compile(r"^(?P<who>me|us|(?P<name>[A-Z][a-z]+) and (?:me|us)|(?:me|us) and (?P<name2>[A-Z][a-z]+)|(?P<solo>[A-Z][a-z]+))\s+to\s+(?P<rest>.+)$")
_ACT = re.compile(r"^(?:co-present|present|speak|talk|show|walk|visit|join|sit (?:in|on)|shadow|open|attend|come|tour|run|lead|chair)\b", _I)
_TO_EVENT = re.compile(r"^(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|committee|board|panel|meeting|summit|offsite|off-site|"
                       r"away-?day|day|forum|council|group|dinner|launch|review|session|workshop|retreat|walk-round|visit|event)\b", _I)
# The invitation is to give a talk or take a slot, said in its own words after the event ("— 'twenty minutes, tell the ...'").
_TALK = re.compile(r"\b(?:\d+|five|ten|fifteen|twenty|thirty|forty|sixty)[- ]min(?:ute)?s?\b|\b(?:slot|talk|keynote|speak|speech|present|presentation)\b"
                   r"|\b(?:tell|brief|update|walk) (?:the|them|her|his|their|our|all)\b", _I)
_MONTHS = {m[:3]: m for m in ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                "November", "December")}
_UNCLEAR = re.compile(r"\b(?:it|its|they|them|this|that|these|those|she|he|me|my|mine)\b", _I)


def _full_months(text: str) -> str:
    return re.sub(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?", lambda m: _MONTHS[m.group(1)[:3]], text)


def _to_you(text: str) -> str:
    """The partner's pronouns turned to the second person: 'with him' -> 'with you', 'her team' -> 'your team'."""
    text = re.sub(r"\b(?:with|for|to|beside|alongside) (?:him|her|them)\b", lambda m: m.group(0).split()[0] + " you", text, flags=_I)
    return re.sub(r"\b(?:his|her|their)\b(?=\s+[\w'’-])", "your", text, flags=_I)


def _trim(rest: str) -> str:
    """The invitation's own words: no quotation, no reason ("because ..."), no trailing punctuation."""
    rest = re.split(r"\s*[\"“‘]|\s'(?=\w)|,|\s+(?:because|as|since|so that)\b", rest, maxsplit=1)[0]  # "..., a slot on 'x'": the thing ends at the comma
    rest = re.sub(r"\s+to$", "", rest.strip(" ,.;:—–-"))  # "on 14 January — 'twenty minutes ...'": no dash left hanging
    return _full_months(rest)


def invite_yes(item: Item) -> str:
    """'Yes: I'll present ... on 9 December.' for an invitation told in our note ('' when no safe line exists)."""
    if item.kind != "offer" or item.spoken or not re.match(r"invit", item.verb, _I):
        return ""
    match = _WHO.match(item.complement.strip())
    if not match:
        return ""
    other = match.group("name") or match.group("name2")
    rest = _to_you(_trim(match.group("rest")))
    if _UNCLEAR.search(rest) or not 2 <= len(rest.split()) <= 22:
        return ""
    subject = f"{other} and I will" if other else f"{match.group('solo')} will" if match.group("solo") else "we'll" if match.group("who") == "us" else "I'll"
    if match.group("solo") and not _ACT.match(rest):
        return ""  # "invited Henrik to the board": a seat for one of ours, answered elsewhere
    if _ACT.match(rest):
        return f"Yes: {subject} {rest}."
    if _TO_EVENT.match(rest):
        event = re.sub(r"^(?:his|her|their)\b", "your", rest, flags=_I)
        event = re.sub(r"\s+to\s+(?=(?:show|present|talk|speak|walk|demo)\b)", ", to ", event, count=1)
        return f"Yes: {subject} {'speak' if _TALK.search(match.group('rest')) else 'be'} at {event}."  # a talk to give is no attendance
    return ""


def invite_goal(item: Item, first: str) -> str:
    """The one thing for such an invitation: a plain yes to the exact thing, with its day."""
    line = invite_yes(item)
    if not line:
        return ""
    said = line.removeprefix("Yes: ")
    return f"Give {first} a plain yes to the invitation of {item.date.day} {item.date:%B}: “{said}”" if item.date else f"Give {first} a plain yes: “{said}”"
