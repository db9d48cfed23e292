"""Sayable and true lines (training partners 961-963): a ticket's status ("Won't Fix") is never the partner's name; a
purpose item said to the partner speaks to them ("a date you can defend", "the offer", never "Ann's offer" to Ann); a
slot filled with a phrase cut before its noun or with an act ("the co-presenting the results") is dropped; a past
event dated after today is a misread date, and its line is dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.planning.leftovers import leftover
from assistant.planning.plan_sweep import Sweep
from assistant.planning.purpose_ask import PurposeAsk, ask_line
from assistant.planning.purpose_noted import noted_line
from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Situation
from assistant.text.headers import _is_name
from tests.plan_training_helpers import TODAY, parsed


def test_a_ticket_export_names_its_partner_never_a_status() -> None:
    p = parsed("961")
    assert p.partner == "Marisol Etxeberria"
    assert p.role == "Director of Field Services"


@pytest.mark.parametrize("text", ["Won't Fix", "Won't Do", "Can't Reproduce", "In Progress", "Done Today"])
def test_a_status_or_a_contraction_is_no_name(text: str) -> None:
    assert not _is_name(text)


@pytest.mark.parametrize("text", ["Siobhan O'Neill", "Dr Ruth Adeyemi", "Marisol Etxeberria"])
def test_names_with_an_apostrophe_or_a_title_stay_names(text: str) -> None:
    assert _is_name(text)


def _sit(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def test_a_purpose_item_is_said_to_the_partner_not_about_them() -> None:
    sit = _sit("962")
    found = [s for s in sit.sentences if s.date == dt.date(2026, 11, 2)]
    assert found
    line = noted_line("a go-live date he can defend", "give him a go-live date he can defend", found)
    assert line and "you can defend" in line and " he " not in line


def test_a_purpose_thing_cut_before_its_noun_gives_no_line() -> None:
    found = [s for s in _sit("962").sentences if s.date == dt.date(2026, 11, 2)]
    assert noted_line("the written", "hand him the written, dated outline of the feed", found) == ""


def test_a_yes_to_an_offer_never_names_the_partner_in_the_third_person() -> None:
    ask = PurposeAsk(kind="offer", thing="Tobiah's offer to chair the model risk forum together", verb="accept",
                     deadline=dt.date(2027, 1, 20), due=None, anchor=None, noun="offer")
    line = ask_line(ask, TODAY, _sit("962"))
    assert line.startswith("Yes to the offer to chair the model risk forum together")
    assert "Tobiah" not in line


def test_a_yes_to_an_act_says_the_act_bare() -> None:
    ask = PurposeAsk(kind="offer", thing="the co-presenting the forum results", verb="say yes to", deadline=None, due=None,
                     anchor=None, noun="offer")
    assert ask_line(ask, TODAY, _sit("962")).startswith("Yes to co-presenting the forum results.")


@pytest.mark.parametrize("line", ["On the written, which we noted on 2 November: my answer is here today.",
                                  "Yes to the co-presenting the ward results.",
                                  "For the signed: it reaches you by 9 January."])
def test_a_cut_slot_or_an_act_in_a_thing_slot_is_a_leftover(line: str) -> None:
    assert leftover(line)


@pytest.mark.parametrize("line", ["On the written outline, which we noted on 2 November: my answer is here today.",
                                  "Yes to co-presenting the ward results.", "We signed the written agreement."])
def test_whole_lines_are_no_leftovers(line: str) -> None:
    assert leftover(line) == ""


def test_a_past_event_dated_after_today_is_dropped() -> None:
    sweep = Sweep(_sit("963"), TODAY)
    assert sweep.fault("On 24 December you asked for the pilot check.", "script")
    assert sweep.fault("On 14 October you asked for a costed plan for the ward rota.", "script") == ""


def test_the_goal_says_a_yes_to_an_act_bare() -> None:
    from assistant.planning.purpose_ask import ask_goal

    ask = PurposeAsk(kind="offer", thing="the co-presenting the forum results", verb="say yes to", deadline=None, due=None,
                     anchor=None, noun="offer")
    goal = ask_goal(ask, "Tobiah", TODAY)
    assert "to co-presenting the forum results" in goal and not leftover(goal)


def test_a_list_of_adjectives_is_no_cut_slot() -> None:
    assert leftover("Hand her the written, dated estimate for the feed.") == ""
