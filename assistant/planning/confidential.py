"""Matters told in confidence: one typed record per matter, and the sentences of the notes that tell it.

A "keep it out" cue marks one sentence ("Between us: an auditor is looking at one of his suppliers"), but the matter
often runs on in the sentences after it ("She asked that nobody from IT mentions it, and that ..."; "Until then, nobody
knows, X included."), or the cue heads what follows ("Subject: Confidential", "Between us:"). Every sentence that tells
the matter belongs to the record; no section of a plan (the one thing, the script, questions, open items, objections,
evidence, the value message) may count, answer or quote any of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.planning import situation_cues as cue
from assistant.schema import NoteText


class _Sentence(Protocol):  # situation_types.Sentence (not imported: that module builds its records from this one)
    text: str
    note: NoteText

# A sentence that carries the matter on: it points back to it, or says who may not know it, or until when.
_CARRIES_ON = re.compile(
    r"\b(?:nobody|no one|no-one|anyone|anybody|not even|included|including|until then|until (?:it is|it's|they|he|she)|"
    r"not (?:yet )?(?:announced|public|official)|may not happen|(?:stays?|kept|keep) (?:out|off|quiet|between)|for (?:you|your eyes) only|"
    r"under wraps)\b", re.I)
# Or it takes the matter up by a pronoun near its start ("Kjetil will announce it in January"; "She asked that it stays out").
_PRONOUN = re.compile(r"\b(?:it|this|them)\b", re.I)
# A cue that heads what follows rather than telling the matter itself: "Subject: Confidential — for you only", "Between us:".
_HEADING = re.compile(r"^\W*(?:subject|re|title)\s*:|[:—–-]\s*\**\s*(?:for (?:you|your eyes) only)?\W*$", re.I)
# A cue about the notes themselves ("my own notes, not for sharing", "this journal is private"): no matter of the room.
_THE_NOTES = re.compile(r"\b(?:my|these|this|our)\s+(?:own\s+|private\s+|personal\s+)?(?:notes?|journal|file|log|diary|notebook|jottings|"
                        r"record|scratchpad|working notes)\b(?!\s+(?:on|about|of|from)\b)", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]{2,}")


@dataclass(frozen=True)
class Confidence:
    """One matter kept out of the room: the cue's sentence, who confided it (partner | notes), and every sentence telling it."""

    cue: str
    whose: str
    told: tuple[str, ...]
    note_ref: str

    def tells(self, text: str) -> bool:
        """The text is, holds or quotes a sentence of this matter."""
        flat = _flat(text)
        if not flat:
            return False
        for sentence in map(_flat, self.told):
            if sentence and (sentence in flat or (len(flat.split()) >= 3 and flat in sentence)):
                return True
        return any(len(q.split()) >= 2 and any(_flat(q) in _flat(t) for t in self.told) for q in re.findall(r"[“\"]([^”\"]{6,})[”\"]", text))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .,;:*-•[]()“”\"'").lower()


def confidential_matters(sentences: Sequence[_Sentence]) -> list[Confidence]:
    """The notes' matters told in confidence, each with the sentences that tell it."""
    out: list[Confidence] = []
    for k, s in enumerate(sentences):
        if not cue.DO_NOT_RAISE.search(s.text) or about_the_notes(s.text):
            continue
        told = [s.text]
        note = s.note.text
        at = note.find(s.text)
        heading = bool(_HEADING.search(s.text))
        before = sentences[k - 1] if k else None
        same_paragraph = before is not None and before.note is s.note and not re.search(r"\n\s*\n", note[note.find(before.text) + len(before.text): at])
        if _closes(s.text) and not heading:  # "Don't raise it.": the matter is the sentence before, in the same paragraph
            if same_paragraph and before is not None:
                told.insert(0, before.text)
            out.append(Confidence(s.text, "notes", tuple(told), s.note.ref))
            continue
        if same_paragraph and before is not None and not heading and _PRONOUN.search(" ".join(s.text.split()[:5])):
            told.insert(0, before.text)  # "He raised the merger idea. He wants it kept private.": "it" is the idea
        for t in sentences[k + 1:]:
            if t.note is not s.note:
                break
            there = note.find(t.text, max(at, 0))
            gap = note[at + len(told[-1]) if at >= 0 else 0: there] if there >= 0 else "\n\n"
            if re.search(r"\n\s*\n", gap) and not (heading and len(told) == 1):
                break  # a new paragraph or entry: a new matter, unless the cue only headed it
            if not (heading and len(told) == 1) and "\n" in gap and re.match(r"\s*(?:[-*•]|\d+[.)]|▸|#)", gap.split("\n")[-1] + " "):
                break  # the next bullet
            if not (heading and len(told) == 1) and not _carries_on(t.text):
                break
            if _closes(told[-1]) and len(told) > 1:
                break  # "Don't raise it.": a short pointer closes the matter; what follows is the notes again
            told.append(t.text)
            at = there
        whose = "partner" if re.search(r"\b(?:she|he|they)\b[^.]{0,40}\b(?:asked|told|said|confided)\b|\bunprompted\b|\bin confidence\b",
                                        " ".join(told), re.I) else "notes"
        out.append(Confidence(s.text, whose, tuple(told), s.note.ref))
    return out


def _carries_on(text: str) -> bool:
    return bool(_CARRIES_ON.search(text) or cue.DO_NOT_RAISE.search(text) or _PRONOUN.search(" ".join(text.split()[:7])))


def _closes(text: str) -> bool:
    """A short cue that only points back ("Don't raise it.", "Not for the meeting."): nothing after it is the matter."""
    return bool(cue.DO_NOT_RAISE.search(text)) and len(text.split()) <= 7


def about_the_notes(text: str) -> bool:
    """The cue keeps the notes themselves private (a file title's remark), and names no matter to keep out of a meeting."""
    return bool(_THE_NOTES.search(text))


def confided(matters: list[Confidence], kind: str, quote: str) -> bool:
    """An item (its kind and quote) told by a confidential matter's sentences: never an open ask, an offer or a proof."""
    if kind in ("miss", "noted_miss"):
        return False  # a miss the notes say not to reopen stays a miss: its keep-out line is read elsewhere (ownership.kept_out)
    return any(m.tells(quote) for m in matters)
