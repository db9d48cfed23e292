"""Dates and status of promises and asks (session 20, rubric d and e): a promise whose own line or row says it was done
is kept, never overdue; their ask whose date we set and that fell due after our last note is checked, never conceded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Item, Situation
from tests.plan_training_helpers import parsed, plan_cases


def _situation(prefix: str, today: dt.date) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], today)


def _ours(sit: Situation, words: str) -> Item:
    return next(i for i in sit.items if i.owner == "us" and i.kind in ("promise", "late_promise") and words in i.quote)


def test_a_follow_up_told_done_in_its_own_line_is_kept() -> None:
    sit = _situation("913", dt.date(2026, 12, 5))
    scope, root_cause = _ours(sit, "Scope note by 20 Feb"), _ours(sit, "Root-cause note by 24 Apr")
    assert (scope.status, scope.kind, scope.done_on) == ("done", "promise", dt.date(2026, 2, 18))
    assert (root_cause.status, root_cause.kind, root_cause.done_on) == ("done", "promise", dt.date(2026, 4, 22))
    assert _ours(sit, "Cost by 9 Dec").status == "open"  # not yet due: still ours to keep


def test_a_row_whose_status_cell_says_kept_is_not_overdue() -> None:
    sit = _situation("914", dt.date(2026, 12, 7))
    cost = _ours(sit, "Bank connectivity cost")
    assert cost.status == "done" and cost.done_on == dt.date(2026, 10, 20)
    assert "Read every line" not in cost.complement  # its reaction cell is no promise of ours


def test_their_date_we_set_that_fell_after_our_last_note_is_checked_not_conceded(tmp_path: Path) -> None:
    day = dt.date(2026, 12, 14)
    plan = plan_cases({"915": ("Agree the self-checkout rollout with her regional managers.", day)}, tmp_path)["915"]
    top = " ".join([plan.one_thing, *plan.script])
    assert "has passed" not in top and "what we have comes today" not in top
    assert "10 December" in top

