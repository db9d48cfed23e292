"""Detail lines built from a partner's typed facts: questions on their open items, dated events and goal,
and what would show after the meeting that their perception moved. A line with no fact behind it is left out.

Fixed words stay under twelve, so a line shared by two plans is never a long template sentence; the dates
and goals in them are this partner's.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_check import due_unchecked
from assistant.planning.due_dates import dates_in
from assistant.planning.followup_lines import told_as_action
from assistant.planning.fragments import phrase_fault
from assistant.planning.goal_current import met
from assistant.planning.miss_cause import cause_known
from assistant.planning.miss_events import event_day
from assistant.planning.partner_facts import Event, PartnerFacts
from assistant.planning.partner_targets import Target
from assistant.planning.say_back import said_back
from assistant.planning.situation import Goal, Situation
from assistant.planning.situation_round6 import nearest_event
from assistant.planning.voice import goal_said, on_day, tidy, when
from assistant.schema import Assessment
from assistant.text.sentences import one_line


def fact_questions(sit: Situation, first: str, today: dt.date, script: list[str], facts: PartnerFacts | None = None, aim: str = "",
                   targets: list[Target] | None = None) -> list[str]:
    """Questions on a miss of ours that still weighs, this partner's open ask or offer, their next dated event
    (by its name), their goal or measure in their words, and the people around them, in that order."""
    facts = facts or PartnerFacts()
    out: list[str] = []
    owned = sit.owned_misses()
    if owned:
        out.append(f"What did the {when(event_day(sit, owned[0]))} problem cost your team?")
    theirs = sit.open_theirs()
    for item in theirs[:2]:  # a second open ask or offer is theirs too, before any stock question
        on = f"your {when(item.date)}" if item.date else "your"  # never "your recently request"
        if item is not theirs[0] and not item.date:
            break  # two undated asks would read as the same question twice
        asked = _asked_for(item.complement) if item.kind == "request" else ""
        out.append(f"You asked {asked}: what should our answer include?" if asked else
                   f"What should our answer to {on} request include?" if item.kind == "request" else f"What would make {on} offer work for you?")
    said = " ".join(script)
    named = next((e for e in facts.events if f"before {when(e.day)}" not in said and e.name.lower() not in said.lower() and _named_whole(e.name)), None)
    event = nearest_event([(s.speaker, s.text, s.date, s.date_order) for s in sit.sentences], today, first)
    due = {i.due for i in theirs if i.due} | {d for i in theirs if i.date for d in dates_in(i.quote, i.date, i.date_order)}  # "ready before then"
    if named and named.day not in due:
        out.append(f"What do you need from us before {named.name} {on_day(named.day)}?")
    elif event and event.day not in due and f"before {when(event.day)}" not in said:  # the script may ask it already
        out.append(f"What do you need from us before {when(event.day)}?")
    # A goal is re-voiced into "...: what would show you, in a month, that we are helping?" only when it carries a
    # number (a target): a request or a draft taken for a want read as stitched to blind reviewers.
    live = [g for g in sit.goals if not met(g, sit) and _TARGET.search(g.text)]  # a want already delivered is no question
    if live and goal_said(live[0]):  # '' where the pronoun swap would not read whole
        out.append(f"{goal_said(live[0])}: what would show you, in a month, that we are helping?")
    else:
        measure = facts.live_measure()
        if measure and measure.spoken:
            out.append(f"You told me: “{measure.clause}.” What holds it back today?")
        elif aim and len(aim.split()) <= 30:  # their aim in other words, quoted whole (partner_aims.py)
            out.append(f"You told me: “{aim[:1].upper()}{aim[1:].rstrip('.')}.” What holds it back today?")
        elif (target := next((t for t in targets or [] if t.spoken and 3 <= len(t.text.split()) <= 16), None)) is not None:
            out.append(f"You told me: “{target.text[:1].upper()}{target.text[1:].rstrip('.')}.” What holds it back today?")  # their number
    out += _people_questions(sit, facts)
    return out


# A goal with a number in it, in figures or words ("under a thousand", "halve", "twice as fast", "zero defects").
_TARGET = re.compile(r"\d|\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|"
                     r"million|billion|half|halve|double|twice|third|quarter|percent|per\s*cent)\b", re.IGNORECASE)


def _named_whole(name: str) -> bool:
    """An event's name that reads after "before" or "for": never a cut phrase that starts with a preposition ("to the board")."""
    return not re.match(r"(?:to|for|before|by|at|on|in|of|with)\b", name.strip(), re.IGNORECASE)


def _asked_for(complement: str) -> str:
    """The thing they asked for, said back whole ("the offline payment plan by 10 October"), or '' when it would not read
    whole after "You asked for" (a verb, a pronoun, a cut phrase, or too long to say)."""
    text = re.split(r",\s*(?:otherwise|or else|because|so that|as)\b", re.sub(r"^for\s+", "", complement.strip()))[0]
    of_us = re.match(r"(?:us|IT|you|your team) to (?P<rest>[a-z].+)", text)  # "us to put an analyst on ...": asked of us
    if of_us:
        rest = tidy(of_us.group("rest"))
        fits = 3 <= len(rest.split()) <= 16 and not phrase_fault(rest) and not re.search(r"\b(?:it|this|that|them|her|his|their|she|he|me|my|I)\b", rest)
        return f"us to {rest}" if fits else ""
    if tidy(text) != text.strip().rstrip(".?!") or re.search(r"\b(?:ready|done|fixed|sorted|live|working|in place)$", text.strip(" .")):
        return ""  # "the rota tool ready before then": a state or a pointer the question cannot carry whole
    text = said_back(tidy(text), True)  # '' where the swap would not read whole
    words = text.split()
    if not text or not 2 <= len(words) <= 16 or phrase_fault(text) or not re.match(r"(?:the|a|an|one|some|my|our|two|three)\b", text) \
            or re.search(r"\b(?:it|this|that|them|her|his|their|she|he)\b", text):  # narration's "her" is not ours to say
        return ""
    return f"for {text}"


