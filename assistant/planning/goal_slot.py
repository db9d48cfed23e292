"""What may fill a goal slot ("you want ...", "as you put it, ..."), plan round 12 of issue #20.

A goal slot holds only a whole clause that states what the partner wants to achieve for their business. An ask of
us ("a one-page answer from you", "you to perfect the tags"), a complaint or rhetorical question ("to know why am I
paying for a department that ..."), a wish that someone else, not us, does the work ("Ardent's account manager at the
review, not us") or a clause cut short ("the thing we want to", "me to perfect") is never a goal: the slot is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.planning.fragments import phrase_fault
from assistant.planning.goal_reading import not_a_goal
from assistant.planning.slot_fit import slot_fault

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


# "to know whether the falls score could go on the whiteboards": a question for us, answered in the script, not an outcome
_QUESTION_FOR_US = re.compile(r"^(?:to )?(?:know|find out|hear|learn|understand|check|see) (?:whether|if|how much|how long|what it would)\b", _I)
_BARE_NUMBER = re.compile(r"^(?:the |a |an )?(?:full |whole |same |other )?[£$€]?\d[\d,.]*\s*(?:%|percent|per cent|million|m|k|bn|points?)?$", _I)
_THIN = re.compile(r"^to [a-z]+(?: (?:further|more|on|ahead|forward|faster|better|bigger|up))?$", _I)  # "to go further": nothing to say back
# "submit the FY27 budget paper to the board on 9 December", "decide at her management team on the 9th": a task or an event
_TASK = re.compile(r"^(?:to )?(?:decide|present|submit|attend|sign off|table|file|send|write up|finish)\b", _I)
# "someone from Anya's team full time on clienteling", "Ewan at the strategy offsite": a person wanted, not an outcome
_PERSON = re.compile(r"^(?:someone|somebody|a person|an? (?:analyst|developer|engineer|architect|contact|named contact)|one of your)\b"
                     r"|^(?-i:[A-Z])[\w'’-]+ (?:at|on|in|to join) (?:the|our|her|his|their|my) (?:[\w-]+ ){0,3}?(?:offsite|away day|meeting|committee|board|review|workshop|panel|session)\b"
                     r"|^(?-i:[A-Z])[\w'’-]+ to (?:get|have|be given|see|join)\b"
                     r"|\b(?:data|access|feed|records?|files?)\s+(?:in|into|to|for)\s+(?-i:[A-Z])[\w-]+$", _I)  # "the pilot stores' data in Brightloop": a hand-over
_AN_ANSWER = re.compile(r"^(?:an?|the|our|your|some)\s+(?:answer|reply|decision|word|update|view)\b(?:\s+(?:before|by|from|on|soon)\b.*)?$", _I)  # "an answer before it"
# "a yes by 30 Nov to put the name on the list", "a quote by December 15th": a deadline on us, never their goal
_DEADLINE_ASK = re.compile(r"^(?:an?|the|our|your|some|one)\s+(?:[\w-]+\s+)?(?:yes|no|quote|price|pricing|answer|decision|go-ahead|sign-?off|estimate|"
                           r"proposal|figure|number|date|draft|plan|commitment|confirmation|reply|response)\b.*\b(?:by|before|until|no later than)\s+\S", _I)
# "40 workstations on wheels for it", "the same for operating theatres", "by the same date": a clause that leans on
# another sentence for its meaning, so said back alone it says nothing
_LEANS = re.compile(r"\b(?:for|with|about|on|of|in)\s+(?:it|that|this|them)\s*$|\bthe same(?:\s+(?:date|one|thing|deadline))?\s*(?:$|for\b)|\b(?:that|this|those)\s+(?:date|one|thing|day)\b", _I)
_FREQUENCY = re.compile(r"^(?:every|each) (?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?)$", _I)  # "every fifteen minutes": a fragment


def goal_fault(text: str, said: bool = False) -> str:
    """Why a clause cannot fill a goal slot ('' when it states an outcome whole); `said`: a whole line of theirs quoted
    or echoed as said (their own "I" and "you" stand), not a clause put in a frame of ours."""
    clause = re.sub(r"\s+", " ", text).strip(" \"“”")
    body = clause.rstrip(" .!;:,")
    if not body:
        return "empty"
    if _COMPLAINT.search(clause):
        return "a complaint or a question, not a goal"
    if _QUESTION_FOR_US.search(body):
        return "a question for us, not their goal"
    if _BARE_NUMBER.match(body) or _THIN.match(body) or _FREQUENCY.match(body):
        return "too thin to say back: no measure or outcome"
    if _AN_ANSWER.match(body):
        return "an ask of us, not their goal"
    if _TASK.search(body) or _PERSON.search(body):
        return "a task, an event or a person wanted, not an outcome"
    if _ASK_OF_US.search(body) or _FOR_A_MEETING.search(body) or not_a_goal(body):
        return "an ask of us, not their goal"
    if _DEADLINE_ASK.match(body):
        return "an ask of us, not their goal"
    if _LEANS.search(body):
        return "a clause that leans on another sentence"
    if _OURS_PROMISED.search(body):
        return "a promise of ours, not their goal"
    if _NOT_US.search(body):
        return "a wish that someone other than us does it"
    if _CUT_TO.search(body) or phrase_fault(body):
        return "a cut clause"
    return slot_fault(body, "said" if said else "goal")  # the grammar every slot shares (slot_fit.py)


def fits_goal_slot(text: str, said: bool = False) -> bool:
    return not goal_fault(text, said)


_OPEN = re.compile(r"\[\s*(?P<who>[A-Za-z][\w.'’-]*(?: [\w.'’-]+)?)\s*:")


def in_aside(text: str, note_text: str, is_partner: Callable[[str], bool]) -> bool:
    """A sentence inside a bracketed aside the CIO wrote into the notes ('[tom: ... My job is to keep the next release
    small.]'): the CIO's own thought, never the partner's goal or aim, whatever 'my' says."""
    at = note_text.find(text.strip().rstrip(".]").strip())
    if at < 0:
        return False
    opened = note_text.rfind("[", 0, at + 1)
    if opened < 0 or "]" in note_text[opened:at]:
        return False
    label = _OPEN.match(note_text, opened)
    return bool(label) and not is_partner(label.group("who").replace(".", " "))  # type: ignore[union-attr]
