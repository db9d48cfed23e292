"""The top of a plan: the one thing to achieve, a script of at most three lines, what is open, what to avoid.

Built only from typed situation items whose meaning fits each sentence; a slot with no
fitting item is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.planning.note_reading import _DATE as DATE_WORDS
from assistant.planning.note_reading import EVENT, due_date, within_their_deadline
from assistant.planning.purposes import Purpose
from assistant.planning.situation import Item, Situation, terms_of
from assistant.planning.situation_extras import miss_label
from assistant.planning.situation_round2 import OUTCOME, OWN_TIMING
from assistant.planning.voice import (
    clipped,
    goal_said,
    narrated_to_you,
    nutshell,
    offer_said,
    promise_said,
    request_said,
    spoken_to_you,
    tidy,
    when,
)
from assistant.schema import Assessment, AvoidItem, FollowUp, OpenItem

LOW_CONFIDENCE = 0.35  # below this the plan asks before it acts (a judgement, not calibrated on data)
AXIS_WORDS = {"dependence": "technology", "competence": "our delivery"}
CIO, DELIVERY = "CIO", "Delivery lead"  # the delivery lead is one of the CIO's direct reports


@dataclass
class Lead:
    one_thing: str = ""
    script: list[str] = field(default_factory=list)
    open_items: list[OpenItem] = field(default_factory=list)
    avoid: list[AvoidItem] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)  # note refs behind the lines
    value_step: str = ""  # the first concrete step, said to the partner
    uncertain: list[str] = field(default_factory=list)  # axes to settle first
    first: str = ""


def uncertain_axes(a: Assessment) -> list[str]:
    """Axes the plan should ask about first: unknown ones, or the weaker one when confidence is low."""
    axes = [axis for axis, value in (("dependence", a.dependence), ("competence", a.competence)) if value == "unknown"]
    if axes or a.confidence >= LOW_CONFIDENCE:
        return axes
    dep = [v for k, v in a.scores.items() if k.startswith("dependence_")]
    comp = [v for k, v in a.scores.items() if k.startswith("competence_")]
    return ["dependence"] if _share(dep) <= _share(comp) else ["competence"]


def _share(values: list[float]) -> float:
    """How much of the axis's evidence the strongest level holds (0 when there is none)."""
    return max(values) / sum(values) if values and sum(values) > 0 else 0.0


def open_item_text(item: Item, first: str) -> str:
    if item.kind == "miss":
        cause = {"us": "ours", "third_party": "a third party's, not ours", "partner": f"from {first}'s side", "unclear": "cause not recorded"}[item.owner]
        return f"{miss_label(item)[:1].upper()}{miss_label(item)[1:]} ({cause})"
    if item.source == "ledger":
        return f"Promise ledger: {item.complement}" + (f" (due {item.due.isoformat()}, owner {item.owner_name})" if item.due else "")
    if item.kind == "promise" and item.owner == "us" and item.verb == "agreed" and item.source == "note":
        due = f", due {item.due.isoformat()}" if item.due else ""
        return f"Agreed action for us (owner {item.owner_name}{due}): {item.complement}"
    if item.kind == "promise" and item.owner == "us":
        said = promise_said(item)
        return said[:1].upper() + said[1:] + (f"; not kept, as noted on {when(item.broken_on)}" if item.broken_quote else "")
    if item.kind == "promise" and item.verb == "agreed":
        return f"Agreed action for {first}: {item.complement}"
    if item.kind == "promise":
        return f"{first} agreed: {item.complement}" if item.verb == "agreed" else f"{first} {item.verb} {item.complement}"
    verb = {"request": "asked", "offer": "offered"}[item.kind]
    said = re.sub(r"^'ll\b", "I'll", f"{item.verb} {item.complement}")
    return f"{first} {verb}: “{said[:1].upper()}{said[1:]}”" if item.spoken else f"{first} {item.verb.lower()} {item.complement}"


