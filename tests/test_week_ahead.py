"""The week ahead through the facade and `coach calendar --json`: matching per workspace, prep status, cadence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from assistant.errors import InputError, PermissionDenied
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import PlanRecord, utcnow
from cli.main import app as cli

TODAY = dt.date(2026, 12, 1)
LONDON = ZoneInfo("Europe/London")
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:budget
SUMMARY:Budget numbers
DTSTART;TZID=Europe/London:20261203T100000
DTEND;TZID=Europe/London:20261203T110000
ATTENDEE;CN=G. (Finance):mailto:graham@hw.example
END:VEVENT
BEGIN:VEVENT
UID:supply
SUMMARY:Supply review
DTSTART;TZID=Europe/London:20261202T140000
DTEND;TZID=Europe/London:20261202T150000
ATTENDEE;CN=Priyanka Dhillon:mailto:pd@other.example
END:VEVENT
BEGIN:VEVENT
UID:zed
SUMMARY:Sync
DTSTART;TZID=Europe/London:20261204T090000
DTEND;TZID=Europe/London:20261204T093000
ATTENDEE;CN=Someone:mailto:zed@other.example
END:VEVENT
BEGIN:VEVENT
UID:later
SUMMARY:Budget numbers again
DTSTART;TZID=Europe/London:20261215T100000
DTEND;TZID=Europe/London:20261215T110000
ATTENDEE:mailto:graham@hw.example
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Two CIOs: 'demo-cio' (the demo workspace) and another, who has a partner of the same name and an e-mail in the calendar."""
    from assistant.factory import build_app
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("week")
    (root / "knowledge").mkdir()
    app = build_app(Settings(data_dir=root / "data", knowledge_dir=root / "knowledge"), today=TODAY)
    with app.sessions() as s:
        users = [create_user(s, name, "lantern-river-stone-7", "cio", name) for name in ("demo-cio", "other-cio")]
        s.commit()
        actors = [Actor(u.id, "cio", u.display_name) for u in users]
    coach = app.coach
    ws_a = coach.create_workspace(actors[0], "Demo org").id
    ws_b = coach.create_workspace(actors[1], "Other org").id
    graham = coach.add_partner(actors[0], ws_a, "Graham Pickersgill", "CFO", "finance", "high", "high", email="Graham@HW.example")
    priyanka = coach.add_partner(actors[0], ws_a, "Priyanka Dhillon", "Supply Chain Director")
    denise = coach.add_partner(actors[0], ws_a, "Denise Holroyd", "HR Director", power="low", interest="low")
    zed = coach.add_partner(actors[1], ws_b, "Zed Canary", email="zed@other.example")
    other_priyanka = coach.add_partner(actors[1], ws_b, "Priyanka Dhillon", email="pd@other.example")
    coach.add_note(actors[0], ws_a, graham.id, "Graham asked for cost per site in his format.", dt.date(2026, 11, 20), "meeting")
    coach.add_note(actors[0], ws_a, priyanka.id, "Priyanka wants the route data every Monday.", dt.date(2026, 9, 1), "email")
    coach.add_commitment(actors[0], ws_a, graham.id, "Cost per site in finance's format", "Anjali", dt.date(2026, 12, 2))
    coach.add_commitment(actors[0], ws_a, graham.id, "Benchmark figures", "Sam", dt.date(2026, 12, 20))
    kept = coach.add_commitment(actors[0], ws_a, graham.id, "Incident report", "Sam", dt.date(2026, 11, 28))
    coach.set_commitment_status(actors[0], ws_a, kept.id, "kept", "sent", dt.date(2026, 11, 27))
    ids = {"graham": graham.id, "priyanka": priyanka.id, "denise": denise.id, "zed": zed.id, "other_priyanka": other_priyanka.id}
    calendar = root / "week.ics"
    calendar.write_text(CALENDAR, encoding="utf-8", newline="")
    return app, actors, ws_a, ws_b, ids, calendar


def week(world, who: int = 0):  # type: ignore[no-untyped-def]
    app, actors, ws_a, ws_b, _, calendar = world
    return app.coach.week_ahead(actors[who], (ws_a, ws_b)[who], app.coach.calendar_from_path(calendar), first_day=TODAY, zone=LONDON)


def test_meetings_match_only_partners_of_the_workspace_asked_for(world) -> None:  # type: ignore[no-untyped-def]
    _, _, _, _, ids, _ = world
    mine = {m.meeting.title: m.match for m in week(world, 0).meetings}
    theirs = {m.meeting.title: m.match for m in week(world, 1).meetings}
    assert set(mine) == {"Supply review", "Budget numbers", "Sync"}  # the 15th is outside the seven days
    assert (mine["Budget numbers"].partner_id, mine["Budget numbers"].how) == (ids["graham"], "email")
    assert (mine["Supply review"].partner_id, mine["Supply review"].how) == (ids["priyanka"], "name")
    assert mine["Sync"].partner_id is None  # zed@other.example is another CIO's partner
    assert (theirs["Supply review"].partner_id, theirs["Supply review"].how) == (ids["other_priyanka"], "email")
    assert theirs["Sync"].partner_id == ids["zed"] and theirs["Budget numbers"].partner_id is None


