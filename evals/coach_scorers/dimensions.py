"""From scorer results to the rubric's six 1-5 dimensions (a diagnosis ... f value message).

Each dimension is `intercept + sum(weight x feature)`, clipped to 1..5. The weights live in
evals/coach_weights.yaml: hand-set from the rubric at first, then fitted on two thirds of the
rated plans (evals/calibrate.py) and checked on the other third.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from evals.coach_scorers.facts import Context
from evals.coach_scorers.value_words import their_goal
from evals.coach_scorers.view import PlanView, words

DIMENSIONS = ("a", "b", "c", "d", "e", "f")
DIMENSION_NAMES = {"a": "diagnosis", "b": "situation", "c": "specific", "d": "true_natural", "e": "actionable",
                   "f": "value_message"}
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "coach_weights.yaml"
# Hand-set from the rubric: which failures cost which dimension, and how much (before calibration). Each dimension
# sees only its own features (session 8): a the diagnosis; b what the situation needs (open items and the live one,
# avoid topics, apologies, promises, delivered work called open, whose words and ideas); c what names this partner;
# d what is untrue or cannot be said (stitched, garbled, wrong speaker, a wrong record, the lead's status lines); e
# the shape of the main view and its lead; f the value message. Session 7's shared block of failures in every
# dimension made a fall from 0.50 to 0.29 on held-out plans: it entered a through the engines' difference, not the
# diagnosis.
_LEAD = {"lead_generic": -0.5, "live_item_missed": -0.5}
DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "a": {"intercept": 5.0, "diagnosis_wrong": -2.5, "trend_contradiction": -1.0},
    "b": {"intercept": 5.0, "wrong_apology_any": -1.5, "avoid_topic": -1.5, "open_items_missed": -2.0,
          "unraised_objection": -1.0, "purpose_flat": -1.0, "declined_idea": -1.0,
          "wrong_topic": -1.0, "no_promise_claim": -0.5, "miss_not_owned": -1.0, "first_meeting_questions": -0.5,
          "stale_lead": -0.5, "outage_unfounded": -0.5, "demand_as_goal": -0.5, "inverted_offer": -0.5,
          "facts_missed": -1.0, "delivered_open": -1.0, "cio_view_as_ask": -0.5, "praise_as_objection": -0.5,
          "asked_done": -1.0, "purpose_unanswered": -1.0, "stock_step": -0.5, "slot_filler": -0.5,
          "lead_generic": -0.5, "ask_missed": -0.5, "open_unspoken": -1.0,
          "request_unnamed": -0.5},
    "c": {"intercept": 2.0, "facts_missed": -1.5, "slot_filler": -0.5, "specificity": 4.0, "boilerplate_rate": -1.0,
          "stitched_rate": -1.0, "foreign_vocabulary": -0.5, "generic_lines": -1.0, "first_meeting_questions": -0.5,
          "outage_unfounded": -0.5, "purpose_unanswered": -0.5, "main_unnamed": -1.0, **_LEAD},
    # Session 23 (nested CV inside the 930 tune plans with v23 and v24 folded in): situation.py's open_unspoken (the
    # share of open items the lines the CIO says leave out) in b (0.451 -> 0.462, the mean 0.514 -> 0.516), and with it
    # request_unnamed on its own, not only inside ask_missed (b 0.468, mean 0.523); keyed.py's value_statement_lost in f
    # (0.361 -> 0.381, the mean 0.517 alone).
    # Session 18 (settled.py; nested CV inside the 682 tune plans with v14 folded in): delivered_any (delivered_asked
    # or open_delivered: a thing called open that a later note tells delivered) in d for delivered_asked (0.383 ->
    # 0.402; the mean 0.471 -> 0.467).
    # Session 17 (aloud.py; nested CV inside the 654 tune plans with v12 and v13 folded in): not_aloud (share of four)
    # in d (0.388 -> 0.407), main_unnamed in c (0.607 -> 0.615), value_deferred in f (0.352 -> 0.356).
    # Session 16 (hollow.py; nested CV inside the 610 tune plans with v11 folded in): value_hollow (share of three) in f
    # (0.319 -> 0.343; its checks alone 0.327-0.339); d's candidates lowered d.
    # Session 15 (meaning.py; nested CV inside the 588 tune plans with v10 folded in): unsound_lines (any, 0/1) in d
    # (0.362 -> 0.402), unactionable in e (0.460 -> 0.469), value_off_terms in f (0.308 -> 0.313); request_unnamed
    # lowered b alone (0.453 -> 0.446); ask_missed (either it or live_item_missed) in place of
    # live_item_missed in b (0.453 -> 0.457): the older check reads the engines' own words, this one the notes'.
    # Session 14 (nested CV inside the 566 tune plans with v9 folded in): pronoun_swap and delivered_asked in d (d 0.355
    # -> 0.369, mean 0.438 either way); raw_export and step_before_meeting are reported only (d 0.355 / 0.351 alone).
    # Session 13 (nested CV inside the 536 tune plans with v8 folded in): value_goal_missing in f (f 0.326 -> 0.378),
    # wrong_apology_any for wrong_apology in b (0.489 -> 0.497), purpose_pasted in d (0.395 -> 0.398), partner_unnamed
    # in e (0.487 -> 0.501).
    # Session 12 (nested CV inside the tune split, evals/README.md): purpose_unanswered in b, c and e; stock_step and
    # slot_filler in b (a generic step, a topic in the wrong slot: b's "generic quadrant script"); sentence_load in d.
    # d, session 11: the failures d's tune reasons name most (nested CV inside the tune split: d 0.318 with these 14,
    # 0.319 with all 30 candidates, and the mean 0.414 vs 0.386: the long list fitted noise into the mean).
    "d": {"intercept": 5.0, "wrong_apology": -1.5, "misattributed_quote": -1.0, "method_commentary": -0.5,
          "wrong_topic": -1.0, "garbled": -1.0, "delivered_open": -1.0, "cio_view_as_ask": -1.0, "asked_done": -1.0,
          "date_word_undated": -0.5, "past_due": -0.5, "clause_cut": -1.0, "stock_tail": -0.5, "sentence_load": -0.5,
          "purpose_pasted": -0.5, "pronoun_swap": -1.0, "delivered_any": -1.0, "unsound_lines": -1.0,
          "not_aloud": -1.0, **_LEAD},
    "e": {"intercept": 5.0, "main_view_excess": -2.0, "no_script": -0.5, "empty_promise": -0.5,
          "unsayable_first_line": -1.0, "stale_lead": -0.5, "rash_promise": -0.5, "generic_lines": -0.5,
          "first_meeting_questions": -0.5, "word_list": -0.5, "facts_missed": -0.5, "stock_step": -1.0,
          "purpose_unanswered": -0.5, "partner_unnamed": -0.5, "unactionable": -1.0, **_LEAD},
    "f": {"intercept": 5.0, "value_pasted": -2.0, "value_traps": -0.5, "value_generic": -0.5, "value_on_outsider": -1.0,
          "value_stitched": -1.5, "foreign_vocabulary": -0.5, "wrong_topic": -0.5, "value_fragment": -1.0,
          "demand_as_goal": -0.5, "slot_filler": -0.5, "value_stock": -0.5, "value_slotted_ask": -0.5,
          "value_on_delivered": -0.5, "value_their_goal": 0.5, "value_thin": -1.0, "facts_missed": -0.5,
          "value_goal_missing": -0.5, "value_off_terms": -1.0, "value_hollow": -1.0, "value_deferred": -1.0,
          "value_statement_lost": -1.0},
}
# A promise or deliverable with no content: the object is a topic, not a thing the partner will receive.
EMPTY_PROMISE = re.compile(r"\b(an answer on|a small piece (?:on|of)|come back (?:to you )?on|our work together|"
                           r"something small|the first step)\b", re.I)
VENDORISH = re.compile(r"\b(vendor|consultan\w*|agency|outside firm|supplier|provider|contractor|outsourc\w*|partner firm|"
                       r"advisory|their own|bought|signed with|hired)\b", re.I)
# Scorers whose 0-1 value is the feature as it stands (evals/coach_scorers/history.py, speech.py).
NEW_FAILURES = ("no_promise_claim", "miss_not_owned", "first_meeting_questions", "stale_lead", "rash_promise",
                "outage_unfounded", "unsayable_first_line", "word_list", "value_fragment", "cio_note_spoken",
                "demand_as_goal", "inverted_offer", "generic_lines")
# Scorers of the record (record.py, session 8): also the feature as it stands, not in the failure count.
RECORD = ("delivered_open", "live_item_missed", "cio_view_as_ask", "praise_as_objection", "value_stock",
          "value_slotted_ask", "value_on_delivered")
# Status lines (status_lines.py, session 9): the feature as it stands too. Only cause_unrecorded and asked_done (d, b)
# and stock_step (e) are candidates of a dimension: kept_early, no_complaint_claim, yes_in_principle and
# own_promise_missing lowered the nested CV inside the tune split (evals/README.md, session 9); they are reported only.
STATUS = ("cause_unrecorded", "kept_early", "no_complaint_claim", "yes_in_principle", "own_promise_missing", "stock_step",
          "asked_done")
# Session 10 (keyed.py): the partner's measures, goals asked again, offers as objections, and three that need a set's
# key (labelled causes, our promises with their date, answers dated late, "nothing open" claims). Only value_thin (and
# facts_missed, already a feature) entered a dimension, f: the others lowered or did not move the nested CV inside the
# tune split (evals/README.md, session 10); they are reported as failures only.
KEYED = ("value_measure_missed", "value_statement_lost", "goal_asked_again", "offer_as_objection",
         "keyed_cause_unrecorded", "promise_undated", "late_answer", "value_thin",
         "keyed_none_claim")
# Session 11 (truth.py): d's reasons in the tune split with v6 folded in: a date word with no date, a past date as a
# due date, a clause cut off, stock tails.
TRUTH = ("date_word_undated", "past_due", "clause_cut", "stock_tail")
# Session 12 (deadlines.py): the purpose's own item not answered in the lead, an answer dated after the partner's
# deadline.
DEADLINES = ("purpose_unanswered", "answer_after_deadline", "ours_disowned")
# Session 13 (aims.py): a request or deadline as the value message's goal, an apology for a miss the notes close, the
# purpose pasted into a line. value_goal_missing is f's candidate; apology_healed enters b through wrong_apology_any
# (either check), purpose_pasted d's (count, 2 = 1.0), partner_unnamed e's (count, 3 = 1.0; in c it lowered the CV).
AIMS = ("value_goal_missing", "apology_healed")
# Session 14 (spoken.py): delivered work asked after, a step dated before its meeting (0/1); raw_export (count, 2 =
# 1.0) and pronoun_swap (count, 1 = 1.0) below.
SPOKEN = ("delivered_asked", "step_before_meeting")
# Session 15 (meaning.py): the partner's ask left out of the main view (reported only), the e-checks failed (share),
# the value message off the partner's terms (share); unsound_lines (0/1: any line) below.
MEANING = ("request_unnamed", "unactionable", "value_off_terms")
# Every feature is a failure (it may only lower a score) except these, which may only raise it.
FEATURE_SIGN = {"specificity": 1.0, "value_their_goal": 1.0}
MONTHS = set("january february march april may june july august september october november december monday tuesday "
             "wednesday thursday friday saturday sunday".split())


def load_weights(path: Path = WEIGHTS_FILE) -> dict[str, dict[str, float]]:
    if path.exists():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        weights = data.get("weights") or {}
        if all(d in weights for d in DIMENSIONS):
            return {d: {k: float(v) for k, v in weights[d].items()} for d in DIMENSIONS}
    return DEFAULT_WEIGHTS


def specific_tokens(ctx: Context) -> set[str]:
    """Proper nouns (capitalised, not sentence-initial) and numbers in the notes, minus the partner's name."""
    name = {w.lower() for w in ctx.partner.split()}
    found = set()
    for m in re.finditer(r"(?<=[a-z,;:(] )([A-Z][A-Za-z0-9&'-]{2,})|(\d[\d.,%]*\d%?|\d+%)", ctx.notes):
        token = (m.group(1) or m.group(2)).lower()
        if token not in name and token not in MONTHS and not re.fullmatch(r"20\d\d", token):
            found.add(token)
    return found