def build_lead(sit: Situation, first: str, quadrant: str, a: Assessment, purpose: Purpose, today: dt.date) -> Lead:
    lead = Lead(first=first, uncertain=uncertain_axes(a) if a.quadrant != "unknown" or a.evidence else ["dependence", "competence"])
    ours = [i for i in sit.open_ours() if i.status == "overdue"] + [i for i in sit.open_ours() if i.status == "open"]
    theirs = [i for i in sit.open_theirs() if not _promised(i, ours)]
    misses = [i for i in sit.items if i.kind == "miss" and i.status == "open" and i.owner in ("us", "third_party")]  # their side's own misses are not between us
    lead.open_items = [_open(i, first) for i in sit.open_theirs() + [i for i in sit.items if i.kind == "promise" and i.owner == "partner" and i.status != "done"]]
    lead.open_items += [_open(i, first) for i in ours + misses]
    lead.avoid = [AvoidItem(topic=t.topic, why=t.why) for t in sit.avoid]
    owned = sit.owned_misses()
    broken = [i for i in ours if i.broken_quote]
    steps: list[tuple[str, Item | None]] = []  # in order of priority: a promise we broke, their first open item, a miss we own, the purpose, the rest
    steps += [("broken", i) for i in broken[-1:]]
    steps += [("answer", i) for i in theirs[:1]] + [("own", m) for m in owned[-1:]]
    steps += [("purpose", None)] if purpose.script else []
    steps += [("answer", i) for i in theirs[1:2]] + [("report", i) for i in ours[:1] if i.status == "overdue"]
    for step, item in steps:
        if len(lead.script) >= 3:
            break
        if step == "answer" and item:
            _answer(lead, item, today, event_context(sit, item))
        elif step == "report" and item and not item.broken_quote:
            _report(lead, item, today)
        elif step == "broken" and item:
            _own_broken(lead, item, today)
        elif step == "own" and item:
            label = miss_label(item)
            cause_by = today + dt.timedelta(days=14)
            owned_line = f"{label[:1].upper()}{label[1:]} was ours; I own it." if "raised on" not in label else _owned_from_quote(item)
            lead.script.append(f"{owned_line} Root cause and fix date to you by {when(cause_by)}.")  # nothing invented as already changed
            lead.followups.append(FollowUp(what=f"Root cause of {label}", owner=DELIVERY, due=cause_by.isoformat()))
            lead.cited.append(item.note_ref)
        elif step == "purpose":
            lead.script.append(purpose.script)
    fallback = _fallback_line(sit, quadrant, lead.uncertain)
    if not lead.script or (lead.script == [purpose.script] and len(terms_of(fallback) & terms_of(purpose.script)) < 2):
        lead.script.insert(0, fallback)  # never two lines that ask the same thing
    lead.one_thing = _one_thing(sit, first, quadrant, purpose, theirs, ours, owned, lead.uncertain, a)
    if broken:
        then = purpose.goal.format(partner=first)
        tail = f", then {then}" if purpose.key != "regular" else ""  # the firm date is the regular meeting's next step
        lead.one_thing = f"Own the promise we did not keep ({short(nutshell(broken[-1]))}) and leave {first} with a firm date and one owner{tail}."
    return lead


def _owned_from_quote(item: Item) -> str:
    """No clean name for the miss: our own short note of it, said as ours ("Pilot missed 15 May; our test
    environment was not ready."), else a plain line."""
    quote = tidy(item.quote)
    if item.source == "note" and not item.spoken and len(quote.split()) <= 14 and re.search(r"\b(?:our|we)\b", quote, re.I) and "\n" not in quote:
        return f"{quote[:1].upper()}{quote[1:]}: that was ours, and I own it."
    noun = {"delay": "delay", "outage": "outage", "failure": "failure", "wait": "wait"}.get(item.miss_kind, "miss")
    return f"The {noun} noted on {when(item.date)} was ours; I own it."  # the note's date, never a claim about when it happened


def _promised(item: Item, ours: list[Item]) -> bool:
    """A request we already answered with a promise: the promise's line covers it."""
    return item.kind == "request" and any(p.order >= item.order and len(p.terms & item.terms) >= 2 for p in ours)


def item_owner_name(lead: Lead) -> str:
    return f"{lead.first}'s " if lead.first else "the "


