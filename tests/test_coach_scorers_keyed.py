"""Session-10 coach scorers (evals/coach_scorers/keyed.py): each on a plan it must pass and one it must fail, and the
reading of a key that lists misses with their cause. The notes, keys and plans are written for these tests."""

from __future__ import annotations

from evals.calibrate_blind import _coach
from evals.coach_scorers import CoachFacts, Context, PlanView
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

NOTES = """From: Priya Anand <p.anand@harbourline.example>
Sent: Tuesday, 9 September 2026 10:12
Subject: winter timetable

Her goals for the year, on her own slide: on-time departures from 88% to 94%, and complaints per 1,000 passengers under 4.
The ticket gates froze on 2 September: Gatelink's firmware push, not ours. Priya: "not on you, I know whose it was."

Thu 2 Oct 2026, call
- Priya offered to co-fund the platform screens from her operations budget.
- She asked for the delay report in the 20 October board pack.
- We promised the crew app pilot by 14 November.
- Our roster export ran two days late in September (our script); she was annoyed.
"""
STATEMENT = "Technology at Harbourline is worth the minutes it saves passengers and the trust it earns on every crossing."
KEY = {
    "open": [{"kind": "offer", "text": "co-fund the platform screens", "date": "2026-10-02"},
             {"kind": "request", "text": "delay report in the board pack", "date": "2026-10-20"},
             {"kind": "promise", "text": "crew app pilot", "date": "2026-11-14"}],
    "misses": [{"text": "ticket gates froze (Gatelink firmware push)", "cause": "third_party", "forgiven": None},
               {"text": "roster export two days late", "cause": "us", "forgiven": False},
               {"text": "old intranet outage in 2025", "cause": "us", "forgiven": True}],
    "avoid": ["her sister's wedding plans"],
}
FACTS = CoachFacts.from_dict(_coach(KEY))
CTX = Context(NOTES, "Priya Anand", value_statement=STATEMENT, facts=FACTS)


def plan(value: str, script: list[str], details: str = "", objections: str = "") -> PlanView:
    lines = ["# Plan: Priya Anand — budget review", "Quadrant: Partner · Confidence: 70%", "", "## The one thing",
             script[0], "", "## Say this", *[f"{i}. {s}" for i, s in enumerate(script, 1)], "", "---", "## Details", "",
             "### 1. Our record", details or "Nothing to add.", "", "### 2. Likely objections and answers",
             objections or "None raised.", "", "### 3. Value message", value]
    return PlanView.from_markdown("\n".join(lines))


GOOD_VALUE = ("Priya, you are judged on departures that leave on time and on fewer complaints: from 88% to 94% on time. "
              "Our part is the screens and the crew app that save passengers minutes at the gate and keep their trust.")


def test_key_misses_become_labels() -> None:
    assert [i.text for i in FACTS.third_party_misses or []] == ["ticket gates froze (Gatelink firmware push)"]
    assert [i.text for i in FACTS.forgiven_misses or []] == ["old intranet outage in 2025"]
    assert [i.text for i in FACTS.our_misses or []] == ["roster export two days late"]
    assert CoachFacts.from_dict(_coach({"open": [], "avoid": []})).our_misses is None  # a key without misses


def test_value_thin_fails_a_one_line_message() -> None:
    assert score_value_thin(plan("Priya, our part is that the systems keep working.", ["Hello."]), CTX).value == 1.0
    assert score_value_thin(plan(GOOD_VALUE, ["Hello."]), CTX).passed


PADDED = ("Priya, what we want for you is simple and it matters a great deal to all of us here: technology that does "
          "what it should, reliably and well, every single day, so that everything simply works as it ought to work.")


def test_value_thin_is_not_lifted_by_length_alone() -> None:
    padded = plan(PADDED, ["Hello."])
    assert len(PADDED.split()) > 25  # past the 25-word line: the old scorer passed it on length alone
    assert score_value_thin(padded, CTX).value == 1.0  # no word of Priya's notes: still thin
    assert score_value_thin(plan(GOOD_VALUE + " " + PADDED, ["Hello."]), CTX).passed


def test_value_measure_missed_fails_when_no_stated_measure_is_named() -> None:
    bad = plan("Priya, technology you can rely on: the systems behind your team keep running every single day of "
               "the year, so nobody has to think about them.", ["Hello."])
    assert score_value_measure_missed(bad, CTX).value == 1.0
    assert score_value_measure_missed(plan(GOOD_VALUE, ["Hello."]), CTX).passed


