"""Round 13 of issue #20 on new training partners 154-159 (tests/data/plan_training): a miss's cause and whether it is
behind us. A third party's failure told in a clause ("Kestrelnet's hosting centre lost both feeds, nothing to do with our
firewall") or cleared by the partner ("I know it wasn't your lot") is never ours; a slip we told first and the partner
answered calmly ("Thanks for letting me know first", "Fine.", "ok.") is closed, never apologised for again or asked
"what did it cost"; "cause not recorded" only when no line gives one; a lost tender, a request or a general view is no miss.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from plan_training_helpers import DATA, STATEMENT, TODAY, parsed

from assistant.factory import build_engine
from assistant.planning.miss_cause import cause_in, cause_told, no_miss
from assistant.planning.planner import PlanInput
from assistant.planning.situation import Situation, build_situation
from assistant.planning.situation_types import Item, Sentence
from assistant.schema import Plan
from assistant.settings import Settings

NEW = [str(n) for n in range(154, 160)]
SORRY = re.compile(r"\b(?:sorry|apologi[sz]e|(?:was|is) ours)\b", re.IGNORECASE)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def misses(sit: Situation, words: str) -> list[Item]:
    return [i for i in sit.items if i.kind in ("miss", "noted_miss") and words in i.quote]


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("plan-misses10")), None)
    out: dict[str, Plan] = {}
    for prefix in NEW:
        p = parsed(prefix)
        assessment = engine.assess(p.notes, partner=p.partner)
        out[prefix] = engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, "next regular meeting", STATEMENT, [], TODAY))
    return out


def whole(plan: Plan) -> str:
    return " ".join([plan.one_thing, *plan.script, *(s.text for s in plan.sections)])


def test_six_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("Subject: Tuesday's outage", "- me: told Omar", "| Action | Owner | Due |", "2026-07-13,Quote tool", "Tom Reyes   08:30",
                 "## 8 September 2026"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


@pytest.mark.parametrize(("text", "speaker", "cause"), [
    ("The portal was down - Kestrelnet's hosting centre lost both feeds, nothing to do with our firewall.", "narrator", "third_party"),
    ("I know it wasn't your lot.", "partner", "third_party"),
    ("She was cross with the regulator, not with us.", "narrator", "third_party"),
    ("The telecoms regulator's number porting hub was down for a day.", "narrator", "third_party"),
    ("Orders slipped a week (their cloud region).", "narrator", "third_party"),
    ("The last 12 scanners are held by the supplier, a chip shortage at the maker.", "narrator", "third_party"),
    ("The kiosks are late - our installer's site survey was wrong.", "narrator", "us"),
    ("Our analysts were moved onto the year-end stock count.", "narrator", "us"),
    ("Ours - the load tests failed at volume and we didn't say so early enough.", "narrator", "us"),
    ("Sorry Ana, the nightly load failed on a full disk.", "other", "us"),
    ("Quote tool data feed,IT - Priya Nair,due 2026-09-15 - MISSED", "narrator", "us"),
    ("Darren's team has not issued the permits, so the survey slipped.", "narrator", "partner"),
    ("Honestly, my team sat on it for a fortnight.", "partner", "partner"),
    ("That was the courier, not you.", "partner", "third_party"),
    ("Harbourline's pilot has been extended to next spring.", "narrator", ""),
])
def test_the_cause_of_a_miss_told_in_a_clause(text: str, speaker: str, cause: str) -> None:
    assert cause_in(text, speaker) == cause


@pytest.mark.parametrize("text", [
    "We lost the Brookfield tender to a cheaper bidder; Grace says the price was the whole story.",
    "The loyalty team lost 5,000 members after the fee change; Kofi put that down to the fee, \"nothing to do with tech\".",
    "He asked for \"a list of late deliveries before the stores ring me\".",
    "My view: Grace respects the analysts but every missed deadline proves her right about IT.",
])
def test_a_lost_sale_a_request_or_a_general_view_is_no_miss(text: str) -> None:
    sit = situation("159")
    assert no_miss(_with(sit, text))


def _with(sit: Situation, text: str) -> Sentence:
    return dataclasses.replace(sit.sentences[0], text=text)


def test_a_vendor_outage_the_partner_cleared_us_of_is_never_ours(plans: dict[str, Plan]) -> None:
    [miss] = misses(situation("154"), "Kestrelnet")
    assert miss.owner == "third_party"
    assert not SORRY.search(" ".join([plans["154"].one_thing, *plans["154"].script]))
    assert "cost your team" not in whole(plans["154"])


def test_a_slip_we_told_first_and_the_partner_answered_calmly_is_behind_us(plans: dict[str, Plan]) -> None:
    for prefix, words in (("155", "route-planning pilot"), ("158", "usage file"), ("158", "Sorry Ana"), ("159", "markdown report")):
        [miss] = misses(situation(prefix), words)
        assert miss.owner == "us" and miss.status == "done", (prefix, words)
    for prefix in ("155", "158", "159"):
        text = whole(plans[prefix])
        assert not SORRY.search(text), prefix
        assert "cost your team" not in text, prefix


def test_cause_not_recorded_only_where_no_line_gives_one(plans: dict[str, Plan]) -> None:
    sit = situation("158")
    [regulator] = misses(sit, "regulator's")
    assert (regulator.owner, regulator.status) == ("third_party", "done")  # "It's back up."
    assert not any("put it behind" in a.why for a in plans["158"].avoid if "outage" in a.topic)  # over, not forgiven
    [slip] = misses(situation("159"), "two months late")
    assert (slip.owner, slip.kind) == ("us", "noted_miss")  # the March slip told again, after the tool went live
    sit = situation("157")
    [row] = misses(sit, "MISSED")
    assert row.owner == "us"
    [updates] = misses(sit, "weekly updates")
    assert cause_told(sit, updates) == "us"  # the action row owned "IT - CIO" tells it
    for prefix in ("157", "158", "159"):
        assert "Cause not recorded" not in whole(plans[prefix]), prefix


def test_no_miss_lines_leave_the_situation() -> None:
    sit = situation("159")
    assert not misses(sit, "loyalty team") and not misses(sit, "asked for")
    assert not misses(situation("157"), "every missed deadline") and not misses(situation("157"), "Brookfield")
