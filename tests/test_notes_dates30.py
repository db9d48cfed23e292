"""Dates and format furniture read from the notes' own anchors (round 30): a quarterly retro's exact days take the
year of their quarter's heading, never today's; a git log's dates keep the year printed after the clock time; month
names in Romanian, Turkish, Greek, Indonesian and Vietnamese read as their months, never as January; a recorder's
"Speaker 1  0:03" labels and a slide export's "Speaker notes:" are never words of the notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.due_dates import dates_in, due_date
from assistant.planning.promise_lines import thing_of
from assistant.planning.situation_cues import PHONE
from assistant.planning.situation_types import Item
from assistant.schema import Plan
from assistant.text.notes_format import parse_notes_text
from tests.plan_training_helpers import DATA, plan_cases


def _read(prefix: str, today: dt.date | None = None):  # type: ignore[no-untyped-def]
    return parse_notes_text(next(DATA.glob(prefix + "_*")).read_text(), today=today)


@pytest.mark.parametrize("today", [dt.date(2026, 12, 20), dt.date(2027, 9, 1)])
def test_a_quarterly_retro_dates_each_quarter_by_its_own_days_whatever_today_is(today: dt.date) -> None:
    dated = [n.date for n in _read("1058", today).notes if n.date is not None]
    assert dated == [dt.date(2026, 3, 18), dt.date(2026, 5, 7), dt.date(2026, 9, 8), dt.date(2026, 11, 4)]


def test_a_git_logs_dates_keep_the_year_after_the_clock_time() -> None:
    dated = [n.date for n in _read("1061", dt.date(2027, 2, 1)).notes if n.date is not None]
    assert dated == [dt.date(2026, 3, 10), dt.date(2026, 6, 11), dt.date(2026, 11, 18)]  # "on 4 May" opens no entry


@pytest.mark.parametrize(("words", "month"), [
    ("3 decembrie", 12), ("30 aprilie", 4), ("1 martie", 3), ("7 Mayıs", 5), ("5 Ekim", 10), ("2 Kasım", 11),
    ("14 Haziran", 6), ("12 Σεπτεμβρίου", 9), ("21 Agustus", 8), ("3 Nopember", 11), ("ngày 3 tháng 12", 12),
])
def test_other_languages_months_are_read_as_their_months(words: str, month: int) -> None:
    found = dates_in(f"we met on {words}", dt.date(2026, 12, 20))
    assert [d.month for d in found] == [month]


def test_a_romanian_deadline_is_december_not_january() -> None:
    notes = _read("1060").notes
    assert due_date("by 3 decembrie", notes[0].date)[0] == dt.date(2026, 12, 3)


def test_a_month_word_the_readers_do_not_know_is_no_date_rather_than_january() -> None:
    assert dates_in("on 3 novembar", dt.date(2026, 12, 20)) == []


def test_numbered_speakers_become_the_partner_and_me_without_time_stamps() -> None:
    text = "\n".join(n.text for n in _read("1059").notes)
    assert "Speaker 1" not in text and "Speaker 2" not in text and "0:03" not in text
    assert "Okonkwo: Ten minutes." in text  # first recording: speaker 2 is the partner
    assert "Okonkwo: Good. Then I need one more thing" in text  # second: the numbers swap; who calls him by name is me
    assert "Me: Okonkwo, the second carrier is in" in text


def test_slide_speaker_notes_labels_are_not_text() -> None:
    assert not any("Speaker notes" in n.text for n in _read("1062").notes)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases({"1058": ("next regular meeting", dt.date(2026, 12, 15))}, Path(tmp_path_factory.mktemp("dates30")))


def test_the_retro_plan_tells_the_ask_on_its_day_in_its_year(plans: dict[str, Plan]) -> None:
    plan = plans["1058"]
    said = " ".join([plan.one_thing, *plan.script, *(f"{i.date} {i.due}" for i in plan.open_items)])
    assert "2027-" not in said.replace("2027-01-11", "")
    assert "4 November" in " ".join([plan.one_thing, *plan.script])
    asks = [i for i in plan.open_items if i.kind == "request"]
    assert asks and all(i.date == "2026-11-04" for i in asks if "kiosks cost" in i.quote)
    assert any("kiosks cost" in i.quote for i in asks)


def test_a_north_american_phone_number_is_private() -> None:  # a partner turn quoted it once its speaker was known
    assert PHONE.search("Ring me on my mobile instead: 212-555-0199.")
    assert not PHONE.search("Renewal on 2026-11-12, 1,380,000 a year.")


def test_a_pronoun_with_its_state_names_no_thing() -> None:  # "Bring her the patched and signed off" was said
    item = Item("promise", "us", "open", "", None, "", complement="them patched and signed off by 9 March")
    assert thing_of(item) == ""
    assert thing_of(Item("promise", "us", "open", "", None, "", complement="them the cost report by 4 Dec")) == "the cost report"
