"""The meeting's day (meeting_day.py): given, or read from the notes or the purpose; every date the plan says falls on or
after it, and our promise due before it is something to bring to it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.planning.meeting_day import infer_meeting_day
from assistant.planning.planner import PlanInput
from assistant.schema import NoteText, Plan
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text
from evals.review_packets import folder_packets
from tests.plan_training_helpers import STATEMENT, parsed, proposed

GIVEN = {"347": dt.date(2026, 12, 8)}  # no meeting named in the notes: the CIO enters its day
INFERRED = {"346": dt.date(2026, 12, 10), "348": dt.date(2026, 12, 15), "349": dt.date(2027, 1, 12), "350": dt.date(2026, 12, 14)}


def _day_after_newest(prefix: str) -> dt.date:
    return max(n.date for n in parsed(prefix).notes if n.date) + dt.timedelta(days=1)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("meet14")), None)
    out = {}
    for prefix in [*GIVEN, *INFERRED]:
        p = parsed(prefix)
        inp = PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner), "next regular meeting",
                        STATEMENT, [], _day_after_newest(prefix), meeting=GIVEN.get(prefix))
        out[prefix] = engine.plan(inp)
    return out


@pytest.mark.parametrize("prefix", sorted(INFERRED))
def test_meeting_day_read_from_the_notes(prefix: str) -> None:
    p = parsed(prefix)
    assert infer_meeting_day(p.notes, "next regular meeting", p.partner, _day_after_newest(prefix)) == INFERRED[prefix]


def test_no_meeting_named_is_none_and_purpose_names_one() -> None:
    p = parsed("347")
    today = _day_after_newest("347")
    assert infer_meeting_day(p.notes, "next regular meeting", p.partner, today) is None
    assert infer_meeting_day(p.notes, "prep for our 1:1 on 9 December", p.partner, today) == dt.date(2026, 12, 9)
    assert infer_meeting_day(p.notes, "before her board meets on 3 December", p.partner, today) is None  # their event, not ours


@pytest.mark.parametrize("prefix", [*GIVEN, *INFERRED])
def test_no_step_of_ours_dated_before_the_meeting(plans: dict[str, Plan], prefix: str) -> None:
    day = GIVEN.get(prefix) or INFERRED[prefix]
    plan = plans[prefix]
    for f in plan.followups:
        assert f.due is None or dt.date.fromisoformat(f.due) >= day, (f.what, f.due)
    said = [s for s in [plan.one_thing, *plan.script] if "before this meeting" not in s]
    for sentence in said:
        assert all(d >= day for d in proposed(sentence)), sentence


def test_their_own_events_are_no_meeting_of_ours() -> None:
    today = dt.date(2026, 11, 25)
    for line in ("The audit committee prep is hers; she chairs it on 9.12.", "The works council meeting is booked for 3 Dec.",
                 "Supplier review moved to 2 December.", "She wants the figures before the board on 4 December."):
        assert infer_meeting_day([NoteText(ref="n", date=dt.date(2026, 11, 24), text=line)], "", "Ines Valkonen", today) is None, line
    for line, day in (("Prep for 7 Dec: bring the figures.", dt.date(2026, 12, 7)), ("1:1 - Thu 10 Dec, her office.", dt.date(2026, 12, 10)),
                      ("Catch-up with Ines on Friday 2026-12-11, 30 min.", dt.date(2026, 12, 11))):
        assert infer_meeting_day([NoteText(ref="n", date=dt.date(2026, 11, 24), text=line)], "", "Ines Valkonen", today) == day, line


@pytest.mark.parametrize(("prefix", "due"), [("348", "11 December"), ("349", "8 January")])
def test_our_promise_due_before_the_meeting_is_brought_to_it(plans: dict[str, Plan], prefix: str, due: str) -> None:
    whats = " ".join(f.what for f in plans[prefix].followups)
    assert re.search(rf"due on {due}, before this meeting: bring it or say where it stands", whats), whats


def test_review_packets_pass_the_keys_meeting(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    src = next((Path(__file__).parent / "data" / "plan_training").glob("347_*"))
    (notes / "p-01.md").write_text(src.read_text())
    key = tmp_path / "key.yaml"
    key.write_text("p-01:\n  purpose: next regular meeting\n  meeting: 2026-12-08\n")
    packet = folder_packets(notes, key, "t")[0]
    assert packet.scenario.meeting == dt.date(2026, 12, 8)


def test_a_date_counted_from_a_december_meeting_is_no_holiday(tmp_path: Path) -> None:
    engine = build_engine(Settings(data_dir=tmp_path), None)
    p = parsed("347")
    inp = PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner), "next regular meeting", STATEMENT, [],
                    _day_after_newest("347"), meeting=dt.date(2026, 12, 15))
    plan = engine.plan(inp)
    text = " ".join([plan.one_thing, *plan.script, *(f"{f.what} {f.due}" for f in plan.followups)])
    assert "25 December" not in text and "2026-12-25" not in text, text
    assert all(d >= dt.date(2026, 12, 15) for d in proposed(" ".join(s for s in plan.script if "before this meeting" not in s)))


def test_their_date_before_the_meeting_is_met_before_we_meet(tmp_path: Path) -> None:
    notes = parse_notes_text("Partner: Ines Valkonen, Harbour Operations Director\n\n2026-11-20 - call\n"
                             '- Ines: "Could you send me the crane idle-time figures for October by 4 December? I present them to the port board."\n'
                             "- She praised the new gate scanners.\n")
    engine = build_engine(Settings(data_dir=tmp_path), None)
    plan = engine.plan(PlanInput(notes.partner, notes.role, None, notes.notes, engine.assess(notes.notes, partner=notes.partner),
                                 "next regular meeting", STATEMENT, [], dt.date(2026, 11, 21), meeting=dt.date(2026, 12, 10)))
    assert any("4 December, before we meet: send what we have by then" in f.what for f in plan.followups), plan.followups
    assert all(f.due is None or f.due >= "2026-12-10" for f in plan.followups)
    assert "comes by 4 December" not in " ".join(plan.script)
