"""Reading a note as a conversation: who is speaking where, who a sentence is about, and dates in prose.

Notes come as prose, e-mail threads with quoted replies (From: headers, "On ... wrote:",
"> " lines), transcripts with speaker labels ("Dana: ...") and minutes with action tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.perception.cio_lines import CIO_VOICE as _CIO_VOICE  # the one list of the CIO's own voice
from assistant.perception.cio_lines import IF_WE_FAIL as _IF_WE_FAIL
from assistant.perception.cio_lines import REPORTED as _REPORTED
from assistant.perception.cio_lines import THEY_WILL as _THEY_WILL
from assistant.perception.cio_lines import cio_owned
from assistant.perception.non_speech import signature_line
from assistant.planning.chat_labels import chat_labels, label_name, without_chat_label
from assistant.planning.partner_pronoun import not_theirs
from assistant.text.honorifics import is_title, name_words

Speaker = str  # partner | us | other | narrator

_LABEL = re.compile(r"^[ \t>]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?:\*\*)?(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:\*\*)?[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]+\S", re.M)
# A line that tells of someone in the third person ends a "Name: ..." turn: it is the CIO's narration again.
# So does the note-keeper's own summary or translation line ("EN summary: ...", "Translation: ...", "My note: ...").
_NARRATED_LINE = re.compile(r"\n[ \t]*(?:[-*•][ \t]*)?(?:(?:He|She|They)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b|"
                            r"(?:[A-Z]{2}\s+)?(?i:summary|translation|my note|note to self)\s*:|"
                            r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?\s+\([^)\n]{2,60}\)\s+[^\W\d_A-ZÀ-Þ])")  # "Paweł Kmiecik (her deputy) said ..."
_FROM = re.compile(r"^[ \t>]*From:[ \t]*(?P<who>[^<\n,]+)", re.M | re.I)
_WROTE = re.compile(r"^[ \t>]*On [^\n]{3,80}?,?\s+(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|[Ss]he|[Hh]e)(?: <[^>]*>)? wrote:", re.M)
_NOT_SPEAKERS = {
    "stakeholder", "subject", "to", "cc", "bcc", "date", "sent", "re", "fwd", "fw", "action", "actions", "note", "notes",
    "decision", "decisions", "next steps", "owner", "due", "attendees", "present", "agenda", "summary", "ps", "nb",
    "update", "status", "context", "background", "outcome", "risk", "risks", "item", "q", "a", "aob", "minutes",
    "committed", "commitment", "commitments", "promised", "agreed", "we promised", "open", "done", "closed", "todo", "follow-up",
    # an enumeration in the CIO's own narration ("Three things on the table. One: she asked ..."), never a speaker
    "one", "two", "three", "four", "five", "six", "first", "second", "third", "fourth", "fifth", "also", "then", "finally", "plus",
    "last", "lastly", "next", "and", "but", "so",
    # fields of a meeting template or an AI meeting summary ("Summary: Dana said ..."): never a speaker
    "discussion", "key points", "highlights", "recap", "overview", "details", "comments", "remarks", "participants",
    "where", "when", "meeting", "title", "topic", "description", "result", "results", "follow up", "takeaways", "notes taken",
}
US_LABELS = {"cio", "me", "i", "it", "us", "we", "my notes", "cio notes"}
PRONOUNS = {"he", "she", "they"}

WORD = r"[^\W\d_]+(?:['’][^\W\d_]*)?"  # letters in any script: "Hélène", "O'Neil", "Ines's"


def bare(word: str) -> str:
    """A word without its possessive: "Ines's" and "Ines'" give "ines"; "Ines" keeps its s."""
    return re.sub(r"['’]s?$", "", word.lower())


# Initials that are also words or common labels: never read as the partner's initials.
_NOT_INITIALS = {"ai", "it", "hr", "pm", "am", "ok", "us", "me", "we", "qa", "re", "cc", "ps", "nb", "to", "so", "no", "an", "as", "at",
                 "be", "by", "do", "go", "he", "if", "in", "is", "my", "of", "on", "or", "up", "cio", "cfo", "ceo", "cto", "coo", "aob"}


def _initials(parts: list[str]) -> set[str]:
    """A transcript's speaker tags for the partner ("HB: ..." for Hannah Brügger): all initials, and first and last."""
    letters = [p[0].lower() for p in parts if p[:1].isalpha()]
    if len(letters) < 2:
        return set()
    return {i for i in ("".join(letters), letters[0] + letters[-1]) if i not in _NOT_INITIALS}


