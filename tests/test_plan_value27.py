"""Round 27: the value message quotes only what the partner said: never the note-keeper's bracketed aside, never a
signature, header or status line, never a narrated line after their quoted turn; a question on a measure of theirs
carries a whole noun phrase from their side of the notes, never the note's shorthand ('Asked re cost per ...')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_training_helpers import DATA, plan_all  # noqa: E402

from assistant.planning.spoken_lines import after_quoted_turn, aside, layout_line  # noqa: E402
from assistant.schema import Plan  # noqa: E402

STATEMENTS = {
    "977": "Technology keeps every night shift running and every number on the floor right.",
    "978": "Technology keeps every clinic running and helps each team see where its money goes.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("value27"), STATEMENTS)


def test_a_bracketed_aside_is_never_their_words(plans: dict[str, Plan]) -> None:
    msg = plans["977"].value_message
    assert msg and "(" not in msg and "not a quote" not in msg, msg
    assert "Two of the chargers" not in msg, msg  # narration after their quoted turn is ours


def test_a_shorthand_rate_is_no_question(plans: dict[str, Plan]) -> None:
    msg = plans["978"].value_message
    assert msg and "Asked" not in msg and " re " not in msg, msg
    assert "cost per exam need" not in msg, msg  # a noun phrase cut short ("cost per exam" of "cost per exam room")


def test_layout_and_asides() -> None:
    assert aside("(Not something he said: my own view.)") and aside("[check with Raj]") and not aside("We need (at least) two.")
    assert layout_line("Head of Sales | Brightwater Ltd") and layout_line("Type: Call   Status: Done")
    assert not layout_line("I need the vans out before seven.")
    note = 'Mo: "We want fewer calls."\nThen we looked at the queue.\n\nMo: we want faster answers\nand fewer forms'
    assert after_quoted_turn("Then we looked at the queue.", note)
    assert not after_quoted_turn("and fewer forms", note)


def test_training_files_exist() -> None:
    assert all(next(DATA.glob(f"{who}_*"), None) for who in STATEMENTS)
