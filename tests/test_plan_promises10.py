"""Round 13 of issue #20 on new training partners 160-165 (tests/data/plan_training): our promises and what was delivered.

- A promise delivered in other words is linked by the specific object both lines name ("trial in the Leeds depot" ->
  "handhelds went live in Leeds"; "e-prescribing pilot on Unit 4" -> "Unit 4 went paperless"), never by one common word;
  delivered after its date it is kept late: done, never overdue or open.
- A partial delivery with a new date ("18 of the 30 are in, the other 12 ... new delivery date 11 Dec") is in progress
  to that date, and the script says the new date, never "as promised".
- Promises in many voices: "promised eight sensors by", "X: A + B, due to Nadia 14 Dec", "owned by Omar, due to her on",
  "Action: me – X by 10/12", "X to her by the 30th", "She asked for X by <date>. I promised it.", a reply to the partner
  in a chat ("You'll have the costing by the 9th"), a colleague named in our own mail ("Asha will switch them on live
  on Monday 7 December"); "by Monday 7 December" is 7 December, "by this Thursday" the coming Thursday.
- "80% done" is not done.
"""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Item
from assistant.schema import Plan
from assistant.text.notes_format import parse_notes_text

NEW = [str(n) for n in range(160, 166)]


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-promises10"))


def ours(prefix: str, today: dt.date = TODAY) -> list[Item]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], today)
    return [i for i in sit.items if i.kind in ("promise", "late_promise") and i.owner == "us"]


def by_words(items: list[Item], words: str) -> Item:
    found = [i for i in items if words.lower() in f"{i.complement} {i.quote}".lower()]
    assert len(found) == 1, [(i.complement, i.status) for i in items]
    return found[0]


def test_six_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("Teams chat", "wrote:", "Minutes - ", "Journal", "Mon 12 Jan 2026", "Ingrid Solberg   08:12"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


# -- 1: delivered in other words, and late -----------------------------------------------------------

@pytest.mark.parametrize(("prefix", "promise", "delivery"), [
    ("160", "Leeds depot", "Handhelds went live in Leeds on 14 April."),
    ("165", "Unit 4", "Unit 4 went paperless for prescriptions on 20 July"),
])
def test_a_promise_delivered_late_in_other_words_is_kept_late(prefix: str, promise: str, delivery: str) -> None:
    item = by_words(ours(prefix), promise)
    assert (item.kind, item.status) == ("late_promise", "done"), (item.kind, item.status)
    assert item.done_quote.startswith(delivery)


def test_a_delivery_on_time_in_other_words_is_kept_and_names_only_its_own_object() -> None:
    dock = by_words(ours("160"), "dock 4")  # "Dock 4 printers are in since 18 February" (noted in May): on time
    assert (dock.kind, dock.status) == ("promise", "done")
    items = ours("165")
    assert by_words(items, "Unit 2").status == "done"
    assert by_words(items, "Unit 6").status == "open"  # "Unit 4 went paperless" keeps nothing on Unit 6


def test_a_shared_common_word_alone_keeps_nothing() -> None:
    text = ("Partner: Ada Lowe, Head of Wards\n\n2 Feb 2026\n- Promised: a pilot of the new rota tool on ward 3 by 30 April.\n\n"
            "20 May 2026\n- The new badge readers went live on ward 9 on 12 May.\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 6, 1))
    item = next(i for i in sit.items if i.owner == "us" and "rota" in i.complement)
    assert (item.kind, item.status) == ("promise", "overdue")


def test_kept_late_is_never_open_or_overdue_in_the_plan(plans) -> None:  # type: ignore[no-untyped-def]
    for prefix in ("160", "165"):
        plan = plans[prefix]
        assert not [i for i in plan.open_items if i.owner == "us" and ("Leeds" in i.quote or "Unit 4" in i.quote)], plan.open_items
        text = " ".join(s.text for s in plan.sections)
        assert "Leeds depot by end of March.”, due 2026-03-28 (due and not yet" not in text
        assert "Unit 4 by end of June”, due 2026-06-28 (due and not yet" not in text


# -- 2: a partial delivery with a new date is in progress ------------------------------------------

def test_a_partial_delivery_with_a_new_date_is_in_progress_to_that_date(plans) -> None:  # type: ignore[no-untyped-def]
    item = by_words(ours("160"), "all 30 swapped")
    assert (item.status, item.due) == ("open", dt.date(2026, 12, 11)) and "new delivery date 11 Dec" in item.progress_quote
    plan = plans["160"]
    line = next(s for s in plan.script if "11 December" in s)
    assert "as promised" not in line and "the rest comes by 11 December" in line, plan.script
    row = next(i for i in plan.open_items if i.owner == "us" and "all 30" in i.quote)
    assert row.status == "open" and "new date 11 December" in row.text


def test_a_partial_delivery_without_a_new_date_stays_overdue() -> None:
    item = by_words(ours("164"), "eight sensors")  # "Five of the eight lift sensors are in." and no new date
    assert (item.status, item.due) == ("overdue", dt.date(2026, 11, 27)) and not item.progress_quote


# -- 3: promises in many voices ---------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "words", "due", "status"), [
    ("163", "Kiosk refresh", "2026-12-14", "open"),
    ("163", "Rota model", "2026-12-08", "open"),
    ("163", "costed till options", "2026-12-10", "open"),
    ("163", "Shelf-edge pilot plan", "2026-11-30", "done"),
    ("164", "room-booking pilot", "2026-12-14", "open"),
    ("164", "eight sensors", "2026-11-27", "overdue"),
    ("164", "survey summary", "2026-11-05", "overdue"),
    ("161", "the costing by the 9th", "2026-12-09", "open"),
    ("161", "tell you by Thursday", "2026-12-03", "overdue"),
    ("162", "Asha will switch", "2026-12-07", "open"),
])
def test_our_promise_is_read_in_many_voices(prefix: str, words: str, due: str, status: str) -> None:
    item = by_words([i for i in ours(prefix) if i.kind == "promise"], words)
    assert (item.due, item.status) == (dt.date.fromisoformat(due), status), (item.complement, item.due, item.status)


