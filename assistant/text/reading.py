"""How a note was read: typed entries (date, source, title) whose sentences each carry a speaker.

One entry point for every source a CIO has: notes (any date style, tables, minutes), e-mail threads
(.eml or pasted) and meeting transcripts (.vtt, .srt, Teams or Zoom text).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any, Literal

from assistant.errors import InputError
from assistant.text.dates import DateOrder, leading_date, order_from_evidence, resolve_order
from assistant.text.headers import partner_header
from assistant.text.minutes import SuggestedPromise, read_minutes
from assistant.text.mixed import Segment, is_mixed, split_mixed
from assistant.text.notes_format import parse_notes_text
from assistant.text.raw_mail import plain_mail
from assistant.text.sentences import sentence_spans
from assistant.text.speakers import People, Speaker, prose_speaker
from assistant.text.threads import looks_like_thread, split_thread, starts_with_header
from assistant.text.transcripts import looks_like_transcript, parse_transcript, speaker_label

MAX_SOURCE_BYTES = 10 * 1024 * 1024
MAX_SOURCE_CHARS = 400_000  # longer text is read up to here, with a warning
Source = Literal["notes", "email", "transcript", "minutes"]


@dataclass
class ParsedSentence:
    text: str
    speaker: Speaker
    name: str | None = None  # the sender or speaker label, where one was given


@dataclass
class ParsedEntry:
    date: date | None
    source: Source
    title: str
    kind: str = "other"
    sentences: list[ParsedSentence] = field(default_factory=list)


@dataclass
class ParsedNotes:
    partner: dict[str, str | None]
    entries: list[ParsedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    promises: list[SuggestedPromise] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for entry in data["entries"]:
            entry["date"] = entry["date"].isoformat() if entry["date"] else None
        for promise in data["promises"]:
            promise["due"] = promise["due"].isoformat() if promise["due"] else None
        return data


def parse_file(name: str, data: bytes, partner: str | None = None, us: list[str] | None = None, date_order: DateOrder = "auto") -> ParsedNotes:
    """A file's bytes, read by its kind; a clear InputError when it is empty, too big or not text."""
    from assistant.text.files import decode_text, extract_text

    if not data.strip():
        raise InputError(f"{name} is empty: there is nothing to read.")
    if len(data) > MAX_SOURCE_BYTES:
        raise InputError(f"{name} is {len(data) / 1e6:.1f} MB; the limit is {MAX_SOURCE_BYTES // 1_000_000} MB. Split it, or keep the recent part.")
    suffix = PurePath(name).suffix.lower()
    text = extract_text(name, data) if suffix in (".eml", ".pdf", ".docx") else decode_text(data, name)
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls * 20 > min(len(text), 4096):
        raise InputError(f"{name} looks like a binary file, not text. Save it as UTF-8 text (.txt, .md, .vtt, .srt) or .eml.")
    return parse_source(text, name, partner, us, date_order)


def parse_source(
    text: str, name: str = "", partner: str | None = None, us: list[str] | None = None,
    date_order: DateOrder = "auto", locale_name: str | None = None,
) -> ParsedNotes:
    """Text of one source -> entries with speakers. `partner` and `us` name the people where the text does not."""
    text = plain_mail(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))  # raw .eml or mbox text: decoded
    if not text.strip():
        raise InputError(f"{name or 'The text'} is empty: there is nothing to read.")
    warnings: list[str] = []
    if len(text) > MAX_SOURCE_CHARS:
        warnings.append(f"{name or 'The text'} is {len(text):,} characters; only the first {MAX_SOURCE_CHARS:,} were read.")
        text = text[:MAX_SOURCE_CHARS]
    order, guessed = resolve_order(date_order, locale_name)
    if guessed and (evidence := order_from_evidence(text.split("\n"))):
        order, guessed = evidence, False
    suffix = PurePath(name).suffix.lower()
    stakeholder, role, body = _peel_stakeholder(text)
    people = People(partner or stakeholder, list(us or []))
    kind = _kind_of(body, suffix, order)
    segments = split_mixed(body, order) if kind != "transcript" and suffix != ".eml" else []
    if is_mixed(segments, order):
        result = _mixed(text[: len(text) - len(body)], segments, people, date_order, locale_name, order)
    elif kind == "transcript":
        result = _transcript(body, name, people, order)
    elif kind == "email":
        result = _thread(body, people, order)
    else:
        result = _notes(text, people, date_order, locale_name, order)
    result.partner["role"] = result.partner.get("role") or role
    result.warnings[:0] = warnings
    result.entries.sort(key=lambda e: (e.date is not None, e.date or date.min))
    return result


def _peel_stakeholder(text: str) -> tuple[str | None, str | None, str]:
    """A leading partner header ('Stakeholder: Name, Role', 'Name:'/'Role:' lines, 'Name — Role') names the partner."""
    lines = text.split("\n")
    header = partner_header(lines)
    if not header.lines_used:
        return None, None, text
    return header.name, header.role, "\n".join(lines[header.lines_used :])


def _kind_of(text: str, suffix: str, order: Literal["dmy", "mdy"]) -> Source:
    """transcript, email or notes: by the file's suffix, else by its shape (dated notes win over labels)."""
    if suffix in (".vtt", ".srt"):
        return "transcript"
    if suffix == ".eml" or starts_with_header(text):
        return "email"
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return "transcript"
    has_dated_entries = any(leading_date(line, order) for line in text.split("\n"))
    if looks_like_transcript(text) and not has_dated_entries:
        return "transcript"
    if looks_like_thread(text) and not has_dated_entries:
        return "email"
    return "notes"


