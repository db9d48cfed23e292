"""A question that introduces someone new the CIO has no notes on ("Our new CFO, Dana, joins in March; how do I approach our
first meeting?"): answered in the first-meeting shape (listen, ask about their aims in their role), with the person's name
and role as the question gives them, never the general meeting preparation that tells the CIO to reread notes that do not
exist. Only the question's own words are used: its name, its role, and whether the person comes from another company."""

from __future__ import annotations

import re

from assistant.conversation.chat_subject import first_meeting
from assistant.conversation.partner_answer import PartnerAnswer

_ROLE = (r"(?:Chief [A-Z][a-z]+(?: [A-Z][a-z]+){0,2} Officer|C[A-Z]{1,2}O|Head of [A-Z][\w&]+(?: [A-Z&][\w&]*){0,3}|"
         r"(?:[A-Z][a-z]+ ){1,2}Director|Director of [A-Z][\w&]+(?: [A-Z&][\w&]*){0,3}|(?:[A-Z][a-z]+ )?(?:VP|Vice President) of [A-Z][\w&]+)")
_NAME = r"[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?"
_NEW = r"(?:new|incoming|newly appointed|new-?ly hired)"
# "our new Chief Commercial Officer, Bettina," / "the new CFO (Dana Wills)" / "Bettina, our new CCO,"
_INTRO = re.compile(rf"\b{_NEW} (?P<role>{_ROLE})\s*(?:[,(]\s*|, is |: )(?P<name>{_NAME})\b|\b(?P<name2>{_NAME}),? (?:our|the|a) {_NEW} (?P<role2>{_ROLE})\b")
_ARRIVES = re.compile(r"\b(?:starts?|starting|joins?|joining|arrives?|arriving|begins?|takes? over|new)\b", re.I)
_MEETING = re.compile(r"\bfirst (?:meeting|conversation|one-to-one|1:1|chat|call)\b|\bapproach\b|\bmeet(?:ing)?\b|\bintroduc\w*\b|\bget to know\b", re.I)
_UNKNOWN = re.compile(r"\b(?:know nothing|don't know|do not know|no idea|never met|haven't met|have not met)\b", re.I)
_ELSEWHERE = re.compile(r"\b(?:comes?|coming|joins?|joining|joined|arrives?|moved|moving) (?:over )?from\b|\bformerly (?:at|with)\b|"
                        r"\bpreviously (?:at|with)\b|\bfrom (?:a|an|our|one of our) (?:competitor|rival|customer|supplier)\b", re.I)


def introduced(question: str) -> tuple[str, str] | None:
    """(name, role) of the new person the question introduces for a first meeting, or None."""
    found = _INTRO.search(question)
    if found is None or not _ARRIVES.search(question) or not (_MEETING.search(question) or _UNKNOWN.search(question)):
        return None
    return (found.group("name") or found.group("name2")), (found.group("role") or found.group("role2"))


def new_partner_part(question: str) -> PartnerAnswer | None:
    """The first-meeting answer for a person the question introduces (None where it introduces nobody)."""
    who = introduced(question)
    if who is None:
        return None
    name, role = who
    first = name.split()[0]
    part = PartnerAnswer(partner=name)
    first_meeting(part, first, role, question)
    if _ELSEWHERE.search(question):  # someone from another company brings a view of IT formed there: ask for it, do not guess it
        part.direct.insert(1, f"{first} brings a view of IT formed elsewhere; ask what worked and what did not there before you say "
                           "how things work here, and do not assume it either way.")
    return part
