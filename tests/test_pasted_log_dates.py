"""A pasted log of dated entries, saved as one note on today's date, is read entry by entry under its own dates:
the assessment quotes each sentence with the date it was said, not the day the note was saved."""

from __future__ import annotations

import datetime as dt

from assistant.factory import build_app
from assistant.settings import Settings
from assistant.store.access import Actor
from assistant.store.accounts import create_user

TODAY = dt.date(2026, 11, 30)
LOG = """- 2026-05-05: Dana said the new forecast dashboard is excellent and her planners use it every morning.
- 2026-09-14: Dana asked for the churn model in the board pack; she wants technology at the strategy table.
- 2026-11-02: Dana told me IT delivered the pricing data on the day we promised, again.
"""


def test_each_dated_entry_of_a_pasted_log_keeps_its_own_date(tmp_path) -> None:
    app = build_app(Settings(data_dir=tmp_path / "data"), today=TODAY)
    with app.sessions() as s:
        user = create_user(s, "log-cio", "lantern-river-stone-4", "cio", "Log CIO")
        s.commit()
        actor = Actor(user.id, "cio", "Log CIO")
    ws = app.coach.create_workspace(actor, "Logs", "Acme")
    partner = app.coach.add_partner(actor, ws.id, "Dana Whitfield", "Chief Commercial Officer", "sales")
    app.coach.add_note(actor, ws.id, partner.id, LOG, TODAY, "other", "pasted log")

    assessment = app.coach.assess(actor, ws.id, partner.id)
    dates = {e.date for e in assessment.evidence}
    assert assessment.evidence and dates <= {"2026-05-05", "2026-09-14", "2026-11-02"}, dates
    assert TODAY.isoformat() not in dates


def test_a_note_without_two_dated_entries_stays_one_note() -> None:
    from assistant.services.base import note_texts

    class Stored:  # the fields note_texts reads from a stored note
        id, date, kind, title = 7, dt.date(2026, 3, 1), "meeting", "catch-up"
        text = "Dana said the dashboard helps. She mentioned 2026-05-05 as the launch date."

    [one] = note_texts(Stored())  # type: ignore[arg-type]
    assert one.date == dt.date(2026, 3, 1) and one.text == Stored.text
