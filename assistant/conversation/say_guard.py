"""The last check on the line the chat offers the CIO to say: a stitched line is left out rather than offered.

A line is stitched when it carries, outside its own quotation marks, a run of words copied from a note sentence that
speaks of someone in the third person ("Only now does he praise the team ...", "the team leave in their second
year" re-voiced to "your second year"): the CIO's private note read out, or another person's words turned into the
partner's. What the chat cannot be sure is sayable, it does not offer (say less when unsure)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.planning.situation_types import Situation

_WORD = re.compile(r"[\w'’%-]+")
_QUOTED = re.compile(r"[“\"‘][^”\"’]{3,400}[”\"’]")
_PERSON = {"he", "she", "him", "his", "her", "hers", "he's", "she's"}  # a person spoken of: copied, never said to anyone as is
_OTHERS = {"they", "them", "their", "theirs", "they're"}  # others (the partner is one person): never turned into "you"
_SECOND = {"you", "your", "yours", "you're"}
_REPORTED = {"told", "said", "says", "asked", "wrote", "explained", "mentioned"}
RUN = 4  # words in a row, copied from one note sentence
PASTED = 8  # to the CIO's own team or a committee the partner is "he" or "she"; a run this long is a note pasted in


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _runs(line: list[str], note: list[str]) -> list[tuple[int, int, int]]:
    """(start in line, start in note, length) of every shared run of at least RUN words."""
    matcher = SequenceMatcher(None, line, note, autojunk=False)
    return [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size >= RUN]


def stitched(line: str, sit: Situation, to_partner: bool = True) -> bool:
    """The line carries a note's third person: copied as is, or turned into "you" where the note spoke of others. Said to
    anyone else, a person's "he" or "she" is natural: only a long pasted run of the note counts."""
    own = _words(_QUOTED.sub(" | ", line))
    if len(own) < RUN:
        return False
    for s in sit.sentences:
        note = _words(s.text)
        for a, b, size in _runs(own, note):
            reported = bool(_REPORTED & set(own[max(0, a - 2):a]))  # "Kwabena told me his handlers ...": their words, told on
            if _PERSON & set(note[b:b + size]) and (to_partner or (size >= PASTED and not reported)):
                return True  # the note's "he", "she", "their" spoken as the CIO's own words
            after, before = own[a + size:a + size + 2], note[b + size:b + size + 2]
            if after and before and after[0] in _SECOND and before[0] in _OTHERS:
                return True  # "leave in their second year" re-voiced as "leave in your second year"
            prior, was = own[max(0, a - 1):a], note[max(0, b - 1):b]
            if prior and was and prior[0] in _SECOND and was[0] in _OTHERS and size >= RUN + 1:
                return True
    return False


_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[A-Z“\"‘])")


def unstitched(line: str, sit: Situation, to_partner: bool = True) -> str:
    """The line less its stitched sentences; nothing where the first is stitched (the rest hangs on it)."""
    if not line or not stitched(line, sit, to_partner):
        return line
    parts = _SENTENCE.split(line.strip())
    bad = [stitched(p, sit, to_partner) for p in parts]
    if bad[0] or not any(bad):
        return ""
    return " ".join(p for p, b in zip(parts, bad, strict=True) if not b)
