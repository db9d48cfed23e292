"""What may fill a goal slot ("you want ...", "as you put it, ..."), plan round 12 of issue #20.

A goal slot holds only a whole clause that states what the partner wants to achieve for their business. An ask of
us ("a one-page answer from you", "you to perfect the tags"), a complaint or rhetorical question ("to know why am I
paying for a department that ..."), a wish that someone else, not us, does the work ("Ardent's account manager at the
review, not us") or a clause cut short ("the thing we want to", "me to perfect") is never a goal: the slot is left out.
"""

from __future__ import annotations

import re

from assistant.planning.fragments import phrase_fault
from assistant.planning.goal_reading import not_a_goal

_I = re.IGNORECASE
_ASK_OF_US = re.compile(
    r"^(?:(?:you|me|us|IT|your (?:team|people|department))\s+to\b)"  # "you to perfect the tags", "IT to fix it"
    r"|\b(?:from|by) (?:you|IT|your team|your department|your people)\b(?!\s+(?:and|or)\b)"  # "a one-page answer from you"
    r"|\bfor (?:you|IT) to\b",
    _I,
)
_COMPLAINT = re.compile(
    r"\?\s*$|^(?:to )?(?:know|understand|ask|hear) (?:why|how come|what on earth)\b|^(?:why|how come)\b"
    r"|\bwhy (?:am|are|is|do|does|did|can't|cannot|won't|should|must) (?:I|we|you|it|they|IT)\b"
    r"|\bpaying for (?:a|an|the) (?:department|team|function|service) that\b|\bwhat (?:is|'s) the point\b",
    _I,
)
# "the renewal dates for all contracts before the review": a thing we hand over for a meeting, not an outcome.
_FOR_A_MEETING = re.compile(
    r"^(?:(?:the|a|an|my|our|some|all)\s+)?(?:[\w'’-]+\s+){0,3}?(?:dates?|numbers?|figures?|list|export|report|answer|breakdown|estimate|slides)\b"
    r".*\b(?:before|by|for|at) (?:the|our|next|this) (?:review|meeting|board|committee|call|session|workshop)\b",
    _I,
)
# "our fraud-scoring model, which we promised for end of February": a thing we owe them, not an outcome of theirs
_OURS_PROMISED = re.compile(r"\b(?:which|that|as) (?:we|I) (?:promised|owe|committed)\b|\b(?:we|I) promised (?:it|them|this)\b", _I)
_NOT_US = re.compile(r",?\s*\b(?:not|rather than|instead of) (?:us|IT|you|your team)\b", _I)
# "me to perfect", "we want to", "the thing I need to": a "to <verb>" with no object after a want or an object pronoun.
_CUT_TO = re.compile(r"(?:^|\b(?:me|us|you|them|him|her|want|wants|need|needs|like|trying|hope|hoping|plan|planning|going))\s+to(?:\s+[a-z]+)?\s*$|^to\s+[a-z]+\s*$", _I)


def goal_fault(text: str) -> str:
    """Why a clause cannot fill a goal slot ('' when it states an outcome whole)."""
    clause = re.sub(r"\s+", " ", text).strip(" \"“”")
    body = clause.rstrip(" .!;:,")
    if not body:
        return "empty"
    if _COMPLAINT.search(clause):
        return "a complaint or a question, not a goal"
    if _ASK_OF_US.search(body) or _FOR_A_MEETING.search(body) or not_a_goal(body):
        return "an ask of us, not their goal"
    if _OURS_PROMISED.search(body):
        return "a promise of ours, not their goal"
    if _NOT_US.search(body):
        return "a wish that someone other than us does it"
    if _CUT_TO.search(body) or phrase_fault(body):
        return "a cut clause"
    return ""


def fits_goal_slot(text: str) -> bool:
    return not goal_fault(text)
