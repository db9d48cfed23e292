"""Guards on delivered work and third-party misses (session 15, round 2, status18).

- A delivery line with no object of its own ("[Sent it on 18 March: ...]", "sent it 14 October") keeps the one open
  promise of ours or ask of theirs just before it (kept_evidence.elliptic_delivery).
- An ask whose own line tells the result ("(we got 20%)", "which I did") is done; a delivery led by the thing ("Roster
  screen pilot at the gate went live on the 2nd") closes the one ask that names it (later_status).
- Our promise reported missed, then spoken of as working ("has been stable since", "now shows"), is kept late: never
  owned again as broken, never "still owed" (later_status.progress_since).
- A miss whose entry puts the cause outside us (a firm's incident report confirmed it, "our side was not involved",
  "I know it was X") is a third party's: never ours, never owned, no question on its cost (miss_cause.outside_in_entry).
- "Maren   07:40" is a chat label, not a month (chat_labels).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.situation import build_situation
from assistant.schema import Plan
from tests.plan_training_helpers import TODAY, parsed, plan_all, top


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["554", "555", "556", "557"], Path(tmp_path_factory.mktemp("status18")))


def _items(prefix: str) -> list[tuple[str, str, str, str]]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    return [(i.kind, i.owner, i.status, i.quote) for i in sit.items]


def _all(plan: Plan) -> str:
    return plan.model_dump_json()


def test_sent_it_keeps_the_promise_just_before(plans: dict[str, Plan]) -> None:
    kept = [i for i in _items("554") if "have it by 20 March" in i[3]]
    assert kept and kept[0][2] == "done", _items("554")
    text = top(plans["554"]) + " ".join(i.text for i in plans["554"].open_items)
    assert "20 March" not in text and "reach you" not in text, text
    assert "wifi cost per passenger" in top(plans["554"])  # the real open ask still leads


def test_sent_it_in_the_same_entry_closes_the_one_ask(plans: dict[str, Plan]) -> None:
    closed = [i for i in _items("555") if "simulation suite" in i[3]]
    assert closed and closed[0][2] == "done"


def test_a_vendor_outage_its_entry_clears_is_never_ours(plans: dict[str, Plan]) -> None:
    misses = [i for i in _items("555") if i[0] in ("miss", "noted_miss") and "Testora" in i[3]]
    assert misses and all(m[1] == "third_party" for m in misses), misses
    text = _all(plans["555"])
    assert "Ours to own" not in text and "cost your team" not in text and "was ours" not in text, text


def test_an_ask_whose_own_line_tells_the_result_is_done(plans: dict[str, Plan]) -> None:
    assert [i[2] for i in _items("555") if "service credits" in i[3]] == ["done"]
    assert [i[2] for i in _items("556") if "thank Joana" in i[3]] == ["done"]
    assert "service credits" not in " ".join(i.text for i in plans["555"].open_items)


def test_a_delivery_led_by_the_thing_closes_its_ask(plans: dict[str, Plan]) -> None:
    assert [i[2] for i in _items("556") if "roster screen at the yard gate" in i[3]] == ["done"]
    text = top(plans["556"]) + " ".join(i.text for i in plans["556"].open_items)
    assert "yard gate" not in text and "still open" not in text, text


def test_a_missed_promise_working_since_is_not_owned_as_broken(plans: dict[str, Plan]) -> None:
    text = top(plans["557"]) + " ".join(i.text for i in plans["557"].open_items) + _all(plans["557"])
    assert "did not keep" not in text and "still owed" not in text and "broken promise" not in text, text
    assert "maintenance logs" in top(plans["557"])  # the real open ask leads
