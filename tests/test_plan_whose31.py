"""Whose words and whose wish (whose31): a colleague's wish told after their name is theirs, the CIO's subjectless
reminder is no wish, a roster's technology initials make a promise ours, a reply that refuses the excuse keeps a miss
open, and the boss's cut is no objection the partner raised."""

from __future__ import annotations

import datetime as dt

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Situation
from tests.plan_training_helpers import parsed

DAY = dt.date(2026, 12, 5)


def _sit(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], DAY)


def test_a_named_colleagues_wish_is_not_the_partners() -> None:
    goals = [g.text for g in _sit("1106").goals]
    assert not [g for g in goals if "photos" in g], goals
    assert [g for g in goals if "dock slots" in g], goals  # his own wish stays


def test_a_subjectless_reminder_is_no_wish() -> None:
    goals = [g.text for g in _sit("1106").goals]
    assert not [g for g in goals if "signed off" in g], goals


def test_roster_initials_on_our_side_make_the_promise_ours() -> None:
    promises = [i for i in _sit("1107").items if i.kind == "promise" and "backups" in i.quote]
    assert promises and all(i.owner == "us" for i in promises), [(i.owner, i.quote) for i in promises]


def test_a_reply_that_refuses_the_excuse_is_no_forgiveness() -> None:
    sit = _sit("1108")
    assert not [a for a in sit.avoid if a.kind == "forgiven_miss"], [(a.topic, a.why) for a in sit.avoid]
    assert not [i for i in sit.items if i.kind == "miss" and i.forgiven_quote.endswith("Fine.")]


def test_the_bosss_cut_is_no_objection_she_raised() -> None:
    from assistant.planning.note_reading import Partner, partner_said

    sit = _sit("1109")
    boss = next(s for s in sit.sentences if "10% cut" in s.text)
    assert not partner_said(boss, Partner(sit.partner_names, sit.partner_pronoun)), (boss.text, sit.partner_pronoun)
