"""The partner's dated event in a plan: what they need from us before it, where it stands, and a date before it.

"I need read access for my two analysts before the research committee on 11 December" names its own ask: the plan
says where that thing stands and commits to it before the event, never "what do you need from us?" again.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.lead_lines import note_words_of, quoted, spoken_words
from assistant.planning.plan_guards import fragment
from assistant.planning.situation_round6 import DatedEvent
from assistant.planning.voice import on_start, when

# "I need X before/ahead of the <event>", "Hugo: needs X before the audit committee"; X is a thing of ours to provide
_NEED = re.compile(r"\b(?:(?:I|we)\s+(?:really\s+)?(?:need|must have)|needs|wants)\s+(?P<what>(?:the|a|an|read|write|access|your|our|some)\b[^.;?!]{3,90}?)"
                   r"\s+(?:before|ahead of|in time for)\s+(?:the|our|my|his|her)\b", re.IGNORECASE)
_GIVE = re.compile(r"\b(?:access|estimate|report|data|extract|export|dashboard|login|licen[cs]e|figures?|numbers?|analyst|feed|plan|sign-off)\b", re.IGNORECASE)
_MINE = {"my": "your", "our": "your", "his": "your", "her": "your", "their": "your", "us": "you", "me": "you"}


def event_need(event: DatedEvent, whose: str = "your") -> str:
    """The thing the partner needs from us before their event, in their words turned to `whose` ('' when none is named)."""
    m = _NEED.search(event.text)
    if not m or not _GIVE.search(m.group("what")):
        return ""
    words = re.sub(r"\b(my|our|his|her|their|us|me)\b", lambda w: _MINE[w.group(1).lower()].replace("your", whose), m.group("what").strip(" ,"))
    return re.sub(r"^(?:the|your)\s+", "", words) if not re.match(r"(?:access|read|write)\b", words, re.IGNORECASE) else words


def needs_first(event: DatedEvent, script: list[str]) -> bool:
    """Their named need before their event leads even when other items are open, unless a line already quotes it."""
    need = event_need(event)
    return bool(need) and not any(need.lower()[:30] in line.lower() or note_words_of(event.text)[:40] in line for line in script)


def commit_day(event: DatedEvent, today: dt.date) -> dt.date:
    """A day before their event (never before today)."""
    return max(today, event.day - dt.timedelta(days=1))


def event_line(event: DatedEvent, today: dt.date) -> str:
    """The partner's dated event: their words with the date, then where their named need stands (with a date before
    the event), or a fixed question over the date alone."""
    need = event_need(event)
    ask = (f"Here is where {need} stands today, and you will have it confirmed, with one owner, by {when(commit_day(event, today))}, before {when(event.day)}."
           if need else f"What do you need from us before {when(event.day)}, and by when?")
    words = spoken_words(event.text) if event.spoken else ""
    words = "" if re.search(r"\b(?:he|she|his|her|him)\b", words, re.IGNORECASE) else words  # narration after a label, not their words
    return f"{on_start(event.date)} you said: {quoted(words)} {ask}" if words and event.date and not fragment(quoted(words)) else ask


def event_one_thing(event: DatedEvent, first: str, today: dt.date) -> str:
    """The one thing when the partner's dated event leads: their named need, or agreeing what they need."""
    need = event_need(event, f"{first}'s" if first else "their")
    if need:
        return f"Tell {first} where {need} stands and commit to it by {when(commit_day(event, today))}, before {when(event.day)}{event_evidence(event, first)}."
    return f"Agree with {first} what {first} needs from us before {when(event.day)}{event_evidence(event, first)}."


def event_evidence(event: DatedEvent, first: str) -> str:
    """The words behind the event: the partner's own line is theirs, never 'your note'."""
    words = note_words_of(event.text)
    whose = f"in {first}'s words" if event.spoken else "your note"
    return f" ({whose}: “{words}”)" if words else ""