def _unaccented(name: str) -> str:
    """The name without its accents ("siobhán" -> "siobhan"), as a transcript or a plain keyboard writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Partner:
    """How the notes may refer to the partner."""

    names: frozenset[str]  # lower-case first name, surname, full name
    pronoun: str = ""  # 'he' or 'she' as the notes speak of them (partner_pronoun.py); '' when not shown

    @classmethod
    def from_name(cls, name: str | None) -> Partner:
        if not name:
            return cls(frozenset())
        parts = name_words(name) or [p for p in re.split(r"\s+", name.strip()) if p and not is_title(p)]
        names = {p.lower() for p in parts} | {" ".join(parts).lower()} | _initials(parts)
        names |= {_unaccented(n) for n in names}  # "Siobhan" in a transcript that drops the fada is still her
        return cls(frozenset(n for n in names if len(n) > 1))

    def is_me(self, label: str) -> bool:
        low = label.lower().strip()
        return low in self.names or any(part in self.names for part in low.split())


def speaker_ranges(text: str, partner: Partner) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) for every stretch of a note; narration by the CIO is 'narrator'."""
    marks: list[tuple[int, int, Speaker, bool]] = []  # start, end-of-line, speaker, is a block (header) mark
    for match in _FROM.finditer(text):
        marks.append((match.start(), match.end(), _who(match.group("who"), partner), True))
    for match in _WROTE.finditer(text):
        marks.append((match.start(), match.end(), _who(match.group("who"), partner), True))
    for match in _LABEL.finditer(text):
        label = match.group("label")
        if re.match(r"From [A-Z]", label):  # "From Rosalind: ..." in an e-mail log: her line
            label = label.split(None, 1)[1]
        elif label.lower() in _NOT_SPEAKERS or label.lower().startswith(("from", "on ")):
            continue
        line_end = text.find("\n\n", match.start())
        end = len(text) if line_end < 0 else line_end
        told = _NARRATED_LINE.search(text, match.end(), end)  # 'He asked for ...' on the next line is our note again
        stop = min(told.start() if told else end, _cio_line(text, match.end(), end))
        marks.append((match.start(), stop, _who(label, partner), False))
    for start, _, label in chat_labels(text):  # Teams and Slack copies: "Imogen Hart   10:02", "[10:02] imogen: ..."
        if label_name(label).lower() not in _NOT_SPEAKERS:
            marks.append((start, len(text), _who(label_name(label), partner), False))
    for match in _ASIDE.finditer(text):  # "[tom: contract signed 4 Mar]": the note-keeper's own aside in a chat copy
        marks.append((match.start(), match.end(), "partner" if partner.is_me(match.group("who")) else "narrator", False))
    marks += _signed_off(text, partner, marks)
    marks.sort()
    ranges: list[tuple[int, int, Speaker]] = []
    block: Speaker = "narrator"
    cursor = 0
    for start, end, who, is_block in marks:
        if start > cursor:
            ranges.append((cursor, start, block))
        if is_block:
            block = who
            ranges.append((start, end, who))
        else:
            next_label = _next_label_start(text, start)
            stop = min(end, next_label)
            ranges.append((start, stop, who))
            end = stop
        cursor = max(cursor, end)
    if cursor < len(text):
        ranges.append((cursor, len(text), block))
    return ranges


_SIGN_OFF = re.compile(r"^[ \t]*(?:(?:best|thanks|regards|cheers|kind regards),?[ \t]*\n[ \t]*)?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[ \t]*$", re.M)


