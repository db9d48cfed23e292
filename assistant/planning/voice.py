"""Turning a typed item into words the CIO can say to the partner ("you asked ...").

Only the item's own complement is re-voiced (pronouns swapped), never a noun phrase
dropped into a sentence that does not fit it.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.say_back import narrated_to_you, said_back, spoken_to_you, swap_fault
from assistant.planning.situation import Goal, Item
from assistant.text.dates import month_only

_GOAL_VERBS = {
    "wants": "want", "wanted": "want", "needs": "need", "needed": "need", "aims": "aim", "is aiming": "are aiming",
    "is trying": "are trying", "is under pressure": "are under pressure", "has to": "have to", "must": "must",
    "hopes": "hope", "is targeting": "are targeting",
}
_ING = {"offered": "offering", "offers": "offering", "invited": "inviting", "invites": "inviting", "volunteered": "volunteering",
        "proposed": "proposing", "suggested": "suggesting"}


def when(date: dt.date | None) -> str:
    """'4 May'; 'May' for an entry headed by its month alone (its day is not known); 'recently' for an undated note."""
    if date and month_only(date):
        return f"{date:%B}"
    return f"{date.day} {date:%B}" if date else "recently"


def said_day(iso: str) -> str:
    """A due date as the CIO says it ("15 December"), never the ISO form; text that is no ISO date stays as it is."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B}"


def on_day(date: dt.date | None) -> str:
    """'on 4 May' ('in May' where only the month is known), or 'recently' for an undated note (never "on recently")."""
    if date and month_only(date):
        return f"in {date:%B}"
    return f"on {when(date)}" if date else "recently"


def on_start(date: dt.date | None) -> str:
    """A sentence's opening day: 'On 4 May', or 'Recently' for an undated note (never "On recently you asked")."""
    return on_day(date)[0].upper() + on_day(date)[1:]


def undated_said(text: str) -> str:
    """A line built before the day was known, made sayable where the day is missing ("your offer of recently" -> "your
    recent offer" is beyond a rewrite: the day is dropped: "your offer", "the problem on recently" -> "the recent problem")."""
    text = re.sub(r"\bOn recently\b", "Recently", text)
    text = re.sub(r"\b(the|your|our|my|[A-Z][\w-]*'s) (\w+) (?:on|of|from) recently\b", r"\1 recent \2", text)
    text = re.sub(r"\b([A-Z][\w-]*'s) (request|offer|promise) recently\b", r"\1 recent \2", text)
    return re.sub(r"\s(?:on|of|from|since) recently\b", " recently", text)


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    text = re.sub(r"^be (?:willing|able|happy|prepared) to\s+", "", text)  # "Would you be willing to co-present": the ask is to co-present
    text = re.sub(r",?\s+(?:before|by) then$", "", text.rstrip(".?!"))  # "before then" points at a sentence the plan does not show
    return text.rstrip(".?!")


def request_said(item: Item) -> str:
    """'You asked me to get you a benchmark ... by 6 March' / 'You asked for ...' (no date, no full stop)."""
    comp = tidy(item.complement)
    verb = item.verb.lower()
    if item.spoken:
        comp = said_back(comp, True)
        if not comp:  # the swap would not read whole: their words, quoted as theirs
            return f"You said: “{item.quote.strip().rstrip('.')}.”"
        if verb in ("can we get", "could we get", "can i get", "could i get") or re.match(r"(?:it|this|that|the \w+)\s", verb):
            return f"You asked for {comp}"
        return f"You asked me to {comp}"
    comp = said_back(comp, False) or narrated_to_you(comp)
    if verb.startswith(("wants", "wanted", "would like", "needs", "needed", "expects", "expected")):
        return f"You asked {comp}" if re.match(r"(?:us|me|IT|my team|our team)\s+to\b", comp) else f"You asked for {comp}"
    if verb.startswith(("pressed", "chased")):
        return f"You asked for {comp}"
    return f"You asked {comp}"


def offer_said(item: Item) -> str:
    """'Thank you for offering to co-fund an analyst ...' (its condition, 'if you can find the desk', left to the talk)."""
    comp = re.split(r",?\s+(?:if|provided|as long as|on condition that)\s+(?:you|we|IT|I)\b", tidy(item.complement))[0]
    verb = item.verb.lower()
    if item.spoken:
        comp = said_back(comp, True)
        if not comp:  # the swap would not read whole: their words, quoted as theirs
            return f"Thank you for your offer: “{item.quote.strip().rstrip('.')}.”"
        return f"Thank you for the offer to {verb_rest(verb)}{comp}".replace("  ", " ")
    comp = re.sub(r"^the CIO\b", "me", narrated_to_you(comp))  # "offered the CIO a seat": said to the CIO, "me"
    if verb.startswith("put"):
        return f"Thank you for putting me forward {comp}"
    first = verb.split()[0]
    if first in _ING:
        return f"Thank you for {_ING[first]} {comp}"
    return f"Thank you for the offer to {verb_rest(verb)}{comp}"


