"""The one thing a plan achieves, as one sentence: the partner's first open item, our overdue promise or owned miss, else
a stock aim for the quadrant (split from lead.py, which builds the rest of the plan's top)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.invite_yes import invite_goal
from assistant.planning.lead_dates import answer_due, ask_deadline, before_words, event_context
from assistant.planning.lead_lines import note_words, quoted, their_words
from assistant.planning.lead_replies import cannot_do, nomination_reply, offer_goal, presence_reply
from assistant.planning.plan_checks import PlanChecker
from assistant.planning.purposes import Purpose
from assistant.planning.situation import Item, Situation
from assistant.planning.situation_round6 import deadline_is_close
from assistant.planning.stance_hold import held_quadrant
from assistant.planning.voice import on_day, when
from assistant.schema import Assessment

AXIS_WORDS = {"dependence": "technology", "competence": "our delivery"}


def _evidence(item: Item, ours: bool = False) -> str:
    """The note's words behind an item, for the CIO's eyes: ' (your note: “…”)' or ''."""
    words = note_words(item)
    return f" ({'our' if ours else 'your'} note: “{words}”)" if words else ""


def one_thing_of(sit: Situation, first: str, quadrant: str, purpose: Purpose, theirs: list[Item], ours: list[Item], owned: list[Item], uncertain: list[str], a: Assessment,
               today: dt.date | None = None, proven: bool = False, decision: dt.date | None = None) -> str:
    then = purpose.goal.format(partner=first)
    if theirs:
        item = theirs[0]
        words = their_words(item, before_words(sit, item))
        quote = f": {quoted(words)}" if words else _evidence(item)
        quote = "" if PlanChecker(sit).fault(quote.strip(" :()")) else quote  # "for the audit committee": the line stands without it
        deadline = (ask_deadline(item, today, event_context(sit, item, near=True)) or decision) if today else None
        yes = presence_reply(item)[1] or (nomination_reply(item, answer_due(item, today, event_context(sit, item), decision))[1] if today else "")
        present = yes if not cannot_do(sit, item) and not (deadline and today and deadline_is_close(deadline, today)) else ""
        if present:
            core = present.replace("Give a", f"Give {first} a")
        elif item.kind == "request" and deadline and today and deadline < today and item.unclear_quote:  # due since our last word: check, never concede
            whom = {"he": "him", "she": "her"}.get(sit.partner_pronoun or "", first)
            core = f"Make sure what {first} asked {on_day(item.date)} reached {whom} by {when(deadline)}, as we said{quote}"
        elif item.kind == "request" and deadline and today and deadline_is_close(deadline, today):
            state = "has passed" if deadline < today else "is close"
            core = f"Bring what we have on what {first} asked {on_day(item.date)}: the deadline of {when(deadline)} {state}{quote}"
        elif item.kind == "request" and deadline:
            core = f"Answer what {first} asked {on_day(item.date)}, with one owner, before {when(deadline)}{quote}"
        elif item.kind == "request":
            core = f"Answer what {first} asked {on_day(item.date)} with a date and an owner{quote}"
        else:
            blocked = cannot_do(sit, item)
            core = ("" if blocked else invite_goal(item, first)) or offer_goal(item, first, proven, blocked) or f"Give {first} a clear answer to the offer of {when(item.date)}{quote}"
    elif [i for i in ours if i.status == "overdue"]:
        item = next(i for i in ours if i.status == "overdue")
        core = f"Report on our promise of {when(item.date)} before {first} has to ask{_evidence(item, ours=True)}"
    elif owned:
        core = f"Own the {when(owned[-1].date)} problem plainly; leave {first} one dated commitment"  # < 12 words: no stock sentence
    elif uncertain:
        axis = " and ".join(AXIS_WORDS[x] for x in uncertain)
        known = _known_axis_action(a, first, uncertain)
        core = f"Ask how {first} sees {axis}" + (f"; act on {known}" if known else " before proposing anything" if purpose.key == "regular" else "")
    else:
        core = {
            "cost_centre": f"Show {first} one reliability fix in their terms, dated and owned",  # < 12 words; also a utility partner who wants nothing new
            "utility": f"Show {first} what better information could do for their own goal",
            "bypass_risk": f"Earn back {first}'s trust with one small commitment kept in public",
            "partner": f"Agree with {first} one outcome we co-own",
        }.get(held_quadrant(sit, quadrant), f"Learn what matters most to {first}")
    if not (theirs or owned or any(i.status == "overdue" for i in ours)):  # a stock core: its own short sentence; a regular meeting's next step is the answer itself
        return f"{core}. Then {then}." if purpose.key not in ("regular", "free") else f"{core}."
    closed = re.search(r"[.!?]”\)?$", core) is not None  # a quote that ends its own sentence needs no second stop
    if core.endswith(("”", ")")) and purpose.key not in ("regular", "free"):
        return f"{core} Then {then}." if closed and core.endswith("”") else f"{core}. Then {then}."
    return f"{core}, then {then}." if purpose.key not in ("regular", "free") else (core if closed and core.endswith("”") else f"{core}.")


def _known_axis_action(a: Assessment, first: str, uncertain: tuple[str, ...] | list[str] = ()) -> str:
    """What the plan still acts on, in a few words (the known axis, never the one it asks about)."""
    competence, dependence = ("unknown" if axis in uncertain else level for axis, level in (("competence", a.competence), ("dependence", a.dependence)))
    if competence in ("doubted", "proven"):
        return "one small promise" if competence == "doubted" else "the trust already there"
    if dependence in ("I", "BT"):
        return f"{first}'s information goals"
    if dependence == "T":
        return "what must run"
    return ""


LOW_CONFIDENCE = 0.35  # below this the plan asks before it acts (a judgement, not calibrated on data)


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
