"""Whether to tell a partner how their move landed with us ("should I tell her my team felt ambushed?").

A coach's answer: not first, and not as a complaint. What the partner is waiting for comes first (their open request,
and any miss of ours behind it); then, one to one and in the partner's interest, agree how problems reach the CIO
directly next time. Built only from typed items (open requests, owned misses); with none, the answer stays as it was.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_say import on_day
from assistant.planning.situation_types import Sentence, Situation

# Our side's reaction to something the partner did, which the CIO thinks of passing on.
GRIEVANCE = re.compile(
    r"\b(?:tell|let|show) (?!my\b|our\b)\w+(?: know)?(?: that| how)? (?:my|our) (?:team|people|staff|engineers|developers|analysts)\b"
    r"|\b(?:tell|say to|let) (?!my\b|our\b)\w+(?: know)?(?: that| how)? (?:I|we) (?:felt|feel|was|were|am|are)\b"
    r"|\b(?:raise|mention|bring up|complain about|call out|confront (?:her|him|them) (?:about|on|over))\b[^?]*"
    r"\b(?:went|going|go) (?:over|around|behind) (?:my|our) (?:head|back)\b"
    r"|\b(?:should|shall|do|can) (?:I|we) (?:tell|let|raise|mention|say|show)\b[^?]*\b(?:her|him)\b[^?]*"
    r"\b(?:ambushed|blindsided|undermined|bypassed|betrayed|hung out to dry|thrown under)\b",
    re.I)


def asks_grievance(question: str) -> bool:
    return bool(GRIEVANCE.search(question)) and bool(re.search(r"\b(?:should|shall|do|can|could|would|must) (?:I|we)\b|\bworth\b", question, re.I))


def grievance(sit: Situation, first: str, today: dt.date) -> tuple[list[str], str, str, list[Sentence]] | None:
    """Not first and not as a complaint: their open request (and our miss) first, then how problems reach us next time."""
    lead = next(iter(sit.live_theirs() or sit.open_theirs()), None)
    misses = sit.owned_misses()
    if lead is None and not misses:
        return None
    out: list[str] = []
    cited: list[Sentence] = []
    if misses:
        miss = misses[0]
        out.append("Not as a complaint, and not first. The miss behind it was ours: own it plainly before anything else.")
        cited += [s] if (s := _sentence(sit, miss.quote)) else []
    if lead is not None:
        due = f", due {on_day(lead.due, today)}" if lead.due is not None and lead.due >= today else ""
        step = f"answer {first}'s open {lead.kind} of {on_day(lead.date, today)}{due}: “{lead.quote.strip()}”"
        out.append(f"Not as a complaint, and not first: {step}" if not out else f"Then {step}")
        cited += [s] if (s := _sentence(sit, lead.quote)) else []
    out.append(f"Once that is done, agree one to one how {first} will bring a problem to you directly next time, framed as the way "
               f"{first} gets answers sooner; your team's feelings are yours to handle with the team, not {first}'s.")
    say = "I'd rather you heard problems from me before anyone else does: next time something worries you, call me first."
    back = f"What would {first} have needed from you to call you first instead of going above you?"
    return out[:3], say, back, cited


def _sentence(sit: Situation, quote: str) -> Sentence | None:
    return next((s for s in sit.sentences if quote.strip() and quote.strip() in s.text), None)
