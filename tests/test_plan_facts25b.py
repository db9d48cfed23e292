"""Three fact readings that must not turn upside down (round 25, training partners 890-891).

- Forgiveness: the partner's own "don't worry about it" on a miss of ours heals it, and a later line in which nobody
  mentions it any more ("don't even mention it") is no raising of it again: no apology, the miss is not owned.
- Proof polarity: a delivery the partner judged poorly in the same reply ("Received your ... Not useful.") is no proof
  to build on and is never listed as simply "(kept)".
- Baseline and target: in a list of their numbers, the level told first is today's figure and the number after
  "target" is the aim: the target reads the aim, with today's figure as where it starts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, parsed, plan_all

from assistant.planning.kept_evidence import judged_poor, proof
from assistant.planning.miss_closure import _NOT_RAISED
from assistant.planning.partner_targets import read_targets
from assistant.planning.render import plan_markdown
from assistant.planning.situation import Situation, build_situation
from assistant.schema import Plan

_APOLOGY = re.compile(r"\bsorry\b|\bapologi[sz]e\b|\bwas ours\b", re.I)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["890", "891"], Path(tmp_path_factory.mktemp("facts25b")))


def test_a_forgiven_miss_is_not_owned_when_nobody_mentions_it_since() -> None:
    sit = situation("890")
    assert any(i.kind == "miss" and i.owner == "us" for i in sit.items)
    assert not sit.owned_misses(), [i.quote for i in sit.owned_misses()]


@pytest.mark.parametrize("line", ["Drivers don't even mention it any more.", "She doesn’t raise it now.", "He did not mention it."])
def test_not_mentioning_it_is_read_in_every_contraction(line: str) -> None:
    assert _NOT_RAISED.search(line)


def test_the_plan_does_not_apologise_for_a_forgiven_miss(plans: dict[str, Plan]) -> None:
    text = " ".join(plans["890"].script) + " " + plans["890"].one_thing
    assert not _APOLOGY.search(text), text


def test_a_delivery_judged_poorly_is_no_proof() -> None:
    sit = situation("891")
    promise = next(i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.done_quote)
    assert not proof(sit, promise)
    assert judged_poor(sit, promise) == "Not useful."


def test_the_plan_lists_a_poorly_judged_delivery_with_its_verdict_not_as_kept(plans: dict[str, Plan]) -> None:
    text = plan_markdown(plans["891"])
    assert "Proof to build on" not in text, text
    assert "(kept)" not in text
    assert "Not useful." in text


def test_the_number_after_target_is_the_aim_and_the_level_before_it_today() -> None:
    targets = read_targets(situation("891"), parsed("891").partner)
    wait = next(t for t in targets if "repair wait" in t.text)
    assert "10 days" in wait.text and "19" not in wait.text, wait
    assert wait.now.startswith("19 days")
