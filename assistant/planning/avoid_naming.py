"""The topic a "don't raise it" note keeps out of the room, named in the note's own words, or nothing.

In order: the thing right after the cue ("Don't raise the reorg with her", "Don't mention Nutrivale"); what follows a
colon or dash just after the cue ("between us: the board is weighing a merger"); the cue's own sentence where it
tells the matter itself ("She said, in confidence, that the plant will close in 2027"); else, where the cue only
points back ("Not for the meeting.", "Do not bring it up"), the sentence before it in the same entry, passing over a
line that points back again ("That report is not public yet."). A personal or contact matter, a header or an e-mail
disclaimer is never quoted (those have their own lines, or none). Where nothing names a thing, no line is written
(the topic still guards the plan's other lines): "what the note says to keep out of the room" tells nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.planning import situation_cues as cue
from assistant.planning.note_reading import strip_label
from assistant.planning.slot_fit import fits_slot
from assistant.text.sentences import one_line

if TYPE_CHECKING:
    from assistant.planning.situation_types import Sentence

# The thing right after a "keep it out" cue: "don't raise the reorg", "don't mention Nutrivale", "steer clear of X".
_OBJECT = re.compile(
    r"\b(?i:(?:don['’]t|do not|never|not to|shouldn['’]t|should not|won['’]t|avoid)\s+(?:raise|raising|mention|mentioning|discuss|discussing|"
    r"talk about|talking about|reopen|reopening|bring up|bringing up|touch|go near)|steer clear of)\s+"
    r"(?P<thing>(?:(?:the|her|his|their|any|our)\s+|(?=[A-Z])|(?-i:(?=[a-z]{4,}\b))(?!(?:this|that|them|anything|something|anyone|anybody|"
    r"things?|stuff|what|which|how|why|when|where|about|with)\b))[^,;.!?()\n—–]{3,60}?)"
    r"(?=\s+(?:with|unless|until|in front|in any|before|at|when|outside|to anyone|again|at all|today|or make|by name|directly|yet)\b|[,;.!?()—–]|$)",
)
_VAGUE = re.compile(r"^(?:the|her|his|their|any|our)\s+(?:meeting|room|subject|topic|matter|issue|thing|point|conversation|"
                    r"conversations|call|others?|detail|details)\b|^(?:It|This|That|Them|These|Those|I|We)\b", re.I)
# What the kept-out thing is, told just after the cue, behind a colon or a dash ("between us: the board is ...").
_TOLD_AFTER = re.compile(r"^[^:—–]{0,30}?[:—–]\s*\**\s*(?P<what>[^:—–]{8,})$")
# A cue that only points back: its sentence names no topic of its own.
_POINTER_CUE = re.compile(r"\b(?:it|this|that|them|so|why)\b", re.I)
_VERB_IT = re.compile(r"\b(?:mentioned|mention|raised|raise|keep|kept|told me|said|bring)\s+(?:it|this|that)\b(?!\s+(?:the|a|an|[a-z]+s)\b)", re.I)
# A line that tells a matter still weighs, and a short head naming what its line is about ("The depot move: she has ...").
_STILL_HELD = re.compile(r"\bstill (?:weighing|weighs|sore|raw|an issue|a sore)\b|\b(?:mentions?|raises?|brings? up) it (?:in )?every\b", re.I)
_HEAD = re.compile(r"^[-*•\s]*(?P<what>(?:[Tt]he |[Oo]ur |[Hh]er |[Hh]is |[Tt]heir )?[A-Z][\w-]*(?: [\w-]+){0,3}):\s+(?P<rest>[^:]{8,})$")
_POINTS_BACK = re.compile(r"^\W*(?:that|this|it|these|those|they|which|not|no|keep|do not|don't|never|confidential|private)\b", re.I)
# A matter told in confidence ("between us", "not announced", "not even to your team"): its words never enter a plan a
# coach may read; the topic still guards the other lines, and the plan shows no line for it.
_CONFIDENTIAL = re.compile(
    r"\b(?:confidential|in confidence|between us|off the record|under wraps|not (?:yet )?(?:announced|public)|"
    r"not even (?:to|with) (?:your|the|my) (?:team|people|staff)|strictly private|secret|NDA|do not share|don't share)\b", re.I
)
_NOT_QUOTED = re.compile(r"^\W*(?:subject|from|to|sent|date|cc)\s*:|\b(?:this|the)\s+(?:e-?mail|message)\s+(?:is|are|and)\b", re.I)
MAX_WORDS = 30
MAX_SENTENCE = 12  # a whole sentence quoted as the topic: longer ones tell the confidential matter itself in a plan a coach may see


def kept_out_topic(s: Sentence, sentences: list[Sentence]) -> str:
    """The kept-out topic of a "don't raise it" sentence, in the note's words ('' where the note names none, or where
    its words do not fit the slot: a remark about the partner, an instruction, a pronoun; slot_fit.py)."""
    topic = _topic(s, sentences)
    return topic if topic and fits_slot(topic, "quote" if topic.startswith("“") else "noun") else ""


def _topic(s: Sentence, sentences: list[Sentence]) -> str:
    text = one_line(s.text).strip(" *[]()")
    if _NOT_QUOTED.search(text) or _private(text) or _CONFIDENTIAL.search(text):
        return ""
    found = _OBJECT.search(text)
    if found and not _VAGUE.match(found["thing"]):
        return found["thing"].strip()
    cues = list(cue.DO_NOT_RAISE.finditer(text))  # on the whole line: "Confidential: the board is ..." keeps its cue
    at = cues[-1] if cues else None
    after = text[at.end():] if at else ""
    told = _TOLD_AFTER.match(after)
    if told and 3 <= len(told["what"].split()) <= MAX_WORDS:
        return _quoted(told["what"])
    if at and re.fullmatch(r"[\W_]*", after) and text.rstrip(" *").endswith(":"):
        return ""  # "Watch-outs (not for the meeting):": a heading over the lines below, each read on its own
    if at and not _points(text, at):
        return _quoted(text) if 5 <= len(text.split()) <= MAX_SENTENCE else ""
    earlier = sorted((t for t in sentences if t.note is s.note and s.order - 3 <= t.order < s.order), key=lambda t: -t.order)
    for t in earlier:
        line = one_line(strip_label(t.text)).strip(" -*•[]()")
        if _NOT_QUOTED.search(line) or _private(line) or cue.DO_NOT_RAISE.search(line) or _CONFIDENTIAL.search(line):
            return ""  # private, a header, or a line with its own cue (and its own line in the plan)
        if _STILL_HELD.search(t.text):
            return ""  # "Still sore with him: the loyalty card": what still weighs is no topic to keep out
        head = _HEAD.match(one_line(t.text))
        if head and _POINTER_CUE.search(head["rest"]):
            return _quoted(head["what"])  # "The depot move: he settled it on his own." then "Leave it alone."
        if _POINTS_BACK.match(line) or len(line.split()) < 7:
            continue  # "That report is not public yet.": the sentence it points to names the topic
        return _quoted(line) if len(line.split()) <= MAX_SENTENCE else ""
    return ""


def _points(text: str, at: re.Match[str]) -> bool:
    """The cue's sentence only points back: short, or its cue takes a pronoun ("don't mention it", "not to say why")."""
    rest = re.sub(r"[^\w\s'’]", " ", text[: at.start()] + " " + text[at.end():]).split()
    return (len(rest) < 6 or bool(_POINTER_CUE.search(at.group(0))) or bool(re.match(r"\s*(?:it|this|them|why)\b", text[at.end():], re.I))
            or bool(_VERB_IT.search(text)))