def test_prep_status_has_promises_due_by_the_meeting_the_last_note_and_whether_a_plan_is_ready(world) -> None:  # type: ignore[no-untyped-def]
    app, actors, ws_a, _, ids, _ = world
    budget = next(m for m in week(world).meetings if m.meeting.title == "Budget numbers")
    assert budget.prep is not None
    assert [p.what for p in budget.prep.promises_due] == ["Cost per site in finance's format"]  # not the later one, not the kept one
    assert budget.prep.last_note == dt.date(2026, 11, 20) and not budget.prep.plan_ready and budget.prep.plan_id is None
    with app.sessions() as s:
        plan = PlanRecord(workspace_id=ws_a, partner_id=ids["graham"], purpose="budget", engine="offline", payload={}, created_at=utcnow(), updated_at=utcnow())
        s.add(plan)
        s.commit()
        plan_id = plan.id
    budget = next(m for m in week(world).meetings if m.meeting.title == "Budget numbers")
    assert budget.prep is not None and budget.prep.plan_ready and budget.prep.plan_id == plan_id
    app.coach.add_note(actors[0], ws_a, ids["graham"], "Graham called: the board wants the figures a week early.", dt.date(2026, 11, 30), "call")
    budget = next(m for m in week(world).meetings if m.meeting.title == "Budget numbers")
    assert budget.prep is not None and not budget.prep.plan_ready and budget.prep.plan_id == plan_id  # a newer note: plan again
    assert budget.prep.last_note == dt.date(2026, 11, 30)


def test_partners_past_their_cadence_are_due_for_contact(world) -> None:  # type: ignore[no-untyped-def]
    _, _, _, _, ids, _ = world
    due = {d.partner_id: d for d in week(world).due_for_contact}
    assert ids["graham"] not in due  # met 20 Nov, cadence 14 days
    assert due[ids["priyanka"]].days_since == 91 and due[ids["priyanka"]].cadence_days == 30
    assert due[ids["priyanka"]].next_meeting == dt.date(2026, 12, 2)
    assert due[ids["denise"]].days_since is None and due[ids["denise"]].cadence_days == 60  # never met


def test_access_and_bad_arguments(world) -> None:  # type: ignore[no-untyped-def]
    app, actors, ws_a, ws_b, _, calendar = world
    source = app.coach.calendar_from_path(calendar)
    with pytest.raises(PermissionDenied):
        app.coach.week_ahead(actors[1], ws_a, source, first_day=TODAY)
    with pytest.raises(InputError, match="No calendar given"):
        app.coach.week_ahead(actors[1], ws_b, None, first_day=TODAY)  # only the demo workspace has a built-in calendar
    with pytest.raises(InputError, match="between 1 and 31"):
        app.coach.week_ahead(actors[0], ws_a, source, days=0)
    with pytest.raises(InputError, match="not an e-mail address"):
        app.coach.set_partner_email(actors[0], ws_a, world[4]["denise"], "denise at hw")


def run_cli(world, *args: str):  # type: ignore[no-untyped-def]
    app = world[0]
    return CliRunner().invoke(cli, ["calendar", *args], env={"COACH_DATA_DIR": str(app.settings.data_dir), "COACH_KNOWLEDGE_DIR": str(app.settings.knowledge_dir)})


def test_cli_json_contract_defaults_to_the_demo_workspace(world) -> None:  # type: ignore[no-untyped-def]
    _, _, ws_a, ws_b, ids, calendar = world
    result = run_cli(world, str(calendar), "--json", "--today", "2026-12-01", "--days", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["workspace"] == ws_a and (data["from"], data["to"]) == ("2026-12-01", "2026-12-03")
    assert [m["title"] for m in data["meetings"]] == ["Supply review", "Budget numbers"]  # --days 3: the 4th is out
    for m in data["meetings"]:
        assert {"start", "end", "title", "attendees", "partner", "prep"} <= set(m)
        assert dt.datetime.fromisoformat(m["start"]).tzinfo is not None
    budget = data["meetings"][1]
    assert budget["partner"] == {"id": ids["graham"], "name": "Graham Pickersgill", "matched_by": "email", "why": "graham@hw.example is invited"}
    assert budget["attendees"] == [{"name": "G. (Finance)", "email": "graham@hw.example"}]
    assert budget["prep"]["promises_due"][0]["what"] == "Cost per site in finance's format"
    assert {d["partner_id"] for d in data["due_for_contact"]} >= {ids["priyanka"], ids["denise"]}
    other = json.loads(run_cli(world, str(calendar), "--json", "--today", "2026-12-01", "--workspace", str(ws_b)).stdout)
    by_title = {m["title"]: m for m in other["meetings"]}
    assert by_title["Sync"]["partner"]["id"] == ids["zed"] and by_title["Budget numbers"]["partner"] is None
    assert by_title["Budget numbers"]["unmatched_reason"] and by_title["Budget numbers"]["prep"] is None


def test_cli_errors_are_one_clear_line(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "exported.ics"
    bad.write_bytes(b"\x00\x01 not a calendar")
    result = run_cli(world, str(bad), "--json")
    assert result.exit_code == 2 and "exported.ics is not a readable calendar file" in result.output and "Traceback" not in result.output
    result = run_cli(world, str(world[5]), "--today", "1/12/2026")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = run_cli(world, str(world[5]), "--workspace", "999")
    assert result.exit_code == 2 and "no workspace 999" in result.output
