"""Whose words (whose28): an ask whose subject is another named person, in any script ("小林さん wants ...",
"Hélène Marchal (his quality lead) asked ..."), is never the partner's own."""

from __future__ import annotations

import datetime as dt

from assistant.planning.situation import build_situation
from tests.plan_training_helpers import parsed

DAY = dt.date(2026, 12, 5)


def _asks(prefix: str) -> list[str]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], DAY)
    return [i.quote for i in sit.items if i.kind in ("request", "offer") and i.owner == "partner"]


def test_boss_ask_in_japanese_name_is_not_the_partners() -> None:
    asks = _asks("997")
    assert not [q for q in asks if "小林" in q or "costed proposal" in q], asks  # "He asked ..." carries 小林さん
    assert not [q for q in asks if "Hélène" in q or "defect dashboard" in q], asks
    assert [q for q in asks if "spare-parts list" in q], asks  # his own ask stays
