"""Notes pasted from tools and in other languages are read into dated entries: chat exports (JSON lines or arrays,
epoch or ISO stamps), ticket comment histories, CRM logs, iCalendar events, Obsidian callouts, outliner pages, HTML
fragments, TSV pastes, stamped transcripts with spoken dates, diaries with weekday-only headings, yearless headings
(newest first too) and month names in many languages and their inflected forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).parent / "data" / "plan_training"
TODAY = date(2026, 12, 7)


def _days(text: str, **kwargs: object) -> list[date]:
    notes = parse_notes_text(text, today=TODAY, **kwargs).notes  # type: ignore[arg-type]
    return sorted({n.date for n in notes if n.date is not None})


def _file(prefix: str) -> str:
    return next(DATA.glob(prefix + "_*")).read_text(encoding="utf-8")


def d(text: str) -> date:
    return date.fromisoformat(text)


FAMILIES = {
    "864": ["2026-09-14", "2026-10-02", "2026-11-19"],  # Slack JSON lines, fractional epoch "ts"
    "865": ["2026-08-27", "2026-10-06", "2026-11-24"],  # Teams JSON array, ISO stamps with zones
    "866": ["2026-09-03", "2026-09-21", "2026-11-12"],  # ticket comment history "YYYY-MM-DD hh:mm Name:"
    "867": ["2026-09-08", "2026-10-15", "2026-11-23"],  # CRM activity log, US dates
    "868": ["2026-09-14", "2026-10-20", "2026-11-25"],  # iCalendar VEVENTs: TZID, UTC, VALUE=DATE, folded lines
    "869": ["2026-09-09", "2026-10-02", "2026-11-18"],  # Obsidian front matter and dated callouts
    "870": ["2026-09-16", "2026-10-07", "2026-11-26", "2026-11-30"],  # Logseq page links, a toggle
    "871": ["2026-09-22", "2026-10-29", "2026-11-03"],  # HTML fragment, "Nov 3, 2026"
    "872": ["2026-09-02", "2026-09-30", "2026-11-17"],  # TSV paste with a date column
    "873": ["2026-10-03", "2026-10-21", "2026-11-19"],  # [hh:mm:ss] transcript, spoken dates
    "874": ["2026-10-05", "2026-10-08", "2026-10-13", "2026-11-18"],  # diary, weekday-only headings
    "875": ["2026-09-21", "2026-10-27", "2026-11-19"],  # "Thu 19/11", newest first
    "876": ["2026-09-08", "2026-11-12", "2026-12-03"],  # French, yearless and abbreviated
    "877": ["2026-10-14", "2026-11-02", "2026-12-01"],  # Polish genitive month names
    "878": ["2026-09-09", "2026-10-06", "2026-10-28", "2026-11-25"],  # Dutch, German, Swedish
    "879": ["2026-09-04", "2026-10-01", "2026-10-30", "2026-11-20", "2026-12-02"],  # es, it, pt, cs, fi
}


@pytest.mark.parametrize("prefix", sorted(FAMILIES))
def test_each_format_family_is_read_into_its_dated_days(prefix: str) -> None:
    assert _days(_file(prefix)) == [d(x) for x in FAMILIES[prefix]]


def test_a_chat_export_keeps_who_said_each_message() -> None:
    notes = parse_notes_text(_file("865"), today=TODAY).notes
    assert notes[0].text.startswith("Matteo Rinaldi: The claims portal")
    assert "CIO: That was our certificate renewal" in notes[0].text


def test_a_comment_history_keeps_the_commenter_with_the_comment() -> None:
    notes = parse_notes_text(_file("866"), today=TODAY).notes
    assert notes[-1].text.startswith("Hana Kobayashi: Reminder")


def test_calendar_descriptions_are_unescaped_and_unfolded() -> None:
    first = parse_notes_text(_file("868"), today=TODAY).notes[0]
    assert first.title == "1:1 Sofia / CIO"
    assert "She wants it fixed before the new ward opens." in first.text


def test_times_versions_and_counts_inside_lines_are_never_dates() -> None:
    text = ("Partner: Ola Berg, COO\n\n2026-10-01 call\nWe met at 08:30. Version 4.2.1 ships.\n14/3 cases a day now.\n"
            "19/11\nnot a heading: a day alone on a line is one.\n")
    assert _days(text, date_order="dmy") == [d("2026-10-01"), d("2026-11-19")]
    assert _days("Partner: Ola Berg, COO\n\n2026-10-01 call\n4.2\n3 out of 5 stores\n2026-10-09 call\nok\n") == [
        d("2026-10-01"), d("2026-10-09")]


def test_headings_weekdays_pick_the_year_when_the_file_names_none() -> None:
    text = "Partner: Ana Ruiz, CFO\nDates are US format.\n\nThu 3/12\nBudget closed.\n\nWed 12/9\nShe asked for a benchmark.\n"
    assert _days(text) == [d("2026-03-12"), d("2026-12-09")]  # 9 December 2026 is a Wednesday


def test_polish_czech_and_finnish_month_forms() -> None:
    for line, day in (("Spotkanie 3 stycznia 2026", "2026-01-03"), ("Rozmowa 21 lutego 2026", "2026-02-21"),
                      ("Schůzka 5. března 2026", "2026-03-05"), ("Palaveri 9. huhtikuuta 2026", "2026-04-09"),
                      ("Réunion le 4 févr. 2026", "2026-02-04"), ("Møde 7 marts 2026", "2026-03-07")):
        assert _days(f"Partner: Ana Ruiz, CFO\n\n{line}\nShe asked for a plan.\n\n2026-06-01 call\nok\n") == [d(day), d("2026-06-01")], line


def test_weekday_only_heading_that_would_pass_the_next_dated_entry_stays_undated() -> None:
    text = "Partner: Ana Ruiz, CFO\n\nMonday 5 October 2026\nFirst.\n\nFriday\nSecond.\n\nWednesday 7 October 2026\nThird.\n"
    assert _days(text) == [d("2026-10-05"), d("2026-10-07")]


def test_a_slack_json_array_with_nested_names_and_millisecond_stamps() -> None:
    text = ('Partner: Ana Ruiz, CFO\n[{"ts": "1790000000.000100", "user_profile": {"real_name": "Ana Ruiz"}, "text": "Close is late."},\n'
            ' {"ts": 1792000000000, "user": "U7", "text": "Thanks, fixed."}]\n')
    notes = parse_notes_text(text, today=TODAY).notes
    assert [n.date for n in notes] == [d("2026-09-21"), d("2026-10-14")]
    assert notes[0].text == "Ana Ruiz: Close is late."


def test_german_weekday_and_dotted_day_without_a_year() -> None:
    text = "Partner: Jan Ost, CFO\nNotizen 2026\n\nDo 19.11.\nBudget besprochen.\n\nDi 1.12.\nNachfrage.\n"
    assert _days(text) == [d("2026-11-19"), d("2026-12-01")]


def test_a_partner_late_to_a_meeting_is_no_miss_of_ours() -> None:
    from assistant.planning.situation import build_situation

    parsed = parse_notes_text(_file("874"), today=TODAY)
    sit = build_situation(parsed.notes, parsed.partner, [], TODAY)
    assert not [i.quote for i in sit.items if i.kind in ("miss", "noted_miss") and "minutes late" in i.quote]


def test_a_page_title_with_a_role_beside_it_names_the_partner() -> None:
    parsed = parse_notes_text(_file("869"), today=TODAY)
    assert (parsed.partner, parsed.role) == ("Priya Raman", "Head of Retail Lending")
    job = parse_notes_text("---\nname: Ana Ruiz\ntitle: CFO\n---\n2026-01-01 call\nok\n", today=TODAY)
    assert (job.partner, job.role) == ("Ana Ruiz", "CFO")  # beside a name, a title is the job title


def test_a_chat_handle_cio_is_the_cio_label() -> None:
    notes = parse_notes_text(_file("864"), today=TODAY).notes
    assert "CIO: Sorry about that." in notes[0].text
