"""Fit the meeting's purpose to what the notes hold: an "escalation after an outage" with no outage
on record asks what happened instead of inventing one; a "first meeting" with a long history
takes stock instead of asking first-meeting questions. Then each purpose's questions and lines name
this partner's own typed facts (their measure, our miss's date, what we delivered) where the notes
have them, and stay short (under twelve words) where they do not: no long stock sentence two
partners' plans would share."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from assistant.planning.ownership import kept_out
from assistant.planning.partner_targets import Target
from assistant.planning.purposes import Purpose
from assistant.planning.relationship import Relationship, relationship
from assistant.planning.situation import Situation
from assistant.planning.situation_round8 import delivered
from assistant.planning.voice import on_day

LONG_HISTORY_NOTES = 3  # dated notes on separate days: more than a first meeting


def fit_purpose(purpose: Purpose, sit: Situation, targets: list[Target] | None = None) -> Purpose:
    if purpose.key == "escalation":
        fitted = _escalation(purpose, sit)
    elif purpose.key == "first_meeting" and _history_days(sit) >= LONG_HISTORY_NOTES:
        fitted = _take_stock(purpose, relationship(sit, f"{purpose.said} {purpose.text}"))
    else:
        fitted = purpose
    return name_own_facts(fitted, sit, targets or [])


def _take_stock(purpose: Purpose, known: Relationship) -> Purpose:
    """A first meeting with notes behind it: take stock, claiming only the history the relationship fact allows."""
    if known == "new_partner":
        return purpose  # they are new in role: the first-meeting lines stand
    script = {"long": "We have worked together a while; what matters most to you now?",
              "handover": "I have read the notes my predecessor left me; what matters most to you now?",
              "new_cio": "I am new in this role; what matters most to you now?"}.get(known, "What matters most to you now?")
    first = "What has changed for you since we last spoke?" if known == "long" else "What should I know that the notes do not say?"
    return replace(purpose, goal="take stock and ask what matters most to {partner} now", script=script,
                   questions=(first, "What should we stop doing, and what should we keep?"))


def _escalation(purpose: Purpose, sit: Situation) -> Purpose:
    told = [i for i in sit.items if i.kind in ("miss", "noted_miss") and i.miss_kind in ("outage", "failure")]
    misses = [i for i in told if i.status == "open" and not i.forgiven_quote and not kept_out(sit, i)]  # healed ones stay healed
    if told and not misses:
        return replace(
            purpose,
            goal="agree the next step and who owns it",
            script="",
            questions=("What should change first, from where you sit?",),
            objection="",
        )
    if not misses:
        return replace(
            purpose,
            goal="hear {partner}'s account first, before owning or promising anything",
            script="First, I want to hear what happened from you.",
            questions=("What happened, from where you sat, and when?", "What did it cost your team, in your terms?"),
            objection="",
        )
    if all(m.owner == "third_party" for m in misses):
        day = misses[-1].date
        return replace(
            purpose,
            goal=f"say what the failure noted {on_day(day)} cost {{partner}}, what we ask of the supplier, and who owns each fix" if day else
            "say what the supplier's failure cost and who owns each fix",
            script=f"The failure noted {on_day(day)} was the supplier's; here is our ask of them." if day else
            "The failure was the supplier's; here is our ask of them.",
        )
    return purpose


def name_own_facts(purpose: Purpose, sit: Situation, targets: list[Target]) -> Purpose:
    """The purpose's stock questions and lines, naming this partner's measure, our miss or our delivered work."""
    metric = _metric(targets)
    missed = _miss_day(sit)
    done = delivered(sit)
    done_on = done[0].done_on if done else None
    key = purpose.key
    if key == "budget_review":
        return replace(
            purpose,
            goal=f"tie each spend line to what it does for {metric}" if metric else "tie each spend line to an outcome {partner} cares about",
            questions=(f"Which spend line does most for {metric}, and which least?" if metric else "Which spend line would you cut first?",
                       f"Was what we delivered {on_day(done_on)} worth its cost to you?" if done_on else
                       "What would show you this money was well spent?"),
        )
    if key == "kickoff":
        return replace(purpose, questions=(
            f"Where should {metric} stand in six months for this to count?" if metric else "What would success look like in six months?",
            purpose.questions[1]))
    if key == "escalation" and purpose.script.startswith("I will cover"):
        outage = _miss_day(sit, ("outage", "failure"))
        return replace(
            purpose,
            script=f"I will cover the outage noted {on_day(outage)}: what happened, what changes, who owns each fix." if outage else
            "I will cover what happened, what changes and who owns it.",
            questions=(f"What did the outage noted {on_day(outage)} cost your team?" if outage else purpose.questions[0],
                       purpose.questions[1]),
        )
    if key == "first_meeting" and purpose.script.startswith("I would like"):
        return replace(
            purpose,
            script=f"I would like to hear how {metric} is going, and what matters most." if metric else
            "I would like to hear what matters most to you.",
            questions=(f"How is {metric} tracking against where you want it?" if metric else purpose.questions[0], purpose.questions[1]),
        )
    if key == "quarterly_review":
        return replace(purpose, questions=(
            f"Which one thing next quarter would move {metric} most?" if metric else purpose.questions[0],
            f"What should change so the problem noted {on_day(missed)} is not repeated?" if missed else "What should we not repeat next quarter?"))
    return purpose


def _metric(targets: list[Target]) -> str:
    """Their measure's name ('falls per thousand bed days'), mid-sentence; '' when no target names one."""
    head = next((t.metric for t in targets if t.metric), "").replace("{", "(").replace("}", ")")  # the goal is formatted later
    return head[:1].lower() + head[1:] if head[1:2].islower() else head


def _miss_day(sit: Situation, kinds: tuple[str, ...] = ()) -> dt.date | None:
    """The date of the latest miss we own (of these kinds, when given)."""
    owned = [m for m in sit.owned_misses() if m.date and (not kinds or m.miss_kind in kinds)]
    return owned[-1].date if owned else None


def _history_days(sit: Situation) -> int:
    return len({s.date for s in sit.sentences if s.date})


def measure_name(targets: list[Target]) -> str:
    """Their measure's name as a purpose line carries it ('' when none): the questions tell such a line from a stock one."""
    return _metric(targets)
