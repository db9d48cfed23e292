"""The scorers for what reviewers named and the first scorers missed: each on a plan it must pass and one it must fail."""

from __future__ import annotations

from typing import Any

from evals.coach_scorers import Context, PlanCase, PlanView, score_cases
from evals.coach_scorers.dimensions import COUNT_FULL, failure_count
from evals.coach_scorers.history import (
    score_first_meeting_questions,
    score_miss_not_owned,
    score_no_promise_claim,
    score_outage_unfounded,
    score_rash_promise,
    score_stale_lead,
)
from evals.coach_scorers.speech import (
    rare_words,
    score_cio_note_spoken,
    score_demand_as_goal,
    score_first_line,
    score_generic_lines,
    score_inverted_offer,
    score_value_fragment,
    score_word_lists,
)

NOTES = """Stakeholder: Tove Lindqvist, Director of Stores
12/01/2026 store visit, Malmo
- TL: tills at Malmo froze twice on Saturday; queue out the door.
- we promised the new till firmware by end of February.
03/04/2026 call
- firmware slipped to May; she heard it from her store manager, not from us. Third date.
- She has stopped expecting dates from us.
- I offered a queue-length dashboard for the stores; she said not for us, fix the tills first.
20/06/2026 quarterly review
- TL wants the IT charge to stores cut by 10% next year.
- She asked whether the Lund store could pilot self-checkout in the autumn.
"""
STATEMENT = "At Nordsten Retail, technology keeps every till and every shelf label working so that customers leave quickly and happy."
CTX = Context(NOTES, "Tove Lindqvist", "retail", "Director of Stores", STATEMENT, "quarterly review")


def plan(**fields: Any) -> PlanView:
    base: dict[str, Any] = {"partner": "Tove Lindqvist", "quadrant": "cost_centre", "purpose": "quarterly review",
                            "one_thing": "Own the till firmware slip and agree the Lund self-checkout pilot."}
    base.update(fields)
    return PlanView.of(base)


GOOD = plan(script=["Tove, the till firmware slipped to May and you heard it from your store manager: that was ours.",
                    "On Lund: yes to a self-checkout pilot, and I will bring a scoped date to you on Friday."])


def test_no_promise_claim_fails_when_the_notes_hold_our_promise() -> None:
    bad = plan(script=["No promise to Tove on record yet, so let us start fresh."])
    assert score_no_promise_claim(bad, CTX).passed is False
    assert score_no_promise_claim(GOOD, CTX).passed is True
    # "what we promised and kept" with no promise in the notes is the same untruth the other way round
    empty = Context("Stakeholder: Ali Demir, CFO\n2026-03-01 call\n- Ali asked about licence costs.\n", "Ali Demir")
    assert score_no_promise_claim(plan(script=["Here is what we promised last quarter, and what we kept."]), empty).passed is False


def test_no_promise_claim_reads_action_rows_owned_by_initials() -> None:
    ctx = Context("Stakeholder: Ali Demir, CFO\n2026-03-01 minutes\n| JP to send the licence list by 14 March |\n", "Ali Demir")
    assert score_no_promise_claim(plan(script=["No promise to Ali on record."]), ctx).passed is False
    own = Context("Stakeholder: Ali Demir, CFO\n2026-03-01 minutes\nAD to send the budget memo by 14 March\n", "Ali Demir")
    assert score_no_promise_claim(plan(script=["No promise to Ali on record."]), own).passed is True


def test_miss_not_owned_needs_a_sentence_owning_our_slip_by_name() -> None:
    assert score_miss_not_owned(GOOD, CTX).value == 0.0
    vague = plan(script=["I am sorry for the delay raised on 3 April.", "Shall we look at the year ahead?"])
    score = score_miss_not_owned(vague, CTX)
    assert score.passed is False and "firmware" in score.reason
    vendor = Context("Stakeholder: Tove Lindqvist\n2026-04-03 call\n- The carrier's fibre cut slipped the go-live again.\n",
                     "Tove Lindqvist")
    assert score_miss_not_owned(vague, vendor).n == 0  # a third party's slip is not ours to own
    said = Context("Stakeholder: Tove Lindqvist\n2026-04-03 email\nTL: \"The shelf-label printers jammed on Saturday and that's on IT.\"\n",
                   "Tove Lindqvist")
    assert score_miss_not_owned(vague, said).passed is False
    owned = plan(script=["The shelf-label printers failing again was ours; here is the fix and its date."])
    assert score_miss_not_owned(owned, said).passed is True


def test_first_meeting_questions_only_for_a_partner_of_long_standing() -> None:
    asks = plan(script=["What matters most to you this year?"])
    assert score_first_meeting_questions(asks, CTX).passed is False  # 159 days of notes
    assert score_first_meeting_questions(GOOD, CTX).passed is True
    new = Context("Stakeholder: Tove Lindqvist\n2026-06-20 intro call\n- Met Tove for the first time.\n", "Tove Lindqvist")
    assert score_first_meeting_questions(asks, new).n == 0


def test_stale_lead_when_the_first_line_draws_on_an_old_note() -> None:
    stale = plan(script=["Tove, the Malmo tills froze twice on Saturday with a queue out the door.", "Anything else?"])
    assert score_stale_lead(stale, CTX).passed is False
    fresh = plan(script=["Tove, the Lund store self-checkout pilot in the autumn: yes, and here is how.", "Anything else?"])
    assert score_stale_lead(fresh, CTX).passed is True


