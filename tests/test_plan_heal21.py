"""The partner's own reaction decides whether a miss still weighs; the keep-out list is kept everywhere (session 17,
training partners 659-666).

A miss the partner waved off ("no big deal", "kein Drama, kann passieren", "no pasa nada", "pas grave, ça arrive"),
praised the recovery of ("Nicely handled last night, quick and calm") or moved on from is put behind them: no apology,
no open miss, no competence proof built on it. Someone else's reaction (her shift lead "less relaxed") does not count;
a complaint in the reaction ("Not good enough") keeps it weighing, and a later raising reopens it. A promise of ours,
missed, that the partner later forgave is kept out of the open items and the competence proof alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import TODAY, parsed, plan_all, top

from assistant.planning.miss_reaction import DESCRIBED, MINIMISED, PRAISED_FIX, WEIGHS
from assistant.planning.situation import Situation, build_situation

NEW = [str(n) for n in range(659, 667)]
WAVED = ["659", "660", "661", "662", "666"]
_APOLOGY = re.compile(r"\bsorry\b|\bapologi|\b(?:was|is) (?:partly )?ours\b", re.I)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("heal21")))


@pytest.mark.parametrize("prefix", WAVED)
def test_a_miss_the_partner_waved_off_or_praised_is_put_behind_them(prefix: str) -> None:
    sit = situation(prefix)
    ours = [i for i in sit.items if i.kind in ("miss", "noted_miss") and i.owner in ("us", "unclear")]
    assert ours and all(i.status == "done" and i.forgiven_quote for i in ours), [(i.quote, i.status) for i in ours]


@pytest.mark.parametrize("prefix", WAVED)
def test_no_apology_and_no_open_miss_for_it(prefix: str, plans: dict) -> None:
    plan = plans[prefix]
    assert not re.search(r"\bsorry\b|\bapologi|\bThe problem on\b|\bThat was (?:partly )?ours\b", top(plan)), top(plan)
    assert not any(o.kind == "miss" and o.owner == "us" for o in plan.open_items)
    proof = " ".join(s.text for s in plan.sections if "ompetence" in s.title)
    assert "Ours to own" not in proof


def test_a_praised_recovery_is_no_miss_of_ours(plans: dict) -> None:
    plan = plans["662"]
    assert not any("storage controller" in o.quote for o in plan.open_items)
    assert "cost your team" not in " ".join(s.text for s in plan.sections)


def test_someone_elses_unease_does_not_outweigh_the_partner() -> None:
    sit = situation("666")
    (miss,) = [i for i in sit.items if i.kind == "miss" and i.owner == "us"]
    assert miss.forgiven_quote.startswith("Élodie")


def test_a_complaint_in_the_reaction_keeps_it_weighing() -> None:
    sit = situation("664")
    assert not any(i.forgiven_quote for i in sit.items if i.kind in ("miss", "noted_miss") and i.owner == "us")


def test_the_keep_out_line_names_its_own_head_never_what_still_weighs(plans: dict) -> None:
    topics = " ".join(a.topic for a in plans["664"].avoid)
    assert "canteen tablets" in topics.lower() and "bank feed" not in topics.lower()


def test_waved_off_then_raised_again_is_owned(plans: dict) -> None:
    sit = situation("665")
    assert any(i.kind == "miss" and i.owner == "us" and i.status == "open" for i in sit.items)
    assert _APOLOGY.search(top(plans["665"]))


def test_a_forgiven_missed_promise_stays_out_of_every_part_of_the_plan(plans: dict) -> None:
    plan = plans["663"]
    assert any("put it behind" in a.why for a in plan.avoid)
    seen = " ".join([top(plan), plan.value_message, *(o.quote for o in plan.open_items), *(s.text for s in plan.sections)])
    assert "combined agent view" not in seen and "missed it" not in seen


@pytest.mark.parametrize("line", [
    'She: "Eh, these things happen. Nobody got hurt."', 'Tom: "No biggie, honestly."', 'KL: "Half a day. Not a big deal."',
    'Sanne: "Geen ramp, kan gebeuren."', 'Herr Vogel: "Halb so wild, kein Beinbruch."', 'Ana: "Tranquila, no es para tanto."',
    'Marco: "Non fa niente, capita."', 'Rita: "Não faz mal, acontece."', 'Luc: "Ce n\'est rien, passons."',
])
def test_minimisers_in_other_words_and_languages(line: str) -> None:
    assert MINIMISED.search(line) and not WEIGHS.search(line)


@pytest.mark.parametrize("line", ['He texted: "Well handled, thanks for getting us back so fast."', 'Her: "Great save last night."',
                                  'PJ: "Gut gemacht, sauber gelöst."'])
def test_praise_of_the_fix(line: str) -> None:
    assert PRAISED_FIX.search(line) and not WEIGHS.search(line)


@pytest.mark.parametrize("line", ["He laughed it off and went on to the budget.", "She wasn't bothered at all.", "Took it in his stride."])
def test_told_reactions(line: str) -> None:
    assert DESCRIBED.search(line)


@pytest.mark.parametrize("line", ['Dana: "Not again. I told the CEO this morning."', 'He: "I am still waiting for the root cause."',
                                  'Her: "Frankly disappointing."', 'Joe: "This cannot happen again."'])
def test_a_reaction_that_still_weighs(line: str) -> None:
    assert WEIGHS.search(line)