def test_eighty_percent_done_is_not_delivered() -> None:
    item = by_words(ours("164"), "survey summary")  # "Priya says the space survey summary is 80% done"
    assert item.status == "overdue" and not item.done_quote


@pytest.mark.parametrize("line", [
    "Ingrid Solberg   16:20\nI'll send you the driver rota by the 9th.\n",  # the partner's own line
    "Kofi Mensah   16:20\nMorning all, the depot Wi-Fi is back.\nKofi Mensah   16:22\nI'll send the vendor the logs by the 9th.\n",  # no one answered
])
def test_a_chat_line_is_ours_only_when_it_answers_the_partner(line: str) -> None:
    text = f"Partner: Ingrid Solberg, Fleet Director\n\nThursday 26 November 2026\n{line}"
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], TODAY)
    assert [i for i in sit.items if i.kind == "promise" and i.owner == "us"] == []


def test_a_weekday_before_a_date_is_that_date() -> None:
    text = ("Partner: Ada Lowe, Head of Wards\n\n2 Nov 2026\n"
            "- I'll send you the bed-board costing by Tuesday 1 December so you can challenge it before the board.\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 20))
    assert [(i.status, i.due) for i in sit.items if i.kind == "promise"] == [("open", dt.date(2026, 12, 1))]


# -- 4: the plan --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "line"), [
    ("161", "You'll have the costing by 9 December, as promised."),
    ("163", "You'll have the rota model by 8 December, as promised."),
    ("162", "7 December"),
])
def test_our_open_promise_due_soon_is_in_the_script_with_its_date(plans, prefix: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert any(line in s for s in plans[prefix].script), plans[prefix].script


def test_an_ask_we_answered_with_a_dated_promise_gets_no_new_answer_date(plans) -> None:  # type: ignore[no-untyped-def]
    script = " ".join(plans["161"].script)  # "Can you cost a telematics feed?" / "You'll have the costing by the 9th"
    assert "My answer, with one owner, comes by" not in script, script


def test_nothing_delivered_is_listed_as_open(plans) -> None:  # type: ignore[no-untyped-def]
    shelf = [i for i in plans["163"].open_items if "Shelf-edge" in i.quote]
    assert shelf == [], shelf
    for prefix, plan in plans.items():
        for item in [i for i in plan.open_items if i.owner == "us" and i.kind == "promise"]:
            assert item.status in ("open", "overdue"), (prefix, item)


# -- 5: how the promise is said ------------------------------------------------------------------------

def _promise(complement: str) -> Item:
    return Item("promise", "us", "open", complement, dt.date(2026, 11, 20), "n", complement=complement, due=dt.date(2026, 12, 1))


@pytest.mark.parametrize(("complement", "line"), [
    ("send you a draft of the pricing model, with its sources, by Monday 30 November so you can test it",
     "You'll have the draft of the pricing model by 1 December, as promised."),
    ("for a costing of the bed board - wards 3 to 6, with cabling - by 1 December, for the capital round",
     "You'll have the costing of the bed board by 1 December, as promised."),
    ("Rota model", "You'll have the rota model by 1 December, as promised."),
    ("check whether we can move the go-live earlier and tell you by Thursday",
     "As I said, I'll tell you by 1 December whether we can move the go-live earlier."),
])
def test_the_promised_thing_is_said_plainly(complement: str, line: str) -> None:
    from assistant.planning.promise_lines import upcoming_line
    assert upcoming_line(_promise(complement)) == line


def test_a_promise_names_an_older_ask_by_its_specific_word() -> None:
    text = ("Partner: Ada Lowe, Head of Wards\n\n3 Aug 2026\n- Asked when she will see options for replacing the nurse-call system.\n\n"
            "28 Sep 2026\n- Told her we would have the options paper by 9 October.\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 10, 1))
    ask = next(i for i in sit.items if i.kind == "request")
    promise = next(i for i in sit.items if i.kind == "promise")
    assert ask.terms <= promise.terms and promise.due == dt.date(2026, 10, 9)


@pytest.mark.parametrize(("complement", "thing"), [
    ("Date for the scanner feed", "the date for the scanner feed"),  # "feed" is no state word
    ("Options note on merging rota and HR data", "the options note on merging rota and HR data"),
    ("all 30 swapped by 20 November.", ""),  # a state, said another way
])
def test_the_thing_keeps_its_words(complement: str, thing: str) -> None:
    from assistant.planning.promise_lines import thing_of
    assert thing_of(_promise(complement)) == thing
