"""Whose want a narrated clause tells: the pronoun before a want verb belongs to the person the sentence names first.

"Tomas stopped me later: he wants the kiln panel" and "Ruth (CFO, Ana's boss) told me she wants the cost report" are
Tomas's and Ruth's wishes, never the partner's, though "he" could be the partner elsewhere. And a line with no subject
at all that states an obligation ("Has to go out on paper first.") is the CIO's reminder to self.
"""

from __future__ import annotations

import re

from assistant.planning.goal_reading import NOT_NAMES
from assistant.planning.note_reading import PRONOUNS, WORD, bare

# A sentence's subject: a capitalised name (an aside in brackets skipped) followed by a lower-case word ("Phil told").
_SUBJECT = re.compile(r"^\W*(?P<name>[A-Z][^\W\d_]+)(?:\s+[A-Z][^\W\d_'’-]+)?(?:\s*\([^()]*\))?\s+(?P<next>[a-z][\w'’]*)")
_NOT_SUBJECTS = frozenset("she he they we it i this that then today also there her his their our my the yesterday later met told asked "
                          "said spoke called rang saw had got new old per see note at in on after before when during over from for "
                          "since by with so but and if as while once once though although because re fyi ps nb quick call lunch".split())
# The word after the subject is a verb ("Tomas stopped", "Ruth had", "Oskar says"), never a noun ("Timetabling meeting").
_VERB = re.compile(r"^(?:\w+ed|\w+s|caught|told|said|had|rang|came|took|got|grabbed|met|spoke|saw|thinks|would|will|is|was)$")
_OBLIGATION = re.compile(r"^(?:must|has to|needs|needed)$", re.IGNORECASE)


def other_persons_pronoun(before: str, partner_names: frozenset[str]) -> bool:
    """The words before a want verb end in a pronoun whose sentence opens with another named person as its subject."""
    words = re.findall(WORD, before)
    if not words or bare(words[-1]) not in PRONOUNS:
        return False
    clause = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    match = _SUBJECT.match(clause)
    if not match:
        return False
    name = bare(match.group("name"))
    if name in partner_names or name in _NOT_SUBJECTS or name in NOT_NAMES or any(n.startswith(name) for n in partner_names):
        return False
    return not match.group("name").isupper() and not name.endswith("ed") and _VERB.match(match.group("next")) is not None


def reminder_to_self(before: str, verb: str) -> bool:
    """A subjectless obligation in the CIO's narration ("Has to go out on paper ..."): the CIO's own to-do."""
    return not re.search(WORD, re.sub(r"^[^:]{0,40}:\s*", "", before)) and bool(_OBLIGATION.match(verb.strip()))


# A minutes roster line: "RP  Rajesh Patel, Chief Information Officer" (initials, full name, role).
_ROSTER = re.compile(r"^[ \t]*(?P<tag>[A-Z]{2,4})[ \t]+(?:-|–|—|:)?[ \t]*[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_'’-]+)+,[ \t]*(?P<role>[^\n]{3,80})$", re.M)
_OUR_ROLE = re.compile(r"\b(?:Information|Technology|IT|ICT|CIO|CTO|Digital|Data)\b")


def roster_team(notes_text: list[str]) -> frozenset[str]:
    """The initials a minutes roster gives our own side (a technology role), lower-cased."""
    return frozenset(m.group("tag").lower() for text in notes_text for m in _ROSTER.finditer(text) if _OUR_ROLE.search(m.group("role")))


def our_side_subject(before: str, team: frozenset[str]) -> bool:
    """The subject just before a promise verb is one of our roster's initials ("RP undertook to ...")."""
    words = re.findall(WORD, before)
    return bool(words) and bare(words[-1]) in team
