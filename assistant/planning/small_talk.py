"""Small talk: a question about someone's family or private life is warmth, never an ask for us to answer.

"Asked about my daughter's exams", "asked how Mia's results went", "asked after my kids" are the talk before the
business (whoever asked it): listed as the partner's open request, or quoted where the CIO may get defensive, they put
a family matter in a plan that may be shared and answer nothing the partner wants from us.
"""

from __future__ import annotations

import re

from assistant.planning.situation_cues import personal_matter
from assistant.planning.situation_types import Item

_PEOPLE = (r"(?:wife|husband|partner|kids|children|child|daughters?|sons?|family|mother|father|mum|mom|dad|parents|"
           r"grandchildren|grandkids|grandson|granddaughter|baby|twins|nephew|niece|brother|sister)")
_LIFE = (r"(?:exams?|results|school|university|graduation|wedding|birthday|holidays?|vacation|weekend|trip|new job|"
         r"recovery|health|marathon|dog|cat|garden)")
# Whose: "my", "your", "his", "her", "their", or a person's name ("Mia's"); never "our" (our weekend release is work).
_WHOSE = r"(?:my|your|his|her|their|(?-i:[A-Z][a-z]+)(?:'s|’s))"
SMALL_TALK = re.compile(
    rf"^(?:about|after|how|whether|if)\b[^,;:.!?]{{0,40}}?\b(?:{_WHOSE}\s+(?:\w+\s+)?{_PEOPLE}\b|{_WHOSE}\s+(?:\w+\s+)?{_LIFE}\b|"
    rf"{_PEOPLE}(?:'s|’s)\s+{_LIFE}\b)",
    re.IGNORECASE,
)
# A clause break: what follows is another act ("asked about my kids, and then said ...").
_CLAUSE = re.compile(r"\s*(?:[,;:(]|\s-\s|\s–\s|\band then\b|\bthen\b)")


def small_talk(asked: str) -> bool:
    """The words after 'asked' ask about someone's family or private life, in their first clause."""
    first = _CLAUSE.split(asked.strip(" \"“”'"), maxsplit=1)[0]
    return bool(SMALL_TALK.match(first)) or (bool(re.match(r"(?:about|after|how)\b", first, re.I)) and personal_matter(first))


def small_talk_ask(item: Item) -> bool:
    """A request item whose ask is small talk: no request of ours to answer."""
    return item.kind == "request" and not item.spoken and small_talk(item.complement)


def warmth_with_family(quote: str) -> bool:
    """A line that tells small talk about family or private life ("She is warm, asked about my daughter's exams,
    then said ..."): private, never quoted in a plan as where the CIO may get defensive."""
    return any(small_talk(m.group("rest")) for m in re.finditer(r"\b(?:asked|asks|asking)\s+(?P<rest>[^.!?]*)", quote, re.IGNORECASE))

