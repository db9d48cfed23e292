"""The meeting's own request or offer answers first (training partners 256-259): the purpose, read as a typed fact
(assistant/planning/purpose_ask.py), gives the thing the meeting is for, its kind (an offer to say yes to, work to hand
over, the figures an escalation is held for) and the partner's date; the one thing and script line 1 answer it plainly,
with our date on or before theirs, even where no note sentence was read as that open item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from plan_training_helpers import STATEMENT, parsed, plan_cases

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.purpose_ask import read_purpose_ask
from assistant.planning.purposes import purpose_for
from assistant.planning.situation import build_situation
from assistant.schema import Plan
from assistant.settings import Settings

CASES = {
    "256": ("co-own the £40k Greenway Trust data skills application (deadline 18 Dec)", dt.date(2026, 11, 27)),
    "257": ("deliver the depot telematics estimate for his 11 Dec fleet board", dt.date(2026, 11, 20)),
    "258": ("escalation: give a firm cutover date and total cost for the payroll migration before the 9 Dec management board",
            dt.date(2026, 11, 27)),
    "259": ("finalise IT's part of the state ports fund application (submission 12/10)", dt.date(2026, 12, 1)),
    "260": ("costed route planner before her 10 Dec board", dt.date(2026, 11, 20)),
    "261": ("deliver the repairs satisfaction note for the 3 Dec residents' panel", dt.date(2026, 12, 3)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("plan-lead12")))


def _days(line: str, year: int = 2026) -> list[dt.date]:
    return [dt.datetime.strptime(f"{d} {m} {year}", "%d %B %Y").date() for d, m in re.findall(r"\b(\d{1,2}) ([A-Z][a-z]+)\b", line)]


def test_offer_to_co_own_gets_a_plain_yes_first(plans: dict[str, Plan]) -> None:
    plan = plans["256"]
    assert plan.script[0].startswith("Yes") and "Greenway Trust" in plan.script[0]
    assert "plain yes" in plan.one_thing and "Greenway Trust" in plan.one_thing
    assert all(d <= dt.date(2026, 12, 18) for d in _days(plan.script[0]))  # never an answer after the closing date


def test_work_for_their_event_comes_on_our_promised_day(plans: dict[str, Plan]) -> None:
    plan = plans["257"]
    assert "telematics estimate" in plan.script[0] and "4 December" in plan.script[0]
    assert "telematics estimate" in plan.one_thing
    assert all(d <= dt.date(2026, 12, 11) for d in _days(plan.script[0]))


def test_escalation_gives_the_figures_today(plans: dict[str, Plan]) -> None:
    plan = plans["258"]
    assert plan.script[0].startswith("Today") and "cutover date and total cost" in plan.script[0]
    assert not any(re.search(r"comes by", line) and any(d > dt.date(2026, 12, 9) for d in _days(line)) for line in plan.script)


def test_month_first_notes_read_the_purpose_date_month_first(plans: dict[str, Plan]) -> None:
    plan = plans["259"]
    assert "state ports fund application" in plan.script[0]
    days = _days(plan.script[0])
    assert days and max(days) <= dt.date(2026, 12, 10)  # 12/10 is 10 December in these notes, not 12 October


def test_stock_purpose_names_no_thing() -> None:
    p = parsed("256")
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 27))
    assert read_purpose_ask(purpose_for("quarterly review"), sit, dt.date(2026, 11, 27)) is None
    assert read_purpose_ask(purpose_for("budget review"), sit, dt.date(2026, 11, 27)) is None


def test_offer_making_is_work_not_an_offer() -> None:
    p = parsed("257")
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 20))
    ask = read_purpose_ask(purpose_for("deliver the offer-making estimate for her 9 Dec case"), sit, dt.date(2026, 11, 20))
    assert ask is not None and ask.kind == "work" and ask.due is not None and ask.due < dt.date(2026, 12, 9)


def test_the_item_the_purpose_is_tied_to_keeps_its_lead(plans: dict[str, Plan]) -> None:
    plan = plans["260"]  # our promise of the costed planner leads already: the purpose adds no second wording of it
    assert "route planner" in plan.script[0] and "4 December" in plan.script[0]
    assert sum("route planner" in line for line in plan.script) == 1


def test_work_due_on_the_meeting_day_is_brought_today(plans: dict[str, Plan]) -> None:
    plan = plans["261"]
    assert "repairs satisfaction note" in plan.script[0] and "today" in plan.script[0]
    assert not any(d > dt.date(2026, 12, 3) for line in plan.script[:1] for d in _days(line))


def test_two_aims_in_one_purpose_lead_with_the_offer_and_never_a_clause() -> None:
    """'agree how we answer X and take up his offer': the offer leads; 'how we answer ...' is a clause, no thing."""
    from assistant.planning.purposes import purpose_for

    engine = build_engine(Settings(data_dir=Path(__import__("tempfile").mkdtemp())), None)
    p = parsed("256")
    purpose = purpose_for("agree how we answer her grant question and take up her co-funding offer for the youth data hub")
    assert purpose.key != "budget_review"  # a co-funding offer is not a budget review
    sit_plan = engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner),
                                     purpose.text, STATEMENT, [], dt.date(2026, 11, 27)))
    assert not re.search(r"\bYes to the how\b|\bto the how we\b", " ".join([sit_plan.one_thing, *sit_plan.script]))
    assert "Which line of this budget" not in " ".join(sit_plan.script)
    assert sit_plan.script[0].startswith("Yes") and "co-funding offer" in sit_plan.script[0], sit_plan.script