def specificity(view: PlanView, ctx: Context) -> float:
    """Share of the plan's sentences (outside the evidence section) naming something only these notes name."""
    tokens = specific_tokens(ctx)
    evidence = view.section("where the partner stands")
    all_s = [s for s in view.sentences() if s not in evidence]
    if not all_s or not tokens:
        return 0.0
    hits = sum(1 for s in all_s if {w.lower() for w in words(s)} & tokens)
    return hits / len(all_s)


# The failures a coach names in one plan (each "a 1 on b or d" in the rubric), counted with equal weight:
# with a few hundred rated plans, a plain count ranks plans more steadily than a dozen fitted weights.
COUNTED = ("diagnosis_wrong", "wrong_apology", "open_items_missed", "purpose_flat", "foreign_vocabulary",
           "misattributed_quote", "value_on_outsider", "empty_promise", "declined_idea", "wrong_topic", *NEW_FAILURES)
COUNT_FULL = 8  # this many failures in one plan = the feature at 1.0


def failure_count(feats: dict[str, float]) -> float:
    return min(1.0, sum(1 for k in COUNTED if k != "generic_lines" and feats.get(k, 0.0) > 0) / COUNT_FULL)


def features(scores: dict[str, Any], view: PlanView, ctx: Context, method_count: int) -> dict[str, float]:
    """Scorer results as 0..1 badness (or goodness for specificity), the inputs of the dimension map."""
    def val(name: str, default: float = 0.0) -> float:
        s = scores.get(name)
        return default if s is None or s["n"] == 0 else float(s["value"])

    diag = scores.get("diagnosis")
    promise_text = view.section("competence", "follow") + "\n" + "\n".join(view.script)
    vm = view.value_message or view.section("value message")
    tokens = specific_tokens(ctx)
    feats = {
        "diagnosis_wrong": 0.0 if diag is None else 1.0 - float(diag["value"]),
        "trend_contradiction": val("trend_contradiction"),
        "wrong_apology": val("wrong_apology"),
        "avoid_topic": val("avoid_topic"),
        "open_items_missed": 1.0 - val("open_item_recall", 1.0),
        "unraised_objection": val("unraised_objection"),
        "purpose_flat": 0.0 if "purpose_sensitivity" not in scores else max(0.0, 1.0 - val("purpose_sensitivity") / 0.4),
        "specificity": specificity(view, ctx),
        "boilerplate_rate": val("boilerplate_rate"),
        "foreign_vocabulary": min(1.0, val("foreign_vocabulary") / 2),
        "misattributed_quote": val("misattributed_quote"),
        "method_commentary": min(1.0, method_count / 2),
        "main_view_excess": min(1.0, max(0.0, val("main_view_words") - 300) / 600),
        "no_script": 0.0 if view.script or view.one_thing else 1.0,
        "value_pasted": val("value_pasted"),
        "value_traps": min(1.0, val("value_traps")),
        "value_generic": 0.0 if {w.lower() for w in words(vm)} & tokens else 1.0,
        "value_on_outsider": value_on_outsider(vm, ctx),
        "empty_promise": min(1.0, len(EMPTY_PROMISE.findall(promise_text)) / 2),
        "stitched_rate": val("stitched_rate"),
        "declined_idea": val("declined_idea"),
        "wrong_topic": val("wrong_topic"),
        "value_stitched": 0.0,  # set by score_cases, which sees the whole run
        "facts_missed": 1.0 - val("labelled_facts", 1.0),
        "slot_filler": min(1.0, val("slot_filler") / 2),
        "garbled": min(1.0, val("garbled") / 3),
        "lead_generic": 1.0 - val("lead_names_items", 0.0) if scores.get("lead_names_items", {}).get("n") else 1.0,
        **{name: val(name) for name in (*NEW_FAILURES, *RECORD, *STATUS, *KEYED, *TRUTH, *DEADLINES, *AIMS, *SPOKEN, *MEANING)},
        "unsound_lines": min(1.0, val("unsound_lines")),
        "value_hollow": val("value_hollow"),
        "not_aloud": val("not_aloud"),
        "main_unnamed": val("main_unnamed"),
        "value_deferred": val("value_deferred"),
        "open_delivered": val("open_delivered"),
        "open_unspoken": val("open_unspoken"),
        "raw_export": min(1.0, val("raw_export") / 2),
        "pronoun_swap": min(1.0, val("pronoun_swap")),
        "purpose_pasted": min(1.0, val("purpose_pasted") / 2),
        "partner_unnamed": min(1.0, val("partner_unnamed") / 3),
    }
    feats["wrong_apology_any"] = max(feats["wrong_apology"], feats["apology_healed"])
    feats["ask_missed"] = max(feats["request_unnamed"], feats["live_item_missed"])
    feats["delivered_any"] = max(feats["delivered_asked"], feats["open_delivered"])
    feats["value_their_goal"] = their_goal(view, ctx)
    feats["sentence_load"] = sentence_load(view)
    feats["failure_count"] = failure_count(feats)
    return feats


