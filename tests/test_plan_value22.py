"""Round 22: a pasted value meaning is rebuilt from the statement's own clause, re-voiced as the partner's result.

No fixed endings: each rebuilt sentence carries its own statement's words (never five in a row, never most of them),
with 'you/your' for 'we/our' and the clause said as what the partner sees. Where no clause re-voices whole, the
sentence stays as the engine had it. Invented statements, training partners 710-712."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import plan_all, xfail_without_goal

from assistant.planning.value_paste21 import gate, pasted, stitched
from assistant.planning.value_revoice22 import candidates, revoice

PORT = "Technology at Skarvik Port keeps every vessel turning around on schedule and helps our crews plan each shift with live counts."
CLINIC = ("Technology at Lindenfield Hospital gets every clinic letter to the family doctor on time and helps our consultants "
          "spend more of each clinic day with their patients, not their keyboards.")
SCHOOL = ("Technology keeps every application moving, from form to offer within days, and lets our advisers answer each "
          "student quickly, by phone or chat.")
STATEMENTS = {"710": PORT, "711": CLINIC, "712": SCHOOL}
BAKERY = ("Technology at Mill Lane Bakeries gets every loaf to the shop shelf before seven, fresh and correctly labelled, "
          "and helps our bakers plan each batch from yesterday's sales.")
DAIRY = "Technology at Hollow Farm Dairy keeps every tanker moving between farms on time and shows us where each litre is lost."


def test_a_causative_clause_is_said_as_the_result_the_partner_sees() -> None:
    assert "each loaf reaches the shop shelf before seven" in candidates(BAKERY)
    assert "each tanker keeps moving between farms on time" in candidates(DAIRY)
    assert "you see where each litre is lost" in candidates(DAIRY)
    assert "your crews plan each shift with live counts" in candidates(PORT)


def test_our_becomes_your() -> None:
    assert revoice("so our staff spend their days helping us") == "so your staff spend their days helping you"


def test_the_clause_already_chosen_is_the_one_rebuilt_with_their_measure() -> None:
    message = ("Ruth, you want waste per batch down to 2% by May. For you, technology earns its keep by getting each "
               "loaf to the shop shelf before seven, fresh and correctly labelled.")
    out = gate(message, BAKERY, "Ruth", "operations", metric_of=lambda _w: "waste per batch")
    assert out.startswith("Ruth, you want waste per batch down to 2% by May."), out
    assert "when each loaf reaches the shop shelf before seven: waste per batch is where you will see it." in out, out
    assert not any(pasted(s, BAKERY) for s in out.split(". "))


def test_no_whole_revoicing_keeps_the_sentence_as_it_was() -> None:
    statement = "Technology lets us launch, price and protect every product in a new market, safely and first."
    message = "For you, technology earns its keep by launching, pricing and protecting each product in a new market, safely and first."
    assert gate(message, statement, "Ada", "product") == message


def test_no_two_statements_share_a_rebuilt_sentence() -> None:
    lines = [gate(f"Sam, you want fewer complaints. For you, technology earns its keep by {clause}.", statement, "Sam", "operations")
             for statement, clause in ((BAKERY, "getting each loaf to the shop shelf before seven, fresh and correctly labelled"),
                                       (DAIRY, "keeping each tanker moving between farms on time and showing you where each litre is lost"),
                                       (PORT, "keeping each vessel turning around on schedule and helping your crews plan each shift with live counts"))]
    meant = [s for line in lines for s in line.split(". ") if "earns its keep" in s]
    assert len(meant) == 3 and len(set(meant)) == 3, meant
    assert not any(re.search(r"work never waits on a system|notice the difference", s) for s in meant)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("value22")), STATEMENTS)


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_training_partners_hear_their_statement_re_voiced(plans: dict, who: str) -> None:
    xfail_without_goal(who)
    message = plans[who].value_message
    assert ("judge what i bring today" in message.lower() or "judged by one test" in message), message  # round 25: the meaning as a kind, never re-voiced from the statement
    assert not any(pasted(s, STATEMENTS[who]) or stitched(s) for s in message.split(". ")), message
    assert not re.search(r"work never waits on a system|notice the difference|pays its way", message), message


def test_the_result_is_said_not_the_means(plans: dict) -> None:
    # round 25: their want, whole, or (712, no goal of theirs) the item on the table judged by the statement's people
    assert "you want fewer tools and letters that go out on time" in plans["711"].value_message, plans["711"].value_message
    msg = plans["712"].value_message  # round 32: her own line, with no stock kind line after it
    assert "Students finish it in one go now." in msg and "Technology's job for you" not in msg, msg


def test_a_message_is_never_left_empty() -> None:
    statement = "Technology at Fenwick Mills lets us launch, price and protect every fabric in a new market, safely and first."
    assert gate("Ada, you want 12% off.", statement, "Ada", "finance") == "Ada, you want 12% off."
