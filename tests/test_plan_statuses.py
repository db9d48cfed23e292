"""Round 10 of issue #20 on new training partners 110-115 (tests/data/plan_training): statuses that are true.

A promise not yet due is upcoming, even while a note says it is still being built; one past due that a later note says is
still being built is broken; a miss the partner put behind them ("no harm done", "thanks for telling us early, it's
fine") is healed in every telling; a slip a later note shows delivered is closed; a miss told twice is one event, so no
"check before owning" is written for a miss the notes call ours; a later escalation is a complaint on record.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all, top

from assistant.planning import situation_cues as cue
from assistant.planning.ownership import ownable
from assistant.planning.situation import Situation, build_situation
from assistant.schema import Plan
from assistant.text.notes_format import parse_notes_text

NEW = [str(n) for n in range(110, 116)]
SORRY = re.compile(r"\b(?:sorry|apologi[sz]e|that (?:is|was) ours|did not keep)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-statuses"))


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def item(sit: Situation, kinds: tuple[str, ...], words: str):  # type: ignore[no-untyped-def]
    return next(i for i in sit.items if i.kind in kinds and words in i.quote)


def whole(plan: Plan) -> str:
    return " ".join([top(plan), *(s.text for s in plan.sections)])


def test_there_are_six_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("-----Original Message-----", "| Action | Owner | Due |", "Sofia Marin   10:02\n", "14/04/2026 catch-up\n- ",
                 "newest entry first", "Sent: 6 October 2026"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- 1: kept only when delivered; upcoming before its date; overdue and broken after it ------------

def test_a_promise_not_yet_due_is_upcoming_though_still_being_built(plans: dict[str, Plan]) -> None:
    sit = situation("110")
    fraud = [i for i in sit.items if i.kind == "promise" and "fraud scoring" in i.quote]
    assert fraud and all(i.status == "open" and not i.broken_quote for i in fraud)
    assert item(sit, ("promise",), "a name for").status == "overdue"  # "a name by 30 November": no name given
    assert "fraud scoring" not in top(plans["110"]) or not SORRY.search(top(plans["110"]))


def test_a_promise_past_due_and_still_being_built_is_broken_not_chased_by_a_miss(plans: dict[str, Plan]) -> None:
    sit = situation("114")
    tool = item(sit, ("promise",), "cash forecast tool")
    assert tool.status == "overdue" and "still being built" in tool.broken_quote
    assert item(sit, ("request",), "a name from our side").broken_quote == ""  # "we missed the close" is no chase of it
    assert "chase" not in top(plans["114"])
    assert "did not keep" in top(plans["114"])


@pytest.mark.parametrize("line", ["The cash tool is still being built.", "The export is not yet finished.", "It is still in testing."])
def test_work_in_progress_is_not_done(line: str) -> None:
    assert cue.NOT_DONE.search(line)


# -- 2: forgiven or closed misses are never owned ------------------------------------------------

def test_forgiving_a_retold_miss_heals_the_first_telling(plans: dict[str, Plan]) -> None:
    first = item(situation("112"), ("miss", "noted_miss"), "three weeks late")
    assert first.status == "done" and first.forgiven_quote
    assert "onboarding" not in top(plans["112"]).lower() and not SORRY.search(top(plans["112"]))
    assert any("onboarding" in a.topic for a in plans["112"].avoid)


def test_thanks_for_telling_us_early_heals_and_a_late_delivery_is_the_promise_kept_late(plans: dict[str, Plan]) -> None:
    sit = situation("115")
    assert item(sit, ("miss",), "room booking").status == "done"
    late = item(sit, ("miss", "noted_miss"), "a few days late")
    assert late.kind == "noted_miss" and late.owner == "us"  # our promise, kept late, carries it
    assert "Check before owning" not in whole(plans["115"]) and not SORRY.search(top(plans["115"]))


@pytest.mark.parametrize("line", ["No harm done, we're past it.", "Thanks for telling us early about the slip, it's fine.",
                                  "Thank you for letting me know in advance."])
def test_forgiveness_phrases(line: str) -> None:
    assert cue.FORGIVEN.search(line)


def test_a_slip_a_later_note_shows_delivered_is_closed(plans: dict[str, Plan]) -> None:
    sit = situation("113")
    slip = item(sit, ("miss",), "May date")
    assert slip.status == "done" and "went live in July" in slip.done_quote
    assert slip not in sit.owned_misses()
    assert not SORRY.search(top(plans["113"]))


# -- 3: a miss plainly ours is never "check before owning"; an escalation is a complaint on record --

def test_a_miss_told_twice_is_one_event_owned_once(plans: dict[str, Plan]) -> None:
    for prefix, words in (("111", "still angry"), ("114", "formal complaint")):
        retold = item(situation(prefix), ("miss", "noted_miss"), words)
        assert retold.kind == "noted_miss" and retold.owner == "us", prefix
        assert "Check before owning" not in whole(plans[prefix]), prefix
    assert "I am sorry" in top(plans["111"])


def test_a_later_escalation_is_a_complaint_on_record() -> None:
    text = ("Stakeholder: Helen Ward, Finance Director\n3 November 2026\nOur ledger upgrade took the finance system down for two days "
            "at month end.\nHelen asked for a weekly status note.\n30 November 2026\nHelen escalated the ledger upgrade failure to the "
            "CEO; the finance system outage cost her the close.\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 12, 5))
    miss = item(sit, ("miss",), "ledger upgrade took")
    assert ownable(sit, miss)


@pytest.mark.parametrize(("later", "status"), [
    ("Sent Gareth the claims product roadmap and the budget.", "overdue"),  # a roadmap on the topic names nobody
    ("Priya Shah will own the claims product from January, I told Gareth.", "done"),
])
def test_a_promised_name_is_kept_only_by_a_name(later: str, status: str) -> None:
    text = (f"Stakeholder: Gareth Lewis, Head of Claims\n12 November 2026\nWe will give you a name for the claims product owner "
            f"by 30 November.\n28 November 2026\n{later}\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 12, 5))
    assert item(sit, ("promise",), "a name for").status == status