def test_rash_promise_of_a_demanded_cut_by_a_date() -> None:
    rash = plan(script=["First things first: you will have the 10% cut to the store charge by 30 June."])
    assert score_rash_promise(rash).passed is False
    assert score_rash_promise(GOOD).passed is True
    assert score_rash_promise(plan(script=["If you want a 10% cut by 30 June, what would you drop?"])).passed is True


def test_outage_plan_must_name_the_outage() -> None:
    ctx = Context(NOTES, "Tove Lindqvist", purpose="escalation after an outage")
    generic = plan(purpose="escalation after an outage", script=["First what happened, then what changes, then who owns it."])
    assert score_outage_unfounded(generic, ctx).passed is False
    named = plan(purpose="escalation after an outage",
                 script=["The Malmo tills froze twice on Saturday: here is what happened and what changes."])
    assert score_outage_unfounded(named, ctx).passed is True
    assert score_outage_unfounded(GOOD, CTX).n == 0  # not an outage meeting


def test_first_line_must_be_sayable() -> None:
    assert score_first_line(GOOD).passed is True
    for line in ("On 3 April you asked whether IT was going to \"get in the way. You will have it.",
                 "Use Tove's own words: tills, queue, firmware, Saturday, Lund.",
                 "The one thing is " + "really " * 40 + "simple.",
                 "Here is the answer to the question about the"):
        assert score_first_line(plan(script=[line])).passed is False, line


def test_word_lists_in_what_the_cio_says() -> None:
    assert score_word_lists(GOOD).passed is True
    assert score_word_lists(plan(script=["Speak in her terms: tills, queue, firmware, labels."])).passed is False


def test_value_fragment_pasted_into_the_value_message() -> None:
    pasted = plan(value_message="Our part: helping your team every till and every shelf label working.")
    assert score_value_fragment(pasted, CTX).passed is False
    told = plan(value_message="Tove, when the Malmo tills stop freezing, your Saturday queues go and your staff sell again.")
    assert score_value_fragment(told, CTX).passed is True


def test_cio_note_spoken_to_the_partner() -> None:
    spoken = plan(script=["You want the tills fixed and has stopped expecting dates from us."])
    assert score_cio_note_spoken(spoken, CTX).passed is False
    assert score_cio_note_spoken(GOOD, CTX).passed is True
    thinking = Context("Stakeholder: Tove Lindqvist\n2026-06-20 call\n- I came away thinking she knows what she needs and has "
                       "stopped asking us.\n", "Tove Lindqvist")
    assert score_cio_note_spoken(plan(script=["You know what you need and has stopped asking us."]), thinking).passed is False
    quoted = plan(script=["Where you may get defensive: “She has stopped expecting dates from us.”"])
    assert score_cio_note_spoken(quoted, CTX).passed is True  # evidence quoted to the CIO is not said to the partner


def test_demand_recast_as_the_partners_goal() -> None:
    demand = plan(value_message="Tove, you want the IT charge to stores cut by 10% next year. That is the job technology should do.")
    assert score_demand_as_goal(demand, CTX).passed is False
    declined = plan(one_thing="Tove, you want a queue-length dashboard for the stores.")
    assert score_demand_as_goal(declined, CTX).passed is False
    goal = plan(value_message="Tove, you want customers out of the Malmo store quickly; tills that never freeze are our part.")
    assert score_demand_as_goal(goal, CTX).passed is True


def test_our_offer_thanked_as_the_partners() -> None:
    inverted = plan(script=["Thank you for offering the queue-length dashboard."])
    assert score_inverted_offer(inverted, CTX).passed is False
    assert score_inverted_offer(GOOD, CTX).passed is True


def test_generic_lines_name_nothing_of_this_partner() -> None:
    others = {"tove": NOTES, "ali": "Ali Demir, CFO. First the licence costs, then the audit listing; next step in May.",
              "eva": "Eva Berg, HR. Payroll run first, onboarding next; listen to the recruiters."}
    rare = rare_words(others)["tove"]
    generic = plan(one_thing="Listen first and agree one next step.",
                   script=["How do you want to hear from us next time, and how fast?"])
    assert score_generic_lines(generic, CTX, rare).value == 1.0
    assert score_generic_lines(GOOD, CTX, rare).value == 0.0


def test_markdown_plans_with_main_view_and_details_are_read_whole() -> None:
    md = ("# Plan: Tove Lindqvist — quarterly review\nQuadrant: Cost centre · Confidence: 70%\n\n## The one thing\nOwn the slip.\n\n"
          "## Say this\n1. The firmware slip was ours.\n2. Lund: yes.\n\n## Open between us\n- request, theirs, open (2026-06-20): Lund pilot\n\n"
          "---\n## Details\n\n### 1. Opening\nThe firmware slip was ours.\n*Sources: note 2026-04-03*\n\n"
          "### 2. Value message\nTills that never freeze.\n")
    view = PlanView.from_markdown(md)
    assert view.script == ["The firmware slip was ours.", "Lund: yes."]
    assert view.open_items and "Lund pilot" in view.open_items[0]["text"]
    assert view.section("opening") == "The firmware slip was ours." and view.value_message == "Tills that never freeze."


def test_failure_count_feeds_the_dimensions_and_counts_each_failure_once() -> None:
    assert failure_count({"wrong_apology": 1.0, "rash_promise": 0.5, "generic_lines": 1.0}) == 2 / COUNT_FULL
    bad = plan(script=["No promise to Tove on record.", "You will have the 10% cut by 30 June."])
    results = score_cases([PlanCase("good", "tove", GOOD, CTX), PlanCase("bad", "tove2", bad, CTX)])
    assert results["bad"]["features"]["failure_count"] > results["good"]["features"]["failure_count"]
    assert results["bad"]["auto"]["mean"] < results["good"]["auto"]["mean"]
