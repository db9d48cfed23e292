"""Whose words (whose28): an ask whose subject is another named person, in any script ("小林さん wants ...",
"Hélène Marchal (his quality lead) asked ..."), is never the partner's own; a signature line ("Title | Company")
is said by no one."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.factory import build_engine
from assistant.perception.non_speech import signature_line
from assistant.planning.situation import build_situation
from assistant.settings import Settings
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


@pytest.fixture(scope="module")
def engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    return build_engine(Settings(data_dir=tmp_path_factory.mktemp("whose28")), None)


def test_signature_lines_are_no_evidence(engine) -> None:  # type: ignore[no-untyped-def]
    p = parsed("998")
    result = engine.assess(p.notes, partner=p.partner)
    quotes = [e.quote for e in result.evidence]
    assert quotes, "the partner's own lines are evidence"
    assert not [q for q in quotes if "|" in q or "Chief Commercial Officer" in q], quotes
    assert signature_line("> Ola Berg | Chief Information Officer | Example AS")
    assert not signature_line("She said the pilot | the rollout are both late.")
