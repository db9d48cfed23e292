"""Owning the right miss, and the truth of kept and slipped (session 15, training partners 427-434).

A miss is ours to own only when the notes give it our cause and it still weighs; the partner's closure or attribution
elsewhere (a courier, their own data, half and half) stops an apology; a later raising ("still the example he reaches
for", "raised it again, unprompted") reopens a forgiveness, a fix or a review sent; once the review went, the apology
promises what we changed, never a root cause again. A promise whose date moved is kept late at best: never "(kept)",
never proof to build on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, parsed, plan_all, top

from assistant.planning.kept_late import MOVED
from assistant.planning.miss_closure import CLOSED, ELSEWHERE, OUR_CAUSE, STILL_WEIGHS
from assistant.planning.situation import Situation, build_situation
from assistant.planning.situation_types import Item

NEW = [str(n) for n in range(427, 436)]
SORRY = re.compile(r"\b(?:sorry|apologi[sz]e|(?:was|is) ours)\b", re.IGNORECASE)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def misses(sit: Situation, words: str) -> list[Item]:
    return [i for i in sit.items if i.kind in ("miss", "noted_miss") and words in i.quote]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("heal15")))


@pytest.mark.parametrize("text", [
    "The outage is still the example she reaches for.",
    "He keeps bringing it up in every steering group.",
    "She brought the cutover up again, unprompted.",
    "The slow rollout is the story he tells about us.",
    "He still talks about the March migration.",
    "She is not over it.",
])
def test_still_weighs_family(text: str) -> None:
    assert STILL_WEIGHS.search(text)


@pytest.mark.parametrize("text", ["She didn't raise it again.", "Good meeting, he was relaxed.", "The feed has run clean since."])
def test_still_weighs_needs_a_raising(text: str) -> None:
    assert not STILL_WEIGHS.search(text)


@pytest.mark.parametrize("text", [
    "Closed.", "Considered closed.", "\"June is fine, let's not do that again.\"", "Marked closed on the tracker.",
])
def test_closed_family(text: str) -> None:
    assert CLOSED.search(text)


@pytest.mark.parametrize("text", [
    "\"Fine, that is the courier, not you.\"", "\"That was our own data.\"", "\"Half mine, half yours.\"",
    "\"That's the vendor, not you - just tell me sooner.\"",
])
def test_elsewhere_family(text: str) -> None:
    assert ELSEWHERE.search(text)


@pytest.mark.parametrize("text", ["Cause ours: the job had no alert.", "This was us: no regression test.", "The error was on our side."])
def test_our_cause_family(text: str) -> None:
    assert OUR_CAUSE.search(text)


@pytest.mark.parametrize("text", ["New date 15 July for the rest.", "Go-live pushed to 30.5.", "Only 3 of 6 wards done.",
                                  "Now expected in May.", "Slipped to the autumn release."])
def test_moved_family(text: str) -> None:
    assert MOVED.search(text)


def test_the_miss_that_weighs_is_owned_and_the_couriers_is_not(plans: dict) -> None:
    sit = situation("427")
    (routing,) = misses(sit, "routing change")
    assert routing in sit.owned_misses()
    assert not any("terminals" in m.quote or "courier" in m.quote for m in sit.owned_misses())
    said = top(plans["427"])
    assert SORRY.search(said) and "9 June" in said and "courier" not in said and "terminals" not in said


def test_half_and_half_closed_is_not_apologised_for(plans: dict) -> None:
    sit = situation("428")
    assert not [m for m in sit.items if m.kind == "miss" and m.owner in ("us", "unclear") and m.status == "open"]
    assert not SORRY.search(top(plans["428"]))


def test_a_forgiven_miss_raised_again_is_no_longer_kept_out(plans: dict) -> None:
    sit = situation("430")
    (freeze,) = misses(sit, "till update")
    assert freeze in sit.owned_misses()
    assert not [a for a in sit.avoid if a.kind == "forgiven_miss"]
    assert not any("behind them" in a.why for a in plans["430"].avoid)


def test_healed_and_reviewed_but_still_the_example_is_owned_without_a_new_root_cause(plans: dict) -> None:
    sit = situation("431")
    (pricing,) = misses(sit, "Pricing engine")
    assert pricing in sit.owned_misses()
    said = top(plans["431"])
    assert "What we changed" in said and "Root cause" not in said


def test_their_own_data_is_theirs(plans: dict) -> None:
    sit = situation("432")
    (bills,) = misses(sit, "bill run")
    assert bills.owner == "partner" and bills not in sit.owned_misses()
    assert not SORRY.search(top(plans["432"]))


def test_a_closed_miss_with_no_later_raising_stays_closed() -> None:
    sit = situation("434")
    (feed,) = misses(sit, "statement feed")
    assert feed.status == "done" and feed not in sit.owned_misses()


@pytest.mark.parametrize("prefix", ["429", "433"])
def test_a_promise_whose_date_moved_is_never_kept_nor_proof(prefix: str, plans: dict) -> None:
    sit = situation(prefix)
    ours = [i for i in sit.items if i.owner == "us" and i.kind in ("promise", "late_promise") and i.order >= 0]
    assert ours and all(i.kind == "late_promise" for i in ours)
    for section in plans[prefix].sections:
        body = section.text
        assert "(kept)" not in body
        assert not re.search(r"Proof to build on[^.]*(?:test plan|Rollout plan|wards are now)", body)


def test_one_of_three_live_after_the_move_is_neither_kept_nor_kept_late(plans: dict) -> None:
    (feed,) = [i for i in situation("435").items if i.owner == "us" and i.kind in ("promise", "late_promise") and "sensor alert" in i.quote]
    assert feed.kind == "promise" and feed.status != "done", feed
    assert not any("(kept)" in s.text for s in plans["435"].sections)
