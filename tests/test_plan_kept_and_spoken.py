"""Session 8, lead's fixes after merging plan round 9: Teams names with particles, whose words an event is, a promise
kept in other words, and what a quarterly review says was kept. Partners invented here, in formats of their own."""

from __future__ import annotations

import datetime as dt

from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

TEAMS_WITH_PARTICLE = """Stakeholder: Anouk van der Berg, Head of Claims
2026-11-03 Teams call (copied from the chat window)
Anouk van der Berg   09:12
The new claims portal has been smooth since launch, thank you.
CIO   09:14
Glad to hear it. What comes next for you?
Anouk van der Berg   09:15
Pieter Smit, my fraud lead, needs the flagged claims by region, not one long list.
Anouk van der Berg   09:17
We go live with the broker channel on 19 January and I need the intake form ready before then.
"""

ACTION_TABLE_KEPT = """Partner: Lidia Moretti, Director of Warehousing

## 2026-09-15 Monthly review
Attendees: Lidia Moretti, CIO, Sam (IT)
Lidia wants pick errors at the Verona site below 0.5% by March.

| Action | Owner | Due |
|---|---|---|
| Handheld printers for Verona dispatch | IT (Sam) | 30/09/2026 |

## 2026-10-20 Site walk
Verona dispatch handheld printers in use on every shift since 28 September.
Lidia offered two of her shift leads to test the new slotting rules in November.
"""


def test_a_teams_name_with_a_particle_is_a_speaker() -> None:
    parsed = parse_notes_text(TEAMS_WITH_PARTICLE)
    sit = build_situation(parsed.notes, parsed.partner)
    speakers = {s.text.split(",")[0].split()[0]: s.speaker for s in sit.sentences}
    assert speakers["The"] == "partner"  # "The new claims portal ..." under "Anouk van der Berg   09:12"
    assert speakers["Pieter"] == "partner"
    assert speakers["Glad"] == "us"


def test_an_event_in_the_partners_own_line_is_given_as_their_words(plan_text) -> None:  # type: ignore[no-untyped-def]
    text = TEAMS_WITH_PARTICLE.replace(" and I need the intake form ready before then.", ".")
    plan = plan_text(text, dt.date(2026, 11, 5))
    assert "your note: “We go live" not in plan.one_thing
    assert "(in Anouk's words: “We go live with the broker channel on 19 January" in plan.one_thing


def test_i_need_a_thing_of_ours_ready_before_their_date_is_an_ask_with_that_deadline(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(TEAMS_WITH_PARTICLE, dt.date(2026, 11, 5))
    asks = [o for o in plan.open_items if o.kind == "request" and o.owner == "partner"]
    assert any("the intake form ready before then" in o.quote for o in asks)
    assert plan.one_thing.startswith("Answer what Anouk asked on 3 November, with one owner, before 19 January: “We go live")
    assert "fraud lead" not in plan.one_thing  # 'then' points inside its own sentence: no earlier line is pulled in


def test_our_action_kept_in_other_words_is_not_overdue(plan_text) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_notes_text(ACTION_TABLE_KEPT)
    sit = build_situation(parsed.notes, parsed.partner, today=dt.date(2026, 10, 21))
    promise = next(i for i in sit.items if i.kind == "promise")
    assert promise.status == "done"
    assert promise.done_quote.startswith("Verona dispatch handheld printers in use")
    plan = plan_text(ACTION_TABLE_KEPT, dt.date(2026, 10, 21), purpose="quarterly review")
    assert not any(o.kind == "promise" and o.status == "overdue" for o in plan.open_items)
    assert "Did it reach you" not in " ".join(plan.script)


def test_a_quarterly_review_names_what_we_kept(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(ACTION_TABLE_KEPT, dt.date(2026, 10, 21), purpose="quarterly review")
    assert ("Here is what we promised last quarter, and what we kept: “Handheld printers for Verona dispatch”, due 30 September,"
            " is done.") in plan.script


def test_a_one_thing_that_ends_on_a_bracket_is_a_sentence(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(ACTION_TABLE_KEPT, dt.date(2026, 10, 21), purpose="quarterly review")
    assert ") Then" not in plan.one_thing and "”) Then" not in plan.one_thing


def test_evidence_quotes_from_a_teams_copy_carry_no_speaker_label(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(TEAMS_WITH_PARTICLE, dt.date(2026, 11, 5))
    stand = next(s.text for s in plan.sections if s.key == "stand")
    assert "“The new claims portal has been smooth since launch, thank you.”" in stand
    assert "09:1" not in stand
