"""The topic a "don't raise it" note keeps out of the room, named in the note's own words, or nothing.

"Don't raise the reorg with her" names its topic after the cue; "The board has not seen the vendor report yet. Do not
bring it up unless she does." names it in the sentence before, in the same entry. A line pointing back again ("That
report is not public yet.") is passed over to the sentence it points to. Where neither names a thing, no line is
written (the topic still guards the plan's other lines): "what the note says to keep out of the room" tells nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.planning.note_reading import strip_label
from assistant.text.sentences import one_line

if TYPE_CHECKING:
    from assistant.planning.situation_types import Sentence

# The thing right after a "keep it out" cue: "don't raise the reorg", "keep the pricing out of", "steer clear of X".
_OBJECT = re.compile(
    r"\b(?:(?:don['’]t|do not|never|not to|shouldn['’]t|should not|won['’]t|avoid)\s+(?:raise|raising|mention|mentioning|discuss|discussing|"
    r"talk about|talking about|reopen|reopening|bring up|bringing up)|steer clear of|keep|stay off|leave)\s+"
    r"(?P<thing>(?:the|her|his|their|any|our)\s+[^,;.!?()\n]{3,60}?)"
    r"(?=\s+(?:with|unless|until|in front|before|at|out of|off|alone|for now|yet|again|at all|today)\b|[,;.!?()]|$)",
    re.IGNORECASE,
)
# A sentence that only points back: it names no topic of its own.
# What the kept-out thing is, told after the cue in the same sentence, behind a colon or a dash.
_TOLD_AFTER = re.compile(r"[:—–]\s*(?P<what>[^:—–]{8,})$")
_POINTS_BACK = re.compile(r"^\W*(?:that|this|it|these|those|they|which)\b", re.IGNORECASE)
_VAGUE = re.compile(r"^(?:the|her|his|their|any|our)\s+(?:meeting|room|subject|topic|matter|issue|thing|point|conversation|call|others?)\b", re.I)
MAX_WORDS = 30


def kept_out_topic(s: Sentence, sentences: list[Sentence]) -> str:
    """The kept-out topic of a "don't raise it" sentence, in the note's words ('' where the note names none)."""
    text = one_line(s.text)
    found = _OBJECT.search(text)
    if found and not _VAGUE.match(found["thing"]):
        return found["thing"].strip()
    told = _TOLD_AFTER.search(text, _cue_end(text))  # "please don't mention it outside this room: we're in talks with ..."
    if told and 3 <= len(told["what"].split()) <= MAX_WORDS:
        return _quoted(told["what"])
    earlier = sorted((t for t in sentences if t.note is s.note and s.order - 3 <= t.order < s.order), key=lambda t: -t.order)
    for t in earlier:
        line = one_line(t.text).strip(" -*•")
        if _POINTS_BACK.match(line):
            continue  # "That report is not public yet.": the sentence it points to names the topic
        return _quoted(line) if 3 <= len(line.split()) <= MAX_WORDS else ""
    return ""


def _cue_end(text: str) -> int:
    from assistant.planning.situation_cues import DO_NOT_RAISE

    found = DO_NOT_RAISE.search(text)
    return found.end() if found else len(text)


def _quoted(words: str) -> str:
    """The note's words as a quotation, its inner quotation marks made single."""
    words = strip_label(words.strip()).strip()
    words = words[:1].upper() + words[1:]
    return "“" + words.replace("“", "‘").replace("”", "’").replace('"', "'").rstrip(" .") + ".”"


def unnamed(topic: str) -> bool:
    """The stand-in label of a kept-out topic the notes do not name: no line for the plan."""
    return topic.startswith(UNNAMED)


UNNAMED = ("what the note of ", "what an undated note ")
