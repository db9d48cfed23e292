"""Issue #20: plans for the training partners in tests/data/plan_training (written for this purpose,
never the evaluation partners) say true things, own what is ours and nothing else, and stay short."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.planning.plan_checks import normalise, plan_sentences
from assistant.planning.planner import PlanInput
from assistant.planning.render import plan_main_view
from assistant.planning.situation import build_situation
from assistant.schema import Plan
from assistant.settings import Settings
from assistant.text.notes_format import parse_notes_text

DATA = Path(__file__).resolve().parent / "data" / "plan_training"
STATEMENT = "Technology helps every team serve customers well, run the business safely and decide with numbers they trust."
TODAY = dt.date(2026, 12, 5)
OWNING = re.compile(r"\b(?:was ours|is ours|I own it|our fault|I am sorry|I'm sorry|apologi[sz]e)\b", re.I)


def notes(prefix: str):  # type: ignore[no-untyped-def]
    return parse_notes_text(next(DATA.glob(prefix + "_*")).read_text())


USED = {"01", "02", "03", "05", "06", "07", "08", "09", "12", "13", "15", "16"}  # the partners these tests read


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    engine = build_engine(Settings(data_dir=tmp_path_factory.mktemp("plan-training")), None)
    out: dict[str, Plan] = {}
    for path in sorted(DATA.glob("[0-9]*")):
        if path.name.split("_")[0] not in USED:  # key by the whole number: "12_x" is not "120_y"
            continue
        parsed = parse_notes_text(path.read_text())
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        out[path.name.split("_")[0]] = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, "next regular meeting",
                                                   STATEMENT, [], TODAY))
    return out


def script(plan: Plan) -> str:
    return " ".join(plan.script)


def test_there_are_at_least_fifteen_training_partners() -> None:
    assert len(list(DATA.glob("[0-9]*"))) >= 15


def test_a_promise_the_partner_says_never_arrived_is_owned_not_asked_about(plans) -> None:  # type: ignore[no-untyped-def]
    margit = plans["01"]  # "I still have not seen the breakdown by service line."
    assert "did it reach you" not in script(margit)
    assert "recharge breakdown" in margit.one_thing and "we did not keep it. That is ours" in script(margit)
    promise = next(i for i in margit.open_items if i.kind == "promise")
    assert promise.status == "overdue" and "not kept" in promise.text


def test_not_sent_is_never_read_as_sent() -> None:
    parsed = notes("16")  # "Cost comparison not sent; our analyst was moved to the ERP project."
    sit = build_situation(parsed.notes, parsed.partner, [], TODAY)
    promise = next(i for i in sit.items if i.kind == "promise")
    assert promise.status == "overdue" and "not sent" in promise.broken_quote


def test_a_request_our_kept_promise_answered_is_not_reopened(plans) -> None:  # type: ignore[no-untyped-def]
    olga = plans["12"]  # asked for customer history in her tool; "The integration went live on 12 September."
    assert "customer history" not in script(olga) and "date has passed" not in script(olga)
    assert "chatbot" in olga.one_thing  # the ask that is still open leads


def test_a_miss_the_partner_put_behind_them_is_not_reopened(plans) -> None:  # type: ignore[no-untyped-def]
    yuki = plans["08"]  # "we're past the January thing, let's not go back over it."
    assert not OWNING.search(script(yuki)) and "mobile app" not in script(yuki)
    assert any("mobile app" in a.topic for a in yuki.avoid)


def test_the_partners_own_we_missed_is_not_ours(plans) -> None:  # type: ignore[no-untyped-def]
    amara = plans["03"]  # Amara: "We missed two in 2025 and it cost us." (her team's renewals)
    assert not OWNING.search(script(amara))
    assert not [i for i in amara.open_items if i.kind == "miss" and i.owner == "us"]


def test_names_ending_in_s_or_with_accents_are_read_as_the_partner(plans) -> None:  # type: ignore[no-untyped-def]
    assert "online revenue at 30% of sales by 2028" in plans["13"].value_message  # "Ines wants ..."
    assert any("repeat purchase rate" in s.text for s in plans["05"].sections)  # "Lucas wants ..."
    seats = [i for i in plans["07"].open_items if i.kind == "offer" and "investment committee" in i.text]
    # "Hélène offered the CIO a seat ..." is our note, not her words: never re-voiced; (round 8) each offer named by its head noun
    assert seats and "Yes to the seat on the committee from January" in script(plans["07"]) and "offering me" not in script(plans["07"])


def test_a_decimal_point_does_not_end_a_goal(plans) -> None:  # type: ignore[no-untyped-def]
    assert "down to 1.80 euros" in plans["01"].value_message
    assert "above 4.5 by the summer" in plans["08"].value_message


def test_value_message_carries_a_measure_of_theirs_and_never_pastes_the_statement(plans) -> None:  # type: ignore[no-untyped-def]
    statement = normalise(STATEMENT).split()
    runs = {" ".join(statement[i:i + 6]) for i in range(len(statement) - 5)}  # a short verb phrase may carry its meaning
    for key, plan in plans.items():
        message = normalise(plan.value_message)
        assert not [r for r in runs if r in message], key
        assert "small, dated and owned" not in plan.value_message, key  # no empty promise
    # round 8: the goal is said back whole; the measure never fills a template slot ("numbers on theatre utilisation")
    assert "theatre utilisation above 85%" in plans["15"].value_message and "numbers on" not in plans["15"].value_message
    assert "OEE on line 2" in plans["02"].value_message


def test_goal_metric_names_the_measure_only() -> None:
    from assistant.planning.value_translation import goal_metric

    assert goal_metric("cost to serve down 6% by 2027") == "cost to serve"
    assert goal_metric("the app rating above 4.5 by the summer") == "app rating"
    assert goal_metric("every rep to see live stock before promising a delivery date") == ""


def test_plans_are_short_private_and_free_of_word_lists(plans) -> None:  # type: ignore[no-untyped-def]
    for key, plan in plans.items():
        main = plan_main_view(plan)
        assert len(main.split()) <= 300, key
        everything = main + " ".join(s.text for s in plan.sections)
        assert not re.search(r"\+45 20|privatemail|@", everything), key
        assert "own words:" not in everything and "starting with" not in everything, key


def test_no_long_sentence_is_shared_between_two_partners_plans(plans) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}
    shared = []
    for key, plan in plans.items():
        for sentence in {normalise(s) for s in plan_sentences(plan) if len(s.split()) >= 12}:
            if sentence in seen and seen[sentence] != key:
                shared.append(sentence)
            seen[sentence] = key
    assert not shared, shared


def test_a_demanded_cut_is_open_and_answered_without_promising_the_number(plans) -> None:  # type: ignore[no-untyped-def]
    margit = plans["01"]  # "I need IT to cut the recharge by 20% for 2027"
    assert any(i.kind == "request" and "20%" in i.quote for i in margit.open_items)
    cut = next(line for line in margit.script if "20%" in line)
    assert "cannot promise that number" in cut and not re.search(r"\bwe will cut\b", script(margit), re.I)


def test_a_firm_date_comes_before_the_partners_own_deadline(plans) -> None:  # type: ignore[no-untyped-def]
    assert "firm date and one owner by 9 December" in script(plans["01"])  # "The board meets on 10 December."


def test_a_demand_on_us_is_never_filed_as_the_partners_goal() -> None:
    parsed = notes("10")  # Grace: "I want a weekly status e-mail from IT on the BMS fix until it is done."
    goals = [g.text for g in build_situation(parsed.notes, parsed.partner, [], TODAY).goals]
    assert goals and not [g for g in goals if "status" in g]


def test_a_newcomer_whose_goal_is_only_in_our_note_gets_a_question_not_a_re_voiced_goal(plans) -> None:  # type: ignore[no-untyped-def]
    daniel = plans["09"]  # "He mentioned he has to cut supplier count by a third": our words about him, not his
    assert daniel.script == ["What matters most to your team this year?"]


def test_the_words_that_healed_a_miss_are_never_used_against_the_partner(plans) -> None:  # type: ignore[no-untyped-def]
    yuki = plans["08"]  # "we're past the January thing, let's not go back over it." / "Yuki was angry; her launch slipped."
    text = " ".join(s.text for s in yuki.sections)
    assert "past the January" not in text and "launch slipped" not in text and "defensive" not in text


def test_an_invitation_gets_a_reply_within_a_week_not_on_the_day(plans) -> None:  # type: ignore[no-untyped-def]
    reply = next(f for f in plans["08"].followups if f.what.startswith(("Reply to", "Book the offsite")))  # round 8: the yes is booked
    assert reply.due == (TODAY + dt.timedelta(days=7)).isoformat()


def test_a_request_the_partner_had_to_chase_says_so(plans) -> None:  # type: ignore[no-untyped-def]
    ben = script(plans["06"])  # 20 Oct: "The stock view is not there yet. My reps are still ringing the warehouse."
    assert "you had to chase it on 20 October" in ben


def test_a_promise_that_slipped_twice_is_owned_twice(plans) -> None:  # type: ignore[no-untyped-def]
    rui = script(plans["02"])  # missed 30 June; "new date given: 31 July"; 28 Aug "still not fixed ... Twice now."
    assert "then missed the new date too" in rui
    assert "new date too" not in script(plans["16"])  # Henrik's comparison slipped once


def test_only_a_later_not_done_after_a_new_date_counts_as_a_second_slip() -> None:
    text = ("Stakeholder: Ana Ruiz, Head of Stores\n2026-03-01 call\nWe promised the till upgrade by 20 March.\n"
            "2026-03-25 call\nTill upgrade not installed yet; Ana was patient.\n")
    parsed = parse_notes_text(text)
    promise = next(i for i in build_situation(parsed.notes, parsed.partner, [], TODAY).items if i.kind == "promise")
    assert promise.broken_quote and not promise.slipped_again