def you_nutshell(item: Item) -> str:
    """What was asked for, said back to the partner, without its due date: 'a benchmark of our run costs ...'."""
    comp = tidy(item.complement)
    comp = spoken_to_you(comp) if item.spoken else narrated_to_you(comp)
    comp = re.sub(r"^(?:for|about)\s+", "", comp)
    comp = re.sub(r"^(?:get|send|give|bring|find)\s+(?:you|me|us)\s+", "", comp, flags=re.IGNORECASE)
    comp = re.sub(r"^(?:me|us|IT|my team|our team)\s+to\s+", "", comp)
    comp = re.sub(r"\s+(?:by|before|no later than)\s+(?:\d|[A-Z]|the end|end of|next|mid|early|late)[^,;]*$", "", comp)
    comp = re.sub(r"^(?:send|deliver|share|give|provide|get)\s+(?=(?:the|a|an|our|your)\b)", "", comp)  # "send the breakdown" -> "the breakdown"
    comp = re.sub(r",?\s+(?:by|before|no later than)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|the end of \w+)(?=[,;]|$)", "", comp)  # its own date, mid-phrase
    return comp


def _open(item: Item, first: str) -> OpenItem:
    owner = item.owner if item.owner in ("partner", "us", "third_party") else "us"
    status = item.status if item.status in ("open", "done", "overdue") else "open"
    return OpenItem(kind=item.kind, owner=owner, status=status, text=open_item_text(item, first),
                    date=item.date.isoformat() if item.date else None, quote=_their_words(item))


def _their_words(item: Item) -> str:
    """The evidence for an item; for words the partner said inside our note ('Fiona: "..."'), those words alone."""
    quoted = re.findall(r"[\"“]([^\"”]{8,})[\"”]", item.quote) if item.spoken and item.owner == "partner" else []
    return next((q for q in quoted if item.complement and item.complement[:20] in q), item.quote)


def _answer(lead: Lead, item: Item, today: dt.date, context: str = "") -> None:
    due = item.due if item.due and item.due > today else today + dt.timedelta(days=7 if item.kind == "offer" else 10)
    due = within_their_deadline(due, item, today, context)
    if item.kind == "request":
        said = request_said(item)
        thing = you_nutshell(item)
        late = item.due is not None and item.due < today
        action = item.spoken and not re.match(r"(?:get|send|give|bring|find|share|e-?mail|forward|show)\s+(?:me|us)\b|(?:a|an|the|some)\b", tidy(item.complement))
        if OUTCOME.search(item.complement):  # "cut the recharge 20% by June": a number no one in this room controls
            tail = f"I cannot promise that number on my own; by {when(due)} I will bring you what it would take, with an owner for each part."
            step = f"By {when(due)} you will have what it would take, with an owner for each part."
        elif re.match(r"[A-Z][a-z]+\s+to\s+", tidy(item.complement)) and not item.spoken:
            tail, step = "Yes, and I will confirm it with them this week.", f"You asked {thing}; I will confirm it by {when(due)}."
        elif action and OWN_TIMING.search(item.complement):  # "put two analysts on the pilot from June": its own start date
            tail = f"I want to say yes; by {when(due)} I will confirm who and when."
            step = f"By {when(due)} you will have a firm answer, with names and a start date."
        elif re.match(r"(?:show|walk|take|talk) you\b", thing):
            tail = f"Yes, gladly: by {when(due)}."
            step = f"By {when(due)} I will {thing}."
        elif action and item.verb.lower() not in ("can we get", "could we get", "can i get", "could i get"):
            tail = f"That date has passed; we will do it by {when(due)}, and I will tell you myself if it slips." if late else "Yes: that is our first commitment, and I will tell you myself if it slips."
            tail = tail if _by(thing, due) else "Yes: the date is in my diary, and I will tell you myself if anything changes."  # it carries its own day
            step = f"We will {thing}{_by(thing, due)}."
        elif re.match(r"(?:me|us|IT|my team|our team)\s+to\s+", tidy(item.complement)):
            yes = "Yes, I will be there." if re.match(r"(?:join|attend|come|present|speak|explain|sit|be)\b", thing) else f"Yes: you will hear from me by {when(due)}."
            tail, step = yes, f"I will {thing}." if thing.split()[0] in ("join", "attend", "come", "present", "speak", "explain") else f"I will {thing} by {when(due)}."
        elif deliverable := re.match(r"(?:whether|if) (?:we|IT|I) (?:could|can|would|will) (?:send|give|get|share with|forward) (?:you|him|her|them) (?P<obj>.+)", thing):
            tail = f"I want to answer that first: you will have it by {when(due)}."
            step = f"You will have {deliverable.group('obj')}{_by(deliverable.group('obj'), due)}."
        elif thing.startswith(("whether", "if ", "when", "how", "what", "why")):
            thing = re.sub(r"^if ", "whether ", thing)
            tail, step = f"You will have a straight answer by {when(due)}.", f"You will have an answer on {thing} by {when(due)}."
        else:
            chased = f", and you had to chase it on {when(item.broken_on)}" if item.broken_on else ""
            tail = f"That date has passed{chased}; you will have it by {when(due)}." if late else f"First things first: you will have it by {when(due)}."
            step = f"You will have {thing}{_by(thing, due)}."
        lead.script.append(f"On {when(item.date)} {said[0].lower()}{said[1:]}. {tail}")
        lead.followups.append(FollowUp(what=f"Answer {item_owner_name(lead)}request of {when(item.date)} ({nutshell(item, 10)})", owner=CIO, due=due.isoformat()))
        lead.value_step = lead.value_step or step
    else:
        invite = item.verb.lower().startswith(("invit", "put")) or "join" in item.verb.lower() or bool(re.search(r"\b(?:a seat|a place|a role|a slot)\b", item.complement))
        due = today + dt.timedelta(days=7) if invite else due  # say yes within a week, not on the day itself
        tail = "I would like to come; tell me what would be most useful from me." if invite else f"I would like to say yes, and by {when(due)} I will bring what we would put in."
        lead.script.append(f"{offer_said(item)}: {tail}")
        lead.followups.append(FollowUp(what=f"Reply to {item_owner_name(lead)}offer of {when(item.date)} ({nutshell(item, 10)})", owner=CIO, due=due.isoformat()))
        lead.value_step = lead.value_step or f"Our answer to your offer comes by {when(due)}."
    lead.cited.append(item.note_ref)


