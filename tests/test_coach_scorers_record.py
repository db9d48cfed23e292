"""Session-8 coach scorers (evals/coach_scorers/record.py) and the misattributed-quote fix: each on a plan it must
pass and one it must fail. The notes and plans here are written for these tests, not taken from rated sets."""

from __future__ import annotations

from evals.coach_scorers import CoachFacts, Context, PlanView
from evals.coach_scorers.record import (
    score_cio_view_as_ask,
    score_delivered_open,
    score_live_item_missed,
    score_praise_as_objection,
)
from evals.coach_scorers.voice import score_misattributed_quotes

NOTES = """Partner: Helga Brandt, Director of Fleet
2026-03-02 meeting
- Helga asked us for a read-only feed of the depot telematics for her planners.
- She asked to take the route optimiser into production by the summer.
2026-06-30 note
- Telematics feed for the depot planners approved by security, live 12 June.
- Route optimiser live 29 June. Helga: "Thank you, that went better than I feared."
2026-11-20 meeting
- Helga asked for a costed estimate to replace 30 rugged tablets before her capital bid on 4 December.
- Helga didn't mind the Quarry outage: "Vendor thing, and you told us before we noticed."
- My read: she wants a digital fleet, with or without us.
"""
CTX = Context(NOTES, "Helga Brandt")


def md(script: list[str], open_lines: list[str], objections: str = "") -> PlanView:
    lines = ["# Plan: Helga Brandt — quarterly review", "Quadrant: Utility · Confidence: 60%", "", "## The one thing",
             "Agree the tablet estimate.", "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "",
             "## Open between us", *[f"- {o}" for o in open_lines], "", "---", "## Details", "",
             "### 1. Likely objections and answers", objections or "None raised."]
    return PlanView.from_markdown("\n".join(lines))


GOOD = md(["Helga, the costed estimate for the 30 rugged tablets reaches you on 1 December, before your bid."],
          ["request, theirs, open (2026-11-20): Noted on 20 November: “Helga asked for a costed estimate to replace "
           "30 rugged tablets before her capital bid on 4 December.”"])


def test_delivered_work_called_open_fails() -> None:
    stale = md(["What you asked on 2 March is still open. My answer comes by 10 December."],
               ["request, theirs, open (2026-03-02): Noted on 2 March: “She asked to take the route optimiser into "
                "production by the summer.”",
                "request, theirs, open (2026-03-02): Noted on 2 March: “Helga asked us for a read-only feed of the depot "
                "telematics for her planners.”"])
    bad = score_delivered_open(stale, CTX)
    assert not bad.passed and bad.value == 1.0 and "live 29 June" in bad.reason
    assert score_delivered_open(GOOD, CTX).passed


def test_delivered_labels_count_without_a_delivery_sentence() -> None:
    facts = CoachFacts.from_dict({"delivered": [{"text": "tablet estimate", "cues": ["tablet"]}]})
    labelled = Context(NOTES, "Helga Brandt", facts=facts)
    assert not score_delivered_open(GOOD, labelled).passed


def test_live_item_left_out_of_the_lead_fails() -> None:
    facts = CoachFacts.from_dict({"open_items": [
        {"kind": "request", "text": "costed estimate to replace 30 rugged tablets", "date": "2026-12-04"},
        {"kind": "request", "text": "route optimiser into production", "date": "2026-03-02"}]})
    ctx = Context(NOTES, "Helga Brandt", facts=facts)
    old_lead = md(["What you asked on 2 March about the route optimiser is still open."], [])
    bad = score_live_item_missed(old_lead, ctx)
    assert not bad.passed and "tablets" in bad.reason and bad.n == 1  # the March ask is not live
    assert score_live_item_missed(GOOD, ctx).passed
    assert not score_live_item_missed(old_lead, CTX).passed  # without labels: the newest note's asks


def test_the_cios_own_read_given_as_the_partners_want_fails() -> None:
    bad = md(["You want a digital fleet, with or without us: what would show you we are helping?"], [])
    result = score_cio_view_as_ask(bad, CTX)
    assert not result.passed and "digital fleet" in result.reason
    ours = md(["We think a digital fleet is within reach, and I would like to show you why."], [])
    assert score_cio_view_as_ask(ours, CTX).passed and score_cio_view_as_ask(GOOD, CTX).passed


def test_praise_answered_as_an_objection_fails() -> None:
    bad = md(GOOD.script, [], "Raised (2026-11-20): “Vendor thing, and you told us before we noticed.” Help their "
                              "provider succeed.")
    assert not score_praise_as_objection(bad, CTX).passed
    real = md(GOOD.script, [], "Raised (2026-11-20): “before her capital bid on 4 December” Do not defend the total.")
    assert score_praise_as_objection(real, CTX).passed


def test_a_quote_the_plan_shows_as_the_cios_note_is_not_misattributed() -> None:
    noted = PlanView.of({"stakeholder": "Helga Brandt", "script": ["What you asked on 20 November is still open."],
                         "open_items": [{"kind": "request", "owner": "partner", "status": "open",
                                         "text": "Noted on 20 November: “My read: she wants a digital fleet.”",
                                         "quote": "My read: she wants a digital fleet."}]})
    assert score_misattributed_quotes(noted, CTX).passed
    voiced = PlanView.of({"stakeholder": "Helga Brandt", "script": ["What you asked on 20 November is still open."],
                          "open_items": [{"kind": "request", "owner": "partner", "status": "open",
                                          "text": "Helga asked: “she wants a digital fleet”",
                                          "quote": "My read: she wants a digital fleet."}]})
    assert not score_misattributed_quotes(voiced, CTX).passed
    in_words = md(["In Helga's words (20 November): “she wants a digital fleet, with or without us”."], [])
    assert not score_misattributed_quotes(in_words, CTX).passed


