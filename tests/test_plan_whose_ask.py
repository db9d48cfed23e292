"""An ask is the partner's only when the partner asked: not the CIO's own question in a journal, not 'asked nothing'."""

from __future__ import annotations

import datetime as dt

from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

NOTES = """Stakeholder: Ottilie Brandt, Director of Nursing
2026-10-14 journal
Asked her about the one-pager on ward staffing; she said she would look at it.
2026-10-20 journal
She asked nothing about the dashboards this time.
2026-10-28 journal
Ottilie asked us for bed-occupancy figures by ward before the winter plan on 20 November.
"""


def test_only_the_partners_own_asks_are_open_requests() -> None:
    p = parse_notes_text(NOTES)
    sit = build_situation(p.notes, p.partner, [], dt.date(2026, 11, 2))
    asks = [i.quote for i in sit.items if i.kind == "request"]
    assert any("bed-occupancy" in q for q in asks)
    assert not any("one-pager" in q for q in asks), "the CIO asked her; it is not her request"
    assert not any("asked nothing" in q for q in asks)
