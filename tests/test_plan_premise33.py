"""Round 33: a stock question is asked only where its premise holds for this partner, read from typed facts.

"What do outside providers give you that we have not?" needs an outside provider still in play (not one the partner
turned down for us); "What is the biggest bet ..." and "What are you measured on ..." need the notes to lack their
stated aim; "What does <person> need from us?" is never asked about a person told of in confidence, or one the notes
say going round the partner through would cost us the partner. Training partners 1142-1145."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.planning.situation import build_situation
from assistant.planning.stock_premise import IN_YOUR_WAY, OUTSIDE_PROVIDERS, premise_holds
from assistant.schema import Plan
from assistant.text.notes_format import parse_notes_text
from tests.plan_training_helpers import TODAY, plan_all


def _plan_text(plan: Plan) -> str:
    return " ".join([plan.one_thing, *plan.script, *(s.text for s in plan.sections)])


def _questions(plan: Plan) -> str:
    return next(s.text for s in plan.sections if s.key == "questions")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["1142", "1143", "1144", "1145"], Path(tmp_path_factory.mktemp("premise33")))


def test_no_outside_provider_question_for_a_partner_who_chose_us(plans: dict[str, Plan]) -> None:
    assert OUTSIDE_PROVIDERS not in _plan_text(plans["1142"])
    assert _questions(plans["1142"]).strip()


def test_no_question_for_an_aim_the_notes_already_give(plans: dict[str, Plan]) -> None:
    text = _plan_text(plans["1143"])
    assert "biggest bet" not in text and "measured on" not in text


@pytest.mark.parametrize(("who", "name"), [("1144", "Emeka"), ("1145", "Lucía")])
def test_no_question_about_a_person_kept_out(plans: dict[str, Plan], who: str, name: str) -> None:
    assert name not in _questions(plans[who])


def _situation(body: str):  # type: ignore[no-untyped-def]
    p = parse_notes_text("Partner: Sanna Ek, Head of Claims, Fjord Mutual\n\n" + body)
    return build_situation(p.notes, p.partner, None, TODAY)


def test_outside_provider_premise_reads_the_latest_choice() -> None:
    weighing = _situation("## 2026-10-01 — call\nSanna said the claims team is getting quotes from an outsourcing firm for triage.\n")
    assert premise_holds(OUTSIDE_PROVIDERS, weighing)
    none = _situation("## 2026-10-01 — call\nSanna thanked the team for the triage screen, delivered on the date we gave.\n")
    assert not premise_holds(OUTSIDE_PROVIDERS, none)
    assert not premise_holds(IN_YOUR_WAY, none)


def test_aim_premise_reads_a_figure_moving_to_its_target() -> None:
    stated = _situation("## 2026-10-01 — call\nSanna's target for next year: claims settled in 10 days, from 18 days to 10.\n")
    assert not premise_holds("What are you measured on this year?", stated)
    assert premise_holds("What are you measured on this year?", _situation("## 2026-10-01 — call\nSanna asked for a triage report.\n"))
