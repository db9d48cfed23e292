"""What the CIO asked about a partner, the live item to lead with, and a plan of first steps.

The situation model (assistant/planning) says what is open; this module only orders it for the question
asked: the live item (an ask or offer whose date is near) first, or the item the question names ("what do
I say about the churn export?"). A "what should I do" question gets first steps built from the same typed
items, each in a sentence whose meaning fits that item; a step with no fitting item is left out.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_facts import to_partner
from assistant.conversation.partner_record import delivered, is_invitation, touches_avoid
from assistant.conversation.partner_say import acceptance, bare, condition, kind_word, on_day, personal
from assistant.planning.situation import Item, Situation, terms_of

LIVE_DAYS = 45  # an ask or offer dated within this many days of the meeting is live: it leads whatever its age

ASKS_OPEN = re.compile(r"\bhow (?:do|should|can|could|shall) (?:i|we) (?:open|start|begin|kick off)\b|\bopening (?:line|words|sentence)\b|"
                       r"\bhow to (?:open|start)\b|\bwhat (?:do|should) (?:i|we) (?:say|open with) first\b", re.I)
ASKS_DO = re.compile(r"\bwhat (?:should|do|can|must|shall) (?:i|we) (?:do|focus on|prepare|work on|tackle|prioriti[sz]e)\b|"
                     r"\b(?:first|next) steps?\b|\bwhere (?:do|should) (?:i|we) start\b|\bhow (?:do|should) (?:i|we) prepare\b|"
                     r"\bwhat (?:comes|to do) (?:first|next)\b", re.I)
_ABOUT = re.compile(r"\b(?:say|tell|answer|reply|respond|write|do|handle|raise|mention)\b[^?]*?\babout\s+(?P<topic>[^?]+)", re.I)


def question_kind(question: str) -> str:
    """'open' (an opening line), 'do' (first steps) or 'say' (a reply about a named thing); '' for any other question."""
    if ASKS_OPEN.search(question):
        return "open"
    if ASKS_DO.search(question):
        return "do"
    return "say" if _ABOUT.search(question) else ""


def topic_terms(question: str, names: list[str]) -> frozenset[str]:
    """The words of the thing the question is about ("about the churn export" -> churn, export), less the partner's names."""
    match = _ABOUT.search(question)
    drop = {w.lower() for n in names for w in n.split()} | {w.lower() + "'s" for n in names for w in n.split()}
    return frozenset(w for w in terms_of(match.group("topic")) if w not in drop) if match else frozenset()


def _live(item: Item, today: dt.date) -> bool:
    return item.due is not None and today <= item.due <= today + dt.timedelta(days=LIVE_DAYS)


def live_first(items: list[Item], today: dt.date, topic: frozenset[str] = frozenset()) -> list[Item]:
    """The item the question names first; then asks and offers due soon, nearest date first; then the newest."""
    def key(item: Item) -> tuple[int, int, int, bool, int]:
        named = -len(topic & item.terms)
        soon = (item.due - today).days if item.due is not None and _live(item, today) else LIVE_DAYS + 1
        return (named, soon, _age(item), not (item.kind == "request" and item.due is not None), -item.order)

    return sorted(items, key=key)


def _age(item: Item) -> int:
    """Days before the newest possible date: smaller is newer, so a sort puts the newest first."""
    return (dt.date.max - (item.date or dt.date.min)).days


def thing(item: Item) -> str:
    """What the partner asked for or offered, as a noun phrase from the note (without its date)."""
    comp = re.sub(r"^(?:us|me|IT|my team|our team)\s+(?:for|to)\s+", "", item.complement, flags=re.I)
    comp = re.sub(r"^for\s+", "", comp, flags=re.I)
    return re.sub(r"\s+by\s+[^,;]*$", "", comp).strip() or comp


_LEAD_VERB = re.compile(r"^(?:to\s+)?(?:get|build|send|deliver|give|provide|make|fix|set up|create|put together|share)\s+(?:(?:us|me|him|her|them|IT)\s+)?", re.I)
_DETERMINER = re.compile(r"^(?:an?|the|her|his|their|its|some|one|two|three|a new|new)\b", re.I)


def noun(item: Item) -> str:
    """What was asked for as a plain noun phrase ("the campaign attribution dashboard"), or "" when the note's words are no noun phrase."""
    found = _LEAD_VERB.sub("", thing(item)).rstrip(" .;,")
    if not _DETERMINER.match(found) or len(found.split()) > 12 or re.search(r"\b(?:whether|if|how|why)\b", found, re.I):
        return ""
    return re.sub(r"^(?:her|his|their)\b", "the", found, flags=re.I)


