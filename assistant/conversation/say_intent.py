"""What the CIO's question asks the line to do, and that line for a selected partner, from the partner's typed facts.

A line to say is chosen by the question first: owning a miss of ours, replying to an objection the partner made,
the measures to show, a tool an outside firm built for the partner; only then the newest open item. Every line
is built from one typed item, goal or note sentence whose meaning fits it; when none fits, the line is "" and the
caller falls back to its item line.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_facts import to_partner
from assistant.conversation.partner_record import still_weighs, touches_avoid
from assistant.conversation.partner_say import bare, on_day, own_it
from assistant.conversation.question_intents import BOARD, intent
from assistant.planning.situation import Item, Situation

_THING = re.compile(r"(?P<thing>\b(?:the|our|your|this|that|his|her|their) [\w -]{2,40}?) (?:is|are|was|were) "
                    r"(?:useless|pointless|a waste|worthless|no use|not useful|not worth)", re.I)
_NO = re.compile(r"\balways says? no\b|\bsays? no to everything\b", re.I)
_PARKED = re.compile(r"\b(?:parked|on hold|deferred|postponed|deprioriti[sz]ed|put off|pushed back|backlog)\b", re.I)
# "target is ...", "aims for the year: ...", "His measures for the year, from his slides: ..." (a decimal point does not end it)
_TARGET = re.compile(r"\b(?:targets?|goals?|aims?|objectives?|kpis?|ambitions?|measures?)\b[^.;:]{0,40}?(?:\b(?:is|are)\b|:)\s+(?:to\s+(?:get|bring|take)\s+)?"
                     r"(?P<m>(?:[^.;]|\.(?=\d)){6,120})", re.I)
# "the board follows two things this year: margin and churn", "Oscar is measured on first-contact resolution": measures named
# without a number, followed by the partner or their leadership (never a thing asked of us: "wants to see the report").
_FOLLOWED = re.compile(r"\b(?P<who>board|executive (?:team|committee)|exco|leadership team|[A-Z][a-z]+|she|he|they)\b(?:'s \w+)?\s+(?:is |are )?"
                       r"(?:measured on|judged on|assessed on|follows?|tracks?|watches|cares? (?:most )?about|wants? to see)\s+"
                       r"(?:(?:two|three|four|\d|a few) things(?: (?:this|next) year)?:\s*)?(?!(?:the|a|an|our|your|his|her|their|us|IT|it|that|this)\b)(?P<m>[^.;]{6,90})")
# "the three group targets: cost-to-serve, customer retention and safety incidents": measures listed by name, without a number
_LISTED = re.compile(r"\b(?:targets?|goals?|kpis?|measures?|priorities|objectives|scorecard)\s*:\s*(?P<m>[^.;:]{6,100}?(?:,| and )[^.;:]{3,60})", re.I)
_MEASURE = re.compile(r"\d|\b(?:half|third|quarter|double|halve)\b", re.I)
_CANNOT_SEE = re.compile(r"\b(?:cannot|can't|can not|doesn't|does not) (?:see|reach|read|get|use) (?:the |our )?(?P<d>[\w -]{2,30}? data)\b", re.I)
_RIVAL_NOTE = re.compile(r"\b(?:agency|vendor|consultan\w*|contractor|freelancer|outside firm)\b", re.I)


def partner_measures(sit: Situation, first: str = "") -> list[tuple[str, dt.date | None]]:
    """The partner's own measures, newest first: goals that carry a number or a share, and stated targets in the notes."""
    out: list[tuple[str, dt.date | None]] = []
    for s in reversed(sit.sentences):
        if touches_avoid(s.text, sit):
            continue
        if (m := _TARGET.search(s.text)) and _MEASURE.search(m.group("m")):
            out.append((m.group("m").strip(), s.date))
        if (m := _LISTED.search(s.text)) and not _MEASURE.search(m.group("m")) and not re.search(r"\b(?:us|IT|we|you)\b", m.group("m")) \
                and len(m.group("m").split()) <= 12:
            out.append((m.group("m").strip(), s.date))
        if (m := _FOLLOWED.search(s.text)) and not re.search(r"\b(?:us|IT|we|you)\b", m.group("m")) and \
                (not m.group("who")[:1].isupper() or m.group("who").lower() in _LEADERSHIP or m.group("who") == first):
            out.append((m.group("m").strip(), s.date))
    for goal in sit.goals:
        if _MEASURE.search(goal.text) and not touches_avoid(goal.quote, sit):
            out.append((goal.text.strip().rstrip("."), goal.date))
    for item in sit.items:  # "wants spoilage down a third": an outcome the partner owns, whatever kind the planner gave it
        if item.owner == "partner" and item.kind in ("goal_request", "request") and re.match(r"(?:wants?|aims?|needs?)\b", item.verb, re.I) \
                and _MEASURE.search(item.complement) and not re.match(r"(?:us|IT|me|you)\b", item.complement) and not touches_avoid(item.quote, sit):
            out.append((item.complement.strip().rstrip("."), item.date))
    found: dict[str, tuple[str, dt.date | None]] = {}
    for text, day in sorted(out, key=lambda x: x[1] or dt.date.min, reverse=True):
        found.setdefault(text.lower(), (text, day))  # one entry per measure, newest first
    return list(found.values())


