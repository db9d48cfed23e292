"""The demo calendar: a fortnight of meetings with the demo partners that always falls on the current weeks."""

from __future__ import annotations

from assistant.calendar.ics import IcsSource
from assistant.paths import DEMO_DIR

DEMO_CIO = "demo-cio"  # the demo CIO's username (assistant.services.demo creates the account)
DEMO_CALENDAR = DEMO_DIR / "week_ahead.ics"  # marked X-COACH-DEMO-WEEK, so its dates move with the window


def demo_source() -> IcsSource:
    return IcsSource.from_path(DEMO_CALENDAR)