def test_value_statement_lost_fails_when_the_statement_is_not_carried() -> None:
    bad = plan("Priya, the platform screens will be installed by the spring and the gates upgraded.", ["Hello."])
    assert score_value_statement_lost(bad, CTX).value == 1.0
    assert score_value_statement_lost(plan(GOOD_VALUE, ["Hello."]), CTX).passed


def test_goal_asked_again_fails_when_the_notes_state_her_goals() -> None:
    bad = plan(GOOD_VALUE, ["Priya, what matters most to you this year?"])
    good = plan(GOOD_VALUE, ["Priya, the delay report goes in the 20 October board pack."])
    assert score_goal_asked_again(bad, CTX).value == 1.0
    assert score_goal_asked_again(good, CTX).passed
    no_goals = Context("2026-10-02 call\n- Sam asked about laptops.\n", "Sam Hale")
    assert score_goal_asked_again(bad, no_goals).passed


def test_offer_as_objection_fails_when_her_offer_is_prepared_for_as_pushback() -> None:
    bad = plan(GOOD_VALUE, ["Hello."], objections="Raised (2026-10-02): “Priya offered to co-fund the platform screens "
                                                  "from her operations budget.” Do not defend the total.")
    good = plan(GOOD_VALUE, ["Hello."], objections="Raised (2026-10-02): “Is this another budget line we cannot "
                                                   "afford?” Show what one line buys.")
    assert score_offer_as_objection(bad, CTX).value == 1.0
    assert score_offer_as_objection(good, CTX).passed


def test_keyed_cause_unrecorded_fails_on_a_labelled_miss() -> None:
    bad = plan(GOOD_VALUE, ["Hello."], "Cause not recorded (noted on 9 September): “The ticket gates froze on 2 "
                                       "September.” Check before owning it.")
    good = plan(GOOD_VALUE, ["Hello."], "Ours (noted on 2 October): “Our roster export ran two days late.” Own it.")
    assert score_keyed_cause_unrecorded(bad, CTX).value == 1.0
    assert score_keyed_cause_unrecorded(good, CTX).n == 0
    unlabelled = Context(NOTES, "Priya Anand", facts=CoachFacts.from_dict({"open_items": []}))
    assert score_keyed_cause_unrecorded(bad, unlabelled).n == 0  # needs the key's causes


def test_keyed_none_claim_fails_when_the_key_lists_our_promise() -> None:
    bad = plan(GOOD_VALUE, ["Hello."], "No promise or miss of ours is open with Priya.")
    good = plan(GOOD_VALUE, ["Hello."], "Our crew app pilot is due 14 November.")
    assert score_keyed_none_claim(bad, CTX).value == 1.0
    assert score_keyed_none_claim(good, CTX).passed


def test_promise_undated_fails_when_our_promise_comes_without_its_date() -> None:
    bad = plan(GOOD_VALUE, ["Priya, the crew app pilot is on its way."])
    good = plan(GOOD_VALUE, ["Priya, the crew app pilot is yours by 14 November, as promised."])
    assert score_promise_undated(bad, CTX).value == 1.0
    assert score_promise_undated(good, CTX).passed


def test_late_answer_fails_when_the_answer_comes_after_the_items_date() -> None:
    bad = plan(GOOD_VALUE, ["Priya, the delay report for the board pack comes by 30 October."])
    good = plan(GOOD_VALUE, ["Priya, the delay report for the board pack is with you by 17 October."])
    assert score_late_answer(bad, CTX).value == 1.0
    assert score_late_answer(good, CTX).passed
    assert score_late_answer(good, Context(NOTES, "Priya Anand")).n == 0  # needs the key's dated items


def test_late_answer_reads_only_the_promised_date_not_a_date_the_sentence_cites() -> None:
    # Session 12: a note's date, a quoted date or the date of the meeting the item is for is no answer date.
    cites = plan(GOOD_VALUE, ["Priya, on 22 October you asked for the delay report in the board pack; it is with you "
                              "by 17 October's draft, reviewed on 30 October."])
    assert score_late_answer(cites, CTX).passed
    late = plan(GOOD_VALUE, ["Priya, noted on 2 October: the delay report for the board pack comes by 30 October."])
    assert score_late_answer(late, CTX).value == 1.0
