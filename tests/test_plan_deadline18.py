"""The partner's own date and their offers at the top of the plan (session 15 round 2, training partners 564-571).

Every date we promise for an ask falls before the partner's own date for it, wherever the notes put that date: a bare
day of the month in the ask ("by the 10th"), a later chase on the same subject ("no later than 09/12/2026", "11
December, please."), an action-table row ("Open, due 9 Dec 2026"). An offer of money or people told in our note
("Offered £45k ... to co-fund the roll-out", "offered two of his planners", "Offered Bongani Dlamini (his lead
controller) to sit with our team") is an open item and gets a yes with one dated step; a declined one is not open.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, plan_all

from assistant.planning.due_dates import dates_in
from assistant.planning.lead_replies import offered_means
from assistant.planning.note_reading import own_label_off
from assistant.planning.their_deadline import _bare_ordinal

NEW = [str(n) for n in range(564, 573)]
THEIR_DATE = {"564": dt.date(2026, 12, 10), "572": dt.date(2026, 12, 9), "565": dt.date(2026, 12, 9), "566": dt.date(2026, 12, 9), "567": dt.date(2026, 12, 11)}
OFFERS = ["568", "569", "570", "571"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("deadline18")))


def _promised_days(line: str) -> list[dt.date]:
    return [d for m in re.finditer(r"\bby (\d{1,2} [A-Z][a-z]+)", line) for d in dates_in(m.group(1), TODAY)]


@pytest.mark.parametrize("prefix", sorted(THEIR_DATE))
def test_our_date_comes_before_theirs(plans: dict, prefix: str) -> None:
    plan = plans[prefix]
    days = [d for line in plan.script for d in _promised_days(line)]
    assert days, plan.script  # the ask is answered with a date
    assert all(d < THEIR_DATE[prefix] for d in days), plan.script
    answers = [f for f in plan.followups if f.what.startswith(("Answer", "Firm date")) and f.due]
    assert all(dt.date.fromisoformat(f.due) < THEIR_DATE[prefix] for f in answers), [(f.what, f.due) for f in answers]


@pytest.mark.parametrize("prefix", OFFERS)
def test_offer_of_means_is_open_and_answered_with_a_dated_yes(plans: dict, prefix: str) -> None:
    plan = plans[prefix]
    assert any(o.kind == "offer" and o.owner == "partner" for o in plan.open_items), [o.text for o in plan.open_items]
    yes = [line for line in plan.script if line.startswith("Yes to your offer of")]
    assert yes and _promised_days(yes[0]), plan.script
    assert all(TODAY <= d <= TODAY + dt.timedelta(days=10) for d in _promised_days(yes[0]))


def test_declined_offer_stays_closed(plans: dict) -> None:
    assert not any("team leads" in (o.quote + o.text) for o in plans["571"].open_items)  # "we said no thanks"


def test_bare_day_of_month_reads_as_the_next_such_day() -> None:
    assert _bare_ordinal("wants it by the 10th and will not wait", dt.date(2026, 12, 2)) == [dt.date(2026, 12, 10)]
    assert _bare_ordinal("closes on the 3rd", dt.date(2026, 12, 20)) == [dt.date(2027, 1, 3)]
    assert _bare_ordinal("on the 3rd of January", dt.date(2026, 12, 20)) == []  # a full date: the date reader's


def test_offered_means_names_money_and_people() -> None:
    assert offered_means("£45k from the community services budget to co-fund it") == ("money", "your offer of £45k")
    assert offered_means("CAD 80,000 to co-fund the sandbox") == ("money", "your offer of CAD 80,000")
    assert offered_means("two of his planners for user testing") == ("people", "your offer of two of your planners")
    assert offered_means("Rosa Lind (her analyst) to join our testing") == ("people", "your offer of Rosa Lind’s time")
    assert offered_means("Ines Duarte, her senior buyer, half-time to work with our team") == ("people", "your offer of Ines Duarte’s time")
    assert offered_means("Joao to us two days every week until June") == ("people", "your offer of Joao’s time")
    assert offered_means("the steering group seat") == ("", "")
    assert own_label_off("My note, 20 Nov: Offered two testers") == "Offered two testers"
