"""`coach calendar FILE.ics|FOLDER`: the week ahead, meetings matched to a workspace's partners."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.errors import CoachError, InputError
from cli.console import fail


def register(app: typer.Typer) -> None:
    app.command(name="calendar")(calendar)


def calendar(
    path: Annotated[Path, typer.Argument(help="An .ics file or a folder of .ics files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    workspace: Annotated[int | None, typer.Option(help="Workspace id; the demo workspace when left out.")] = None,
    days: Annotated[int, typer.Option(help="How many days ahead, today included.")] = 7,
    today: Annotated[str | None, typer.Option(help="Start on this day (YYYY-MM-DD) instead of today.")] = None,
) -> None:
    """Upcoming meetings with the partner each is with, prep status (plan ready, promises due, last note) and who is due for contact."""
    from assistant.factory import build_app
    from assistant.settings import Settings

    try:
        first = _day(today)
        application = build_app(Settings())
        coach = application.coach
        source = coach.calendar_from_path(path)
        actor, workspace_id = coach.calendar_actor(workspace)
        week = coach.week_ahead(actor, workspace_id, source, days=days, first_day=first)
    except CoachError as exc:
        fail(exc)
    data = week.as_json()
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    sys.stdout.write("\n".join(_lines(data)) + "\n")


def _day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today {value!r} is not a date; write it as YYYY-MM-DD.") from None


def _lines(data: dict) -> list[str]:  # type: ignore[type-arg]
    lines = [f"Week ahead {data['from']} to {data['to']} ({data['source']})"]
    for m in data["meetings"]:
        who = m["partner"]["name"] if m["partner"] else f"no partner: {m['unmatched_reason']}"
        lines.append(f"\n{m['start']}  {m['title']}  [{who}]")
        if m["prep"]:
            p = m["prep"]
            lines.append(f"  plan {'ready' if p['plan_ready'] else 'not ready'}; last note {p['last_note'] or 'none'}; "
                         f"{len(p['promises_due'])} promise(s) due")
            lines += [f"  - due {q['due']}: {q['what']} ({q['owner']})" for q in p["promises_due"]]
    if data["due_for_contact"]:
        lines.append("\nDue for contact:")
        for d in data["due_for_contact"]:
            since = f"{d['days_since']} days since last contact" if d["days_since"] is not None else "never met"
            booked = f"; meeting booked {d['next_meeting']}" if d["next_meeting"] else ""
            lines.append(f"  {d['partner']}: {since} (cadence {d['cadence_days']} days){booked}")
    lines += [f"Warning: {w}" for w in data["warnings"]]
    return lines
