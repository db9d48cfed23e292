"""Round 21: the value message translates the statement and never pastes it; their aim is open on the meeting day.

Paste check on content-word stems (inflections do not hide a paste), stitched clauses, a level or a reported figure
in the want slot, a want a later note acted on, and a wish alone. Invented statements, training partners 667-669."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from plan_training_helpers import plan_all, xfail_without_goal

from assistant.planning.value_paste21 import acted_on, built, gate, pasted, stitched
from assistant.planning.value_revoice22 import candidates

HARBOUR = "Technology at Kelda Harbour moves every container off the quay within a day and loses fewer of them on the way."
BUS = "Technology at Fjordlinje keeps every bus on the road and on time, so passengers can trust the timetable."
LIBRARY = "Technology at Corran Libraries helps every member find, borrow and join in easily, at any branch or online."
CARE = "Technology at Brightwell Care gets carers to the right home with the right notes, so clients are cared for safely."
STATEMENTS = {"667": BUS, "668": LIBRARY, "669": CARE}
D = dt.date


def test_inflections_do_not_hide_a_paste() -> None:
    said = "For you and the port team, technology earns its keep by moving each container off the quay within a day and losing fewer on the way."
    assert pasted(said, HARBOUR)
    assert not pasted("For you, technology earns its keep when your people's work never waits on a system.", HARBOUR)


def test_a_finite_clause_after_by_and_a_verb_in_the_hook_are_stitched() -> None:
    assert stitched("For you and the port team, technology earns its keep by containers leave the quay within a day.")
    assert stitched("What would quay planning goes need to show a year from now for you to call it a good year?")
    assert not stitched("For you, technology earns its keep by keeping each crane lifting.")


def test_a_level_or_a_reported_figure_is_never_their_want() -> None:
    lines = [(D(2026, 5, 2), "She had the yard report open: crane moves up 18% in two years, quay space flat.")]
    level = gate("Maren, you want 71% today, 80% by 2028. For you, technology earns its keep when your people's work never waits on a system.", HARBOUR, "Maren", "operations", sit_lines=lines)
    past = gate("Maren, you want crane moves up 18% in two years.", BUS, "Maren", "operations", sit_lines=lines)
    assert "71%" not in level and "earns its keep" in level
    assert "18%" not in past and "earns its keep when passengers can trust the timetable" in past, past  # round 22: re-voiced


def test_a_want_a_later_note_took_up_is_overtaken() -> None:
    lines = [(D(2026, 3, 1), "She wants the reefer sensors fitted before the summer peak."),
             (D(2026, 7, 20), "Reefer sensors fitted before the summer peak, two weeks late; she shrugged it off.")]
    assert acted_on("the reefer sensors fitted before the summer peak", lines)
    assert not acted_on("the reefer sensors fitted before the summer peak", lines[:1])


def test_a_wish_alone_gets_the_meaning_after_it() -> None:
    out = gate("Maren, you want the night buses full by noon.", BUS, "Maren", "operations")
    assert out.startswith("Maren, you want the night buses full by noon.") and "earns its keep" in out
    assert built(BUS) and not pasted(built(BUS), BUS)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return plan_all(list(STATEMENTS), Path(tmp_path_factory.mktemp("value21")), STATEMENTS)


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_training_partners_hear_the_meaning_never_the_statement(plans: dict, who: str) -> None:
    xfail_without_goal(who)
    message = plans[who].value_message
    assert ("judge what i bring today" in message.lower() or "judged by one test" in message), message  # round 25: the meaning as a kind, said for their goal
    if candidates(STATEMENTS[who]):  # round 22: where the statement re-voices whole, never said back
        assert not any(pasted(s, STATEMENTS[who]) for s in message.split(". ") if "earns its keep" in s), message
    assert not any(stitched(s) for s in message.split(". ")), message


def test_levels_and_reported_figures_stay_out_of_the_want_slot(plans: dict) -> None:
    assert "84%" not in plans["667"].value_message, plans["667"].value_message
    assert "35%" not in plans["668"].value_message, plans["668"].value_message
