"""Detail lines built from a partner's typed facts: questions on their open items, dated events and goal,
and what would show after the meeting that their perception moved. A line with no fact behind it is left out.

Fixed words stay under twelve, so a line shared by two plans is never a long template sentence; the dates
and goals in them are this partner's.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation import Goal, Situation
from assistant.planning.situation_round6 import nearest_event
from assistant.planning.voice import goal_said, when
from assistant.schema import Assessment
from assistant.text.sentences import one_line


def fact_questions(sit: Situation, first: str, today: dt.date, script: list[str]) -> list[str]:
    """Questions on a miss of ours that still weighs, this partner's open ask or offer, their next dated event
    and their goal, in that order."""
    out: list[str] = []
    owned = sit.owned_misses()
    if owned:
        out.append(f"What did the {when(owned[0].date)} problem cost your team?")
    theirs = sit.open_theirs()
    if theirs:
        item = theirs[0]
        if item.kind == "request":
            out.append(f"What should our answer to your {when(item.date)} request include?")
        else:
            out.append(f"What would make your {when(item.date)} offer work for you?")
    event = nearest_event([(s.speaker, s.text, s.date) for s in sit.sentences], today, first)
    due = {i.due for i in theirs if i.due}
    if event and event.day not in due and f"before {when(event.day)}" not in " ".join(script):  # the script may ask it already
        out.append(f"What do you need from us before {when(event.day)}?")
    if sit.goals:
        out.append(f"{goal_said(sit.goals[0])}: what would show you, in a month, that we are helping?")
    theirs_people = [p for p in sit.people if re.match(r"(?:his|her|their)\b", p.role, re.IGNORECASE)]  # "his deputy", never "our architect"
    out += [f"What does {p.name} need from us?" for p in theirs_people[:1]]
    return out


def asked_of_us(sit: Situation, goal: Goal | None) -> bool:
    """A goal that is also an open ask of theirs ("wants the daily report in his inbox by 8am"): answered, not proposed twice."""
    return goal is not None and any(goal.text in i.quote or goal.quote == i.quote for i in sit.open_theirs())


def signs_moved(sit: Situation, a: Assessment, first: str, uncertain: list[str]) -> list[str]:
    """What would show, after the meeting, that the perception moved: one or two signs, each from a typed fact."""
    out: list[str] = []
    owned = sit.owned_misses()
    if owned:
        out.append(f"{first} stops chasing the {when(owned[0].date)} problem")
    theirs = sit.open_theirs()
    if theirs:
        item = theirs[0]
        out.append(f"{first} uses our answer, or asks for more" if item.kind == "request"
                   else f"{first} confirms the {when(item.date)} offer, with names")
    if "dependence" in uncertain:
        out.append(f"{first} places technology in next year's plans")
    elif "competence" in uncertain:
        out.append(f"{first} tells you how our last delivery went")
    if len(out) < 2 and sit.goals and a.dependence in ("I", "BT") and not asked_of_us(sit, sit.goals[0]):
        out.append(f"{first} brings the next step on “{one_line(sit.goals[0].text)}” to us first")
    if not out and a.quadrant == "bypass_risk":
        out.append(f"{first}'s next need comes to us first")
    return out[:2]
