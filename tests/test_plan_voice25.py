"""Who said what (voice25): a want told of a deputy is hers, not the partner's; lines said to the partner speak to them
('you', 'your'), never of them; small talk about family is no request; an offer or a confided matter is no objection."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.note_reading import Partner
from assistant.planning.objection_reading import OFFER_OF_MONEY
from assistant.planning.partner_pronoun import pronoun_of
from assistant.planning.second_person import to_partner
from assistant.planning.situation import build_situation
from assistant.planning.small_talk import small_talk
from assistant.planning.whose_ask import another_persons_words
from assistant.schema import Plan
from tests.plan_training_helpers import parsed, plan_cases

CASES = {
    "848": ("Accept the terminal steering-group seat and agree how he gets the terminal estimate by 11 January", dt.date(2027, 1, 6)),
    "849": ("Answer Marta's co-funding offer with a costed plan she can take to her faculty board on 12 February", dt.date(2027, 1, 12)),
    "850": ("next regular meeting", dt.date(2026, 12, 10)),
    "851": ("Hand Paul the 2027 run-cost forecast before his budget committee", dt.date(2026, 12, 9)),
    "852": ("next regular meeting", dt.date(2026, 12, 1)),
    "853": ("next regular meeting", dt.date(2026, 12, 4)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("voice25")))


def _everything(plan: Plan) -> str:
    parts = [plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections)]
    parts += [o.text for o in plan.open_items] + [f.what for f in plan.followups]
    return " ".join(parts)


def _section(plan: Plan, kind: str) -> str:
    return " ".join(s.text for s in plan.sections if s.key == kind)


def test_pronoun_kind_of_the_partner() -> None:
    assert pronoun_of(["He signed it off.", "He asked for the estimate; his board meets in May.", "Ines said she wants a stand-up."]) == "he"
    assert pronoun_of(["She asked for it.", "He said so."]) == ""  # too few to tell
    assert pronoun_of(['She said "he is late, he is always late, he never calls".', "She asked.", "Her team."]) == "she"  # quotes left out


@pytest.mark.parametrize("phrase, names, kind, said", [
    ("Ana's co-funding offer with a plan she can defend at the board", frozenset({"ana"}), "she", "your co-funding offer with a plan you can defend at the board"),
    ("one number she needs for her budget", frozenset(), "she", "one number you need for your budget"),
    ("the estimate he asked for, so we give him a date", frozenset(), "he", "the estimate you asked for, so we give you a date"),
    ("the seat she offered to Tom so he can sit in", frozenset(), "she", "the seat you offered to Tom so he can sit in"),
])
def test_said_to_the_partner(phrase: str, names: frozenset[str], kind: str, said: str) -> None:
    assert to_partner(phrase, names, kind) == said


def test_a_pronoun_nobody_can_place_is_not_said() -> None:
    assert to_partner("the plan she can defend", frozenset(), "") is None


@pytest.mark.parametrize("asked, chat", [
    ("about my son's graduation, and then told me: 'Good to see you.'", True),
    ("how Leo's university offers went.", True),
    ("about my kids", True),
    ("for the run-cost forecast by 14 December", False),
    ("whether the route data could show fuel per drop", False),
    ("about the weekend release", False),
])
def test_small_talk(asked: str, chat: bool) -> None:
    assert small_talk(asked) is chat


def test_their_money_on_our_condition_is_an_offer() -> None:
    assert OFFER_OF_MONEY.search("I will put sixty thousand from my own budget, half of the pilot, if you give me a costed plan.")
    assert not OFFER_OF_MONEY.search("He is paying for the SaaS tool from his own budget.")


def test_a_deputys_want_is_not_the_partners() -> None:
    p = parsed("848")
    sit = build_situation(p.notes, p.partner, [], CASES["848"][1])
    assert sit.partner_pronoun == "he"
    assert not [g.text for g in sit.goals if "stand-up" in g.text]
    assert not [i.quote for i in sit.items if i.owner == "partner" and "stand-up" in i.quote]


def test_plan_never_gives_the_partner_a_deputys_want(plans: dict[str, Plan]) -> None:
    assert "stand-up" not in _everything(plans["848"])


def test_script_speaks_to_the_partner_not_of_her(plans: dict[str, Plan]) -> None:
    plan = plans["849"]
    assert any(line.startswith("Yes") and "offer" in line for line in plan.script), plan.script
    for line in plan.script:
        body = re.sub(r"“[^”]*”|\"[^\"]*\"", "", line)
        assert not re.search(r"\bMarta\b|\b(?:she|her|hers|herself)\b", body, re.IGNORECASE), line


def test_an_offer_of_money_is_no_objection(plans: dict[str, Plan]) -> None:
    objections = _section(plans["849"], "objections")
    assert "sixty thousand" not in objections, objections


def test_small_talk_is_never_a_request(plans: dict[str, Plan]) -> None:
    plan = plans["850"]
    listed = " ".join(o.text for o in plan.open_items) + " " + plan.one_thing + " ".join(plan.script)
    for word in ("kids", "Leo", "university", "allotment"):
        assert word not in listed, word
    everything = _everything(plan)
    assert "kids" not in everything and "Leo" not in everything, everything


def test_a_confided_plan_is_no_objection(plans: dict[str, Plan]) -> None:
    p = parsed("851")
    sit = build_situation(p.notes, p.partner, [], CASES["851"][1])
    assert any(m.tells("Paul mentioned the procurement outsourcing plan.") for m in sit.confidences)
    assert "outsourcing" not in _section(plans["851"], "objections") and "Help their provider succeed" not in _section(plans["851"], "objections")


def test_her_ask_said_back_to_her(plans: dict[str, Plan]) -> None:
    said = " ".join(plans["852"].script)
    assert "defend to the audit committee" in said, said
    assert not re.search(r"\b(?:she|her|Ruth's)\b", said), said


def test_a_colleagues_words_and_her_offer_are_never_quoted_as_her_aim(plans: dict[str, Plan]) -> None:
    plan = plans["853"]
    asked = _section(plan, "questions") + " " + plan.value_message
    assert "Oskar explained" not in asked and "You told me: “I will pay" not in asked, asked


def test_another_persons_words() -> None:
    nadia = Partner.from_name("Nadia Ferreira-Holm")
    assert another_persons_words("[00:05:40] Oskar explained the accuracy is under 60 percent.", nadia)
    assert not another_persons_words("Nadia said the backlog is the number.", nadia)
    assert not another_persons_words("She explained the backlog.", nadia)
