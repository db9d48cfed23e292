"""A yes names a thing offered, never a state to confirm ("all 180 handsets are out")."""

from assistant.planning.spoken_guard import yes_thing


def test_a_state_clause_gets_no_yes() -> None:
    assert yes_thing("all 180 replacement scanners are out", None) == ""
    assert yes_thing("the new rota tool is live", None) == ""


def test_a_thing_offered_keeps_its_yes() -> None:
    assert yes_thing("the seat on the operations board", None) == "the seat on the operations board"
