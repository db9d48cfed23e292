"""Whose ask (whose25b): a named colleague's ask stays theirs even where an aside in brackets names the partner, and a
refusal followed by an imperative ("Not this year. Get me through the peak.") is no ask of the partner's."""

from __future__ import annotations

import datetime as dt

from assistant.planning.note_reading import Partner, about_partner
from assistant.planning.situation import build_situation
from tests.plan_training_helpers import parsed


def _partner_asks(prefix: str, day: dt.date) -> list[str]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], day)
    return [i.complement for i in sit.items if i.owner == "partner" and i.kind in ("request", "goal_request")]


def test_colleague_ask_with_an_aside_naming_the_partner_stays_the_colleagues() -> None:
    asks = _partner_asks("880", dt.date(2026, 12, 3))
    assert not [a for a in asks if "tablets" in a], asks


def test_refusal_then_imperative_is_no_ask() -> None:
    asks = _partner_asks("880", dt.date(2026, 12, 3))
    assert not [a for a in asks if "peak" in a], asks


def test_the_partners_own_ask_is_still_read() -> None:
    asks = _partner_asks("880", dt.date(2026, 12, 3))
    assert [a for a in asks if "licences" in a], asks


def test_aside_in_brackets_is_not_the_subject() -> None:
    partner = Partner.from_name("Ingrid Solberg")
    assert not about_partner("Henrik (quality lead, reports to Ingrid) ", partner)
    assert about_partner("Ingrid (plant director) ", partner)
