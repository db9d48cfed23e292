"""How a note was read: its entries (date, source) and sentences with speakers, and the CIO's corrections.

Corrections are stored per note (speakers by the sentence's words, dates by the entry's opening words), so a
re-parse of the same text, or an edit that keeps the sentence, keeps them; each correction reassesses the partner.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import InputError
from assistant.perception.voices import normalise
from assistant.records import NoteReadingInfo, ReadEntry, ReadSentence
from assistant.services.partners import PartnersMixin
from assistant.store.access import Actor, owned_record
from assistant.store.models import Note, NoteReading, Partner
from assistant.text.reading import ParsedEntry, parse_source
from assistant.text.speakers import SPEAKERS


class ReadingsMixin(PartnersMixin):
    """Notes as read, and the CIO's corrections to them."""

    def note_readings(self, actor: Actor, workspace_id: int, partner_id: int) -> list[NoteReadingInfo]:
        """Every note of the partner as the engine reads it, corrections applied, oldest first."""
        with self._sessions() as s:
            partner = self._partner_row(s, actor, workspace_id, partner_id)
            rows = s.scalars(select(Note).where(Note.partner_id == partner.id).order_by(Note.date, Note.id))
            return [self._read(s, note, partner.name) for note in rows]

    def correct_speaker(self, actor: Actor, workspace_id: int, note_id: int, sentence: str, speaker: str) -> NoteReadingInfo:
        """Say who really said a sentence; kept with the note and used by every later assessment."""
        if speaker not in SPEAKERS:
            raise InputError(f"The speaker must be one of {', '.join(SPEAKERS)}.")
        with self._sessions() as s:
            note = owned_record(s, actor, workspace_id, Note, note_id, "note")
            partner = s.get_one(Partner, note.partner_id)
            key = normalise(sentence)
            if key not in {normalise(x.text) for e in self._read(s, note, partner.name).entries for x in e.sentences}:
                raise InputError("That sentence is not in this note as it was read. Pick one from the list.")
            reading = self._reading_row(s, note)
            reading.speakers = {**(reading.speakers or {}), key: speaker}
            return self._save_and_reassess(s, workspace_id, note, partner)

    def correct_entry_date(self, actor: Actor, workspace_id: int, note_id: int, entry_key: str, date: dt.date) -> NoteReadingInfo:
        """Give an entry its right date; a note read as one entry takes that date itself (recency weighs it)."""
        with self._sessions() as s:
            note = owned_record(s, actor, workspace_id, Note, note_id, "note")
            partner = s.get_one(Partner, note.partner_id)
            entries = self._read(s, note, partner.name).entries
            if entry_key not in {e.key for e in entries}:
                raise InputError("That entry is not in this note as it was read. Pick one from the list.")
            reading = self._reading_row(s, note)
            reading.dates = {**(reading.dates or {}), entry_key: date.isoformat()}
            if len(entries) == 1:
                note.date = date
            return self._save_and_reassess(s, workspace_id, note, partner)

    # -- helpers ----------------------------------------------------------
    def _save_and_reassess(self, s: Session, workspace_id: int, note: Note, partner: Partner) -> NoteReadingInfo:
        s.commit()
        self._index_note(note)
        self._reassess(s, workspace_id, partner)
        return self._read(s, note, partner.name)

    def _reading_row(self, s: Session, note: Note) -> NoteReading:
        row = s.scalar(select(NoteReading).where(NoteReading.note_id == note.id))
        if row is None:
            row = NoteReading(workspace_id=note.workspace_id, note_id=note.id, speakers={}, dates={})
            s.add(row)
        return row

    def _read(self, s: Session, note: Note, partner: str) -> NoteReadingInfo:
        row = s.scalar(select(NoteReading).where(NoteReading.note_id == note.id))
        speakers, dates = (row.speakers or {}, row.dates or {}) if row else ({}, {})
        try:
            parsed = parse_source(note.text, partner=partner)
        except InputError as exc:
            return NoteReadingInfo(note.id, note.title, note.date, (), (str(exc),))
        single = len(parsed.entries) == 1
        entries = tuple(_entry(e, speakers, dates, note.date if single else None) for e in parsed.entries)
        warnings = [w for w in parsed.warnings if not (single and note.date and "no date" in w)]
        warnings += [f"An entry ({e.title or e.source}) has no date; it is kept and weighed as undated." for e in entries if e.date is None]
        return NoteReadingInfo(note.id, note.title, note.date, entries, tuple(warnings))


def entry_key(entry: ParsedEntry) -> str:
    """An entry's opening words (or its title): stable across re-parses of the same text."""
    first = next((s.text for s in entry.sentences), "")
    return normalise(first)[:120] or normalise(entry.title) or entry.source


def _entry(entry: ParsedEntry, speakers: dict[str, str], dates: dict[str, str], note_date: dt.date | None) -> ReadEntry:
    key = entry_key(entry)
    when, how = entry.date, "text" if entry.date else None
    if key in dates:
        when, how = dt.date.fromisoformat(dates[key]), "corrected"
    elif when is None and note_date is not None:
        when, how = note_date, "note"
    sentences = tuple(
        ReadSentence(s.text, speakers.get(normalise(s.text), s.speaker), s.name, normalise(s.text) in speakers)
        for s in entry.sentences
    )
    return ReadEntry(key, when, how, entry.source, entry.title, sentences)