# A title with a full stop before a name ("Dr. Henrik ..."): the stop would end the question mid-name when it is split.
_TITLE = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sr|Sra|Hr|Fr|Ing|Mag|Mme|Mlle)\.\s+")


def _people_questions(sit: Situation, facts: PartnerFacts) -> list[str]:
    """A question on the person around the partner: what they want, said whole, or what they need from us."""
    for person in facts.people:
        if person.role.startswith("your"):
            name = _TITLE.sub("", person.name)
            return [f"{name} wants {person.wants}: is that first for you too?" if person.wants else f"What does {name} need from us?"]
    theirs_people = [p for p in sit.people if re.match(r"(?:his|her|their)\b", p.role, re.IGNORECASE)]  # "his deputy", never "our architect"
    return [f"What does {_TITLE.sub('', p.name)} need from us?" for p in theirs_people[:1]]


def who_else(facts: PartnerFacts, sit: Situation, first: str) -> tuple[list[str], list[str]]:
    """'Who else matters' lines, one per person, with what they want when the notes say; and the notes behind them."""
    lines, refs = [], []
    for person in facts.people:
        role = re.sub(r"^your\b", f"{first}'s", person.role)
        wants = f" wants “{person.wants}”" if person.wants else ""
        lines.append(f"People who matter: {person.name} ({role}){wants}.")  # "Who ..." would read as a relative clause (plan_guards)
        refs.append(person.note_ref)
    named = {p.name.split()[-1] for p in facts.people}
    rest = [p for p in sit.people if p.name.split()[-1] not in named and not re.search(r"\b(?:our|IT)\b", p.role)]  # ours are not theirs
    if rest:
        lines.append("Also named: " + "; ".join(f"{p.name} ({p.role})" for p in rest) + ".")
        refs += [p.note_ref for p in rest]
    return lines[:4], refs


def homework(sit: Situation, facts: PartnerFacts, first: str) -> list[str]:
    """Homework before the meeting, from typed facts: at most two short lines."""
    out: list[str] = []
    check = due_unchecked(sit, first)  # our promise due before the meeting, no word since: asked of its owner first
    if check:
        out.append(check)
    owned = sit.owned_misses()
    if owned:  # where the notes already say why it happened, only the fix is left to confirm
        out.append("Before the meeting: confirm the fix and its owner." if cause_known(sit, owned[-1]) else "Before the meeting: confirm the root cause and the fix's owner.")
    if any(i.kind == "request" for i in sit.open_theirs()):
        out.append("Before the meeting: confirm who owns our answer, and their date.")
    if facts.events and _named_whole(facts.events[0].name):
        event = facts.events[0]
        out.append(f"Homework: learn what {first} needs for {event.name}.")  # its date is in "Coming up"
    measure = facts.live_measure()
    if measure and measure.spoken and len(measure.clause.split()) <= 16:  # their words, not our narration of them
        out.append(f"Homework: bring our latest figures behind “{measure.clause}”.")
    return out[:2]


def asked_of_us(sit: Situation, goal: Goal | None) -> bool:
    """A goal that is also an open ask of theirs ("wants the daily report in his inbox by 8am"): answered, not proposed twice."""
    return goal is not None and any(goal.text in i.quote or goal.quote == i.quote for i in sit.open_theirs())


def signs_moved(sit: Situation, a: Assessment, first: str, uncertain: list[str], events: list[Event] | None = None) -> list[str]:
    """What would show, after the meeting, that the perception moved: one or two signs, each from a typed fact."""
    out: list[str] = []
    owned = sit.owned_misses()
    if owned:
        out.append(f"{first} stops chasing the {when(event_day(sit, owned[0]))} problem")
    theirs = sit.open_theirs()
    if theirs:
        item = theirs[0]
        out.append(f"{first} uses our answer, or asks for more" if item.kind == "request"
                   else f"{first} confirms the {when(item.date)} offer, with names")
    if "dependence" in uncertain:
        out.append(f"{first} places technology in next year's plans")
    elif "competence" in uncertain:
        out.append(f"{first} tells you how our last delivery went")
    if len(out) < 2 and sit.goals and a.dependence in ("I", "BT") and not asked_of_us(sit, sit.goals[0]) and not told_as_action(sit.goals[0].text):
        out.append(f"{first} brings the next step on “{one_line(sit.goals[0].text)}” to us first")
    if len(out) < 2 and events and not re.match(r"(?:to|for|at|on)\s", events[0].name):  # "before to the board" cannot be said
        out.append(f"{first} asks for our help before {events[0].name}")
    if not out and a.quadrant == "bypass_risk":
        out.append(f"{first}'s next need comes to us first")
    return out[:2]