def verb_rest(verb: str) -> str:
    """'would co-fund' -> 'co-fund '; 'you should join' -> 'join '."""
    words = verb.split()
    keep = [w for w in words if w not in {"would", "will", "could", "is", "are", "happy", "to", "willing", "can", "you", "should", "i", "we", "we'll", "i'd", "like", "'ll"}]
    return (" ".join(keep) + " ") if keep else ""


def promise_said(item: Item) -> str:
    """Our promise as the CIO recalls it: 'we said we would send ...'."""
    comp = narrated_to_you(tidy(item.complement))
    verb = item.verb.lower()
    if item.source == "ledger" or verb == "agreed":
        action = comp[:1].lower() + comp[1:]
        if re.match(r"(?:map|share|send|deliver|build|fix|review|draft|agree|set|run|book|schedule|prepare|write|test|move|call|meet|show|give|get|find)\b", action):
            return f"we agreed to {action}"
        who = item.owner_name or "we"
        due = f" by {when(item.due)}" if item.due else ""
        return f"we agreed {who} would deliver “{comp}”{due}"
    if "promised" in verb or "committed" in verb:
        rest = re.sub(r"^(?:to\s+)", "", comp)
        return f"we committed to {rest}" if not re.match(r"(?:send|deliver|share|give|get|map|build|fix|run|bring)\b", rest) else f"we said we would {rest}"
    return f"we said we would {comp}"


def goal_said(goal: Goal) -> str:
    """'You want claims cost per policy down 4% this year' (the partner's own words, re-voiced); '' where the pronoun
    swap would not read whole."""
    comp = tidy(goal.text)
    if goal.spoken:
        verb = spoken_to_you(goal.verb).strip()
        verb = re.sub(r"^(?:and|but|so|look|honestly),?\s+", "", verb, flags=re.IGNORECASE)
        verb = verb[:1].upper() + verb[1:]
        verb = re.sub(r"^(?:You) (want|need|have to)", r"You \1", verb)
        verb = re.sub(r"^We ", "You ", verb)
        verb = re.sub(r"^(Our|My) ", "Your ", verb)
        if re.match(r"(?:the|an?|our|your|their|his|her|my)\b", comp):  # "want you to" + "the vans to leave": no verb follows "to"
            verb = re.sub(r"\s+(?:me|us|you|him|her|them)\s+to$", "", verb)
        comp = said_back(comp, True)
        return f"{verb} {comp}" if comp and not swap_fault(f"{verb} {comp}") else ""
    verb = goal.verb.lower()
    comp = said_back(comp, False)
    if not comp:
        return ""  # the swap would not read whole ("you's at 66"): the goal is not said back
    if verb in _GOAL_VERBS:
        return f"You {_GOAL_VERBS[verb]} {comp}"
    if re.match(r"(?:his|her|their) ", verb):
        return f"Your {verb.split(' ', 1)[1]} {comp}"
    return f"You {verb} {comp}"


def nutshell(item: Item, words: int = 14) -> str:
    """A short third-person description of what an item is about, from its own words."""
    comp = tidy(item.complement)
    comp = re.sub(r"^(?:for|about)\s+", "", comp)
    comp = re.sub(r"^(?:get|send|give|bring|find)\s+(?:me|us|him|her|them)\s+", "", comp, flags=re.IGNORECASE)
    comp = re.sub(r"^(?:me|us|IT|my team|our team)\s+to\s+", "", comp)
    cut = comp.split()
    return clipped(cut, words) if len(cut) > words else " ".join(cut)


_LOOSE_END = {"the", "a", "an", "and", "or", "but", "of", "for", "with", "from", "to", "if", "by", "on", "in", "at", "as",
              "my", "your", "our", "their", "its", "that", "which", "who", "whether", "than", "because", "so", "into"}


def clipped(words: list[str], limit: int) -> str:
    """The first `limit` words and an ellipsis, never ending on a word that needs the next ('… budget if…')."""
    head = words[:limit]
    while len(head) > 3 and head[-1].lower().strip(",;:") in _LOOSE_END:
        head.pop()
    return " ".join(head).rstrip(",;:") + "…"
