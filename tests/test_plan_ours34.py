"""A promise of ours whose own checklist row is ticked ("- [x] ... by 15 Oct") was delivered: it is not listed as
overdue; an unticked row beside it ("- [ ] ... by 30 Nov") stays open (round 34). Done words in the notes' other
languages close a promise in its own line too ("(erledigt 14.10.)", "— fatto il 4/5")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.item_status import _DONE_INLINE
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {"1161": ("next regular meeting", dt.date(2026, 11, 20))}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("ours34")))


def test_a_ticked_promise_is_not_overdue_and_an_unticked_one_stays_open(plans: dict[str, Plan]) -> None:
    ours = {i.due: i.status for i in plans["1161"].open_items if i.kind == "promise" and i.owner == "us"}
    assert "2026-10-15" not in ours, ours
    assert ours.get("2026-11-30") == "open", ours


@pytest.mark.parametrize("line", ["Scanners for hall 2 by 15.10. (erledigt 14.10.)", "Pilot plan by 5/5 — fatto il 4/5",
                                  "Plan de charge pour le 5 mai — livré le 4 mai", "- [x] Gap report by 20 Oct"])
def test_done_words_in_other_languages_close_a_promise_in_its_own_line(line: str) -> None:
    assert _DONE_INLINE.search(line), line


@pytest.mark.parametrize("line", ["Scanners for hall 2 by 15.10.", "- [ ] Firmware rollout by 30 Nov", "Roadmap by 5 May (kept)"])
def test_an_open_line_is_not_read_as_done(line: str) -> None:
    assert not _DONE_INLINE.search(line), line
