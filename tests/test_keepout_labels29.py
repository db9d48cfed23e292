"""Keep-out lines name only what the notes really hold, in words the CIO recognises (session 29)."""

from __future__ import annotations

from pathlib import Path

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import AvoidTopic
from tests.plan_training_helpers import TODAY, parsed, plan_all


def _avoid(prefix: str) -> list[AvoidTopic]:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY).avoid


def test_a_hospital_as_workplace_is_no_family_or_health_matter() -> None:
    avoid = _avoid("1021")  # the hospital café, medical wards, sick leave as data, scanners that died: no private matter
    assert not [a.topic for a in avoid if a.kind == "personal"], [a.topic for a in avoid]


def test_a_confided_ballot_is_named_by_its_kind_once() -> None:
    topics = [a.topic for a in _avoid("1022") if a.kind == "asked_not_to"]
    assert topics == ["the union ballot in the note of 21 November 2026 (told in confidence)"], topics


def test_a_family_matter_and_a_private_address_are_named_as_what_they_are() -> None:
    topics = [a.topic for a in _avoid("1023")]
    assert "the family matter in the note of 2 October 2026" in topics, topics
    assert "the personal e-mail address in the notes" in topics, topics
    assert not any("phone" in t or "personal and family matters" in t for t in topics), topics


def test_a_signature_or_an_export_header_is_no_evidence(tmp_path: Path) -> None:
    plan = plan_all(["1024"], tmp_path)["1024"]
    stand = next(s for s in plan.sections if s.key == "stand")
    assert "Chief Product Officer |" not in stand.text and "Report:" not in stand.text, stand.text
