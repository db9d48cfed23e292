"""Undated tables after round 2's table reader: an action table (action, owner or due column) and a scorecard (a
column of figures) stay whole for the readers of promises and targets; a review table of text (a status column alone)
is read as its text cells. Training partners 1124-1126."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plan_training_helpers import TODAY, parsed  # noqa: E402

from assistant.planning.partner_targets import read_targets  # noqa: E402
from assistant.planning.situation import build_situation  # noqa: E402
from assistant.planning.situation_types import Situation  # noqa: E402
from assistant.text.tables import table_rows  # noqa: E402


def _sit(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, None, TODAY)


def _ours(sit: Situation) -> dict[str, tuple[str, dt.date | None]]:
    return {i.quote: (i.status, i.due) for i in sit.items if i.kind == "promise" and i.owner == "us"}


def test_an_action_table_and_a_scorecard_stay_whole_and_a_review_table_gives_its_text() -> None:
    action = ["| Task | Responsible | When due |", "|---|---|---|", "| Patch the kiosks | CIO | 3 Mar 2027 |"]
    scores = ["| Measure | Last year | Aim |", "|---|---|---|", "| Orders a day | 1,450 | 1,900 |", "| Returns | 6% | 4% |"]
    review = ["| Area | Status | Comment |", "|---|---|---|", "| Payroll | Amber | She wants the pay run a day earlier. |"]
    assert table_rows(action, 0, "dmy") == ([], 0)
    assert table_rows(scores, 0, "dmy") == ([], 0)
    rows, used = table_rows(review, 0, "dmy")
    assert used == 3 and rows[0].cells[-1] == "She wants the pay run a day earlier."


def test_our_action_rows_are_promises_with_their_owner_and_due_day() -> None:
    ours = _ours(_sit("1124"))
    survey = next(v for q, v in ours.items() if "Radio coverage survey" in q)
    screen = next(v for q, v in ours.items() if "Wall screen quote" in q)
    assert survey == ("done", dt.date(2026, 11, 20))  # "survey done on 18 Nov" in the later call
    assert screen == ("open", dt.date(2027, 1, 9))
    assert not any("Duty roster" in q for q in ours)  # the deputy's row is hers


def test_a_quote_promised_for_the_ask_does_not_close_the_ask() -> None:
    ask = next(i for i in _sit("1124").items if i.kind == "request" and "wall screen" in i.quote)
    assert ask.status == "open"


def test_a_scorecard_with_baseline_and_goal_columns_gives_targets_with_numbers() -> None:
    p = parsed("1125")
    got = [(t.text, t.now) for t in read_targets(_sit("1125"), p.partner)]
    assert got == [("Rooms cleaned per attendant shift from 11 to 14", "11"), ("Check-in wait at peak, minutes from 9 to 4", "9"),
                   ("Guest app bookings share from 18% to 35%", "18%")]


def test_a_review_table_gives_its_text_and_the_action_table_below_it_our_promises() -> None:
    sit = _sit("1126")
    said = [s.text for s in sit.sentences]
    assert "Three pumping stations dropped off the telemetry twice this quarter." in said
    assert not [s for s in said if "|" in s and "Telemetry" in s]
    ours = _ours(sit)
    assert next(v for q, v in ours.items() if "Ranking rule for leak alerts" in q)[1] == dt.date(2027, 1, 22)
    assert any("Root cause of the outstation dropouts" in q for q in ours)