def _by(thing: str, due: dt.date) -> str:
    """' by 12 December', or nothing when the thing carries its own date ('at the council on 16 December')."""
    return "" if DATE_WORDS.search(thing) else f" by {when(due)}"


def event_context(sit: Situation, item: Item) -> str:
    """Sentences of the item's note that date the event it is for ("The committee meets on 9 December. ... before then?")."""
    same = [s.text for s in sit.sentences if s.note.ref == item.note_ref and s.text not in item.quote]
    return " ".join(t for t in same if EVENT.search(t) and (re.search(r"\b(?:before|by|for) then\b", item.quote) or terms_of(t) & item.terms))


def _own_broken(lead: Lead, item: Item, today: dt.date) -> None:
    """Our promise that a later note says was not kept: said plainly, owned, and a firm date by a near day."""
    new = today + dt.timedelta(days=7)
    deadline, _ = due_date(item.broken_quote, item.broken_on)  # "The board meets on 10 December": be there before it
    if deadline and today + dt.timedelta(days=1) < deadline <= new:
        new = deadline - dt.timedelta(days=1)
    bare_verb = re.match(r"(?:send|share|deliver|give|get|bring|map|fix|run|book|set|write|present|come|draft|confirm)\b", tidy(item.complement))
    promised = "We promised to" if re.search(r"\bto$", item.verb.strip()) or bare_verb else "We promised"  # "We said we would send" -> "to send"
    chased = " You should not have had to chase it." if item.broken_on and item.date and item.broken_on > item.date and _partner_line(item.broken_quote) else ""
    missed = "did not deliver, then missed the new date too" if item.slipped_again else "did not deliver"
    lead.script.append(f"{promised} {tidy(item.complement)}, and {missed}. That is ours.{chased} You get a firm date and one owner by {when(new)}.")
    lead.followups.append(FollowUp(what=f"Firm date and one owner for our promise of {when(item.date)} ({nutshell(item, 10)})", owner=DELIVERY, due=new.isoformat()))
    lead.value_step = lead.value_step or f"By {when(new)} you will have a firm date and an owner for {you_nutshell(item)}."
    lead.cited.append(item.note_ref)