_LEADERSHIP = {"board", "exco"}


def _audience(question: str) -> str:
    """'board', 'executive team' ... as the question names it."""
    found = BOARD.search(question)
    word = found.group(0).lower() if found else "board"
    return "executive team" if re.match(r"exec|exco|leadership|c-suite", word) else word


def board_line(measures: list[tuple[str, dt.date | None]], audience: str, first: str) -> str:
    """What to say to the partner's leadership: our work in the measures the notes say they follow."""
    return (f"I'd like to show the {audience} what technology did this year toward {measure_phrase(measures[0][0], first)}, in figures the "
            f"{audience} already trusts, and what we could move next.") if measures else ""


def our_miss(sit: Situation, overdue: list[tuple[Item, dt.date | None]]) -> Item | None:
    """The promise of ours that fell due and was not kept, else a miss the notes show was ours and still open."""
    if overdue:
        return overdue[0][0]
    weighs = still_weighs(sit)
    return weighs[-1] if weighs else None


def miss_line(item: Item, first: str, today: dt.date) -> str:
    """Owning our miss, with a new date only once it is checked."""
    verb = re.sub(r"^(?:we|i)\s+", "", item.verb.strip(), flags=re.I)
    who = "I" if re.match(r"i\b", item.verb.strip(), re.I) else "we"
    if item.kind == "miss":
        return own_it(item, today)
    own = (f"On {on_day(item.date, today)} {who} {verb} {to_partner(item.complement, first)}, and we did not keep it: that is on us."
           if item.complement else "We missed what we told you, and that is on us.")
    return f"{own} I will give you a new date only once the person who will deliver it has checked it, and I will tell you myself if it moves."


def objection_line(question: str, sit: Situation, theirs: list[Item], first: str, today: dt.date, measures: list[tuple[str, dt.date | None]]) -> str:
    """A reply to the objection the question names: agree with what is true in it, then ask or offer what would answer it."""
    if _NO.search(question):
        ask = next((i for i in theirs if i.kind == "request"), None)
        if ask is None:
            return "You're right that we have said no too often. Which request of yours would you most want a yes to, and by when?"
        parked = _PARKED.search(_note_of(ask, sit))
        what = to_partner(ask.complement, first)
        state = "we parked it" if parked else "it is still open"
        return (f"You're right that we have said no too often. On {on_day(ask.date, today)} you asked {what}, and {state}. "
                "I want to change that: my team will check what it takes, and I will bring you a date we can keep.")
    found = _THING.search(question)
    thing = re.sub(r"^(?:his|her|their)\b", "the", found.group("thing"), flags=re.I) if found else "it"
    aim = f" to help you get {to_partner(measures[0][0], first)}" if measures else ""
    return f"You're right that {thing} isn't doing its job for you. What would it have to show{aim}, for you to use it every week?"


_VERB_LED = re.compile(r"^(?:cut|get|bring|reduce|raise|grow|lower|improve|increase|halve|double|keep|make|take|move|lift|drop)\b", re.I)


def measure_phrase(measure: str, first: str) -> str:
    """A measure said as a thing ("gross margin and churn"); an aim that opens with a verb becomes the partner's aim to do it."""
    return f"{first}'s aim to {measure}" if _VERB_LED.match(measure) else measure


def metrics_line(measures: list[tuple[str, dt.date | None]], first: str) -> str:
    if not measures:
        return ""
    measure = measures[0][0]
    said = f"your aim to {measure}" if _VERB_LED.match(measure) else to_partner(measure, first)
    return f"I'd like to report our work against {said}, measured from data you already trust, rather than IT figures."


