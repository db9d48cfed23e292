"""Every partner of a workspace at a glance: where they stand and who needs attention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from assistant.schema import Assessment
from assistant.services.perceptions import PerceptionsMixin
from assistant.store.access import Actor, require_owner
from assistant.store.models import Partner

STALE_CONTACT_DAYS = 60


@dataclass(frozen=True)
class PortfolioRow:
    partner_id: int
    name: str
    role: str
    function: str
    dependence: str
    competence: str
    quadrant: str
    confidence: float
    last_contact: dt.date | None
    open_promises: int
    overdue_promises: int
    attention: str


class PortfolioMixin(PerceptionsMixin):
    def portfolio(self, actor: Actor, workspace_id: int) -> list[PortfolioRow]:
        today = self.today()
        rows = []
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            partners = s.scalars(select(Partner).where(Partner.workspace_id == workspace_id).order_by(Partner.name))
            for partner in partners:
                records = self._assessment_rows(s, partner.id)
                latest = Assessment.model_validate(records[-1].payload) if records else None
                open_ = [c for c in self._commitment_rows(s, workspace_id, partner.id) if c.status == "open"]
                overdue = [c for c in open_ if c.due and c.due < today]
                last = max((n.date for n in self._note_rows(s, partner.id) if n.date), default=None)
                rows.append(PortfolioRow(
                    partner.id, partner.name, partner.role, partner.function,
                    latest.dependence if latest else "unknown", latest.competence if latest else "unknown",
                    latest.quadrant if latest else "unknown", latest.confidence if latest else 0.0,
                    last, len(open_), len(overdue), _attention(latest, len(overdue), last, today),
                ))
        return rows


def _attention(latest: Assessment | None, overdue: int, last: dt.date | None, today: dt.date) -> str:
    reasons = []
    if overdue:
        reasons.append(f"{overdue} overdue promise(s)")
    if latest and latest.quadrant in ("bypass_risk", "cost_centre"):
        reasons.append("doubts our delivery")
    if latest is None or latest.quadrant == "unknown":
        reasons.append("perception unknown")
    if last is None or (today - last).days > STALE_CONTACT_DAYS:
        reasons.append(f"no contact for {STALE_CONTACT_DAYS}+ days")
    return "; ".join(reasons)