def _partner_line(text: str) -> bool:
    """A line in the partner's voice: a quotation or a 'Name:' label."""
    return bool(re.search(r"[\"“]", text) or re.match(r"\s*[A-Z][a-z]+:\s", text))


def _report(lead: Lead, item: Item, today: dt.date) -> None:
    new = today + dt.timedelta(days=7)
    if item.source == "ledger":
        lead.script.append(f"I promised you {item.complement} by {when(item.due)}, and we are late: you will have it by {when(new)}.")
    else:
        lead.script.append(f"On {when(item.date)} {promise_said(item)}; did it reach you, and was it what you needed?")
        lead.cited.append(item.note_ref)
    lead.followups.append(FollowUp(what=f"Report on the promise of {when(item.date)} ({nutshell(item, 10)})", owner=DELIVERY, due=new.isoformat()))
    lead.value_step = lead.value_step or f"By {when(new)} you will have a straight answer on what we promised on {when(item.date)}."


def _fallback_line(sit: Situation, quadrant: str, uncertain: list[str]) -> str:
    if sit.goals and "dependence" not in uncertain:
        return f"{goal_said(sit.goals[0])}; I would like to agree one step towards that today."
    if sit.goals:  # how they see technology is unknown: ask about it through their own goal
        return f"{goal_said(sit.goals[0])}; what would help most with that?"
    if uncertain:
        return "What matters most to your team this year?"
    return {
        "cost_centre": "What is the one thing that, if it just worked, would help most?",
        "utility": "Which number do you wish you had sooner?",
        "bypass_risk": "Where have we been in your way, and what would help first?",
        "partner": "Which bet this year should we make together?",
    }.get(quadrant, "What matters most to your team this year?")


def _one_thing(sit: Situation, first: str, quadrant: str, purpose: Purpose, theirs: list[Item], ours: list[Item], owned: list[Item], uncertain: list[str], a: Assessment) -> str:
    then = purpose.goal.format(partner=first)
    if theirs:
        item = theirs[0]
        if item.kind == "request":
            core = f"Answer {first}'s request of {when(item.date)} ({short(nutshell(item))}) with a date and an owner"
        else:
            core = f"Give {first} a clear answer to the offer of {when(item.date)} ({short(nutshell(item))})"
    elif [i for i in ours if i.status == "overdue"]:
        item = next(i for i in ours if i.status == "overdue")
        core = f"Report on our promise of {when(item.date)} ({short(nutshell(item))}) before {first} has to ask"
    elif owned:
        core = f"Own {miss_label(owned[-1])} plainly and leave {first} with one small, dated commitment"
    elif uncertain:
        axis = " and ".join(AXIS_WORDS[x] for x in uncertain)
        known = _known_axis_action(a, first)
        core = f"Ask how {first} sees {axis}" + (f"; act on {known}" if known else " before proposing anything" if purpose.key == "regular" else "")
    else:
        goal = f" ({nutshell_goal(sit)})" if sit.goals else ""
        core = {
            "cost_centre": f"Show {first} one reliability fix in their terms, dated and owned",  # < 12 words
            "utility": f"Show {first} what better information could do for their own goal{goal}",
            "bypass_risk": f"Earn back {first}'s trust with one small commitment kept in public",
            "partner": f"Agree with {first} one outcome we co-own{goal}",
        }.get(quadrant, f"Learn what matters most to {first}")
    # A regular meeting's next step is the answer itself: no stock tail ("then agree one next step ...").
    return f"{core}, then {then}." if purpose.key != "regular" else f"{core}."


def short(phrase: str, limit: int = 10) -> str:
    """At most `limit` words of a quoted item, so the one thing stays a sentence one can say."""
    words = phrase.split()
    if len(words) <= limit:
        return phrase
    head = phrase.split(",")[0].split()
    return " ".join(head) if 4 <= len(head) <= limit else clipped(words, limit)


def nutshell_goal(sit: Situation) -> str:
    words = sit.goals[0].text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _known_axis_action(a: Assessment, first: str) -> str:
    """What the plan still acts on, in a few words (the known axis)."""
    if a.competence == "doubted":
        return "one small promise"
    if a.competence == "proven":
        return "the trust already there"
    if a.dependence in ("I", "BT"):
        return f"{first}'s information goals"
    if a.dependence == "T":
        return "what must run"
    return ""