def rival_line(sit: Situation) -> str:
    """Ask to see the outside tool and offer data and integration (naming the data it cannot see when the notes say so)."""
    notes = [s.text for s in sit.sentences if not touches_avoid(s.text, sit)]
    if not any(_RIVAL_NOTE.search(t) for t in notes):
        return ""
    gap = next((m.group("d") for t in notes if (m := _CANNOT_SEE.search(t))), "")
    offer = f"we can connect it to the {gap} it cannot see today" if gap else "we can connect it to our data and keep it safe"
    return f"I'd like to see the tool the agency built for you. We won't compete with it: {offer}."


def rival_direct(sit: Situation, first: str) -> str:
    notes = [s.text for s in sit.sentences if not touches_avoid(s.text, sit)]
    gap = next((m.group("d") for t in notes if (m := _CANNOT_SEE.search(t))), "")
    need = f"; your notes say it cannot see the {gap}, so offer that first" if gap else ""
    return (f"Do not fight the tool built for {first}: ask {first} to show it to you, and what it solves, then offer our data and an "
            f"integration that makes it better{need}.")


def parked(item: Item, sit: Situation) -> bool:
    """The item's own note says we parked, deferred or put it on hold."""
    return bool(_PARKED.search(_note_of(item, sit)))


def _note_of(item: Item, sit: Situation) -> str:
    """The item's own note (every sentence of it), to read what the note says became of it."""
    return " ".join(bare(s.text) for s in sit.sentences if s.note.ref == item.note_ref and s.date == item.date)


def intent_parts(question: str, sit: Situation, theirs: list[Item], overdue: list[tuple[Item, dt.date | None]], first: str,
                 today: dt.date) -> tuple[str, str, str]:
    """(a direct sentence to lead with, the line to say, the question back) for what the question asks; "" where nothing fits."""
    kind = intent(question)
    measures = partner_measures(sit, first)
    if kind == "miss" and (miss := our_miss(sit, overdue)) is not None:
        return "", miss_line(miss, first, today), f"Which new date has the person who will deliver it checked, and what will you tell {first} if it moves again?"
    if kind == "rival" and (line := rival_line(sit)):
        return rival_direct(sit, first), line, f"What does the outside tool give {first} that we did not: speed, attention, or a result {first} can see?"
    if kind == "objection":
        lead = ""
        ask = next((i for i in theirs if i.kind == "request"), None)
        if _NO.search(question) and ask is not None:
            parked = ", which we parked" if _PARKED.search(_note_of(ask, sit)) else ", still open"
            lead = f"Behind “IT always says no” is {first}'s request of {on_day(ask.date, today)}{parked}: answer that, with a date your team has checked."
        back = f"What is {first} really objecting to: what it shows, the timing, or something we did before?"
        return lead, objection_line(question, sit, theirs, first, today, measures), back
    if BOARD.search(question) and measures:  # the partner's leadership hears our work in the measures it follows, never a staff line
        audience = _audience(question)
        measure, day = measures[0]
        lead = (f"For the {audience}, speak in the measures your notes of {on_day(day, today)} name: {measure}. Show which of our work counts "
                f"toward each, in business terms, and keep IT's operational figures for your own team.")
        back = f"Which of our work this year counts toward {measure_phrase(measure, first)}, and who on your team can show it in figures the {audience} trusts?"
        line = board_line(measures, audience, first)
        slot = next((i for i in theirs if re.match(r"me\b", i.complement.strip(), re.I) and BOARD.search(i.complement)), None)
        if slot is not None:  # the partner asked the CIO to speak to the leadership: a plain yes comes first
            when = f" on {on_day(slot.due, today)}" if slot.due and slot.due >= today else ""
            line = f"Thank you: yes, I'll do it{when}. {line}"
        return lead, line, back
    if kind == "metrics" and measures:
        measure, day = measures[0]
        lead = (f"Show {first} our work in {first}'s own measures: {measure} (your notes of {on_day(day, today)}), and which of our work "
                "counts toward them; keep IT's operational figures for your own team.")
        return lead, metrics_line(measures, first), (f"Which of our work this year counts toward {measure_phrase(measure, first)}, and can you show it "
                                                     f"in {first}'s own numbers?")
    return "", "", ""
