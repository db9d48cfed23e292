"""The statement's leading organisation name ('At Kessler, technology ...') is read in linear time.

A long statement with the organisation but no comma used to send the regex into exponential backtracking: a plan
hung for minutes. The timeout marker turns a relapse into a failure, not a stuck suite.
"""
import pytest

from assistant.planning.value_clauses19 import statement_clauses19, subject_first


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("At Corvane technology is how we give every rider the right seat and the right price first, and earn more "
         "from every route we run.", "Technology is how we give every rider"),
        ("At Holm & Varga, technology keeps every kiln firing.", "Technology keeps every kiln firing."),
        ("Brightwater's technology helps every nurse chart in time.", "Technology helps every nurse"),
        ("In Grupo del Monte technology makes each order easy.", "Technology makes each order easy."),
        ("Technology keeps every store open and every till ringing.", "Technology keeps every store open"),
    ],
)
def test_the_subject_is_found_quickly(statement: str, expected: str) -> None:
    assert subject_first(statement).startswith(expected)
    assert statement_clauses19(statement)


@pytest.mark.timeout(20)
def test_a_long_statement_with_no_lead_and_no_comma_returns() -> None:
    statement = "At " + " ".join(["Northwind", "logistics", "operations"] * 12) + " we move every parcel on time."
    assert subject_first(statement) == statement
