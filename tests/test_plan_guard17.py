"""Words said in the partner's voice, and who said them (session 15 round 2, training partners 544-546).

Every pronoun swap goes through one checked function (planning/say_back.py): "you" in their own words is a subject
("a forecast you trust" -> "a forecast I trust") or an object ("send you"), and a narrated "she's at 81" turns whole
("you're at 81"); a swap that would not read whole is never said. A sentence is theirs only where the notes give it to
them: a line under the CIO's own label ("My own reaction, not hers:"), under a heading of the CIO's ("## My comments"),
a bracketed annotation or a note to self is the CIO's, even where it quotes a phrase in their name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from plan_training_helpers import plan_all

from assistant.perception.cio_lines import cio_owned, in_cio_voice
from assistant.planning.situation import Goal
from assistant.planning.voice import goal_said, spoken_to_you

NEW = ["544", "545", "546"]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("guard17")))


def _text(plan) -> str:  # type: ignore[no-untyped-def]
    return " ".join([plan.one_thing, *plan.script, *(s.text for s in plan.sections)])


@pytest.mark.parametrize(("said", "back"), [
    ("I need a number you trust, not a number you guess", "you need a number I trust, not a number I guess"),
    ("a plan you can defend and I can sign", "a plan I can defend and you can sign"),
    ("dates you are sure of", "dates I am sure of"),
    ("send me the list before you go on leave", "send you the list before I go on leave"),
])
def test_their_words_swap_whole(said: str, back: str) -> None:
    assert spoken_to_you(said) == back


@pytest.mark.parametrize(("text", "verb", "spoken", "want"), [
    ("92% first-time fix, she's at 81", "her target is", False, "Your target is 92% first-time fix, you're at 81"),
    ("the vans out by seven, she always wants that", "wants", False, "You want the vans out by seven, you always want that"),
    ("a view you believe, not a view you hope for", "I need", True, "You need a view I believe, not a view I hope for"),
])
def test_goal_said_back_reads_whole(text: str, verb: str, spoken: bool, want: str) -> None:
    goal = Goal(text, verb, text, dt.date(2026, 11, 1), "n1", spoken)
    said = goal_said(goal)
    assert said == want
    assert "you's" not in said and " me believe" not in said


def test_no_garbled_swap_in_plans(plans: dict) -> None:
    for prefix, plan in plans.items():
        text = _text(plan)
        for bad in ("you's", "you is ", "you wants", "date me ", "forecast me "):
            assert bad not in text, (prefix, bad)


def test_cio_owned_lines() -> None:
    note = ("[00:26] My own reaction, not hers: the data is a mess and she'll hear \"IT always has an excuse\".\n\n"
            "## My comments\n\n- He'll say \"IT is always too slow\" if it slips.\n\n## Mails\n\nShe said \"fine\".\n"
            "[Sent it on 1 December; she replied \"thanks\".]\n")
    assert cio_owned(note, "the data is a mess and she'll hear \"IT always has an excuse\".")
    assert cio_owned(note, "He'll say \"IT is always too slow\" if it slips.")
    assert not cio_owned(note, "She said \"fine\".")
    assert in_cio_voice("[Sent it on 1 December; she replied \"thanks\".]")


def test_cio_comments_never_raised_as_their_objection(plans: dict) -> None:
    for prefix, phrase in (("545", "always too slow"), ("544", "has an excuse"), ("546", "black box"), ("546", "nobody reads")):
        objections = next(s.text for s in plans[prefix].sections if s.key == "objections") if any(
            s.key == "objections" for s in plans[prefix].sections) else ""
        assert phrase not in objections, prefix
        assert phrase not in " ".join(plans[prefix].script), prefix


@pytest.mark.parametrize(("line", "theirs"), [
    ("Prep, Tomasz's view (his, not Vesna's): \"I think she has already signed with the agency.\"", False),
    ("If we slip, she'll hear \"IT always has an excuse\" again.", False),
    ("Vesna said: \"I think the agency is cheaper.\"", True),
])
def test_a_quotation_is_theirs_only_when_given_to_them(line: str, theirs: bool) -> None:
    from assistant.planning.pushback import quoted_by_partner

    assert quoted_by_partner(line, f"Notes\n{line}\n", frozenset({"vesna", "Vesna"})) is theirs
