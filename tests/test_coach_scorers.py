"""Each coach scorer on a plan it must pass and a plan it must fail (new plan fields and today's sections)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from evals.coach_scorers import CoachFacts, Context, PlanCase, PlanView, score_cases, score_diagnosis
from evals.coach_scorers.misses import score_wrong_apology
from evals.coach_scorers.situation import score_avoid_topics, score_open_items, score_unraised_objections
from evals.coach_scorers.surface import (
    reused_sentences,
    score_boilerplate,
    score_main_length,
    score_pii,
    score_purpose,
    score_value_pasted,
)
from evals.coach_scorers.voice import score_misattributed_quotes, score_role_vocabulary, score_trend

NOTES = """Stakeholder: Ingrid Solberg, Chief Financial Officer
2026-05-12 email: RE: Tuesday's outage
From: Ingrid Solberg
Thanks for the quick write-up. I understand the fibre cut was on Telnor's side and your team had us back within the hour.
Can you send me a cost benchmark against Halvorsen Freight before the budget meeting on 30 June?
Mobile: +47 912 34 567
> From: CIO: We will have the second line live by end of Q2.
2026-05-14 own note: Ingrid is back from sick leave after her operation; keep it out of the room.
"""
STATEMENT = ("At Nordhavn Logistics, technology keeps every depot, truck and customer portal running, so that freight "
             "moves on the promised day and every krone we spend on systems shows up as lower cost per pallet.")
FACTS = CoachFacts.from_dict({
    "open_items": [{"kind": "request", "owner": "partner", "text": "cost benchmark", "cues": ["benchmark"]}],
    "avoid": [{"topic": "sick leave", "cues": ["sick leave", "operation"]}],
    "third_party_misses": [{"text": "Telnor's fibre cut", "cues": ["fibre", "telnor", "outage"]}],
    "forgiven_misses": [{"text": "last year's rostering outage", "cues": ["rostering"]}],
    "cio_statements": ["We will have the second line live by end of Q2"],
    "raised_objections": ["budget"],
    "latest_direction": "improving",
    "private": ["+47 912 34 567"],
})
CTX = Context(NOTES, "Ingrid Solberg", "finance", "Chief Financial Officer", STATEMENT, "budget review",
              {"quadrant": "utility"}, FACTS)
GOOD_SCRIPT = ["Ingrid, here is the cost benchmark against Halvorsen Freight you asked for, two weeks before 30 June.",
               "What would you like the network spend to buy you next year?"]


def plan(**fields: Any) -> PlanView:
    base: dict[str, Any] = {"stakeholder": "Ingrid Solberg", "quadrant": "utility", "purpose": "budget review",
                            "one_thing": "Agree what the network benchmark should compare.", "script": GOOD_SCRIPT}
    base.update(fields)
    return PlanView.of(base)


def sections(*pairs: tuple[str, str]) -> PlanView:
    """A plan as today's engine writes it: numbered sections only."""
    return PlanView.of({"stakeholder": "Ingrid Solberg", "quadrant": "utility", "purpose": "budget review",
                        "sections": [{"title": t, "text": x, "sources": []} for t, x in pairs]})


def test_wrong_apology_owning_a_third_partys_miss_fails_and_a_plain_plan_passes() -> None:
    assert score_wrong_apology(plan(), CTX).passed
    bad = plan(script=["I am sorry about the fibre outage last Tuesday, Ingrid; that was on us."])
    score = score_wrong_apology(bad, CTX)
    assert not score.passed and "third party" in score.reason


def test_wrong_apology_reopening_a_forgiven_miss_fails() -> None:
    bad = sections(("Opening", "We let you down on the rostering go-live and I apologise again."))
    assert not score_wrong_apology(bad, CTX).passed


def test_wrong_apology_from_the_notes_alone_catches_praise_owned_as_a_miss() -> None:
    notes = "Stakeholder: Henrik Aalto, CFO\n2025-05-20 hallway\n- HA: laptop refresh painless, credit to Ola's team.\n- AP capture late again.\n"
    ctx = Context(notes, "Henrik Aalto", "finance")
    bad = sections(("Opening", "I know Ola's team cost your team real time, Henrik, and I am not here to explain it away."))
    good = sections(("Opening", "AP capture is late again, Henrik, and I am sorry: that one is ours."))
    assert not score_wrong_apology(bad, ctx).passed
    assert score_wrong_apology(good, ctx).passed


