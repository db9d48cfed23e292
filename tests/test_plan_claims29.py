"""No claim of absence over a date the planning reader cannot place: our dated promise written with a month name the
English date reader does not know ("... 2 Aralık'a kadar ileteceğim", "... до 3 декабря") keeps "No promise or miss of
ours is open" out of the plan (owed_check.absence_sure reads every date form the wider reader knows); a yearless day
is placed in the year nearest the day it was written, so a day already past is no forward date. A delivery word a
wish governs ("does not want the kiosks rolled out") closes no ask; an ask they withdrew is closed, and is no proof."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.owed_check import absence_sure
from assistant.planning.situation_cues import DONE_REQUEST
from assistant.planning.situation_round6 import done_in
from assistant.planning.situation_types import Sentence, Situation
from assistant.schema import NoteText, Plan
from tests.plan_training_helpers import plan_all

ABSENCE = "No promise or miss of ours is open"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["1039", "1041"], Path(tmp_path_factory.mktemp("claims29")))


def test_a_promise_in_an_unread_month_name_is_never_denied(plans: dict[str, Plan]) -> None:
    whole = plans["1039"].model_dump_json()
    assert ABSENCE not in whole, whole


def _situation(last: str) -> Situation:
    notes = [NoteText(ref="2026-10-01", date=dt.date(2026, 10, 1), text="Quarterly review, all green."),
             NoteText(ref="2026-11-17", date=dt.date(2026, 11, 17), text=last)]
    return Situation(notes=notes, sentences=[Sentence(last, notes[1], "us", 1)])


@pytest.mark.parametrize("text", ["Смету пришлю до 3 декабря, Сергей собирает цены.",
                                  "Maliyet tablosunu 2 Aralık'a kadar ileteceğim."])
def test_a_forward_day_in_any_month_name_makes_absence_unsure(text: str) -> None:
    assert not absence_sure(_situation(text))


def test_a_day_already_past_leaves_absence_sure() -> None:
    assert absence_sure(_situation("Запуск прошёл 5 ноября, без замечаний."))


@pytest.mark.parametrize(("text", "done"), [("He does not want the kiosks rolled out to the depots before spring.", False),
                                            ("She wants the forecast shared with her planners.", False),
                                            ("The forecast she wanted was shared with her planners on Monday.", True)])
def test_a_wished_delivery_is_no_delivery(text: str, done: bool) -> None:
    assert done_in(DONE_REQUEST, text) is done


def test_a_withdrawn_ask_is_neither_open_nor_proof(plans: dict[str, Plan]) -> None:
    whole = plans["1041"].model_dump_json()
    assert "kiosks" not in whole.lower(), whole
