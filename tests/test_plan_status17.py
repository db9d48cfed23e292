"""An item's status read across time, and who said it (session 15, status17).

- Delivered work is never called open: its own verb in the past tense ("migrate the records" ... "records migrated"), a
  measured target reported reached ("down to 2 seconds"), a later delivery of the thing its entry names, our kept promise
  in the same entry answering the ask (later_status.py, kept_evidence.py).
- An ask to cut a cost is met by a later line reporting the saving on its thing ("re-tender: saved £14k a year").
- A promise line ("Our promise: done by 31 August") is never evidence of a delivery.
- An invitation to an event a later entry tells as over, or to an undated soon event months ago, is no open offer.
- A deadline given vaguely ("by the last week of November") is said in its own words, never as a day; the day our own
  meeting is booked for is no deadline of theirs.
- A line in the CIO's voice (a log cell, "Needs an answer by ...", "She was pleased: ...") is never quoted as theirs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.perception.cio_lines import in_cio_voice
from assistant.planning.delivery_words import not_evidence, own_verb_done
from assistant.planning.lead_lines import spoken_words
from assistant.planning.situation import build_situation
from assistant.schema import Plan
from tests.plan_training_helpers import TODAY, parsed, plan_all, top


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["504", "505", "506", "507", "509", "510", "511"], Path(tmp_path_factory.mktemp("status17")))


def _seen(plan: Plan) -> str:
    return top(plan) + " " + " ".join(i.text for i in plan.open_items)


def _items(prefix: str) -> list[tuple[str, str, str]]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    return [(i.kind, i.status, i.quote) for i in sit.items]


def test_own_verb_in_the_past_tense_is_a_delivery() -> None:
    assert own_verb_done("migrate the batch records into the quality system", "the batch records migrated to the new system on 28 October")
    assert own_verb_done("- Asks: transfer the letters from the drive", "- Wins: letters transferred on 25 August")
    assert not own_verb_done("migrate the batch records", "the batch records will be migrated next week")
    assert not own_verb_done("migrate the batch records", "the invoices migrated on 3 May")  # another thing


def test_a_migrated_ask_is_not_open(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["504"])
    assert "batch records" not in seen, seen
    assert "temperature sensors" in seen  # the real open ask stays


def test_lunch_told_as_over_is_no_open_invitation(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["504"])
    assert "lunch" not in seen.lower() and "tasting room" not in seen, seen


def test_target_reached_and_objectless_promise_kept(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["505"])
    assert "31 August" not in seen and "30 April" not in seen, seen
    assert "reminder estimate" in seen
    kept = {q for k, st, q in _items("505") if st == "done"}
    assert any("under 4 seconds" in q for q in kept) and any("done by 31 August" in q for q in kept)


def test_a_promise_line_is_no_evidence() -> None:
    assert not_evidence("Our promise: done by 30 September.")
    assert not_evidence("**Our promise:** estimate by 18 Dec.")
    assert not not_evidence("Promise: scorecard by 31/07 (done 29/07)")


def test_an_ask_closed_by_a_delivery_of_what_its_entry_names(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["506"])
    assert "keep it tidy" not in seen and "14 May" not in seen, seen
    assert "planning group" in seen and "cost per gallery" in seen  # the live offer and ask stay


def test_an_ask_answered_by_our_kept_promise_in_its_entry(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["507"])
    assert "ticketing system costs" not in seen and "6 October" not in seen, seen
    assert "terminal transaction counts" in seen


def test_an_undated_away_day_months_ago_is_not_accepted(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["509"])
    assert "away day" not in seen and "18 June" not in seen, seen
    assert "soil sensors" in seen


def test_the_cio_voice_is_never_their_words() -> None:
    assert in_cio_voice("Needs an answer by 1 December.")
    assert in_cio_voice("He was delighted: £2,400 per pupil")
    assert in_cio_voice("| 2026-11-18 | Offer | Rafael | Needs an answer by 1 December. |")
    assert in_cio_voice("Action: send the roadmap by Friday")
    assert in_cio_voice("Rafael wants the broker fee cut by a tenth next year")
    assert in_cio_voice("Pricing engine v2 — 2 weeks late")
    assert not in_cio_voice("I want your architects in my pricing meetings.")
    assert not in_cio_voice("Our margin is in the warehouse - nobody measures it")
    assert not in_cio_voice('She said: "I want the numbers before the board, not after."')
    assert spoken_words("Needs an answer by 1 December.") == ""
    assert spoken_words("I need the roadmap costed by 14 December.") != ""


def test_the_cio_planning_line_is_no_ask() -> None:
    assert not any("Purpose:" in q for k, _, q in _items("509") if k == "request")


def test_a_vague_deadline_stays_vague_and_the_meeting_is_no_deadline(plans: dict[str, Plan]) -> None:
    plan = plans["510"]
    assert "the last week of November" in " ".join(plan.script), plan.script
    assert "9 December deadline" not in top(plan) and "30 November deadline" not in top(plan)
    assert "alarm thresholds" not in _seen(plan)  # "Alarm tuning done": its own verb, as a thing, done


def test_a_cost_cut_ask_met_by_a_reported_saving(plans: dict[str, Plan]) -> None:
    seen = _seen(plans["511"])
    assert "photocopier" not in seen, seen
    assert "comparison" in seen
    assert [st for k, st, q in _items("511") if "photocopier" in q] == ["done"]
