"""Month-first (US) dates inside sentences (issue #20): a notes file that declares US dates, or shows one that can only be
month-first, has every date the planner reads in a sentence read month-first too: due dates of asks and promises, action
rows, event dates and the dates in the script. Training partners 190 (header) and 191 (one unambiguous 11/23/2026)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.due_dates import dates_in, due_date
from assistant.planning.situation import build_situation
from assistant.schema import NoteText, Plan
from assistant.text.notes_format import note_entries, parse_notes_text
from tests.plan_training_helpers import DATA, TODAY, parsed, plan_all, top


def _dues(notes: list[NoteText], partner: str | None) -> dict[tuple[str, str], tuple[dt.date | None, str]]:
    sit = build_situation(notes, partner, today=TODAY)
    return {(i.kind, i.complement): (i.due, i.status) for i in sit.items if i.kind in ("request", "promise") and i.due}


def test_sentence_dates_follow_the_order_the_caller_passes() -> None:
    written = dt.date(2026, 12, 1)
    assert due_date("costed options by 12/4", written) == (dt.date(2027, 4, 12), "12/4")  # day first, as before
    assert due_date("costed options by 12/4", written, "mdy")[0] == dt.date(2026, 12, 4)
    assert dates_in("the board meets 12/15, pack due 12/11", written, "mdy") == [dt.date(2026, 12, 15), dt.date(2026, 12, 11)]
    assert dates_in("the board meets 15/12, pack due 11/12", written) == [dt.date(2026, 12, 15), dt.date(2026, 12, 11)]
    assert due_date("by 4 December", written, "mdy")[0] == due_date("by 4 December", written)[0] == dt.date(2026, 12, 4)


def test_header_file_gives_its_notes_and_asks_month_first_dates() -> None:
    p = parsed("190")
    assert {n.date_order for n in p.notes} == {"mdy"}
    dues = _dues(p.notes, p.partner)
    assert dues[("request", "a costed plan for the backlog by 12/11 for the board")] == (dt.date(2026, 12, 11), "open")
    assert dues[("promise", "send her the call-routing figures by 12/10")] == (dt.date(2026, 12, 10), "open")
    assert dues[("promise", "Costed options for the backlog plan")] == (dt.date(2026, 12, 9), "open")  # action-table row
    assert dues[("promise", "Adjuster headcount by region")] == (dt.date(2026, 12, 8), "open")


def test_one_month_first_date_is_enough() -> None:
    p = parsed("191")
    assert {n.date_order for n in p.notes} == {"mdy"}
    dues = _dues(p.notes, p.partner)
    assert dues[("request", "also confirm the freeze window by 12/8")] == (dt.date(2026, 12, 8), "open")
    assert dues[("promise", "send the dry-run schedule by 12/7")] == (dt.date(2026, 12, 7), "open")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["190", "191"], tmp_path_factory.mktemp("usdates"))


@pytest.mark.parametrize(("prefix", "deadline"), [("190", dt.date(2026, 12, 11)), ("191", dt.date(2026, 12, 8))])
def test_nothing_due_later_is_called_overdue_and_the_script_keeps_their_date(plans: dict[str, Plan], prefix: str, deadline: dt.date) -> None:
    plan = plans[prefix]
    assert not [o for o in plan.open_items if o.status == "overdue"]
    words = top(plan)
    assert not re.search(r"\b(?:overdue|late|missed|passed)\b|apolog|sorry", words, re.IGNORECASE)
    said = {dt.datetime.strptime(f"{d} {m} 2026", "%d %B %Y").date() for d, m in re.findall(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b", re.sub(r"“[^”]*”", "", words))}
    assert deadline in said  # "before 11 December": their date, read month first
    assert all(TODAY - dt.timedelta(days=14) <= d <= deadline for d in said if d > TODAY - dt.timedelta(days=14)), said
    assert not [d for d in said if d.month not in (11, 12)], said  # never 12 November or 12 April made of "12/11", "12/4"


def test_a_day_first_file_is_read_as_before() -> None:
    us = (DATA / "190_claims_us_header_minutes.md").read_text()
    swapped = re.sub(r"\b(\d{1,2})/(\d{1,2})\b", lambda m: f"{m.group(2)}/{m.group(1)}", us).replace("Dates are US format", "Dates are UK format")
    uk = parse_notes_text(swapped)
    assert {n.date_order for n in uk.notes} == {"dmy"}
    assert [n.date for n in uk.notes] == [n.date for n in parsed("190").notes]
    assert sorted(_dues(uk.notes, uk.partner).values()) == sorted(_dues(parsed("190").notes, "Marisol Ortega").values())
    plain = parse_notes_text(re.sub(r"Dates are UK format\n", "", swapped))  # no header, no evidence: day first as always
    assert {n.date_order for n in plain.notes} == {"dmy"}
    assert _dues(plain.notes, plain.partner) == _dues(uk.notes, uk.partner)


def test_a_stored_note_without_a_file_order_stays_day_first() -> None:
    note = NoteText(ref="2026-12-01", date=dt.date(2026, 12, 1), text="Priya asked for the migration plan by 11/12 for her board.")
    assert note.date_order == "dmy"
    assert list(_dues([note], "Priya Nair").values()) == [(dt.date(2026, 12, 11), "open")]


def test_a_stored_note_that_shows_its_order_keeps_it() -> None:
    """A note saved in the app (one pasted log, or one e-mail) is read as the notes file would be."""
    log = (DATA / "190_claims_us_header_minutes.md").read_text()
    entries = note_entries(NoteText(ref="note 1", date=dt.date(2026, 12, 2), text=log))
    assert [e.date for e in entries] == [dt.date(2026, 11, 2), dt.date(2026, 12, 1)] and {e.date_order for e in entries} == {"mdy"}
    mail = "From: Lena Ortiz\nSent: 11/23/2026 9:05 AM\nLena asked for the access review by 12/9 for the auditors."
    [one] = note_entries(NoteText(ref="2026-11-23", date=dt.date(2026, 11, 23), text=mail))
    assert one.date_order == "mdy" and list(_dues([one], "Lena Ortiz").values()) == [(dt.date(2026, 12, 9), "open")]


def test_training_files_exist() -> None:
    assert isinstance(DATA, Path) and len(list(DATA.glob("19[01]_*"))) == 2
