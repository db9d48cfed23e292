"""Trusted partners read as trusted (issue #20, rubric a): trust said outright, a seat on the partner's committee, a
third party's failure cleared in so many words, a slip shrugged off, the CIO's notes to self; the latest note wins
over a trend; a vote of trust is no objection; low confidence is said plainly. Training partners 198-204."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.perception.cio_lines import CIO_IDEA, CIO_WORRY, REMINDER
from assistant.perception.cues import cue_hits
from assistant.planning.lead import LOW_CONFIDENCE
from assistant.planning.objection_reading import pushed_back
from assistant.planning.plan_text import objection_kinds

TRAINING = Path(__file__).parent / "data" / "plan_training"


def _read(name: str) -> str:
    return next(TRAINING.glob(f"{name}_*")).read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    "He said he knows your team will sort the depot move, and to keep him posted.",
    '"I know you lot will deliver it, you always find a way."',
    "We trust you to call it if the date moves.",
    "Leave it with you to pick the order.",
    '"Honestly, yours is the only team here that does what it says."',
    '"Whatever you did to the rota screen, do not touch it."',
    "She introduced me to the trustees as the person who saved her team a day a week.",
])
def test_trust_said_outright_is_proven(text):
    hits = cue_hits(text)
    assert "proven" in hits and "doubted" not in hits


@pytest.mark.parametrize("text", [
    "He has made our CIO a full member of his investment committee.",
    "She offered us a standing seat at the planning board from spring.",
    "Would we take a permanent seat on it? He has already cleared it with the chair.",
    "She asked whether I would sit on the safety council every month.",
    "He invited my deputy onto his operations committee.",
])
def test_a_seat_on_the_partners_committee_is_trust(text):
    assert "proven" in cue_hits(text)


@pytest.mark.parametrize("text", [
    '"That was the courier firm, not you, and you had the fallback labels printing in ten minutes."',
    '"It was the lift company again - nothing your people could have done."',
    "Furious, but not with us: the landlord cut the power.",
    "He calls these finance problems, not IT issues.",
    "The parking app supplier (Parkwise) pushed a release that broke the permits for a day.",
    "Root cause was the payroll bureau, who sent a bad file.",
    "Desk quote late - the reseller repriced it twice.",
])
def test_someone_elses_failure_cleared_is_not_our_doubt(text):
    hits = cue_hits(text)
    assert "doubted" not in hits and "third_party" in hits


@pytest.mark.parametrize("text", [
    "The handover slipped four days and she shrugged it off.",
    "He laughed it off at the time.",
    'Last spring\'s outage came up; she called it "ancient history".',
    "He said that's fine as long as we tell him before the board.",
])
def test_a_forgiven_slip_is_no_doubt(text):
    hits = cue_hits(text)
    assert "doubted" not in hits and "forgiven" in hits


@pytest.mark.parametrize("text", [
    "It's not the hosting firm, it's you, and it keeps happening.",
    '"Your release broke the quotes, not the broker feed."',
    "I don't trust the dates your team gives me any more.",
    "The go-live slipped again and she is fed up, but she said fine, whatever.",
])
def test_real_doubt_stays_doubt(text):
    hits = cue_hits(text)
    assert "third_party" not in hits and "forgiven" not in hits and "proven" not in hits


def test_a_hyphenated_late_is_no_late_delivery():
    assert "doubted" not in cue_hits("He never uses the late-arrivals data for planning.")
    assert "doubted" in cue_hits("The report was late again.")


@pytest.mark.parametrize(("text", "worry"), [
    ("My thought: she is asking for numbers now, not fixes.", True),
    ("Note to self - bring the uptime chart.", True),
    ("Don't trust the dates, she says.", False),
    ("She thinks our dates never hold.", False),
])
def test_the_cios_notes_to_self_are_no_evidence(text, worry):
    assert bool(CIO_WORRY.search(text)) is worry


@pytest.mark.parametrize(("text", "reminder"), [
    ("Don't overpromise on the spring release.", True),
    ("Do not reopen the March outage with her, she has moved on.", True),
    ("Don't trust the dates, she says.", False),
    ("Never again, she said, after the payroll run.", False),
])
def test_a_reminder_to_self_is_no_evidence_on_either_axis(text, reminder):
    assert bool(REMINDER.search(text)) is reminder


@pytest.mark.parametrize(("name", "quadrant"), [
    ("198", "utility"),  # "I know you'll do it", a slip shrugged off, notes to self (main: cost centre)
    ("199", "partner"),  # co-funding, a full member of her committee, the vendor's patch cleared
    ("200", "utility"),  # a terminal firm's failure cleared, "best thing you've done", a reseller's late quote
    ("201", "partner"),  # our outage forgiven as "ancient history", a permanent seat, trust in the broker portal
    ("203", "cost_centre"),  # the control: a partner who still holds our misses against us
])
def test_training_partners_read_as_their_notes_show(assess_text, name, quadrant):
    assert assess_text(_read(name)).quadrant == quadrant


def test_the_voice_memo_partner_reads_as_proven(assess_text):
    assert assess_text(_read("202")).competence == "proven"


def test_a_trend_the_latest_note_contradicts_is_no_trend(assess_text):
    a = assess_text(_read("204"))  # praise, then two slips, then praise in the newest note (main: "worsening")
    assert a.competence == "proven"
    assert "worsening" not in a.trend


@pytest.mark.parametrize("text", [
    'She said "just keep me posted, I\'m sure your team will get it done".',
    "He said to keep him in the loop; I know you'll manage it.",
])
def test_a_vote_of_trust_is_no_objection(text):
    assert objection_kinds(text) == []


def test_time_spent_is_no_budget_objection():
    assert "budget" not in objection_kinds("We should not spend more time on the old intranet, she said.")
    assert "budget" in objection_kinds("We spend more on licences every year and the budget keeps going up.")


@pytest.mark.parametrize(("text", "kind"), [
    ("Just keep the tills up, that's the whole ask.", "lights_on"),
    ("Thanks for the rollout, but the budget keeps growing and nobody explains why.", "budget"),
    ("I trust your people, so why does the recharge go up every year?", "budget"),
])
def test_a_real_objection_stays_an_objection(text, kind):
    assert kind in objection_kinds(text)
    assert kind in pushed_back(text, [kind])


def test_the_plan_does_not_answer_trust_as_an_objection(plan_text):
    plan = plan_text(_read("198"), dt.date(2026, 11, 30), "quarterly review")
    objections = next(s for s in plan.sections if s.key == "objections")
    assert "know you'll do it" not in objections.text
    assert plan.quadrant == "utility"


def test_low_confidence_is_said_and_the_reading_is_tested_first(plan_text):
    # voice memos without the committee memo (the trust shown in deeds): thin evidence
    thin = re.sub(r"\n2026-10-02 memo\n.*?(?=\n\d{4}-\d{2}-\d{2} memo)", "", _read("202"), flags=re.S)
    assert "committee" not in thin
    plan = plan_text(thin, dt.date(2026, 11, 30), "quarterly review")
    stand = next(s for s in plan.sections if s.key == "stand").text
    assert plan.confidence < LOW_CONFIDENCE
    assert "uncertain" in stand and "Test the reading" in stand and " reads as " not in stand.split(".")[0]
    assert any("Confidence is low" in n for n in plan.notices)
    whole = plan_text(_read("202"), dt.date(2026, 11, 30), "quarterly review")  # with the committee memo: more evidence
    hedged = "uncertain" in next(s for s in whole.sections if s.key == "stand").text
    assert whole.confidence > plan.confidence and hedged == (whole.confidence < LOW_CONFIDENCE)


@pytest.mark.parametrize(("text", "idea"), [
    ("I mentioned we could flag the members likely to leave, from the booking data.", True),
    ("We also said that IT could build her a weekly forecast.", True),
    ("She said we could have the room on Friday.", False),
    ("I said we would have the laptops there by Monday.", False),
])
def test_the_cios_own_idea_is_not_the_partners_dependence(text, idea):
    assert bool(CIO_IDEA.match(text)) is idea


def test_trust_said_outright_silences_the_classifiers_doubt_vote():
    assert "trust" in cue_hits("He said he knows your team will sort the depot move.")
    assert "trust" in cue_hits("She has made our CIO a full member of her investment committee.")
    assert "trust" not in cue_hits("The rollout was on time.")  # praise of one delivery: the classifier still weighs it
    assert "trust" not in cue_hits("I trust your team completely, but the last two dates slipped.")
