"""Acts outweigh narration, and a worsening trend needs a line that names a doubt (session 16 round 2, quad20).

Invented training partners 647-648: bullet minutes where the partner offers a seat (with an aside in the middle of
the sentence) and says her clerks fought to keep what we built; an e-mail thread where the partner signs with an
outside firm for work we had offered, could not wait for another date from us and calls our department slow.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import cache
from pathlib import Path

import numpy as np
from plan_training_helpers import DATA, FakeNote, FakeSignal, parsed

from assistant.factory import build_engine
from assistant.perception.cues import cue_hits
from assistant.perception.trend import trend_of
from assistant.schema import Assessment
from assistant.settings import Settings


@cache
def _assess(prefix: str) -> Assessment:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp())), None)
    p = parsed(prefix)
    return engine.assess(p.notes, partner=p.partner)


def _line(prefix: str, words: str) -> str:
    text = next(DATA.glob(prefix + "_*")).read_text()
    return next(line for line in text.splitlines() if words in line)


def test_a_seat_offered_across_an_aside_is_trust():
    hits = cue_hits(_line("647", "offered us"))
    assert "proven" in hits and "doubted" not in hits
    assert "proven" in cue_hits("He has invited us (the data team, not just me) to join his planning offsite.")


def test_asking_to_keep_what_we_built_is_trust():
    assert "proven" in cue_hits(_line("647", "fought to keep"))
    assert "proven" in cue_hits("The depot crews asked to keep the tracking tool once the trial was over.")
    assert "proven" not in cue_hits("She asked to keep it quiet until the board.")


def test_wanting_our_people_in_the_room_is_trust():
    assert "proven" in cue_hits(_line("647", "in the room"))


def test_our_department_judged_slow_or_gone_round_is_doubt():
    assert "doubted" in cue_hits(_line("648", "too slow"))
    assert "doubted" in cue_hits(_line("648", "one more deadline"))
    assert "doubted" in cue_hits("For the kiosk she went round us and asked procurement directly.")
    assert "doubted" in cue_hits("Your team was painfully slow on the rota change.")
    assert "doubted" not in cue_hits("We are slow to approve quotes on our side.")
    assert "doubted" not in cue_hits("I can't wait for the next release of the dashboard.")


def test_signing_with_a_vendor_for_the_work_is_doubt():
    assert "doubted" in cue_hits(_line("648", "signed with"))
    assert "doubted" in cue_hits("He bought from Cobaltline for the scheduling module last month.")


def test_partner_who_signed_elsewhere_reads_doubted_on_the_act():
    assessment = _assess("648")
    assert assessment.competence == "doubted"
    assert any("signed with" in e.quote for e in assessment.evidence if e.axis == "competence")


def _signals() -> list[FakeSignal]:
    """Praise early, then the classifier's faint doubts on later narration lines."""
    days = [dt.date(2026, m, 5) for m in (2, 4, 6, 8, 10, 11)]
    comp = [[0, 0.8], [0, 0.7], [0, 0.6], [0.5, 0], [0.4, 0], [0.3, 0]]
    return [FakeSignal(FakeNote(d), np.zeros(3), np.array(c, dtype=float)) for d, c in zip(days, comp, strict=True)]


def test_worsening_needs_a_recent_line_that_names_a_doubt():
    signals = _signals()
    assert "worsening" not in trend_of(signals, set())
    assert "worsening" not in trend_of(signals, {dt.date(2026, 2, 5)})  # an old complaint does not make a new trend
    assert "worsening" in trend_of(signals, {dt.date(2026, 10, 5)})
