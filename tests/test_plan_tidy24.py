"""Small tidy-ups (tidy24): a surname keeps its particle ("van Wyk", never "Wyk"); a date, label or status cell is no
open item; a proposal follow-up is only for a thing still to deliver (never a demand, a measure or a delivered thing)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.planning import situation_cues as cue
from assistant.planning.content_free import content_free
from assistant.planning.one_yes import one_yes
from assistant.planning.proposal_fill import proposal_fits
from assistant.planning.situation import Situation, build_situation
from assistant.schema import FollowUp, Plan
from tests.plan_training_helpers import TODAY, parsed, plan_all


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["778"], Path(tmp_path_factory.mktemp("tidy24")))


def _everything(plan: Plan) -> str:
    parts = [plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections)]
    parts += [o.text for o in plan.open_items] + [f"{a.topic} {a.why}" for a in plan.avoid]
    return " ".join(parts)


@pytest.mark.parametrize("text, name", [
    ("We met Pieter van Wyk (her fraud lead) on Monday.", "Pieter van Wyk"),
    ("Anna da Silva (data lead) joined late.", "Anna da Silva"),
    ("Spoke with Karl von Berg, her deputy, about it.", "Karl von Berg"),
])
def test_person_keeps_particle(text: str, name: str) -> None:
    assert cue.PERSON.search(text).group("name") == name


def test_plan_never_cuts_a_particle_surname(plans: dict[str, Plan]) -> None:
    text = _everything(plans["778"])
    for surname in ("Groot", "Horst"):
        for m in re.finditer(rf"\b{surname}\b", text):
            assert text[:m.start()].endswith(("de ", "ter ")), text[max(0, m.start() - 40):m.end()]


@pytest.fixture(scope="module")
def okr(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    return plan_all(["779"], Path(tmp_path_factory.mktemp("tidy24okr")))["779"]


@pytest.mark.parametrize("line", ["Date | December 22, 2026", "🟢 on track", "⚪ not started", "Status: in progress", "| Owner | Priya Nair |"])
def test_content_free_lines(line: str) -> None:
    assert content_free(line)


@pytest.mark.parametrize("line", ["Send the SLA to Priya by Friday", "Budget: approve the pilot", "KR 2 | Reduce ticket backlog | 🟢 on track",
                                  "She asked what IT needs from Brellbrook by 9 May."])  # an acronym and a vendor's name carry the ask
def test_lines_with_content(line: str) -> None:
    assert not content_free(line)


def test_no_open_item_without_content(okr: Plan) -> None:
    for item in okr.open_items:
        assert not re.search(r"“\s*(?:(?:Date|Due|Status)\s*[|:]|[🟢⚪🟡🔴])", item.text), item.text
        assert "“" in item.text, item.text  # every item quotes the notes' words
    said = " ".join(okr.script)
    assert not re.search(r"on track”|not started”|Date \|", said), said


def _sit(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


@pytest.mark.parametrize("fill", [
    "the hosting recharge taken off the depot",  # a demand to take something away
    "an alert, not a spreadsheet",  # a contrast
    "the document system not to lose drafts",  # a negation
    "87% of calls resolved on first contact",  # a measure
    "the supplier to warn us ahead of releases",  # a clause with its own subject and verb
    "out of the contract tool",  # a preposition at its head
    "Bogdan at the budget board",  # a person at its head
])
def test_no_proposal_for_a_demand_measure_or_clause(fill: str) -> None:
    assert not proposal_fits(fill, _sit("780"))


@pytest.mark.parametrize("fill", ["a usage-based levy key", "a weekly view of stock at risk per plant", "the absence dashboard in 14 branches"])
def test_proposal_for_a_deliverable(fill: str) -> None:
    assert proposal_fits(fill, _sit("780"))


def test_no_proposal_for_what_is_delivered_since() -> None:
    sit = _sit("781")
    assert not proposal_fits("the basics on the first day", sit)  # measured as done since
    assert proposal_fits("a dashboard of leavers per store", sit)


def test_plan_proposes_nothing_delivered(tmp_path: Path) -> None:
    follow = " ".join(s.text for s in plan_all(["781"], tmp_path)["781"].sections if s.key == "followups")
    assert "basics on the first day" not in follow, follow


def test_one_offer_one_yes() -> None:
    sit = _sit("782")
    script = ["Yes to your co-funding offer.", "On 10 December you asked for our answer. It is here today.",
              "Thank you for your offer of 3 December: yes. I'll confirm the next step by 12 January."]
    steps = [FollowUp(what="Reply to Leonie's offer of 3 December", owner="CIO", due="2027-01-12"),
             FollowUp(what="Confirm in writing our yes to her co-funding offer", owner="CIO", due="2027-01-08"),
             FollowUp(what="Answer Leonie's request of 10 December", owner="CIO", due="2027-01-15")]
    said, follow = one_yes(script, steps, sit)
    assert said == script[:2]
    assert [f.what for f in follow] == [steps[1].what, steps[2].what]