def test_avoid_topic_in_the_script_fails_but_in_the_avoid_list_passes() -> None:
    good = plan(avoid=[{"topic": "her sick leave", "why": "she asked"}])
    assert score_avoid_topics(good, CTX).passed
    bad = plan(script=[*GOOD_SCRIPT, "Good to have you back after the operation, Ingrid."])
    assert not score_avoid_topics(bad, CTX).passed


def test_open_request_not_answered_fails() -> None:
    assert score_open_items(plan(), CTX).value == 1.0
    bad = plan(script=["Ingrid, let me show you what the data platform could do for finance."], one_thing="Talk data.")
    score = score_open_items(bad, CTX)
    assert not score.passed and score.value == 0.0 and "benchmark" in score.reason


def test_open_items_from_the_notes_when_the_scenario_has_no_facts() -> None:
    ctx = Context(NOTES, "Ingrid Solberg", "finance")
    assert score_open_items(plan(), ctx).passed
    assert not score_open_items(plan(script=["Hello Ingrid."], one_thing="Say hello."), ctx).passed


def test_objection_the_partner_never_raised_fails() -> None:
    good = sections(("Likely objections and answers", "If Ingrid says “the network costs too much”: show the benchmark."))
    assert score_unraised_objections(good, CTX).passed
    bad = sections(("Likely objections and answers", "If Ingrid says “We'll use a vendor, outsourcing is cheaper”: ask why."))
    assert not score_unraised_objections(bad, CTX).passed


def test_boilerplate_sentence_shared_with_another_partner_fails() -> None:
    shared = "Rather than the whole budget, here is just the part that runs your team and what a day without it costs."
    mine = plan(script=[shared.replace("your team", "finance"), "Ingrid, the benchmark is attached and dated."])
    other = PlanView.of({"stakeholder": "Raj Patel", "script": [shared.replace("your team", "finance")]})
    unique = plan()
    reused = reused_sentences({"a": ("ingrid", mine), "b": ("raj", other), "c": ("ingrid2", unique)})
    assert not score_boilerplate(mine, reused["a"]).passed
    assert score_boilerplate(unique, reused["c"]).passed


def test_boilerplate_ignores_the_same_partners_plan_for_another_purpose() -> None:
    a, b = plan(purpose="budget review"), plan(purpose="first meeting")
    reused = reused_sentences({"a": ("ingrid", a), "b": ("ingrid", b)})
    assert reused == {"a": [], "b": []}


def test_plan_that_does_not_change_with_purpose_fails() -> None:
    same = plan(purpose="first meeting")
    assert not score_purpose(plan(), same).passed
    changed = plan(purpose="first meeting", one_thing="Learn what Ingrid needs from the network.",
                   script=["Ingrid, I would like to hear how finance uses the network today.", "What costs you the most time?"])
    assert score_purpose(plan(), changed).passed


def test_value_statement_pasted_fails_and_translated_passes() -> None:
    translated = plan(value_message="For credit control, Ingrid, the network is worth what a lost hour of cash collection costs.")
    assert score_value_pasted(translated, CTX).passed
    pasted = plan(value_message=f"It is part of what we promise the whole business: {STATEMENT}")
    assert not score_value_pasted(pasted, CTX).passed


def test_another_functions_vocabulary_fails() -> None:
    assert score_role_vocabulary(plan(), CTX).passed
    ctx = Context("Stakeholder: Fiona Walsh, Director of Nursing\n2026-03-02 the bleeps held up all winter.", "Fiona Walsh", "nursing")
    bad = plan(script=["Fiona, let us talk about working capital and forecast accuracy on the wards."])
    score = score_role_vocabulary(bad, ctx)
    assert not score.passed and "working capital" in score.reason


