"""The week ahead's core: reading .ics files (recurrence, zones, all-day, cancelled, corrupt) and matching partners."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.calendar.cadence import cadence_days, contact_due
from assistant.calendar.events import Attendee, Meeting
from assistant.calendar.ics import IcsSource
from assistant.calendar.matching import PartnerKey, match_meeting
from assistant.errors import InputError

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def ics(*events: str, extra: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{extra}{body}END:VCALENDAR\n".replace("\n", "\r\n").encode()


def read(data: bytes, first: dt.date, days: int = 7, zone: dt.tzinfo = LONDON, name: str = "cal.ics") -> list[Meeting]:
    start = dt.datetime.combine(first, dt.time(), zone)
    return IcsSource([(name, data)]).read(start, start + dt.timedelta(days=days)).meetings


WEEKLY = """
UID:weekly-1
SUMMARY:Weekly 1:1
DTSTART;TZID=Europe/London:20261019T093000
DTEND;TZID=Europe/London:20261019T100000
RRULE:FREQ=WEEKLY;UNTIL=20261231T235959Z
EXDATE;TZID=Europe/London:20261102T093000
"""
MOVED = """
UID:weekly-1
RECURRENCE-ID;TZID=Europe/London:20261109T093000
SUMMARY:Weekly 1:1 (moved)
DTSTART;TZID=Europe/London:20261110T140000
DTEND;TZID=Europe/London:20261110T143000
"""
CANCELLED_ONE = """
UID:weekly-1
RECURRENCE-ID;TZID=Europe/London:20261116T093000
SUMMARY:Weekly 1:1
STATUS:CANCELLED
DTSTART;TZID=Europe/London:20261116T093000
DTEND;TZID=Europe/London:20261116T100000
"""


def test_weekly_series_expands_across_the_clock_change_with_exceptions_moves_and_cancellations() -> None:
    meetings = read(ics(WEEKLY, MOVED, CANCELLED_ONE), dt.date(2026, 10, 19), days=36)
    starts = [(m.title, m.start) for m in meetings]
    assert starts == [
        ("Weekly 1:1", dt.datetime(2026, 10, 19, 9, 30, tzinfo=LONDON)),  # BST
        ("Weekly 1:1", dt.datetime(2026, 10, 26, 9, 30, tzinfo=LONDON)),  # GMT: still 09:30 on the wall clock
        # 2 Nov excluded (EXDATE); 9 Nov moved to the 10th; 16 Nov cancelled
        ("Weekly 1:1 (moved)", dt.datetime(2026, 11, 10, 14, 0, tzinfo=LONDON)),
        ("Weekly 1:1", dt.datetime(2026, 11, 23, 9, 30, tzinfo=LONDON)),
    ]
    assert meetings[0].start.utcoffset() == dt.timedelta(hours=1) and meetings[1].start.utcoffset() == dt.timedelta(0)
    assert all(m.end - m.start == dt.timedelta(minutes=30) for m in meetings)


def test_times_are_shown_in_the_window_zone_and_floating_times_read_in_it() -> None:
    data = ics("UID:a\nSUMMARY:Call with Tokyo\nDTSTART:20261201T000000Z\nDURATION:PT1H",
               "UID:b\nSUMMARY:Floating\nDTSTART:20261201T090000\nDTEND:20261201T093000")
    by_title = {m.title: m for m in read(data, dt.date(2026, 11, 30), zone=NEW_YORK)}
    assert by_title["Call with Tokyo"].start == dt.datetime(2026, 11, 30, 19, 0, tzinfo=NEW_YORK)
    assert by_title["Call with Tokyo"].start.tzinfo == NEW_YORK
    assert by_title["Floating"].start == dt.datetime(2026, 12, 1, 9, 0, tzinfo=NEW_YORK)


def test_all_day_events_keep_their_dates_and_a_multi_day_one_overlapping_the_window_is_listed() -> None:
    data = ics("UID:a\nSUMMARY:Board pack deadline\nDTSTART;VALUE=DATE:20261203\nDTEND;VALUE=DATE:20261204",
               "UID:b\nSUMMARY:Offsite\nDTSTART;VALUE=DATE:20261129\nDTEND;VALUE=DATE:20261202",
               "UID:c\nSUMMARY:Long gone\nDTSTART;VALUE=DATE:20261101\nDTEND;VALUE=DATE:20261102")
    meetings = read(data, dt.date(2026, 12, 1))
    assert [(m.title, m.start, m.end, m.all_day) for m in meetings] == [
        ("Offsite", dt.date(2026, 11, 29), dt.date(2026, 12, 2), True),
        ("Board pack deadline", dt.date(2026, 12, 3), dt.date(2026, 12, 4), True),
    ]


def test_cancelled_events_and_cancel_messages_and_declined_attendees_are_left_out() -> None:
    data = ics("UID:a\nSUMMARY:Off\nSTATUS:CANCELLED\nDTSTART:20261201T090000Z\nDURATION:PT1H",
               "UID:b\nSUMMARY:On\nDTSTART:20261201T100000Z\nDURATION:PT1H\n"
               "ATTENDEE;CN=Dana Whitfield;PARTSTAT=DECLINED:mailto:dana@example.com\n"
               "ATTENDEE;CN=Omar Ruiz;PARTSTAT=ACCEPTED:MAILTO:Omar.Ruiz@Example.com")
    meetings = read(data, dt.date(2026, 12, 1))
    assert [m.title for m in meetings] == ["On"]
    assert meetings[0].attendees == (Attendee("Omar Ruiz", "omar.ruiz@example.com"),)
    cancel = ics("UID:b\nSUMMARY:On\nDTSTART:20261201T100000Z\nDURATION:PT1H", extra="METHOD:CANCEL\n")
    assert read(cancel, dt.date(2026, 12, 1)) == []


@pytest.mark.parametrize("data", [b"", b"hello, this is not a calendar", b"\x89PNG\r\n\x1a\n\x00\x00", b"BEGIN:VEVENT\r\nSUMMARY:x\r\n"])
def test_a_corrupt_file_is_named_in_a_clear_error(data: bytes, tmp_path: Path) -> None:
    (tmp_path / "good.ics").write_bytes(ics("UID:a\nSUMMARY:x\nDTSTART:20261201T100000Z"))
    (tmp_path / "board-calendar.ics").write_bytes(data)
    source = IcsSource.from_path(tmp_path)
    with pytest.raises(InputError, match=r"board-calendar\.ics is not a readable calendar file"):
        source.read(dt.datetime(2026, 12, 1, tzinfo=LONDON), dt.datetime(2026, 12, 8, tzinfo=LONDON))
    with pytest.raises(InputError, match=r"board-calendar\.ics"):
        IcsSource.from_upload([("board-calendar.ics", data)])


def test_an_event_with_a_broken_date_is_skipped_by_name_and_the_rest_is_kept() -> None:
    data = ics("UID:a\nSUMMARY:Budget review\nDTSTART:garbage", "UID:b\nSUMMARY:Kept\nDTSTART:20261201T100000Z")
    start = dt.datetime(2026, 12, 1, tzinfo=LONDON)
    result = IcsSource([("cal.ics", data)]).read(start, start + dt.timedelta(days=7))
    assert [m.title for m in result.meetings] == ["Kept"]
    assert len(result.warnings) == 1 and "Budget review" in result.warnings[0] and "cal.ics" in result.warnings[0]


def test_a_folder_reads_every_ics_file_and_refuses_one_without_any(tmp_path: Path) -> None:
    (tmp_path / "a.ics").write_bytes(ics("UID:a\nSUMMARY:One\nDTSTART:20261201T100000Z"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.ICS").write_bytes(ics("UID:b\nSUMMARY:Two\nDTSTART:20261202T100000Z"))
    (tmp_path / "notes.txt").write_text("not a calendar")
    start = dt.datetime(2026, 12, 1, tzinfo=LONDON)
    assert [m.title for m in IcsSource.from_path(tmp_path).read(start, start + dt.timedelta(days=7)).meetings] == ["One", "Two"]
    with pytest.raises(InputError, match="does not exist"):
        IcsSource.from_path(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no .ics files"):
        IcsSource.from_path(tmp_path / "empty")


def test_the_demo_calendar_moves_to_the_current_week_whatever_today_is() -> None:
    from assistant.calendar.demo import demo_source

    for today in (dt.date(2026, 12, 5), dt.date(2027, 3, 1), dt.date(2030, 7, 14)):
        start = dt.datetime.combine(today, dt.time(), LONDON)
        meetings = demo_source().read(start, start + dt.timedelta(days=7)).meetings
        assert len(meetings) >= 5, today
        assert all(today <= m.day() < today + dt.timedelta(days=7) for m in meetings)
        assert all(m.day().weekday() < 5 for m in meetings)  # written on weekdays, shifted by whole weeks
        assert "Procurement review with Gareth Ince" not in {m.title for m in meetings}  # cancelled


# -- matching -------------------------------------------------------------

PARTNERS = [
    PartnerKey(1, "Graham Pickersgill", "graham.p@hw.example"),
    PartnerKey(2, "Priyanka Dhillon"),
    PartnerKey(3, "Carys Bellamy"),
    PartnerKey(4, "Carys Jones"),
    PartnerKey(5, "Robert Ainsworth", "robert@hw.example"),
]


def meeting(title: str, *people: Attendee) -> Meeting:
    return Meeting("u", title, dt.date(2026, 12, 1), dt.date(2026, 12, 2), True, Attendee("Anjali Mercer", "anjali@hw.example"), people)


def test_an_invitee_email_stored_on_a_partner_matches_whatever_the_display_name() -> None:
    match = match_meeting(meeting("Numbers", Attendee("G. P. (Finance)", "graham.p@hw.example")), PARTNERS)
    assert (match.partner_id, match.how) == (1, "email")


def test_display_name_and_address_name_and_title_match_by_full_name() -> None:
    assert match_meeting(meeting("Supply review", Attendee("Priyanka Dhillon", "pd@supplier.example")), PARTNERS).partner_id == 2
    assert match_meeting(meeting("Supply review", Attendee("", "priyanka.dhillon@hw.example")), PARTNERS).partner_id == 2
    match = match_meeting(meeting("Lunch with Priyanka Dhillon"), PARTNERS)
    assert (match.partner_id, match.how) == (2, "title")


def test_a_first_name_only_one_partner_has_matches_and_a_shared_one_is_not_guessed() -> None:
    match = match_meeting(meeting("Budget follow-up with Graham's team"), PARTNERS)
    assert (match.partner_id, match.how) == (1, "first or last name")
    shared = match_meeting(meeting("Catch-up with Carys"), PARTNERS)
    assert shared.partner_id is None and "Carys Bellamy" in shared.reason and "Carys Jones" in shared.reason
    assert match_meeting(meeting("Catch-up with Carys Bellamy"), PARTNERS).partner_id == 3
    assert match_meeting(meeting("graham said bring numbers"), PARTNERS).partner_id is None  # lower-case word: not a name
    assert match_meeting(meeting("Dhillon review"), PARTNERS).partner_id is None  # a surname alone in a title is not read
    assert match_meeting(meeting("Review", Attendee("Dhillon", "")), PARTNERS).partner_id == 2  # but an invitee called so is


def test_two_partners_invited_is_ambiguous_and_says_so() -> None:
    match = match_meeting(meeting("Exec", Attendee("", "graham.p@hw.example"), Attendee("Robert Ainsworth", "robert@hw.example")), PARTNERS)
    assert match.partner_id is None and "Graham Pickersgill" in match.reason and "Robert Ainsworth" in match.reason


def test_no_partner_of_the_workspace_means_unmatched_with_a_reason() -> None:
    match = match_meeting(meeting("Vendor demo", Attendee("Acme Sales", "sales@acme.example")), PARTNERS)
    assert match.partner_id is None and match.reason


# -- cadence --------------------------------------------------------------

def test_cadence_follows_power_and_interest_and_due_means_longer_than_it() -> None:
    assert cadence_days("high", "high") == 14 and cadence_days("low", "low") == 60
    assert cadence_days(None, None) == cadence_days("medium", "medium") == 30
    today = dt.date(2026, 12, 5)
    assert contact_due(1, "A", "high", "high", today - dt.timedelta(days=14), today) is None
    due = contact_due(1, "A", "high", "high", today - dt.timedelta(days=15), today)
    assert due is not None and due.days_since == 15 and due.cadence_days == 14
    never = contact_due(2, "B", "low", "low", None, today)
    assert never is not None and never.days_since is None
