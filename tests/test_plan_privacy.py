"""The plan quotes no private sentence as evidence: health, family, audit findings or what the notes say to keep out."""

from __future__ import annotations

import datetime as dt

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.render import plan_markdown
from assistant.planning.situation_cues import private
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

NOTES = """Stakeholder: Odile Marchetti, Chief Nurse
2026-09-14 meeting
Odile said the rostering tool went live on the date we gave, which mattered as her husband's chemotherapy started that week.
2026-10-20 meeting
Odile said our team delivered the e-observations rollout on time, exactly as promised.
She wants agency hours down by a fifth next year.
"""


def test_private_sentences_are_never_quoted_as_evidence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = parse_notes_text(NOTES)
    engine = build_engine(Settings(data_dir=tmp_path), None)
    assessment = engine.assess(p.notes, partner=p.partner)
    assert any("chemotherapy" in e.quote for e in assessment.evidence), "the test needs private evidence"
    plan = engine.plan(PlanInput(p.partner, p.role, None, p.notes, assessment, "quarterly review", "", [], dt.date(2026, 11, 2)))
    text = plan_markdown(plan)
    assert "chemotherapy" not in text
    assert "e-observations rollout on time" in text  # the plan still quotes what may be said


def test_private_sentence_detector() -> None:
    assert private("Her husband's chemotherapy started last week.")
    assert private("The internal audit finding on access reviews is confidential.")
    assert private("Husband finished treatment, she said, doing well.")  # a family matter told in shorthand
    assert not private("She wants agency hours down by a fifth next year.")
    assert not private("The treatment of VAT in the new ledger is wrong.")


LISTED = """Stakeholder: Martin Oake, Head of Fleet

14 Oct 2026 - call
Martin asked for three things: a spare tablet for each van, the route report by 20 November, and that we ring his personal mobile 07700 900123 rather than the office while his daughter is in hospital.

10 Nov 2026 - email
Martin wants fuel cost per van down 5% next year.
"""


def test_an_open_item_keeps_the_ask_and_loses_the_private_clause_beside_it(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(LISTED, dt.date(2026, 11, 24))
    shown = plan_markdown(plan) + " ".join(f"{i.text} {i.quote}" for i in plan.open_items)
    assert not any(word in shown for word in ("hospital", "daughter", "07700", "mobile"))
    assert any("the route report by 20 November" in i.quote for i in plan.open_items)
    assert all(i.quote.count("“") == i.quote.count("”") and i.text.count("“") == i.text.count("”") for i in plan.open_items)


def test_without_private_cuts_only_the_private_clauses() -> None:
    from assistant.planning.plan_checks import without_private

    assert without_private("She asked for the rota report, and to call her at home while her son is ill.") == "She asked for the rota report, and to call her at home …"
    assert without_private("Her husband is ill.") == ""
    assert without_private("She wants agency hours down by a fifth next year.") == "She wants agency hours down by a fifth next year."


BRACKETED = """Stakeholder: Owen Pike, Harbour Master

3 Nov 2026 - call
- Personal: his wife's ill (he said so himself, asked us to route urgent calls to his deputy until Christmas). Keep out of meetings.
- Owen asked for a berth-occupancy dashboard for the control room.
"""


def test_an_ask_inside_a_private_matter_is_no_open_item(plan_text) -> None:  # type: ignore[no-untyped-def]
    plan = plan_text(BRACKETED, dt.date(2026, 11, 24))
    shown = plan_markdown(plan) + " ".join(f"{i.text} {i.quote}" for i in plan.open_items)
    assert not any(word in shown for word in ("wife", "route urgent calls", "private details left out"))
    assert [i.quote for i in plan.open_items if i.owner == "partner"] == ["Owen asked for a berth-occupancy dashboard for the control room."]
    assert "things you asked" not in shown