def _signed_off(text: str, partner: Partner, marks: list[tuple[int, int, Speaker, bool]]) -> list[tuple[int, int, Speaker, bool]]:
    """A pasted e-mail signed with the partner's name ('...from my budget.\nPriya'): the lines above it are theirs."""
    out: list[tuple[int, int, Speaker, bool]] = []
    for match in _SIGN_OFF.finditer(text):
        before = text[: match.start()].rstrip()
        if not partner.is_me(match.group("name")) or not before or before.endswith(":"):
            continue
        start = max((end for _, end, _, _ in marks + out if end <= match.start()), default=0)
        if start < match.start():
            out.append((start, match.start(), "partner", True))
    return out


_THIRD = re.compile(r"\b(?:she|he|her|him|his|they|them)\b", re.IGNORECASE)


def cio_voice(text: str) -> bool:
    """The sentence is the CIO's own guess, worry, plan, opinion or observation of an absence: never the partner's
    ask, offer or words, though it may inform the plan. Judged on its first clause, so "She asked for the figures by
    Friday, and I'd like to send them early" stays her ask."""
    own = re.sub(r"[\"“][^\"”]*[\"”]", "“…”", strip_label(text))  # a quotation inside is someone's words, not our voice
    first = re.split(r"\s*(?:[;—–]|\s-\s|,\s*(?:but|and|so|though|although|which)\b)\s*", own.strip(" -*•"))[0]
    if _CIO_VOICE.search(first):
        return True
    # "She said if we are late again she'll go to the board" is her own threat, reported: hers to quote
    return bool(_IF_WE_FAIL.search(first) and _THEY_WILL.search(first)) and not _REPORTED.search(first)


def _cio_line(text: str, after: int, end: int) -> int:
    """Where a later line of a labelled turn is the CIO's aside about the partner ("My guess is he wants ..."): it ends
    the turn (their own line, the label's line, always stays theirs)."""
    cursor = text.find("\n", after)
    while 0 <= cursor < end:
        line_end = text.find("\n", cursor + 1)
        line = text[cursor + 1 : end if line_end < 0 else min(line_end, end)]
        if cio_voice(line) and _THIRD.search(line):
            return cursor
        cursor = line_end
    return end


# "[tom: contract signed 4 Mar]", "[My opinion: ...]", "[15 Jan coffee: ...]": the note-keeper's aside in a chat copy
_ASIDE = re.compile(r"^[ \t]*\[(?P<who>[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,2})[ \t]*:[^\]\n]*\]?", re.M)


