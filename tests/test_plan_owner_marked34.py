"""Our dated deliverables marked by an owner, as trackers, minutes and notes in other languages write them (session 27):
ours unless the owner is the partner or on the partner's side; a line with no later date is no promise."""

from __future__ import annotations

import datetime as dt

from assistant.planning.owner_marked import owner_in
from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

# A partner written for this test (not from any evaluation set): a tracker export, a German line, a partner-side owner.
TRACKER = """Partner: Wilhelmina Achterberg, Head of Customer Service
Org: regional water utility

2026-09-03 | quarterly check-in
Wilhelmina: "My agents still retype every meter reading from the field app. It eats the morning."
Field app to billing interface: first 3 districts by 30 October, owner Radek.

2026-10-21 | call
Interface live in 2 of 3 districts. Third district slipping.
Schulungsunterlagen für die Agenten bis 13.11.2026, Verantwortlich: Jonas.
Call-volume report by 20 November, owner her analyst Priyanka.
Radek's team did the rollout in district one last year too.
"""


def _ours(notes: str, today: dt.date) -> list[str]:
    p = parse_notes_text(notes)
    sit = build_situation(p.notes, p.partner, [], today)
    return [i.quote for i in sit.items if i.kind == "promise" and i.owner == "us"]


def test_owner_marked_lines_are_our_dated_promises() -> None:
    ours = _ours(TRACKER, dt.date(2026, 11, 25))
    assert any("owner Radek" in q for q in ours)
    assert any("Verantwortlich: Jonas" in q for q in ours)


def test_an_owner_on_the_partners_side_or_a_line_without_a_date_is_not_ours() -> None:
    ours = _ours(TRACKER, dt.date(2026, 11, 25))
    assert not any("Priyanka" in q for q in ours), "her analyst owns it: not our promise"
    assert not any("last year" in q for q in ours)


def test_owner_words_in_several_shapes() -> None:
    assert owner_in("Task (Open) | 12/15/2026 | coverage go-live | Owner: Tanya Ruiz. Status: Not Started.") == "Tanya Ruiz"
    assert owner_in("(Karim owns; now late)") == "Karim"
    assert owner_in("负责人：王伟，12月10日前") == "王伟"
    assert owner_in("the owner of the process is the plant") == ""
    assert owner_in("Kate, who Marcus trusts, will present") == ""
