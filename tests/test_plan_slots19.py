"""Template slots take only a typed fact whose grammar fits the frame (session 16 round 1, training partners 583-588).

One checker (assistant/planning/slot_fit.py) guards every slot filled from the notes or the purpose: a goal said back
("You want ...: what would show you ...", "Start from what X wants", "A proposal for ..."), a person's role, a kept-out
topic, the thing of a "Give X ..." line, the meeting an offer opens to us. A slot with nothing that fits is left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import STATEMENT, TODAY, parsed, plan_all, top

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.render import plan_markdown
from assistant.planning.slot_fit import offered_seat, slot_fault
from assistant.settings import Settings

NEW = ["583", "584", "585", "586", "587"]
# The frames that put a free phrase of the notes into a sentence of ours.
_FRAMES = re.compile(r"(?:You (?:want|need)|you want|what you (?:want|need) is|Start from what \w+ wants,|A proposal for|"
                     r"What \w+ wants, as noted \([^)]*\):|In \w+'s words \([^)]*\):)\s*(?P<slot>[^:.?]+)")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("slots19")))


def _slots(plan: object) -> list[str]:
    return [m.group("slot") for m in _FRAMES.finditer(plan_markdown(plan))]  # type: ignore[arg-type]


def test_goal_slots_hold_no_rebuke_ask_or_chase(plans: dict) -> None:
    slots = " | ".join(_slots(plans["583"]))
    for bad in ("not another", "a named person", "to know by", "dates I can believe", "Still waiting"):
        assert bad not in slots, slots


def test_goal_slots_hold_no_heading_or_narrated_aside(plans: dict) -> None:
    text = plan_markdown(plans["584"])
    assert "her words" not in text and "— says" not in text
    assert "leakage down 10% by March 2028" in text  # a goal that fits still shows


def test_people_are_people_not_vendors_or_things(plans: dict) -> None:
    for prefix in ("584", "585"):
        people = re.findall(r"People who matter: ([^(]+) \(([^)]*)\)", plan_markdown(plans[prefix]))
        names = [n.strip() for n, _ in people]
        assert not {"Ledgerly", "Printwise", "Useful"} & set(names), people
    assert any(n.startswith("Lars Berg") for n in re.findall(r"People who matter: ([^(]+)", plan_markdown(plans["585"])))


def test_keep_out_names_a_thing_or_a_date(plans: dict) -> None:
    keep = plan_markdown(plans["586"]).split("## Keep out of the room")[1].split("---")[0]
    assert "She seemed" not in keep and "of the floor" not in keep, keep
    assert "put it behind them" in keep  # the forgiven miss is still kept out, named by its date


def test_unnamed_offer_names_the_meeting_it_opens(plans: dict) -> None:
    assert "your Friday 7 am plant managers meeting" in top(plans["587"])


def test_give_frame_never_repeats_the_partner(tmp_path: Path) -> None:
    p = parsed("588")
    engine = build_engine(Settings(data_dir=tmp_path), None)
    purpose = "Give Priya a straight answer on the dormant-account audit and show the December vendor date is real."
    plan = engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner), purpose, STATEMENT, [], TODAY))
    assert "the Priya" not in top(plan) and not re.search(r"Priya\W+(?:\w+\W+){0,2}Priya", plan.one_thing), top(plan)


@pytest.mark.parametrize(("text", "kind"), [
    ("the invoice total, not yet another workshop", "goal"), ("a named contact for the night shift", "goal"),
    ("to hear by the 20th", "goal"), ("the crews to win", "goal"), ("margin per route up 2 points — says the depot is slow", "goal"),
    ("Sunil on the pricing council", "goal"), ("dates we can keep", "goal"), ("to fix it (his words, from the March away day)", "goal"),
    ("the telecoms bureau", "role"), ("the way our analyst", "role"), ("the rota app", "role"),
    ("the failure of the door", "noun"), ("the delay to the new lockers arrived", "noun"), ("the Leona a clear no", "noun"),
    ("He brushed it off; do not reopen", "quote"), ("Still chasing the depot figures", "said"),
    ("wants route costs by depot", "said"), ("that is how we keep the contract", "said"), ("to table it at the depot forum", "goal"),
    ("a pilot at the north depot by end of March", "goal"),
])
def test_shared_checker_refuses_a_family(text: str, kind: str) -> None:
    assert slot_fault(text, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "kind"), [
    ("van utilisation above 85% by spring", "goal"), ("the crews to finish every route before six", "goal"),
    ("her fleet planning lead", "role"), ("plant manager at the east site", "role"), ("the delay to the route optimiser", "noun"),
    ("The depot lease renewal.", "quote"), ("We lost two days on every close last year", "said"),
    ("IT costs down 5% by March", "goal"), ("every van loaded by six by next spring", "goal"),
])
def test_shared_checker_keeps_what_fits(text: str, kind: str) -> None:
    assert not slot_fault(text, kind)  # type: ignore[arg-type]


def test_offered_seat_is_said_to_them_or_left_out() -> None:
    assert offered_seat("She invited me to her Tuesday board prep meeting.") == "your Tuesday board prep meeting"
    assert offered_seat("He asked us to join our steering group.") == ""  # whose "our" depends on who wrote it
    assert offered_seat("He offered to send the numbers.") == ""
