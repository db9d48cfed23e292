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


def test_signature_lines_are_said_by_no_one(engine) -> None:  # type: ignore[no-untyped-def]
    p = parsed("998")
    result = engine.assess(p.notes, partner=p.partner)
    quotes = [e.quote for e in result.evidence]
    assert quotes, "the partner's own lines are evidence"
    assert not [q for q in quotes if "|" in q or "Chief Commercial Officer" in q], quotes
    assert signature_line("> Ola Berg | Chief Information Officer | Example AS")
    from assistant.planning.note_reading import Partner, partner_said
    from assistant.planning.situation_types import Sentence

    note = p.notes[0]
    sign = Sentence("Chief Commercial Officer | Nordvik Outdoor AS", note, "partner", 0)
    assert not partner_said(sign, Partner.from_name(p.partner))
    assert not signature_line("She said the pilot | the rollout are both late.")


def _misses(prefix: str) -> list[tuple[str, str]]:
    p = parsed(prefix)
    sit = build_situation(p.notes, p.partner, [], DAY)
    return [(i.owner, i.quote) for i in sit.items if i.kind in ("miss", "noted_miss")]


def test_a_miss_the_memo_calls_ours_is_never_a_suppliers() -> None:
    misses = _misses("999")
    assert [o for o, q in misses if "Wi-Fi fell over" in q] == ["us"], misses
    assert not [q for o, q in misses if o == "third_party"], misses


def test_blame_words_in_other_languages() -> None:
    from assistant.planning.cio_owning import owned_said

    assert owned_said("and that's ours completely the team knows") and owned_said("we ordered late our side nobody else's")
    assert owned_said("Onze fout, de certificaat-instelling was verkeerd.")
    assert owned_said("Das war unser Fehler beim Umzug.") and not owned_said("Nicht unser Fehler, der Provider hatte Ausfall.")
    assert owned_said("今回はこちらのミスです。") and not owned_said("こちらのミスではない。")
    assert not owned_said("it was not our fault, the carrier lost the parcel")


def test_the_writers_aside_in_dutch_is_never_the_partners_words() -> None:
    from assistant.planning.note_reading import Partner, cio_voice, partner_said

    p = parsed("1000")
    sit = build_situation(p.notes, p.partner, [], DAY)
    partner = Partner.from_name(p.partner)
    aside = [s for s in sit.sentences if "brandstofkosten" in s.text or "mijn gedachte" in s.text]
    assert aside, [s.text for s in sit.sentences]
    assert not [s.text for s in aside if partner_said(s, partner)], [(s.text, s.speaker) for s in aside]
    assert not [i.quote for i in sit.items if "brandstof" in i.quote], [i.quote for i in sit.items]
    from assistant.perception.cio_lines import WRITER_LABEL, cio_owned

    assert WRITER_LABEL.match("Mijn indruk: Femke wil op termijn ook de brandstofkosten per rit zien.")
    assert WRITER_LABEL.match("Meine Einschätzung: sie will mehr.") and WRITER_LABEL.match("私見：彼はデータが欲しい。")
    assert cio_voice("Alleen mijn gedachte, niet wat zij zei.") and cio_voice("Mon avis : elle hésite encore.")
    note = "3 maart\nMijn indruk: zij wil meer.\n\nFemke: \"Graag vóór mei.\""
    assert cio_owned(note, "Mijn indruk: zij wil meer.") and not cio_owned(note, "Femke: \"Graag vóór mei.\"")
