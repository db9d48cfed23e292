"""Who says each sentence of a note, as the assessment weighs it.

E-mail threads and transcripts are split by sender or speaker label (signatures cut, quoted history
attributed once); the CIO's own notes are read sentence by sentence (quotation, reported speech,
subject). Every sentence keeps its exact words from the note, so evidence quotes stay verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.errors import InputError
from assistant.perception.cues import short_verdict
from assistant.perception.field_lines import without_fields
from assistant.schema import NoteText
from assistant.text.reading import carried_speaker, parse_source, sentence_speaker, source_kind
from assistant.text.sentences import sentence_spans, word_count
from assistant.text.speakers import SPEAKERS, People, Speaker, is_opinion

MIN_WORDS = 3  # shorter pieces say too little to weigh, unless they are a verdict on our delivery ("Good stuff.")


@dataclass(frozen=True)
class Voiced:
    text: str  # an exact substring of the note where one could be found
    start: int  # -1 when the words are not in the note as written
    end: int
    speaker: Speaker
    opinion: bool = False  # the CIO's own reading ("I think", "deep down he rates us")
    heard: bool = False  # the speaker's own words (a sender or a transcript label), not a report of them


def voiced_sentences(note: NoteText, partner: str | None = None) -> list[Voiced]:
    """The note's sentences with their speakers; a speaker the CIO corrected wins."""
    people = People(partner)
    if source_kind(note.text) in ("email", "transcript"):
        out = _from_source(note.text, people)
    else:
        spans = [s for s in sentence_spans(note.text, 1) if _weighable(s.text)]
        out, said, last = [], None, 0
        for s in spans:  # a quotation carries the partner's voice only within the paragraph
            said = carried_speaker(s.text, sentence_speaker(s.text, people), said if "\n\n" not in note.text[last : s.start] else None)
            out.append(_voiced(s.text, s.start, s.end, said[0]))
            last = s.end
    out = [t for v in out if (t := _trimmed(v))]
    return [_corrected(v, note.speakers) for v in out] if note.speakers else out


def _trimmed(v: Voiced) -> Voiced | None:
    """The sentence without the record fields above or below it ("Status: Done"); None when nothing else is left."""
    start, end = without_fields(v.text)
    if (start, end) == (0, len(v.text)):
        return v
    text = v.text[start:end]
    if not _weighable(text):
        return None
    return Voiced(text, v.start + start if v.start >= 0 else -1, v.start + end if v.start >= 0 else -1, v.speaker, v.opinion, v.heard)


def _from_source(text: str, people: People) -> list[Voiced]:
    try:
        parsed = parse_source(text, partner=people.partner)
    except InputError:
        return []
    out = []
    for entry in parsed.entries:
        for sentence in entry.sentences:
            if not _weighable(sentence.text):
                continue
            for start, end in _locate(text, sentence.text):
                if _weighable(text[start:end]):
                    out.append(_voiced(text[start:end], start, end, sentence.speaker, heard=True))
    return out


def _weighable(text: str) -> bool:
    return word_count(text) >= MIN_WORDS or short_verdict(text)


def _voiced(text: str, start: int, end: int, speaker: Speaker, heard: bool = False) -> Voiced:
    return Voiced(text, start, end, speaker, speaker == "cio" and is_opinion(text), heard)


def _locate(text: str, sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's words stand in the note (line breaks and '>' quote marks between them allowed).

    Words the reader joined across something else (a speaker label, a timing line) come back as several
    pieces, each verbatim; words not found at all are left out, so every quote is an exact substring.
    """
    words = sentence.split()
    whole = re.search(_GAP.join(re.escape(w) for w in words), text)
    if whole:
        return [(whole.start(), whole.end())]
    spans: list[tuple[int, int]] = []
    at = i = 0
    while i < len(words):  # linear: find a piece's first two words, then extend it word by word
        head = words[i : i + 2]
        first = re.search(_GAP.join(re.escape(w) for w in head), text[at:])
        if first is None:
            i += 1
            continue
        begin, end, i = at + first.start(), at + first.end(), i + len(head)
        while i < len(words) and (more := re.compile(_GAP + re.escape(words[i])).match(text, end)):
            end, i = more.end(), i + 1
        spans.append((begin, end))
        at = end
    return spans


_GAP = r"[\s>]+"


def _corrected(voiced: Voiced, corrections: dict[str, str]) -> Voiced:
    speaker = corrections.get(normalise(voiced.text))
    if speaker not in SPEAKERS:
        return voiced
    return Voiced(voiced.text, voiced.start, voiced.end, speaker, speaker == "cio" and is_opinion(voiced.text), voiced.heard)  # type: ignore[arg-type]


def normalise(sentence: str) -> str:
    """The key a speaker correction is stored under: the sentence's words, spaced and quoted plainly."""
    return " ".join(sentence.replace(">", " ").split()).lower()
