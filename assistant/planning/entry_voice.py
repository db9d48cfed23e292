"""Whose voice an entry of the notes is in, so an ask is the partner's only when the reader gives it to the partner.

Two voices are never the partner's asking: an entry that is someone else's message ("Tue 24 Nov — e-mail from Sam
(her deputy)": the deputy's words, even where they name the partner), and the CIO's own note to self ("Note to self,
23 Dec: ..."), where the CIO reflects on the partner in the third person. An ask the notes
quote in the partner's own words stays hers wherever it stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.planning.note_reading import US_LABELS, Partner
from assistant.planning.situation_types import Item, Sentence
from assistant.planning.whose_ask import carried_from_other
from assistant.schema import NoteText

# "e-mail from Sam Okoro (her deputy)", "Teams message from Sam", "from Sam": who wrote the entry.
_FROM = re.compile(r"(?:^|\b)from\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# A paragraph the CIO labels as a reflection of their own: "Note to self, 23 Dec:", "[Notes for me -". A summary of a
# meeting ("My notes after:") records asks and is no reflection.
_OWN_PARAGRAPH = re.compile(
    r"^\W*(?:notes? to (?:self|myself)|notes? for me|my thoughts?|private notes?|reflection|my (?:own )?note(?! after)|my (?:read|take|aside)|aside|margin)\b[^:\n\]]{0,40}[:\-–—]",
    re.IGNORECASE,
)


def other_voice(item: Item, notes: list[NoteText], partner: Partner) -> bool:
    """The partner's ask or offer read from a line in someone else's message or in the CIO's note to self."""
    if item.owner != "partner" or item.kind not in ("request", "offer"):
        return False
    note = next((n for n in notes if n.ref == item.note_ref and item.quote in n.text), None)
    if note is None:
        return False
    if _someone_elses(note.title, partner) or (not item.spoken and carried_from_other(note.text, item.quote, partner)):
        return True
    return not item.spoken and (bool(_OWN_PARAGRAPH.match(_paragraph(note.text, item.quote))) or _italic_aside(note.text, item.quote))


# A whole line set in italics ("_He wants a figure for each claim._"): the CIO's margin note, never the
# partner's words (a quotation inside it is still theirs: item.spoken).
_ITALIC_LINE = re.compile(r"^[ \t>]*(?P<m>[_*])(?![_*\s]).*[^_*\s](?P=m)[ \t]*$")


def _italic_aside(text: str, quote: str) -> bool:
    at = text.find(quote)
    if at < 0:
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(_ITALIC_LINE.match(text[start:end if end >= 0 else len(text)]))


def in_their_voice(sentences: list[Sentence], partner: Partner) -> list[Sentence]:
    """The sentences, with the narration of an entry someone else wrote (their e-mail pasted in) given to them."""
    return [replace(s, speaker="other") if s.speaker == "narrator" and _someone_elses(s.note.title, partner) else s for s in sentences]


def written_by_another(s: Sentence) -> bool:
    """A line of an entry headed as someone else's message, read as theirs: never evidence of the partner's view."""
    return s.speaker == "other" and bool(_FROM.search(s.note.title or ""))


def _someone_elses(title: str, partner: Partner) -> bool:
    match = _FROM.search(title or "")
    if not match:
        return False
    who = match.group("who")
    return not partner.is_me(who) and who.lower() not in US_LABELS


def _paragraph(text: str, quote: str) -> str:
    at = text.find(quote)
    start = max(text.rfind("\n\n", 0, at), text.rfind("\n[", 0, at))
    para = text[start + 1 if start >= 0 else 0:at].strip()
    return "" if para.startswith("[") and "]" in para else para  # a closed aside before the line is not its frame