SENTENCES_FREE, SENTENCES_FULL = 20, 60  # session 12: tune plans hold 29-49 sentences (10th-90th percentile)


def sentence_load(view: PlanView) -> float:
    """How many sentences the plan asks the CIO to stand behind, 0 at 20 or fewer, 1.0 at 60 or more. Every sentence is
    a chance to say something untrue or unsayable (d's reasons: a fragment, a wrong record, a wrong speaker); the
    reviewers' d falls with it on the tune split (Spearman -0.33, more than any single failure check)."""
    return min(1.0, max(0.0, (len(view.sentences()) - SENTENCES_FREE) / (SENTENCES_FULL - SENTENCES_FREE)))


def value_on_outsider(message: str, ctx: Context) -> float:
    """1.0 when the value message hangs our value on a name the notes tie to a vendor, consultant or agency."""
    names = {m.group(0) for m in re.finditer(r"(?<=[a-z,;:] )[A-Z][A-Za-z0-9&'-]{2,}(?: [A-Z][A-Za-z0-9&'-]+)*", message)}
    names -= set(ctx.partner.split())
    for name in names:
        around = [s for s in ctx.notes.splitlines() if name in s]
        if around and any(VENDORISH.search(s) for s in around):
            return 1.0
    return 0.0


def dimension_scores(feats: dict[str, float], weights: dict[str, dict[str, float]] | None = None) -> dict[str, float]:
    weights = weights or load_weights()
    out = {}
    for dim in DIMENSIONS:
        w = weights[dim]
        raw = w.get("intercept", 3.0) + sum(v * feats.get(k, 0.0) for k, v in w.items() if k != "intercept")
        out[dim] = round(min(5.0, max(1.0, raw)), 3)
    out["mean"] = round(sum(out[d] for d in DIMENSIONS) / len(DIMENSIONS), 3)
    return out
