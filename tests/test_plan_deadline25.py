"""The open item on the partner's timetable (rubric b, 'Ignoring the open item'), session 25, training partners 800-804:
a labelled ask is not closed by our promise on another thing in the next entry; a transcript that drops the accents of
the partner's name still carries her asks and offers; a deadline in another language ("14 de enero") is her deadline; a
question after the CIO's family is no open request; a date we promise is never after the partner's own date for the
thing; when the purpose says the meeting answers the item, the script answers it there."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.due_dates import due_date
from assistant.planning.note_reading import Partner
from assistant.planning.situation_types import Item
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases, top

CASES = {
    "800": ("Kick off the northern terminal work and agree how she gets a defensible IT cost range by the 22nd", dt.date(2027, 1, 12)),
    "801": ("Give her the written empty-queue date she asked for and get Paulette and Gilles testing the exceptions screen", dt.date(2027, 2, 23)),
    "802": ("Give her a straight answer on the live store stock estimate, with a date we will hit", dt.date(2027, 1, 11)),
    "803": ("Answer Hanne's co-funding offer with a dated pilot plan she can defend at the faculty board on 16 March", dt.date(2027, 3, 2)),
    "804": ("First proper 1:1 in months; answer her invitation to the people leadership summit", dt.date(2027, 2, 22)),
}
_PROMISED = re.compile(r"\b(?:by|before) (\d{1,2}) (January|February|March|April)\b")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("deadline25")))


def _promised(plan: Plan) -> list[dt.date]:
    """The days the script and the one thing promise something by, outside quotations."""
    said = re.sub(r"“[^”]*”|\"[^\"]*\"", "", top(plan))
    return [dt.datetime.strptime(f"{d} {m} 2027", "%d %B %Y").date() for d, m in _PROMISED.findall(said)]


def test_a_labelled_ask_is_not_closed_by_our_promise_on_another_thing(plans: dict[str, Plan]) -> None:
    plan = plans["800"]
    asks = [o for o in plan.open_items if o.kind == "request" and o.due == "2027-01-22"]
    assert asks and "cost range" in asks[0].text, plan.open_items
    assert "empty trailers" not in top(plan), top(plan)  # the old, undated question never leads the dated ask
    assert all(d <= dt.date(2027, 1, 22) for d in _promised(plan)), top(plan)


def test_a_name_written_without_its_accents_is_still_the_partner(plans: dict[str, Plan]) -> None:
    assert "renee" in Partner.from_name("Renée Côté").names and "cote" in Partner.from_name("Renée Côté").names
    plan = plans["801"]
    assert [o for o in plan.open_items if o.kind == "offer" and "Paulette" in o.text], plan.open_items
    assert [o for o in plan.open_items if o.kind == "request" and o.due == "2027-02-28"], plan.open_items


def test_the_meeting_that_gives_the_date_gives_it_there(plans: dict[str, Plan]) -> None:
    for key in ("801", "804"):  # the purpose gives her the written date; it answers the invitation (we said: in person)
        plan = plans[key]
        later = [line for line in plan.script if re.search(r"\bcomes by \d", line)]
        assert not later and any("here today" in line for line in plan.script), top(plan)


def test_a_deadline_in_another_language_bounds_our_date(plans: dict[str, Plan]) -> None:
    assert due_date("an estimate for the stock view, by 14 de enero.", dt.date(2026, 12, 2))[0] == dt.date(2027, 1, 14)
    assert due_date("the plan, before 5 de febrero", dt.date(2027, 1, 10))[0] == dt.date(2027, 2, 5)
    plan = plans["802"]
    assert [o for o in plan.open_items if o.kind == "request" and o.due == "2027-01-14"], plan.open_items
    assert all(d <= dt.date(2027, 1, 14) for d in _promised(plan)), top(plan)


def test_a_question_after_the_cios_family_is_no_open_request(plans: dict[str, Plan]) -> None:
    plan = plans["802"]
    assert "son" not in re.findall(r"\w+", " ".join([top(plan), *(o.text for o in plan.open_items)])), top(plan)
    from assistant.planning.handling_asks import courtesy_ask  # imported here: the plan checks above also run on base

    ask = Item("request", "partner", "open", "She asked about my son's exams and then: ...", None, "n", "asked", "about my son's exams and then: ...")
    assert courtesy_ask(ask)
    work = Item("request", "partner", "open", "He asked about the route report, and that we ring him while his son is ill.", None, "n", "asked",
                "about the route report, and that we ring him while his son is ill")
    assert not courtesy_ask(work)


def test_a_date_the_notes_give_the_purposes_thing_bounds_our_part(plans: dict[str, Plan]) -> None:
    plan = plans["803"]  # the board is on 16 March, but she wants the plan by the 6th
    assert all(d <= dt.date(2027, 3, 6) for d in _promised(plan)), top(plan)
