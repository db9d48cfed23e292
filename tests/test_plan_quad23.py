"""Going around IT, healed and third-party misses, cost-only mail threads and unsupported trends (session 18, quad23).

Invented training partners 766-769: a finance director's mails pasted newest first, each opening with its own
"On <date>, <name> wrote:" line (cost only, our date slipped twice: cost centre); bullet minutes where a member
services head brings in an outside analytics firm after our pilot is shelved and keeps it as a fallback (bypass
risk); a chat export where a dean calls our one miss closed and puts a supplier's delay on the supplier, and our
delivery lands on the date (partner); a table where only the CIO's own ideas and a visitor mention analytics
(no "sees more in technology" trend).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import cache
from pathlib import Path

import numpy as np
from plan_training_helpers import FakeNote, FakeSignal, parsed

from assistant.factory import build_engine
from assistant.perception.bypass import healed, our_miss_told, reread_others_view, went_around
from assistant.perception.cues import cue_hits
from assistant.perception.trend import trend_of
from assistant.schema import Assessment
from assistant.settings import Settings
from assistant.text.threads import split_thread


@cache
def _assess(prefix: str) -> Assessment:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp())), None)
    p = parsed(prefix)
    return engine.assess(p.notes, partner=p.partner)


def test_a_wrote_line_over_unquoted_words_heads_its_own_message():
    text = "On Mon, 2 Mar 2026 at 10:00, Ada Quist wrote:\n\nPlease send the costs by Friday.\n\nAda\n"
    messages = split_thread(text)
    assert [m.body for m in messages] == ["Please send the costs by Friday."]
    assert messages[0].sender == "Ada Quist" and messages[0].date is not None
    quoted = "Fine by me.\n\nOn Mon, 2 Mar 2026 at 10:00, Ada Quist wrote:\n> Please send the costs.\n"
    assert {m.body for m in split_thread(quoted)} == {"Fine by me.", "Please send the costs."}  # history still history


def test_going_around_it_in_other_words():
    assert went_around("She asked why your team can't turn things round like that.")
    assert went_around('"Why couldn\'t you deliver it that fast?"')
    assert went_around("On delivery he keeps a fallback supplier.")
    assert went_around("I had to build the board pack in a spreadsheet myself.")
    assert not went_around("She has no plan B and says so.")
    assert not went_around("We never went around you on this.")


def test_a_miss_called_closed_and_our_miss_told_plainly():
    assert healed("Things like that happen sometimes.") and healed("He treats the outage as closed.")
    assert healed("She hasn't mentioned it since.")
    assert not healed("These things happen, but not for three hours.")
    assert our_miss_told("The pilot was shelved in May.") and not our_miss_told("The report went out on Monday.")


def test_a_negation_stops_at_a_full_stop_and_a_bare_pardon_heals():
    assert "not thank" not in cue_hits('"All forty swapped, early and without fuss. Thank you."').get("doubted", [])
    assert "doubted" in cue_hits("It was not on time.")
    assert healed('Then: "Happens. Your engineers were on site by midnight."')
    assert not healed("Happens, but not twice.")


def test_others_not_caring_whose_does_not_undo_the_partners_own_verdict():
    text = "The carrier's fault, not yours. But the parents don't care whose fault it is."
    assert "ours" in cue_hits(text)
    assert "ours" not in reread_others_view(text, cue_hits(text))
    own = "I don't care whose contract it was."
    assert reread_others_view(own, cue_hits(own)) == cue_hits(own)


def test_cost_only_mails_with_our_slips_read_cost_centre():
    a = _assess("766")
    assert (a.dependence, a.competence, a.quadrant) == ("T", "doubted", "cost_centre")


def test_an_outside_firm_kept_as_fallback_reads_bypass_risk():
    a = _assess("767")
    assert (a.competence, a.quadrant) == ("doubted", "bypass_risk")


def test_a_healed_miss_and_a_suppliers_delay_leave_a_partner():
    a = _assess("768")
    assert (a.competence, a.quadrant) == ("proven", "partner")


def test_a_dependence_trend_needs_the_partners_own_words():
    """Running costs early; late, only the CIO's ideas about analytics read as information."""
    days = [dt.date(2026, m, 5) for m in (2, 4, 6, 8, 10, 11)]
    dep = [[0.8, 0, 0], [0.7, 0, 0], [0.6, 0, 0], [0, 0.7, 0], [0, 0.6, 0.2], [0, 0.5, 0]]
    signals = [FakeSignal(FakeNote(d), np.array(v, dtype=float), np.zeros(2)) for d, v in zip(days, dep, strict=True)]
    assert "sees more" in trend_of(signals)
    assert "sees more" not in trend_of(signals, None, [True, True, True, False, False, False])
    assert "sees more" in trend_of(signals, None, [True, True, True, True, False, False])


def test_the_cios_own_ideas_leave_a_cost_only_partner_a_cost_centre():
    a = _assess("769")
    assert a.quadrant == "cost_centre" and "sees more" not in a.trend