def _private(text: str) -> bool:
    """Health, family, a phone number or an address: never quoted (a run of seven digits is a number, whatever its form)."""
    return cue.personal_matter(text) or bool(cue.PHONE.search(text) or cue.EMAIL.search(text) or re.search(r"(?:\d[\s().-]*){7}", text)
                                             or _LEAVE.search(text))


# Someone's leave of absence: a personal matter, whatever words the notes use for it.
_LEAVE = re.compile(r"\b(?:family|parental|maternity|paternity|sick|medical|compassionate|his|her|their|[A-Z][\w-]*['’]s|the)\s+"
                    r"(?:\w+\s+)?leave\b(?!\s+(?:it|this|that|the subject|the topic))", re.I)


def _quoted(words: str) -> str:
    """The note's words as a quotation, its inner quotation marks made single."""
    words = re.sub(r"^\W*\d{1,2}:\d{2}(?::\d{2})?\]?\s*", "", strip_label(words.strip(" *")).strip())  # a transcript's time stamp
    words = words[:1].upper() + words[1:]
    words = words.replace("“", "‘").replace("”", "’").replace('"', "'").rstrip(" .*")
    if (words.count("'") + words.count("‘") + words.count("’") - len(re.findall(r"\w['’]\w", words))) % 2:
        words = words.rstrip("'’").rstrip(" .")  # a closing quotation mark with no opening one in this sentence
    return "“" + words + ".”"


def unnamed(topic: str) -> bool:
    """The stand-in label of a kept-out topic the notes do not name: no line for the plan. "the matter in an undated
    note" names neither a kind nor a day the CIO could find it by (confided_topic.py): it is a line nobody can act on."""
    return topic.startswith(UNNAMED) or topic.startswith("the matter in an undated note")


UNNAMED = ("what the note of ", "what an undated note ")
