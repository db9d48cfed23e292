"""Fit the meeting's purpose to what the notes hold: an "escalation after an outage" with no outage
on record asks what happened instead of inventing one; a "first meeting" with a long history
takes stock instead of asking first-meeting questions."""

from __future__ import annotations

from dataclasses import replace

from assistant.planning.purposes import Purpose
from assistant.planning.situation import Situation

LONG_HISTORY_NOTES = 3  # dated notes on separate days: more than a first meeting


def fit_purpose(purpose: Purpose, sit: Situation) -> Purpose:
    if purpose.key == "escalation":
        return _escalation(purpose, sit)
    if purpose.key == "first_meeting" and _history_days(sit) >= LONG_HISTORY_NOTES:
        return replace(
            purpose,
            goal="take stock of what we have done together and ask what matters most to {partner} now",
            script="We have worked together a while; what matters most to you now?",
            questions=("What has changed for you since we last spoke?", "What should we stop doing, and what should we keep?"),
        )
    return purpose


def _escalation(purpose: Purpose, sit: Situation) -> Purpose:
    misses = [i for i in sit.items if i.kind in ("miss", "noted_miss") and i.miss_kind in ("outage", "failure")]
    if not misses:
        return replace(
            purpose,
            goal="hear what happened from {partner} first and confirm the facts before owning or promising anything",
            script="Before I say anything about it, I want to hear what happened from you.",
            questions=("What happened, from where you sat, and when?", "What did it cost your team, in your terms?"),
            objection="",
        )
    if all(m.owner == "third_party" for m in misses):
        return replace(
            purpose,
            goal="say what the supplier's failure cost {partner}, what we are asking of them, and who owns each fix",
            script="The failure was the supplier's; here is what we are asking of them.",
        )
    return purpose


def _history_days(sit: Situation) -> int:
    return len({s.date for s in sit.sentences if s.date})
