"""Questions and follow-ups built from this partner's typed facts: their asks, targets and our named owners come
before stock lines; one follow-up per real item, owned by the person the notes name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.planning.due_dates import dates_in
from assistant.planning.plan_text import QUADRANT_QUESTIONS
from assistant.planning.planner import PlanInput
from assistant.planning.purposes import PURPOSES
from assistant.schema import Plan
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
STATEMENT = "Technology helps every team serve customers well, run the business safely and decide with numbers they trust."
TODAY = dt.date(2026, 12, 5)
USED = ("1082", "1083", "1084", "1085")
STOCK = {q for qs in (*QUADRANT_QUESTIONS.values(), *(p.questions for p in PURPOSES.values())) for q in qs}  # the uncertain axis's are discovery


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("plan-specifics")), None)
    out: dict[str, Plan] = {}
    for number in USED:
        parsed = parse_notes_text(next(DATA.glob(number + "_*")).read_text(encoding="utf-8"))
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        out[number] = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, "next regular meeting", STATEMENT, [], TODAY))
    return out


def section(plan: Plan, key: str) -> str:
    return next((s.text for s in plan.sections if s.key == key), "")


def questions(plan: Plan) -> list[str]:
    return [re.sub(r"^\d+\.\s*", "", line) for line in section(plan, "questions").splitlines() if line.strip()]


def test_at_most_one_stock_question_and_none_beside_two_of_theirs(plans) -> None:  # type: ignore[no-untyped-def]
    for number, plan in plans.items():
        asked = questions(plan)
        stock = [q for q in asked if q in STOCK]
        assert asked and len(stock) <= 1, (number, asked)
        if len(asked) - len(stock) >= 2:
            assert not stock, (number, asked)
    assert not [q for q in questions(plans["1082"]) if q in STOCK]  # an open ask and a spoken target: both theirs


def test_a_follow_up_on_our_promise_is_owned_by_the_person_the_notes_name(plans) -> None:  # type: ignore[no-untyped-def]
    assert ": Kofi" in section(plans["1083"], "followups"), section(plans["1083"], "followups")
    jonas = section(plans["1084"], "followups")
    assert ": Jonas" in jonas and "Delivery lead" not in jonas, jonas


def test_no_bare_next_step_when_our_named_promise_is_open(plans) -> None:  # type: ignore[no-untyped-def]
    text = section(plans["1085"], "followups")
    assert "Agree a dated next step" not in text, text
    assert "29 January" in text and ": Ines, by 27 January" in text, text


def test_no_follow_up_is_dated_after_the_promise_it_checks(plans) -> None:  # type: ignore[no-untyped-def]
    for plan in plans.values():
        for f in plan.followups:
            assert f.due is None or dt.date.fromisoformat(f.due) >= TODAY, f


def test_a_percentage_or_an_amount_is_never_read_as_a_date() -> None:
    assert dates_in("Churn was 11.4% last year; the target is 9% by the end of next year.", TODAY, "dmy") == []
    assert dates_in("The licence costs 2.5 million a year.", TODAY, "dmy") == []
    assert dates_in("Decision on 11.4. at the board.", TODAY, "dmy") == [dt.date(2027, 4, 11)]  # a dotted day and month still is one


def test_one_follow_up_line_per_item_and_the_bare_step_only_alone() -> None:
    from assistant.planning.followup_pick import pick_followups
    from assistant.planning.situation import build_situation
    from assistant.schema import FollowUp

    sit = build_situation([], "Lucía Ferrer", [], TODAY)
    lines = [FollowUp(what="Lucía's date for it is 8 December, before we meet: send what we have by then (“Asked for a phased plan…”)", owner="CIO"),
             FollowUp(what="Answer Lucía's request of 21 October (“Asked for a phased plan…”)", owner="CIO", due="2026-12-10"),
             FollowUp(what="Agree a dated next step with Lucía", owner="CIO", due="2026-12-20")]
    kept = pick_followups(lines, sit, TODAY)
    assert [f.what for f in kept] == [lines[0].what], kept
    same = [FollowUp(what="Before the meeting: have our answer on the kiosk rollout ready for Lucía, with its owner", owner="CIO"),
            FollowUp(what="Lucía's date for it is 1 January, before we meet: send what we have by then (“She asked whether the kiosk rollout…”)", owner="CIO"),
            FollowUp(what="Answer Lucía's request of 2 November (“She asked for the printer contract figures…”)", owner="CIO")]
    assert [f.what for f in pick_followups(same, sit, TODAY, "Lucía")] == [same[0].what, same[2].what]  # one item said two ways
    alone = pick_followups(lines[2:], sit, TODAY)
    assert [f.what for f in alone] == [lines[2].what]  # nothing real is open: the step stays
