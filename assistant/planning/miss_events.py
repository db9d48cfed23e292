"""Which miss lines tell a real event, which later lines forgive one, and which fixes heal one (issue #20, round 14).

- A recollection is no new event: "(the portal project of last year, before my time, and she still remembers it)" told
  in a later entry is context about an old miss, never a miss of that entry's day to apologise for.
- "late" or "early" naming a time ("delivered late July, all fine", "late in the afternoon") is no delay.
- A forgiveness in a conditional ("if you can't, I go outside, no hard feelings") forgives nothing; one said right after
  an incident of its own in its note ("One hiccup: ... She said 'these things happen'") forgives that incident, not an
  older miss in another note.
- A fix told in a later note, on the miss's topic, and answered by a short acknowledgement from the partner ("Reply:
  'Good.'", "Thanks, noted", a thumbs-up) heals the miss: no apology, no root cause to promise.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import situation_cues as cue
from assistant.planning.situation_types import Item, Sentence, Situation

_I = re.IGNORECASE

# Words that tell a memory of an event, not the event.
_RECALL = re.compile(
    r"\b(?:(?:still )?remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|reminded (?:me|us|him|her|them) (?:of|about)|brought up again|"
    r"before my time|years? ago|back in (?:\d{4}|the day)|in the old days|the old (?:days|regime|team)|last time (?:IT|we|you|they))\b",
    _I,
)
# Words that place the remembered event well before the entry even without a year.
_LONG_AGO = re.compile(r"\b(?:before my time|years? ago|back in the day|in the old days|the old (?:days|regime|team)|last time (?:IT|we|you|they))\b", _I)
_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])")


def recalled(s: Sentence) -> bool:
    """The line remembers an old event: a memory word, and the event placed before the entry (an earlier year named, or
    "before my time", "years ago")."""
    if not _RECALL.search(s.text):
        return False
    if _LONG_AGO.search(s.text):
        return True
    years = [int(y) for y in _YEAR.findall(s.text)]
    return bool(s.date and years and max(years) < s.date.year)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# "late" or "early" naming a time of the year, week or day.
_TIME_LATE = re.compile(
    rf"\b(?:late|early)(?: in)?(?: the)? (?:{_MONTHS}|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|"
    r"(?:last|next|this) (?:week|month|year)|(?:in )?the (?:week|month|year|day|quarter)|Q[1-4]|H[12]|\d{4})\b",
    _I,
)


def time_only(text: str) -> bool:
    """Its only miss word is "late" naming a time ("Delivered late July, all fine."): no delay happened."""
    return bool(_TIME_LATE.search(text)) and cue.MISS.search(text) is not None and cue.MISS.search(_TIME_LATE.sub(" ", text)) is None


# A general view, not an event: "every renewal I hear about too late to negotiate", "always too late for us".
_GENERAL = re.compile(r"\b(?:every|each|all (?:the|our|your)|always|never once)\b[^.;!?]{0,50}\btoo late\b|\bevery (?:late|missed|slipped|failed|broken|delayed) [a-z-]+\b|\btoo late to (?:negotiate|plan|change|influence|budget|do anything)\b", _I)
_COUNT = r"(?:one|two|three|four|five|six|a couple of|several|\d+)"
# A tally of several kinds of event: "Two compliments, one late delivery she shrugged off, one forwarded complaint": a summary.
_TALLY = re.compile(rf"\b{_COUNT} [\w-]+(?: [\w-]+){{0,5}},\s*(?:and )?{_COUNT} [\w-]+(?: [\w-]+){{0,5}}(?:,\s*(?:and )?{_COUNT} [\w-]+)?", _I)


def not_an_event(s: Sentence) -> bool:
    """No miss of its own day: a memory, a time word, a general view, or a tally of earlier events."""
    return recalled(s) or time_only(s.text) or bool(_GENERAL.search(s.text)) or _tally(s.text)


def _tally(text: str) -> bool:
    """Two or more counted kinds of event in one list, one of them a miss ("one late delivery")."""
    m = _TALLY.search(text)
    return bool(m and _COUNTED_MISS.search(m.group(0)) and len(re.findall(rf"\b{_COUNT}\b", m.group(0), _I)) >= 2)


_COUNTED_MISS = re.compile(rf"\b{_COUNT} (?:late|missed|failed|delayed|slipped|broken) [a-z-]+", _I)  # "one late delivery", never "servers went down"


# A forgiveness phrase said under a condition: "If you can't, I go outside again, no hard feelings."
_CONDITION = re.compile(r"\b(?:if|unless|should (?:you|we|it)|in case|whether)\b", _I)
# An incident told in a line that no miss word catches: "One hiccup: leave balances wrong for 2 hours".
_INCIDENT = re.compile(
    r"\b(?:hiccups?|glitch(?:es)?|blips?|wobbles?|snags?|incidents?|bugs?|errors?|issues?|problems?|teething|wrong|went sideways|"
    r"(?:was|were) (?:off|out|unavailable)|failed|failure|outage|broke|broken|late|delay(?:ed)?|missed)\b",
    _I,
)


def forgives(sit: Situation, s: Sentence, target: Item, named: bool) -> bool:
    """Whether the forgiveness phrase in `s` forgives `target` (the miss it names, or else the latest open one)."""
    match = cue.FORGIVEN.search(s.text)
    if match is None or _CONDITION.search(s.text[: match.start()]):
        return False  # "if you can't ..., no hard feelings": a promise about the future, not a healing
    if named or target.note_ref == s.note.ref:
        return True
    near = [n for n in sit.sentences if n.note.ref == s.note.ref and 0 <= s.order - n.order <= 2]
    return not any(_INCIDENT.search(n.text[: match.start()] if n is s else n.text) for n in near)  # forgives its own incident


_DEADLINE = re.compile(r"\b(?:by|due|until|before|for)\s*$", _I)


def event_day(sit: Situation, item: Item) -> dt.date | None:
    """The day the miss happened where its own line states it ("We missed 15.09." in a note of 18.09, "the run failed on
    3 March"), else the day it was noted. Only one stated day within 90 days before the note counts."""
    from assistant.planning.due_dates import dates_in

    if item.date is None:
        return item.date
    own = next((s for s in sit.sentences if s.order == item.order), None)
    text = own.text if own is not None else item.quote
    days = {d for d in dates_in(text, item.date, item.date_order) if 0 < (item.date - d).days <= 90}
    return days.pop() if len(days) == 1 else item.date
