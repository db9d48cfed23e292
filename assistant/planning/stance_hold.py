"""A partner's stance against moving up, for now (session 15): "I don't want clever, I want the phones to work",
"nothing new this year, please", "just keep it running". Said in the partner's voice and recent, it holds
the plan's aim at the current level: no teaching aim, no "what better information could do"; the one thing is their
open request and running the basics well."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.note_reading import cio_voice, strip_label
from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.voice import on_day
from assistant.text.sentences import one_line

_I = re.IGNORECASE
_NEW = (r"(?:ai|a\.i\.|analytics|dashboards?|innovation|transformation|insights?|data science|machine learning|"
        r"(?:anything|something|nothing) (?:new|clever|fancy|shiny|ambitious|big|smart|innovative|exciting)|(?:new|clever|fancy|shiny) (?:stuff|things|tools?|ideas?))")
_HOLD = re.compile(
    rf"\b(?:not|never|isn't|aren't) (?:asking|looking|paying|after|here) (?:you )?for {_NEW}"
    r"|\b(?:not|no|nothing|isn't|aren't|won't|don't) (?:be )?(?:doing|do|starting|start|trying|want|need|funding|fund) (?:any(?:thing)?|something|nothing) "
    r"(?:new|clever|fancy|shiny|ambitious|big|smart|innovative|exciting)\b"
    r"|\bnothing (?:new|clever|fancy|shiny|ambitious) (?:this|next|until|for)\b"
    r"|\bno (?:new|clever|fancy|shiny|big) (?:projects?|initiatives?|ideas?|tools?|systems?|things|stuff|pilots?|experiments?)\b"
    r"|\bno (?:appetite|budget|room|time|bandwidth|stomach) (?:this year |next year |for now )?for (?:anything |any )?(?:new|clever|innovation|projects?|pilots?|experiments?|change)\b"
    r"|\b(?:just|only) (?:keep|run) (?:it|things|everything|the (?:[\w-]+ )?(?:basics|systems?|lights on|lights)) ?(?:running|working|going|on|up)?\b(?! and (?:also|then) (?:build|show|add))"
    r"|\bstop changing things\b|\bback to (?:the )?basics\b|\b(?:asking|ask|want|need) for a dial tone\b|\bjust (?:the|a) (?:basics|dial tone)\b"
    r"|\b(?:basics|the basics|a dial tone) first\b",
    _I,
)
_QUOTED = re.compile(r"[\"“]([^\"”]{4,300})[\"”]")
HOLD_DAYS = 200  # a stance older than this, before the newest note, no longer holds


def _partner_voice(s: Sentence) -> bool:
    """The stance is the partner's: their labelled line, a narrator line about them, or their quoted words."""
    if s.speaker == "partner":
        return True
    if s.speaker == "us" or cio_voice(s.text):  # "I think she's back to 'just run it'": our reading, not her stance
        return False
    return s.speaker == "narrator" or any(_HOLD.search(q) for q in _QUOTED.findall(s.text))


def held_stance(sit: Situation) -> Sentence | None:
    """The partner's latest recent stance against anything new, if any."""
    newest = sit.last_note or max((s.date for s in sit.sentences if s.date), default=None)
    found = [s for s in sit.sentences if _HOLD.search(" ".join(s.text.split())) and _partner_voice(s)
             and (newest is None or s.date is None or newest - s.date <= dt.timedelta(days=HOLD_DAYS))]
    return max(found, key=lambda s: (s.date or dt.date.min, s.order)) if found else None


def hold_aim(stance: Sentence, first: str, level: str) -> str:
    """The teach section's aim when the partner has said no to anything new."""
    words = next((q for q in _QUOTED.findall(stance.text) if _HOLD.search(q)), "")
    own = strip_label(stance.text).strip() if stance.speaker == "partner" and not words else ""
    words = (words or (own if len(own.split()) <= 25 else "")).rstrip(" .")
    said = f" {on_day(stance.date)}" if stance.date else ""
    said += f": “{one_line(words)}”" if words else ""
    return f"Aim: hold at {level} for now: {first} said no to anything new{said}. Teach nothing new; answer what {first} asked and run the basics well."


def held_quadrant(sit: Situation, quadrant: str) -> str:
    """The quadrant whose stock lines fit: a utility partner who said no to anything new gets the basics' lines, not teaching."""
    return "cost_centre" if quadrant == "utility" and held_stance(sit) else quadrant