def first_steps(first: str, theirs: list[Item], overdue: list[tuple[Item, dt.date | None]], proof: Item | None, today: dt.date) -> str:
    """Up to three first steps, most urgent first, and how to close; '' when the notes give nothing to act on."""
    steps: list[str] = []
    if overdue:
        item, due = overdue[0]
        when = f"fell due on {on_day(due, today)}" if due else "is overdue"
        steps.append(f"Before you meet {first}, find out where our promise of {on_day(item.date, today)} stands: it {when}, and your notes "
                     f"show no delivery. Report on it before {first} has to ask.")
    if theirs:
        steps.append(_step(theirs[0], first, today))
    offer = next((i for i in theirs[1:] if i.kind == "offer" or is_invitation(i)), None)
    second = offer or (theirs[1] if len(theirs) > 1 else None)
    if second is not None:
        steps.append(_step(second, first, today, also=True))
    if proof is not None and proof.done_on is not None and len(steps) < 3:
        steps.append(f"Open with what we delivered (your notes of {on_day(proof.done_on, today)}), in {first}'s terms, before you raise anything new.")
    if not steps:
        return ""
    steps.append("Close by reading back what you agreed, each with an owner and a date, and send that recap the same day.")
    return "First steps:\n" + "\n".join(f"{n}. {s}" for n, s in enumerate(steps[:4], start=1))


def _step(item: Item, first: str, today: dt.date, also: bool = False) -> str:
    """One step about one open ask or offer: what to do with it, then how, in words that fit its kind and its date."""
    day, what, quote = on_day(item.date, today) if item.date else "", noun(item), bare(item.quote)
    named = f"{first}'s {kind_word(item)}" + (f" of {day}" if day else "")
    head, action = _act(item, first, today)
    head = f"Also {head.lower()}" if also else head
    if not also and len(quote.split()) <= 40:  # the live item in the note's own words
        return f"{head} {named}: “{quote}” {action}"
    return f"{head} {named}" + (f" ({what})" if what else "") + f". {action}"


def _act(item: Item, first: str, today: dt.date) -> tuple[str, str]:
    if item.kind == "offer" or is_invitation(item):
        act = condition(item)
        who = (f" and name who on your team will {act}" if act else "" if personal(item) else " and name who on your team takes it up")
        said = acceptance(item, first, today)
        return "Answer", f"Say yes plainly (“{said}”){who}." if who else f"Say yes plainly: “{said}”"
    if item.due is not None and item.due >= today:
        return "Confirm", (f"Have the person who will deliver it check, before you meet, that {on_day(item.due, today)} holds; "
                           f"if it does not, tell {first} yourself, with a new date.")
    if item.due is not None:
        return "Settle", f"Its date, {on_day(item.due, today)}, has passed: find out where it stands and bring a date your team has checked."
    return "Take up", "Ask your team what it would take, so that you can offer a checked date in the room."


# Where a request's noun phrase ends and what it was for begins ("... to be live before peak season", "... by March").
_WHAT_FOR = re.compile(r"\s+(?:to (?:be|go|run|work|cover|start|land)|before|by|in time for|so that|ahead of)\b", re.I)


def delivered_parts(sit: Situation, first: str, today: dt.date) -> tuple[str, str]:
    """(a line, a question back) that build on the newest thing we delivered, when nothing else is open and no goal of the partner's
    is newer: delivered work is said as done and never asked for again; ("", "") when the notes show no delivery."""
    done = next(((i, shown) for i, shown in delivered(sit, first) if not touches_avoid(" ".join(s.text for s in shown), sit)), None)
    if done is None:
        return "", ""
    item, shown = done
    when = item.done_on or shown[0].date
    if when and any(g.date and g.date > when for g in sit.goals):
        return "", ""  # what the partner said they want since then comes first
    thing = re.sub(r"^(?:an?|her|his|their)\b", "the", noun(item), flags=re.I)
    thing = _WHAT_FOR.split(thing, maxsplit=1)[0].strip()  # "the system to be live before peak season": the system
    line = (f"Now that you have {to_partner(thing, first)}, what has it changed for your team, and what would help most next?" if thing
            else "Now that you have what you asked us for, what has it changed for your team, and what would help most next?")
    return line, f"What did {first} do with what we delivered (your notes of {on_day(shown[0].date, today)}), and which small next step would build on it?"
