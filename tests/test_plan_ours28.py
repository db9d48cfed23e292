"""Our own promises are read in the formats and languages the notes use, each with its own due date (round 28):
a Portuguese "Prometi: ... até 11/12" (an earlier one delivered, "entrou no ar"), a Dutch "Ik heb toegezegd dat ...
vóór do 10-12", a chat "by Thu 10th", a numbered list under "Me, promised:", a todo record beside a miss of ours on the
same topic, a briefing's "You promised her on the call: ..." and a "PROMISE:" whose first due date the next sentence
gives. A promise that fell due before the meeting with no later word of delivery is listed as overdue (to ask about),
one not yet due as open; a delivered one is not listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

MEETING = "next regular meeting"
CASES = {
    "991": (MEETING, dt.date(2027, 1, 8)),
    "992": (MEETING, dt.date(2026, 12, 16)),
    "993": (MEETING, dt.date(2026, 12, 14)),
    "994": (MEETING, dt.date(2026, 12, 9)),
    "995": (MEETING, dt.date(2026, 12, 18)),
    "996": (MEETING, dt.date(2027, 1, 8)),
}
# prefix -> {due date: status} of our promises the plan must list
EXPECTED = {
    "991": {"2026-12-11": "overdue"},
    "992": {"2026-12-10": "overdue"},
    "993": {"2026-12-10": "overdue"},
    "994": {"2026-12-01": "overdue"},
    "995": {"2026-12-09": "overdue", "2027-01-20": "open"},
    "996": {"2026-12-09": "overdue", "2027-01-05": "overdue"},
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("ours28")))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_our_promise_is_listed_with_its_own_due_date(plans: dict[str, Plan], prefix: str) -> None:
    ours = {i.due: i.status for i in plans[prefix].open_items if i.kind == "promise" and i.owner == "us"}
    for due, status in EXPECTED[prefix].items():
        assert ours.get(due) == status, (prefix, due, ours, [i.text for i in plans[prefix].open_items])


def test_a_delivered_promise_in_another_language_is_not_open(plans: dict[str, Plan]) -> None:
    ours = [i for i in plans["991"].open_items if i.kind == "promise" and i.owner == "us"]
    assert not any(i.due == "2026-06-30" for i in ours), [i.text for i in ours]


def test_a_promise_in_the_notes_language_is_never_stitched_into_a_line(plans: dict[str, Plan]) -> None:
    said = " ".join([plans["992"].one_thing, *plans["992"].script])
    assert "debietmeters" not in said and "lekkaart" not in said, said