def test_private_contact_details_fail() -> None:
    assert score_pii(plan(), CTX).passed
    assert not score_pii(plan(script=["Call Ingrid on +47 912 34 567 first."]), CTX).passed
    ctx = Context("notes", "Tom Becker")
    assert not score_pii(plan(script=["Send it to tom.becker71@gmail.com."]), ctx).passed
    assert score_pii(plan(script=["The budget meeting is on 2026-06-30, the figure is 1,140,000."]), ctx).passed


def test_main_view_length_uses_the_new_fields_and_falls_back_to_the_whole_plan() -> None:
    assert score_main_length(plan()).passed
    long_sections = sections(*[(f"Section {i}", "word " * 60) for i in range(8)])
    score = score_main_length(long_sections)
    assert not score.passed and "whole plan" in score.reason


def test_trend_against_the_latest_note_fails() -> None:
    assert score_trend(plan(), CTX).n == 0
    bad = sections(("Where the partner stands", "Trend: competence perception worsening."))
    assert not score_trend(bad, CTX).passed
    good = sections(("Where the partner stands", "Trend: competence perception improving."))
    assert score_trend(good, CTX).passed


def test_quote_the_cio_wrote_given_as_the_partners_fails() -> None:
    good = plan(script=["Ingrid, you said “your team had us back within the hour”, and that is the standard we keep."])
    assert score_misattributed_quotes(good, CTX).passed
    bad = plan(script=["Remember what Ingrid said: “We will have the second line live by end of Q2.”"])
    assert not score_misattributed_quotes(bad, CTX).passed


def test_quote_from_the_notes_outside_quote_marks_is_the_cios_note() -> None:
    ctx = Context(NOTES, "Ingrid Solberg")
    bad = plan(script=["Remember what Ingrid said on 2026-05-14: “back from sick leave after her operation”."])
    assert not score_misattributed_quotes(bad, ctx).passed


def test_diagnosis_half_right_on_one_axis() -> None:
    assert score_diagnosis(plan(quadrant="utility"), CTX).value == 1.0  # type: ignore[union-attr]
    assert score_diagnosis(plan(quadrant="cost_centre"), CTX).value == 0.5  # type: ignore[union-attr]
    assert score_diagnosis(plan(quadrant="bypass_risk"), CTX).value == 0.0  # type: ignore[union-attr]


@pytest.mark.parametrize("good", [True, False])
def test_score_cases_gives_a_clean_plan_a_higher_coach_score(good: bool) -> None:
    clean = plan(value_message="For credit control, Ingrid, the benchmark shows what an hour of network costs Halvorsen Freight, "
                               "and which hours your team can win back for chasing overdue invoices before month end, "
                               "toward your aim of closing the books in 4 days.",
                 open_items=[{"kind": "request", "owner": "partner", "text": "cost benchmark before 30 June"}],
                 followups=["I will send Ingrid the cost benchmark against Halvorsen Freight by 30 June, at the budget meeting (owner: CIO)."])
    broken = sections(("Opening", "I am sorry about the fibre outage, Ingrid, that was on us. Good to see you back after the operation."),
                      ("Value message", f"It is part of what we promise: {STATEMENT}"), *[(f"S{i}", "word " * 80) for i in range(6)])
    alt = plan(purpose="first meeting", one_thing="Hear how finance uses the network.", script=["Ingrid, how does finance use it?"])
    view = clean if good else broken
    ctx = replace(CTX, notes=CTX.notes + "2026-05-20 call: Ingrid: my aim this year is closing the books in 4 days, not 9.\n")  # a goal and its number
    result = score_cases([PlanCase("p", "ingrid", view, ctx, alt)])["p"]
    other = score_cases([PlanCase("p", "ingrid", broken if good else clean, ctx, alt)])["p"]
    assert (result["auto"]["mean"] > other["auto"]["mean"]) is good
    assert bool(result["failures"]) is not good


