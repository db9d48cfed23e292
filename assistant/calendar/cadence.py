"""How often to meet a partner, from their power and interest (the stakeholder map), and who is due.

The rule (days between contacts; a missing level counts as medium):

    power \\ interest   high   medium   low
    high                 14       21     30     manage closely / keep satisfied
    medium               21       30     45
    low                  30       45     60     keep informed / monitor

Contact means a dated note (a meeting, call, e-mail or hallway remark). A partner never met is due
at once. A partner with a meeting already booked in the window is still listed, with that meeting,
so the CIO sees that the gap is about to close.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

CADENCE_DAYS = {
    ("high", "high"): 14, ("high", "medium"): 21, ("high", "low"): 30,
    ("medium", "high"): 21, ("medium", "medium"): 30, ("medium", "low"): 45,
    ("low", "high"): 30, ("low", "medium"): 45, ("low", "low"): 60,
}
LEVELS = ("high", "medium", "low")


def cadence_days(power: str | None, interest: str | None) -> int:
    """Days between contacts for this power and interest."""
    return CADENCE_DAYS[(power if power in LEVELS else "medium", interest if interest in LEVELS else "medium")]


@dataclass(frozen=True)
class ContactDue:
    partner_id: int
    partner: str
    power: str | None
    interest: str | None
    cadence_days: int
    last_contact: dt.date | None
    days_since: int | None  # None: never met
    next_meeting: dt.date | None  # a meeting with them in the window, if one is booked

    def as_json(self) -> dict[str, object]:
        return {
            "partner_id": self.partner_id, "partner": self.partner, "power": self.power, "interest": self.interest,
            "cadence_days": self.cadence_days, "last_contact": _iso(self.last_contact), "days_since": self.days_since,
            "next_meeting": _iso(self.next_meeting),
        }


def contact_due(partner_id: int, name: str, power: str | None, interest: str | None, last: dt.date | None, today: dt.date,
                next_meeting: dt.date | None = None) -> ContactDue | None:
    """The partner's entry when the gap since the last contact is longer than their cadence; None when not due."""
    days = cadence_days(power, interest)
    since = (today - last).days if last else None
    if since is not None and since <= days:
        return None
    return ContactDue(partner_id, name, power, interest, days, last, since, next_meeting)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