def _sentences(text: str, speaker: Speaker, name: str | None) -> list[ParsedSentence]:
    return [ParsedSentence(re.sub(r"\s*\n\s*", " ", s.text), speaker, name) for s in sentence_spans(text, min_words=1)]


def _thread(text: str, people: People, order: Literal["dmy", "mdy"]) -> ParsedNotes:
    result = ParsedNotes({"name": people.partner, "role": None})
    for message in split_thread(text, order):
        speaker = people.classify_sender(message.sender, message.signature)
        entry = ParsedEntry(message.date, "email", message.subject, "email", _sentences(message.body, speaker, _display(message.sender)))
        result.entries.append(entry)
        if message.date is None:
            result.warnings.append(f"A message from {_display(message.sender) or 'an unknown sender'} has no date; kept undated.")
    if people.partner is None:
        result.warnings.append("No partner named: give one (--partner) to tell the partner's messages from the others.")
    return result


def _mixed(
    header: str, segments: list[Segment], people: People, date_order: DateOrder, locale_name: str | None, order: Literal["dmy", "mdy"],
) -> ParsedNotes:
    """Dated notes with e-mails pasted among them: the notes read as notes, each e-mail as a thread of its own."""
    notes = header + "\n".join(s.text for s in segments if s.kind == "notes")
    result = _notes(notes, people, date_order, locale_name, order)
    for segment in segments:
        if segment.kind == "email":
            thread = _thread(segment.text, people, order)
            result.entries += thread.entries
            result.warnings += [w for w in thread.warnings if w not in result.warnings]
    return result


def _display(sender: str | None) -> str | None:
    """'Whitfield, Dana <dana@acme.com>' -> 'Dana Whitfield'."""
    if not sender:
        return None
    name = re.sub(r"<[^>]*>", "", sender).strip(' "')
    if "," in name and "(" not in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    return name or sender.strip("<> ")


def _transcript(text: str, name: str, people: People, order: Literal["dmy", "mdy"]) -> ParsedNotes:
    result = ParsedNotes({"name": people.partner, "role": None})
    when = _date_in(name, text, order)
    entry = ParsedEntry(when, "transcript", PurePath(name).stem if name else "transcript", "meeting")
    turns = parse_transcript(text)
    ours = [t.name for t in turns if t.name and people.classify(t.name) == "cio"]  # "tom.cio" makes "[tom: ...]" ours
    people = People(people.partner, [*people.us, *ours])
    for turn in turns:
        entry.sentences += _sentences(turn.text, people.classify(turn.name), turn.name)
    result.entries.append(entry)
    if when is None:
        result.warnings.append("The transcript has no date (none in its name or first lines); kept undated.")
    if people.partner is None:
        result.warnings.append("No partner named: give one (--partner) to tell the partner's words from the others'.")
    return result


def _date_in(name: str, text: str, order: Literal["dmy", "mdy"]) -> date | None:
    stem = PurePath(name).stem
    for candidate in [stem, *re.findall(r"\d{4}-\d{2}-\d{2}", stem), *text.split("\n")[:5]]:
        found = leading_date(re.sub(r"^\s*(?:date|meeting)\s*:\s*", "", candidate, flags=re.IGNORECASE), order)
        if found:
            return found.value
    return None


def _notes(text: str, people: People, date_order: DateOrder, locale_name: str | None, order: Literal["dmy", "mdy"]) -> ParsedNotes:
    minutes = read_minutes(text, order)
    parsed = parse_notes_text(minutes.text, date_order, locale_name)
    result = ParsedNotes({"name": people.partner, "role": parsed.role}, warnings=list(parsed.warnings))
    if parsed.context:
        result.partner["context"] = parsed.context
    result.attendees, result.promises = minutes.attendees, minutes.promises
    source: Source = "minutes" if minutes.attendees or minutes.promises else "notes"
    for note in parsed.notes:
        entry = ParsedEntry(note.date, source, note.title, note.kind)
        said: tuple[Speaker, str | None] | None = None
        last = 0
        for span in sentence_spans(note.text, min_words=1):
            said = carried_speaker(span.text, sentence_speaker(span.text, people), said if "\n\n" not in note.text[last : span.start] else None)
            last = span.end
            entry.sentences.append(ParsedSentence(re.sub(r"\s*\n\s*", " ", span.text), *said))
        result.entries.append(entry)
    return result


def sentence_speaker(text: str, people: People) -> tuple[Speaker, str | None]:
    """Who says one sentence of the CIO's notes: a 'Name:' label, else quotation, reported speech or subject."""
    label = speaker_label(text)
    if label is None:
        return prose_speaker(text, people)
    speaker = people.classify(label[0])
    return ("other" if speaker == "unknown" and people.partner else speaker), label[0]


_LONE_QUOTE = re.compile(r"^\s*[>\-*•]*\s*[\"“]")


def carried_speaker(text: str, found: tuple[Speaker, str | None], previous: tuple[Speaker, str | None] | None) -> tuple[Speaker, str | None]:
    """A quotation standing alone right after a sentence that reports the partner ('She asked for a list.' then
    '"I want to stop ..."') is the partner's own words; any other sentence keeps the speaker found for it."""
    if found[0] == "unknown" and previous is not None and previous[0] == "partner" and _LONE_QUOTE.match(text):
        return previous
    return found


def source_kind(text: str, name: str = "", date_order: DateOrder = "auto") -> Source:
    """transcript, email or notes, as parse_source would read this text."""
    order, _ = resolve_order(date_order, None)
    return _kind_of(_peel_stakeholder(text)[2], PurePath(name).suffix.lower(), order)
