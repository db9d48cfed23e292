"""Scorers for the failures an expert coach names (shared/design/coach-rubric.md), and their map
onto the rubric's six dimensions.

    cases = [PlanCase("rp-001", partner_key, PlanView.of(plan), Context(notes, ...), alt=PlanView.of(other))]
    results = score_cases(cases)      # plan id -> {"scores": {...}, "features": {...}, "auto": {a..f, mean}}

Deterministic and fast: regexes and word counts, no model. Every scorer reads the plan through
`PlanView`, so it works on today's plans and on plans with the new fields of issue #20.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.planning.value_traps import check_value_traps
from evals.coach_scorers.aims import (
    score_apology_healed,
    score_partner_unnamed,
    score_purpose_pasted,
    score_value_goal_missing,
)
from evals.coach_scorers.aloud import score_main_unnamed, score_not_aloud, score_value_deferred
from evals.coach_scorers.deadlines import score_answer_after_deadline, score_purpose_unanswered
from evals.coach_scorers.dimensions import dimension_scores, features
from evals.coach_scorers.disowned import score_ours_disowned
from evals.coach_scorers.facts import CoachFacts, Context
from evals.coach_scorers.history import (
    score_first_meeting_questions,
    score_miss_not_owned,
    score_no_promise_claim,
    score_outage_unfounded,
    score_rash_promise,
    score_stale_lead,
)
from evals.coach_scorers.hollow import score_value_hollow
from evals.coach_scorers.keyed import (
    score_goal_asked_again,
    score_keyed_cause_unrecorded,
    score_keyed_none_claim,
    score_late_answer,
    score_offer_as_objection,
    score_promise_undated,
    score_value_measure_missed,
    score_value_statement_lost,
    score_value_thin,
)
from evals.coach_scorers.labels import score_labelled_facts, score_lead_names_items, score_slot_filler
from evals.coach_scorers.meaning import (
    score_request_unnamed,
    score_unactionable,
    score_unsound_lines,
    score_value_off_terms,
)
from evals.coach_scorers.misses import score_wrong_apology
from evals.coach_scorers.record import (
    score_cio_view_as_ask,
    score_delivered_open,
    score_live_item_missed,
    score_praise_as_objection,
)
from evals.coach_scorers.settled import score_open_delivered
from evals.coach_scorers.shape import score_garbled
from evals.coach_scorers.situation import (
    score_avoid_topics,
    score_declined_ideas,
    score_open_items,
    score_open_unspoken,
    score_unraised_objections,
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
from evals.coach_scorers.spoken import (
    score_delivered_asked,
    score_pronoun_swap,
    score_raw_export,
    score_step_before_meeting,
)
from evals.coach_scorers.status_lines import (
    score_asked_done,
    score_cause_unrecorded,
    score_kept_early,
    score_no_complaint_claim,
    score_own_promise_missing,
    score_stock_step,
    score_yes_in_principle,
)
from evals.coach_scorers.surface import (
    reused_sentences,
    score_boilerplate,
    score_main_length,
    score_pii,
    score_purpose,
    score_stitched,
    score_value_pasted,
    slot_sentences,
)
from evals.coach_scorers.topic import score_wrong_topic
from evals.coach_scorers.truth import (
    score_clause_cut,
    score_date_word_undated,
    score_past_due,
    score_stock_tail,
    stock_tails,
)
from evals.coach_scorers.value_words import score_value_on_delivered, score_value_slotted_ask, score_value_stock
from evals.coach_scorers.view import PlanView, sentences
from evals.coach_scorers.voice import method_commentary, score_misattributed_quotes, score_role_vocabulary, score_trend
from evals.scorers import Score, higher, lower

__all__ = ["CoachFacts", "Context", "PlanCase", "PlanView", "score_cases", "score_plan"]

# Quadrant -> (dependence high?, competence proven?)
AXES = {"cost_centre": (False, False), "utility": (False, True), "bypass_risk": (True, False), "partner": (True, True)}


@dataclass
class PlanCase:
    plan_id: str
    partner: str              # same key for plans of one partner (other purposes): reuse among them is not boilerplate
    view: PlanView
    ctx: Context
    alt: PlanView | None = None   # the same partner's plan for another purpose, when the run made one


def score_diagnosis(view: PlanView, ctx: Context) -> Score | None:
    expected = ctx.expected.get("quadrant")
    if not expected:
        return None
    got = view.quadrant
    if got == expected:
        value = 1.0
    elif got in AXES and expected in AXES:
        value = 0.5 * sum(x == y for x, y in zip(AXES[got], AXES[expected], strict=True))
    else:
        value = 0.5  # unknown on one side: half right at best
    return higher("diagnosis", value, 1.0, f"plan says {got}, the notes read {expected}")


def score_value_traps(view: PlanView) -> Score:
    message = view.value_message or view.section("value message")
    traps = check_value_traps(message)
    return lower("value_traps", float(len(traps)), 0.0, ", ".join(t.phrase for t in traps) or "no value trap")


def score_plan(view: PlanView, ctx: Context, reused: list[str] | None = None, alt: PlanView | None = None) -> list[Score]:
    """Every per-plan scorer; boilerplate and purpose only when the run gives them what they need."""
    scores = [
        score_wrong_apology(view, ctx), score_avoid_topics(view, ctx), score_open_items(view, ctx),
        score_unraised_objections(view, ctx), score_value_pasted(view, ctx), score_value_traps(view),
        score_role_vocabulary(view, ctx), score_pii(view, ctx), score_main_length(view), score_trend(view, ctx),
        score_misattributed_quotes(view, ctx), score_declined_ideas(view, ctx), score_wrong_topic(view, ctx),
        score_no_promise_claim(view, ctx), score_miss_not_owned(view, ctx), score_first_meeting_questions(view, ctx),
        score_stale_lead(view, ctx), score_rash_promise(view), score_outage_unfounded(view, ctx), score_first_line(view),
        score_word_lists(view), score_value_fragment(view, ctx), score_cio_note_spoken(view, ctx),
        score_demand_as_goal(view, ctx), score_inverted_offer(view, ctx), score_labelled_facts(view, ctx),
        score_slot_filler(view), score_lead_names_items(view, ctx), score_garbled(view),
        score_delivered_open(view, ctx), score_live_item_missed(view, ctx), score_cio_view_as_ask(view, ctx),
        score_praise_as_objection(view, ctx), score_value_stock(view), score_value_slotted_ask(view, ctx),
        score_value_on_delivered(view, ctx), score_cause_unrecorded(view, ctx), score_kept_early(view, ctx),
        score_no_complaint_claim(view, ctx), score_yes_in_principle(view), score_own_promise_missing(view, ctx),
        score_stock_step(view), score_asked_done(view, ctx), score_value_measure_missed(view, ctx),
        score_value_statement_lost(view, ctx), score_goal_asked_again(view, ctx), score_offer_as_objection(view, ctx),
        score_keyed_cause_unrecorded(view, ctx), score_promise_undated(view, ctx), score_late_answer(view, ctx),
        score_value_thin(view, ctx), score_keyed_none_claim(view, ctx), score_date_word_undated(view),
        score_past_due(view, ctx), score_clause_cut(view), score_purpose_unanswered(view, ctx),
        score_answer_after_deadline(view, ctx), score_ours_disowned(view, ctx), score_value_goal_missing(view, ctx),
        score_apology_healed(view, ctx), score_purpose_pasted(view, ctx), score_partner_unnamed(view),
        score_raw_export(view), score_pronoun_swap(view), score_delivered_asked(view, ctx),
        score_step_before_meeting(view, ctx), score_request_unnamed(view, ctx), score_unsound_lines(view, ctx),
        score_unactionable(view, ctx), score_value_off_terms(view, ctx), score_value_hollow(view, ctx),
        score_not_aloud(view), score_main_unnamed(view, ctx), score_value_deferred(view, ctx),
        score_open_delivered(view, ctx), score_open_unspoken(view, ctx),
    ]
    diagnosis = score_diagnosis(view, ctx)
    if diagnosis is not None:
        scores.append(diagnosis)
    if reused is not None:
        scores.append(score_boilerplate(view, reused))
    if alt is not None:
        scores.append(score_purpose(view, alt))
    return scores


def score_cases(cases: list[PlanCase], weights: dict[str, dict[str, float]] | None = None) -> dict[str, dict[str, Any]]:
    reused = reused_sentences({c.plan_id: (c.partner, c.view) for c in cases})
    stitched = slot_sentences({c.plan_id: (c.partner, c.view, c.ctx.notes) for c in cases})
    rare = rare_words({c.partner: c.ctx.notes for c in cases})
    tails = stock_tails({c.plan_id: (c.partner, c.view) for c in cases})
    out: dict[str, dict[str, Any]] = {}
    for case in cases:
        scores = {s.name: s.to_dict() for s in score_plan(case.view, case.ctx, reused[case.plan_id], case.alt)}
        scores["stitched_rate"] = score_stitched(case.view, stitched[case.plan_id]).to_dict()
        scores["generic_lines"] = score_generic_lines(case.view, case.ctx, rare[case.partner]).to_dict()
        scores["stock_tail"] = score_stock_tail(case.view, tails[case.plan_id]).to_dict()
        method = method_commentary(case.view)
        feats = features(scores, case.view, case.ctx, len(method))
        vm = set(sentences(case.view.value_message or case.view.section("value message")))
        feats["value_stitched"] = 1.0 if vm & set(stitched[case.plan_id]) else 0.0
        failures = [f"{n}: {s['reason']}" for n, s in scores.items() if not s["passed"] and n != "main_view_words"]
        if scores["main_view_words"]["passed"] is False:
            failures.append(f"main_view_words: {scores['main_view_words']['reason']}")
        if method:
            failures.append(f"method_commentary: {method[0][:120]}")
        out[case.plan_id] = {"scores": scores, "features": {k: round(v, 4) for k, v in feats.items()},
                             "auto": dimension_scores(feats, weights), "failures": failures}
    return out
