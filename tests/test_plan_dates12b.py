"""Entries read with the right dates whatever the heading style: page titles, minutes with attendees, inline labelled
notes, bold journal dates, month journals ("on the 25th"), chat exports and pasted CSV action logs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.planning.render import plan_markdown
from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text
from tests.plan_training_helpers import parsed, plan_all


def _dates(prefix: str) -> list[dt.date | None]:
    return [n.date for n in parsed(prefix).notes]


def test_page_titles_minutes_and_labelled_notes_start_entries() -> None:
    dates = _dates("276")
    assert dates == [dt.date(2026, 2, 4), dt.date(2026, 5, 18), dt.date(2026, 9, 9), dt.date(2026, 11, 12)]
    last = parsed("276").notes[-1]
    assert last.text.startswith("Petra asked for a costed plan")


def test_bold_journal_dates_are_entries_and_future_log_rows_are_not() -> None:
    notes = parsed("277").notes
    dated = [n.date for n in notes if n.date]
    assert dt.date(2026, 11, 20) in dated and dt.date(2026, 10, 12) in dated and dt.date(2026, 6, 17) in dated
    assert max(dated) == dt.date(2026, 11, 24)  # open rows due later are deadlines ahead, not entries
    assert any(n.date is None and "2026-12-18" in n.text for n in notes)


def test_chat_lines_with_the_time_on_the_same_line_never_run_into_each_other() -> None:
    text = ("Partner: Ana Ruiz, Head of Sales\n\nTeams chat, 4 Nov 2026:\n\n"
            "Ana Ruiz   16:20 Send me numbers not slides. And I need the refresh costed by the 27th\n"
            "Me   16:31 You'll have the costing by 27 Nov\n")
    p = parse_notes_text(text)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 10))
    said = {s.text: s.speaker for s in sit.sentences}
    assert said.get("And I need the refresh costed by the 27th") == "partner"
    assert said.get("You'll have the costing by 27 Nov") == "us"
    assert not any("16:31" in t or "16:20" in t for t in said)


def test_whatsapp_time_is_not_part_of_the_message() -> None:
    text = "Partner: Ana Ruiz, Head of Sales\n\n03/03/2026, 17:40 - Ana: First cut is great\n03/03/2026, 17:41 - Me: Thanks\n"
    notes = parse_notes_text(text, "dmy").notes
    assert [n.text for n in notes] == ["Ana: First cut is great", "Me: Thanks"]


def test_month_journal_takes_the_day_its_text_names() -> None:
    text = ("Partner: Ana Ruiz, Head of Sales\n\n## May 2026\nOn the 12th she asked for a benchmark.\n\n## June 2026\nQuiet month.\n\n"
            "## July 2026\nPortal live on 3 July. At the review on the 21st she said it was fine; the next release will be on the 30th.\n")
    notes = parse_notes_text(text).notes
    assert [n.date for n in notes] == [dt.date(2026, 5, 12), dt.date(2026, 6, 1), dt.date(2026, 7, 21)]


def test_a_sentence_with_a_date_starts_no_entry() -> None:
    text = "Partner: Ana Ruiz, Head of Sales\n\n2026-03-01 meeting\nMeeting on 21 Mar 2026 went well, she said.\n"
    assert [n.date for n in parse_notes_text(text).notes] == [dt.date(2026, 3, 1)]


def test_bare_ordinal_refers_back_to_the_full_date_of_its_entry(tmp_path: Path) -> None:
    p = parsed("278")
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 21))  # the meeting falls before the estimate is due
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and "24th" in i.quote]
    assert ours and all(i.due == dt.date(2026, 11, 24) and i.status == "open" for i in ours)
    view = plan_markdown(plan_all(["278"], tmp_path)["278"])
    assert "24 October" not in view and "2026-10-24" not in view


def test_ordinal_day_without_a_full_date_is_the_next_such_day() -> None:
    from assistant.planning.our_promises import ordinal_day

    written = dt.date(2026, 10, 19)
    assert ordinal_day(24, written, "an estimate by 24 November for the board; ours by the 24th") == dt.date(2026, 11, 24)
    assert ordinal_day(24, written, "ours by the 24th") == dt.date(2026, 10, 24)


def test_a_month_entry_with_no_day_is_said_as_its_month() -> None:
    from assistant.planning.voice import on_day, on_start, when

    text = "Partner: Ana Ruiz, Head of Sales\n\n## February 2026\nThe feed went live late. Our fault.\n\n## March 2026\nOn 9 March she thanked us.\n"
    notes = parse_notes_text(text).notes
    assert [n.date for n in notes] == [dt.date(2026, 2, 1), dt.date(2026, 3, 9)]
    assert (when(notes[0].date), on_day(notes[0].date), on_start(notes[0].date)) == ("February", "in February", "In February")
    assert on_day(notes[1].date) == "on 9 March" and on_day(notes[0].date + dt.timedelta(days=3)) == "on 4 February"


def test_dated_chat_asides_are_entries_of_their_own_day() -> None:
    notes = parsed("279").notes
    coffee = next(n for n in notes if "her aim" in n.text)
    went_live = next(n for n in notes if "went live" in n.text)
    assert coffee.date == dt.date(2026, 2, 11) and "Nkechi: 🙏" not in coffee.text
    assert went_live.date == dt.date(2026, 5, 1) and went_live.date.__class__.__name__ == "MonthOnly"


def test_a_bracketed_aside_is_never_one_sentence_with_the_chat_line_above() -> None:
    from assistant.text.sentences import sentence_spans

    p = parsed("279")
    last = next(n for n in p.notes if "father" in n.text)
    spans = [s.text for s in sentence_spans(last.text, min_words=1)]
    assert spans[0] == "Nkechi: Star" and spans[1].startswith("[My view:")
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 20))
    aside = [s for s in sit.sentences if "father" in s.text or "Not for the meeting" in s.text]
    assert aside and all(s.speaker == "narrator" for s in aside)  # the CIO's own note, never the partner's words


def test_end_of_the_month_is_that_months_last_day() -> None:
    from assistant.planning.due_dates import due_date

    written = dt.date(2026, 10, 13)
    assert due_date("a remediation plan by the end of the month", written)[0] == dt.date(2026, 10, 31)
    assert due_date("the pilot report by end of January", dt.date(2026, 11, 20))[0] == dt.date(2027, 1, 31)
    assert due_date("a list she can read on Monday mornings", written)[0] is None


def test_an_action_table_task_is_never_said_as_a_thing_she_will_have() -> None:
    from assistant.planning.promise_lines import thing_of
    from assistant.planning.situation_types import Item

    task = Item("promise", "us", "open", "Confirm 2027 rota budget for Ops", dt.date(2026, 9, 1), "n", "agreed",
                "Confirm 2027 rota budget for Ops", due=dt.date(2026, 12, 4))
    thing = Item("promise", "us", "open", "You'll have the estimate by 4 Dec", dt.date(2026, 9, 1), "n", "agreed",
                 "have the estimate by 4 Dec", due=dt.date(2026, 12, 4))
    assert thing_of(task) == "" and thing_of(thing) == "the estimate"