STATEMENT = "Technology keeps every depot running and gives planners numbers they can act on."


def vm(message: str) -> PlanView:
    return PlanView.from_markdown("# Plan: Helga Brandt — review\nQuadrant: Utility\n\n## Details\n\n"
                                  f"### 1. Value message\n{message}\n")


def test_value_message_of_stock_lines_fails() -> None:
    from evals.coach_scorers.value_words import score_value_stock

    stock = vm("Helga, our part is the systems and the information behind that. We will report on it in January.")
    assert not score_value_stock(stock).passed
    own = vm("Helga, the 30 tablets decide whether your drivers log faults on the road; we will price them by 1 December.")
    assert score_value_stock(own).passed


def test_an_ask_slotted_in_as_the_partners_goal_fails_and_her_goal_scores_as_her_terms() -> None:
    from evals.coach_scorers.value_words import score_value_slotted_ask, their_goal

    ctx = Context(NOTES, "Helga Brandt", value_statement=STATEMENT)
    slotted = vm("Helga, you want a costed estimate to replace 30 rugged tablets. Our part: systems that keep running.")
    assert not score_value_slotted_ask(slotted, ctx).passed
    goal = vm("Helga, you want fewer vans off the road in winter; the tablets are how drivers report faults early.")
    assert score_value_slotted_ask(goal, ctx).passed
    assert their_goal(slotted, ctx) == 1.0 and their_goal(goal, ctx) == 0.5
    assert their_goal(vm("Technology keeps every depot running."), ctx) == 0.0


def test_a_value_message_built_on_delivered_work_fails() -> None:
    from evals.coach_scorers.value_words import score_value_on_delivered

    done = vm("Helga, the route optimiser you asked to take into production is how we show our value this year.")
    assert not score_value_on_delivered(done, CTX).passed
    ahead = vm("Helga, the tablet estimate before your 4 December bid is where we show our value this year.")
    assert score_value_on_delivered(ahead, CTX).passed


def test_each_dimension_sees_only_its_own_features() -> None:
    from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS

    assert set(DEFAULT_WEIGHTS["a"]) == {"intercept", "diagnosis_wrong", "trend_contradiction"}
    assert all("failure_count" not in w for w in DEFAULT_WEIGHTS.values())
    assert {k for k in DEFAULT_WEIGHTS["f"] if k != "intercept"} <= {
        "value_pasted", "value_traps", "value_generic", "value_on_outsider", "value_stitched", "foreign_vocabulary",
        "wrong_topic", "value_fragment", "demand_as_goal", "slot_filler", "value_stock", "value_slotted_ask",
        "value_on_delivered", "value_their_goal", "value_thin", "facts_missed",  # session 10: thin, the partner's facts
        "value_goal_missing",  # session 13: a request or deadline as the partner's goal
        "value_off_terms",  # session 15: no word of the partner's goals, the statement pasted, a broken line
        "value_hollow",  # session 16: short, none of their goal words, no number of the notes
        "value_deferred",  # session 17: a request deferred in place of the value, none of their goal words
        "value_statement_lost"}  # session 23: the value statement not carried into the message
    # Session 15: b's live item is ask_missed (live_item_missed, or the notes' own newest ask left out of the main view).
    assert "open_items_missed" not in DEFAULT_WEIGHTS["d"] and "ask_missed" in DEFAULT_WEIGHTS["b"]
    # Session 17: a line the CIO cannot say is d's own, lines to say that name nothing of the notes c's own.
    assert [d for d in DEFAULT_WEIGHTS if "not_aloud" in DEFAULT_WEIGHTS[d]] == ["d"]
    assert [d for d in DEFAULT_WEIGHTS if "main_unnamed" in DEFAULT_WEIGHTS[d]] == ["c"]
    # Session 18: a thing called open that a later note tells delivered (settled.open_delivered, or delivered_asked)
    # is d's own.
    assert [d for d in DEFAULT_WEIGHTS if "delivered_any" in DEFAULT_WEIGHTS[d]] == ["d"]


def test_fit_gives_weight_only_to_a_dimensions_own_candidates() -> None:
    from evals.calibrate import fit
    from evals.coach_scorers.dimensions import DEFAULT_WEIGHTS, DIMENSIONS

    names = sorted({k for d in DIMENSIONS for k in DEFAULT_WEIGHTS[d] if k != "intercept"})
    rows, scored = [], {}
    for i in range(60):
        bad = float(i % 2)
        rows.append({"plan_id": f"p{i}", "notes_file": f"n{i}", "split": "tune",
                     "ratings": [{"reviewer": "r", **{d: (1 if bad and d == "b" else 4) for d in DIMENSIONS}}]})
        scored[f"p{i}"] = {"features": {k: 0.0 for k in names} | {"ask_missed": bad, "garbled": bad}}
    weights = fit(rows, scored)
    assert weights["b"]["ask_missed"] < -1.0 and weights["b"]["garbled"] == 0.0  # garbled is d's, not b's
    assert weights["a"]["ask_missed"] == 0.0


def test_said_inside_a_quoted_note_attributes_nothing_to_the_partner() -> None:
    evidence = md(["What you asked on 20 November is still open."], [
        "request, theirs, open (2026-11-20): Noted on 20 November: “Helga asked for a costed estimate; Tom said the "
        "4th.”"])
    assert score_misattributed_quotes(evidence, CTX).n == 0
    voiced = md(["Helga, you said “she wants a digital fleet, with or without us”."], [])
    assert not score_misattributed_quotes(voiced, CTX).passed
