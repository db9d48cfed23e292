"""How a note was read, through the facade: entries with dates and sources, sentences with speakers, and the
CIO's corrections, which are stored, survive a re-parse and an edit, reassess the partner, and stay private."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import CoachError, InputError
from assistant.factory import build_app
from assistant.settings import Settings
from assistant.store.access import Actor
from assistant.store.accounts import create_user

TODAY = dt.date(2026, 4, 1)
THREAD = """From: Noor Haddad <noor@atlas.example>
Sent: 12 March 2026 09:10
Subject: RE: stock forecast

I need the stock forecast next to the orders in one view; my planners rebuild it by hand every week.

On Wed, 11 Mar 2026 at 17:00, Piet Claes <piet@forecastly.example> wrote:
> Your IT department missed every deadline we set and their release process is far too slow.
"""
VENDOR_LINE = "Your IT department missed every deadline we set and their release process is far too slow."


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = build_app(Settings(data_dir=tmp_path_factory.mktemp("readings") / "data"), today=TODAY)
    with app.sessions() as s:
        cio = create_user(s, "reading-cio", "lantern-river-stone-8", "cio", "Reading CIO")
        other = create_user(s, "other-cio", "lantern-river-stone-9", "cio", "Other CIO")
        s.commit()
        actors = Actor(cio.id, "cio", "Reading CIO"), Actor(other.id, "cio", "Other CIO")
    ws = app.coach.create_workspace(actors[0], "Readings", "Atlas")
    partner = app.coach.add_partner(actors[0], ws.id, "Noor Haddad", "Supply Chain Director", "supply_chain")
    note = app.coach.add_note(actors[0], ws.id, partner.id, THREAD, dt.date(2026, 3, 12), "email", "stock forecast")
    return app, actors, ws.id, partner.id, note.id


def _sentence(reading, start: str):  # type: ignore[no-untyped-def]
    return next(s for e in reading.entries for s in e.sentences if s.text.startswith(start))


def test_a_note_is_read_into_dated_entries_with_speakers(app):
    coach, (cio, _), ws, pid, _ = app[0].coach, app[1], app[2], app[3], app[4]
    [reading] = coach.note_readings(cio, ws, pid)
    assert [(e.date, e.source) for e in reading.entries] == [(dt.date(2026, 3, 11), "email"), (dt.date(2026, 3, 12), "email")]
    assert _sentence(reading, "I need the stock forecast").speaker == "partner"
    vendor = _sentence(reading, "Your IT department")
    assert (vendor.speaker, vendor.name, vendor.corrected) == ("other", "Piet Claes", False)


def test_a_corrected_speaker_is_kept_survives_an_edit_and_reassesses(app):
    application, (cio, _), ws, pid, note_id = app
    coach = application.coach
    before = coach.latest_assessment(cio, ws, pid)
    assert before.scores["competence_doubted"] == 0.0  # the vendor's complaint is not hers

    reading = coach.correct_speaker(cio, ws, note_id, VENDOR_LINE, "partner")
    assert _sentence(reading, "Your IT department").speaker == "partner"
    assert _sentence(reading, "Your IT department").corrected
    after = coach.latest_assessment(cio, ws, pid)
    assert after.scores["competence_doubted"] > 0.0  # now her words: they weigh

    coach.update_note(cio, ws, note_id, THREAD.replace("every week", "every single week"))  # a re-parse of new text
    [again] = coach.note_readings(cio, ws, pid)
    assert _sentence(again, "Your IT department").speaker == "partner"
    assert coach.latest_assessment(cio, ws, pid).scores["competence_doubted"] > 0.0


def test_a_corrected_entry_date_is_kept(app):
    application, (cio, _), ws, pid, note_id = app
    coach = application.coach
    [reading] = coach.note_readings(cio, ws, pid)
    first = reading.entries[0]
    updated = coach.correct_entry_date(cio, ws, note_id, first.key, dt.date(2026, 2, 28))
    assert (updated.entries[0].date, updated.entries[0].date_from) == (dt.date(2026, 2, 28), "corrected")
    assert coach.note_readings(cio, ws, pid)[0].entries[0].date == dt.date(2026, 2, 28)


def test_undated_text_is_kept_and_flagged(app):
    application, (cio, _), ws, pid, _ = app
    coach = application.coach
    other = coach.add_partner(cio, ws, "Sam Otieno", "Head of Sales")
    coach.add_notes(cio, ws, other.id, [])  # nothing to add is fine
    note = coach.add_note(cio, ws, other.id, "Sam said the CRM rollout went smoothly.\n\n3 Feb 2026 call\nHe wants pipeline data by region.")
    [reading] = coach.note_readings(cio, ws, other.id)
    assert any(e.date is None for e in reading.entries) and any("no date" in w for w in reading.warnings)
    assert any(s.text.startswith("Sam said") for e in reading.entries for s in e.sentences)
    assert note.id == reading.note_id


def test_bad_corrections_are_clear_errors_and_notes_stay_private(app):
    application, (cio, stranger), ws, pid, note_id = app
    coach = application.coach
    with pytest.raises(InputError, match="speaker must be one of"):
        coach.correct_speaker(cio, ws, note_id, VENDOR_LINE, "the board")
    with pytest.raises(InputError, match="not in this note"):
        coach.correct_speaker(cio, ws, note_id, "A sentence nobody wrote.", "cio")
    with pytest.raises(CoachError):
        coach.correct_speaker(stranger, ws, note_id, VENDOR_LINE, "cio")
    with pytest.raises(CoachError):
        coach.note_readings(stranger, ws, pid)
