"""Round 19: the value message carries the ONE statement's meaning for this partner, as a whole clause chosen by
their goals and function; never missing, pasted, cut mid-phrase, a raw quote or the wrong half of the statement.
Invented statements and training partners 593-596."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.planning.value_clauses19 import best_clause, statement_clauses19
from assistant.planning.value_settle19 import audit, built_meaning, meaning_faults, sentences, settle
from assistant.planning.value_translation import goal_metric
from tests.plan_training_helpers import plan_all

RAIL = "Technology at Corvin Rail is how we plan, price and run every timetable, so passengers get where they need to be."
BANK = "Technology at Wenlock Savings keeps our vaults secure and makes paying and lending simple."
WATER = "Technology helps Dunmore Water find every leak fast and fix the pipe the first time, so customers never go dry."
FERRY = "Technology at Skerry Ferries keeps every crossing running on time and lets us spend each pound where it lowers the fare."
ONE = "Technology at Quill Books keeps every order and every author paid on time across the islands."


def _gerunds(statement: str) -> list[str]:
    return [c.gerund() for c in statement_clauses19(statement)]


def test_shared_object_verbs_stay_whole() -> None:
    assert "planning, pricing and running every timetable" in _gerunds(RAIL)


def test_coordinated_object_is_never_cut() -> None:
    said = _gerunds(BANK)
    assert "making paying and lending simple" in said and "making paying" not in said
    assert "keeping our vaults secure" in said


def test_helper_with_the_organisation_is_dropped() -> None:
    assert _gerunds(WATER)[:2] == ["finding every leak fast", "fixing the pipe the first time"]


def test_finance_partner_gets_the_spend_clause() -> None:
    clause = best_clause(statement_clauses19(FERRY), "", "finance", "CFO")
    assert clause is not None and "spend each pound" in clause.text
    ops = best_clause(statement_clauses19(FERRY), "", "operations", "Chief Operating Officer")
    assert ops is not None and "running on time" in ops.text


def test_goal_words_outrank_function_words() -> None:
    clause = best_clause(statement_clauses19(FERRY), "fares down 5% for island residents", "operations", "COO")
    assert clause is not None and "fare" in clause.text


@pytest.mark.parametrize(("message", "fault"), [
    ("What result would make next year a success for you?", "missing"),
    ("Our part reaches you by 31 January.", "missing"),
    ("Nina, for you, technology earns its keep by making paying.", "fragment"),
    ("Nina, for you, technology earns its keep by keeping our vaults secure.", "wrong clause"),
    ("Our part is keeping every order and every author paid on time across the islands.", "pasted"),
    ("Nina, you've said what you want is “fewer late payments”. Hold us to this: paying is simple.", "raw quote"),
])
def test_audit_names_the_fault(message: str, fault: str) -> None:
    statement = ONE if "islands" in message else BANK
    assert fault in audit(message, statement, "cut the cost of late payments", "finance", "Finance Director")


def test_a_whole_clause_tied_to_their_function_is_sound() -> None:
    line = built_meaning(ONE, "", "finance", "CFO")
    assert line.startswith("For you and the finance team, technology earns its keep by keeping")
    assert not meaning_faults(line, ONE, "", "finance", "CFO")


def test_settle_never_leaves_a_question_alone() -> None:
    out = settle("What result would make next year a success for you?", BANK, "", "legal", "General Counsel", "Nina")
    said = sentences(out)
    assert len(said) == 2 and said[0].startswith("Nina, for you and the legal team, technology earns its keep by keeping your vaults secure")
    assert said[1].endswith("?")


def test_settle_drops_a_raw_quote() -> None:
    out = settle("Nina, you've said what you need is “the number”. For you, technology earns its keep by making paying.",
                 BANK, "", "finance", "Finance Director", "Nina")
    assert "“" not in out and "earns its keep" in out  # the quote goes; a mend saying 4 of the statement's words in a row never replaces the line


def test_settle_keeps_their_measure_and_ties_the_clause_to_it() -> None:
    out = settle("Nina, you want late payment fees from 4% of revenue to under 2% by 2027. What result would make next year a success?",
                 BANK, "late payment fees", "finance", "Finance Director", "Nina", metric_of=goal_metric)
    assert out.startswith("Nina, you want late payment fees from 4%")
    assert "making paying and lending simple: late payment fees is where you will see it." in out


STATEMENTS = {
    "593": "Technology at Halvorsen Freight keeps every depot running safely and lets us spend each crown where it cuts the cost per pallet moved.",
    "594": "Technology at Brookvale Care keeps our homes staffed and our residents safe, and makes sure every carer is trained and paid right.",
    "595": "Technology at Ostra Bank makes opening an account simple and keeps our customers' records safe and lawful.",
    "596": "Technology at Pellow Mills keeps the presses turning and shows where every roll of paper is wasted, so the mill ships more at lower cost.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("v19")), STATEMENTS)


def test_every_plan_carries_a_whole_clause(plans: dict) -> None:
    for key, plan in plans.items():
        message = plan.value_message
        assert [s for s in sentences(message) if not s.endswith("?")], key
        assert not {"fragment", "pasted"} & set(audit(message, STATEMENTS[key], "", "general")), (key, message)  # round 25: their words quoted whole, the meaning as a kind


def test_cfo_hears_the_spend_clause_with_their_measure(plans: dict) -> None:
    message = plans["593"].value_message
    assert "from 41 crowns down to 36" in message and "running safely" not in message
    assert message.endswith("by whether it moves that number."), message  # round 32: his own cost measure, no stock cost line after it


def test_hr_director_never_gets_a_cut_half_clause(plans: dict) -> None:
    message = plans["594"].value_message
    assert not re.search(r"\bto your residents safe\b", message)
    assert "fragment" not in set(audit(message, STATEMENTS["594"], "", "hr", "HR Director"))
    assert "earns its keep" not in message and "?" not in message, message


def test_counsel_gets_the_records_clause(plans: dict) -> None:
    message = plans["595"].value_message
    assert "zero records past their retention date by June 2027" in message and "opening an account" not in message


def test_a_cut_clause_is_mended_whole_even_when_the_mend_repeats_the_statement() -> None:
    from assistant.planning.value_settle19 import settle

    statement = "Technology at Harrowgate Dairy keeps our herd records accurate and makes ordering and invoicing simple."
    message = "Ines, you need the invoices out by the third working day. For you, technology earns its keep by making ordering."
    mended = settle(message, statement, "invoices out by the third working day", "finance", "Finance Director", "Ines")
    assert "making ordering." not in mended
    assert "making ordering and invoicing simple" in mended