def test_plan_view_reads_markdown_of_todays_plans() -> None:
    md = ("# Plan: Ingrid Solberg — budget review\nQuadrant: Utility · Engine: offline\n\n## 1. Opening\nHello Ingrid.\n"
          "*Sources: note 2026-05-12*\n\n## 2. Value message\nFor credit control, the network matters.\n")
    view = PlanView.from_markdown(md)
    assert (view.partner, view.purpose, view.quadrant) == ("Ingrid Solberg", "budget review", "utility")
    assert view.opening() == "Hello Ingrid." and "credit control" in view.value_message
    assert "Sources" not in view.full_text()


def test_plan_built_around_a_praised_or_declined_topic_fails() -> None:
    from evals.coach_scorers.topic import score_wrong_topic

    notes = ("Stakeholder: Henrik Aalto, CFO\n2025-05-20 hallway\n- laptop refresh painless, credit to Ola's team.\n"
             "- AP invoice capture still not live. We said Easter.\n- he turned down the cash forecasting pilot.\n")
    ctx = Context(notes, "Henrik Aalto", "finance")
    praised = sections(("Opening", "I know Ola's team cost you time."), ("Competence proof", "An answer on Ola's team by Friday."))
    declined = sections(("Goal for this meeting", "Agree the cash forecasting pilot."), ("Value message", "The cash forecasting pilot is worth it."))
    right = sections(("Opening", "AP invoice capture is late, Henrik."), ("Competence proof", "AP invoice capture goes live on 1 June."))
    assert not score_wrong_topic(praised, ctx).passed
    assert not score_wrong_topic(declined, ctx).passed
    score = score_wrong_topic(right, ctx)
    assert score.passed and "ap invoice capture" in score.reason


def test_a_number_before_a_dated_reference_is_not_a_phone_number() -> None:
    ctx = Context("notes", "Tom Becker")
    assert score_pii(plan(script=["They closed 05 (2025-03-18) and 4 (2025-02-17) of the findings."]), ctx).passed


def test_quoting_the_request_as_evidence_does_not_answer_it() -> None:
    quoted = sections(("Where the partner stands", "The notes behind this: “can you send me a cost benchmark”."),
                      ("Opening", "Ingrid, let me tell you about the data platform."))
    assert not score_open_items(quoted, CTX).passed
    answered = sections(("Opening", "Ingrid, here is the benchmark you asked for."))
    assert score_open_items(answered, CTX).passed


def test_pushing_data_on_a_partner_who_declined_it_fails() -> None:
    from evals.coach_scorers.situation import score_declined_ideas

    notes = "Stakeholder: Gareth Pryce, Finance Director\n2026-02-11 meeting\n- no interest in the data platform idea: not for us.\n"
    ctx = Context(notes, "Gareth Pryce", "finance")
    pushing = sections(("Goal for this meeting", "Plant one small idea about what better information could do for finance."))
    assert not score_declined_ideas(pushing, ctx).passed
    basics = sections(("Goal for this meeting", "Agree the five-year laptop cycle Gareth asked us to look at."))
    assert score_declined_ideas(basics, ctx).passed


def test_a_quoted_ask_answers_only_with_a_dated_reply_beside_it() -> None:
    ask = "On 12 May you asked: “Can you send me a cost benchmark against Halvorsen Freight before the budget meeting on 30 June?”"
    answered = plan(script=[f"{ask} My answer, with one owner, comes by 20 May."], one_thing="Answer Ingrid's request.")
    assert score_open_items(answered, CTX).passed
    quoted_only = plan(script=[f"{ask} Let us talk about the network."], one_thing="Answer Ingrid's request.")
    assert not score_open_items(quoted_only, CTX).passed  # quoting the request as evidence does not answer it


def test_a_one_thing_that_leads_with_the_quoted_ask_and_an_owner_answers_it() -> None:
    note = "(your note: “Ingrid asked for a cost benchmark against Halvorsen Freight before the budget meeting.”)"
    leads = plan(script=["Hello Ingrid."], one_thing=f"Answer what Ingrid asked on 12 May with a date and an owner {note}.")
    assert score_open_items(leads, CTX).passed
    evidence = plan(script=["Hello Ingrid."], one_thing=f"Talk about the network {note}.")
    assert not score_open_items(evidence, CTX).passed