def without_asides(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A turn followed by the note-keeper's bracketed aside on the next line ("[tom: contract signed 4 Mar]"): two sentences."""
    return [(at + m.start(), m.group(0).strip()) for at, turn in found for m in _TURN_PART.finditer(turn) if m.group(0).strip()]


_TURN_PART = re.compile(r"(?:^|\n)[^\n]*(?:\n(?![ \t]*\[[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,2}[ \t]*:)[^\n]*)*")


def _next_label_start(text: str, after: int) -> int:
    line_end = text.find("\n", after)
    if line_end < 0:
        return len(text)
    starts = [len(text)]
    starts += [m.start() for m in _ASIDE.finditer(text, line_end)][:1]
    for match in _LABEL.finditer(text, line_end):
        if match.group("label").lower() not in _NOT_SPEAKERS:
            starts.append(match.start())
        break
    starts += [start for start, _, label in chat_labels(text) if start >= line_end and label_name(label).lower() not in _NOT_SPEAKERS][:1]
    return min(starts)


def _who(label: str, partner: Partner) -> Speaker:
    low = label.strip().lower()
    if low in US_LABELS or low.endswith("(me)"):  # "From: Dana Reid (me)": the mailbox's owner, the note keeper
        return "us"
    if partner.is_me(low) or low in ("he", "she"):  # "On 3 May she wrote:" in notes about one partner: theirs
        return "partner"
    if _OUR_ROLE.search(low):
        return "us"  # "From: Chief Information Officer", "Dana Reid (CIO)": the note-keeper's own outgoing words
    return "other"


# The note-keeper's own role named as the sender or speaker.
_OUR_ROLE = re.compile(r"\b(?:cio|cto|chief (?:information|technology|digital and information) officer|(?:it|ict|technology) director|"
                       r"director of (?:it|ict|technology)|head of (?:it|ict|technology))\b")


def speaker_at(ranges: list[tuple[int, int, Speaker]], position: int) -> Speaker:
    for start, end, who in ranges:
        if start <= position < end:
            return who
    return "narrator"


_OWN_NOTE_LABEL = re.compile(r"^\s*(?:my\s+)?notes?(?:\s+to\s+(?:myself|self))?(?:\s+of\s+(?:the|our)\s+(?:call|meeting|chat))?,?\s+"
                             r"(?:\w+\s+)?\d{1,4}[^:\n]{0,16}:\s+", re.IGNORECASE)


def own_label_off(sentence: str) -> str:
    """The sentence without the writer's dated label ("My note, 20 Nov: ...")."""
    own = _OWN_NOTE_LABEL.match(sentence)
    return sentence[own.end():].strip() if own else sentence


def strip_label(sentence: str) -> str:
    words, cut = without_chat_label(sentence)
    if cut:
        return words
    match = _LABEL.match(sentence)
    if match and match.group("label").lower() not in _NOT_SPEAKERS:
        return sentence[sentence.index(":", match.start("label")) + 1 :].strip()
    return sentence


def about_partner(before: str, partner: Partner) -> bool:
    """The words before a cue name the partner (or a pronoun for them) as its subject."""
    before = re.sub(r"^[^:]{0,40}:\s+(?=\S*$|$)", "", before)  # "My note, 20 Nov: Offered ...": a label, no subject
    bare_subject = re.sub(r"\([^()]*\)", " ", before)  # "Ana (reports to Paul) asked": an aside about the subject is never the subject
    before = bare_subject if re.search(WORD, bare_subject) else before
    words = re.findall(WORD, before)[-6:]
    if words and words[-1].lower() in {"i", "we", "i'd", "we'd", "i've", "we've"}:
        return False  # "We asked whether legal could...", "I invited her...": our words, not theirs
    initials = bool(words) and words[-1].isupper() and len(words[-1]) > 1 and bare(words[-1]) not in partner.names  # "RP undertook": someone else
    if not words or (len(words) == 1 and len(words[0]) <= 2 and not initials):
        return True  # a subjectless bullet ("- asked whether ...") in notes about the partner is about them
    if words[-1].lower() == "and" and _opens_with_partner(before, partner):
        return True  # "Paul wants the cost per policy down 4% next year and asked for ...": his second verb
    for word in reversed(words):
        low = bare(word)
        if low in PRONOUNS and not_theirs(low, partner.pronoun):
            return False  # "Sabine will run the PMO; she wants ...": a pronoun of the other kind is someone else's
        if low in partner.names or low in PRONOUNS:
            return True
        if low in {"i", "we", "my", "our", "it"} or (word[:1].isupper() and low not in {"in", "at", "on", "then", "later", "also", "and", "but", "when", "after", "before", "today", "yesterday", "mr", "ms", "dr"}):
            return False
    return False


def _opens_with_partner(before: str, partner: Partner) -> bool:
    """The sentence's subject, its first word, is the partner (by name or pronoun)."""
    first = re.findall(WORD, before)[:1]
    return bool(first) and (bare(first[0]) in partner.names or first[0].lower() in PRONOUNS)


def about_us(before: str) -> bool:
    words = re.findall(WORD, before)[-4:]
    return bool(words) and words[0].lower() in {"i", "we", "my", "our"} and len(words) <= 3


def partner_said(sentence: object, partner: Partner) -> bool:
    """The partner's own words or stance: a labelled line, a sentence with them as its subject, or a quotation of theirs."""
    speaker = getattr(sentence, "speaker", "narrator")
    text = strip_label(str(getattr(sentence, "text", "")))
    if signature_line(text):
        return False  # "Chief Product Officer | Example GmbH": a signature, said by no one
    if speaker == "partner":
        return True
    note = getattr(getattr(sentence, "note", None), "text", "")
    if speaker != "narrator" or cio_voice(text) or (note and cio_owned(note, str(getattr(sentence, "text", "")))):
        return False  # "He has never asked about the sensor data", "If we slip she'll go elsewhere": our reading of them
    words = re.findall(WORD, text)[:2]
    return bool(words) and any(bare(w) in partner.names or (w.lower() in PRONOUNS and not not_theirs(w.lower(), partner.pronoun)) for w in words[:1])
