"""Which ask leads a plan, and which purpose lines may be said.

A request with its own deadline ahead is what the partner is waiting on: it leads a newer ask with no date (the budget
item before a question in passing). A purpose line that only announces ("Here is what we promised last quarter, and what
we kept." with no promise named, "Before the numbers: here is what each line buys your team.") is said only with its
content, else a short question the CIO can say in its place.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.bare_asks import points_back
from assistant.planning.situation_types import Item, terms_of

DATED_AHEAD = 60  # days: an ask with its own deadline this close is what the partner is waiting on
# Purposes whose stock line announces what it does not say: a short question the CIO can say instead (under twelve words).
ANNOUNCES = {"quarterly_review": "Of this quarter's work, what helped your team most?",
             "budget_review": "Which line of this budget matters most to your team?"}


def dated_first(theirs: list[Item], today: dt.date) -> list[Item]:
    """Requests with their own deadline ahead (within two months) lead the others; otherwise the order stands."""
    def ahead(i: Item) -> bool:
        return i.kind == "request" and i.due is not None and today <= i.due <= today + dt.timedelta(days=DATED_AHEAD)
    dated = sorted((i for i in theirs if ahead(i)), key=lambda i: i.due or dt.date.max)  # the soonest of their dates leads
    return dated + [i for i in theirs if not ahead(i)]


def same_ask(item: Item, answered: list[Item]) -> bool:
    """An ask of the same day naming the same thing (two shared words) as one a line has answered already."""
    words = item.terms | terms_of(item.quote)  # "Can you do it." carries the line it points to in its quote

    def shared(i: Item) -> int:
        return len((i.terms | terms_of(i.quote)) & words)
    # three words in common, or two where one ask only points back ("Can you do it.")
    return any(i.date == item.date and (shared(i) >= 3 or (shared(i) >= 2 and (points_back(i.complement) or points_back(item.complement))))
               for i in answered)


_CONTENTLESS = re.compile(r"^(?:What you asked (?:on \d{1,2} [A-Z][a-z]+|recently) is|The \d+ things you asked (?:on \d{1,2} [A-Z][a-z]+|recently) are) still open\.")


def contentless(line: str) -> bool:
    """A request line that names nothing ("What you asked on 13 October is still open.")."""
    return _CONTENTLESS.match(line) is not None


def overdue_first(ours: list[Item]) -> list[Item]:
    """Our promises: those that fell due since the last note first, then the other overdue ones (latest due first), then open ones."""
    overdue = sorted([i for i in ours if i.status == "overdue"], key=lambda i: (i.fell_due_since_last_note, i.due or dt.date.min), reverse=True)
    return overdue + [i for i in ours if i.status == "open"]


# "Please don't circulate it", "don't forward this to anyone yet", "Please say yes": a plea about the message itself, or to
# accept what the same message offers; no dated answer fits it ("My answer comes by 8 December" to "Please don't circulate
# it"). A "don't" about the work ("don't send anything to the board until I've checked the figures") stays an ask.
_NO_REPLY = re.compile(r"^(?:please\s+)?(?:(?:don'?t|do not|never)\s+(?:circulate|forward|share|pass|send|show|mention|repeat|copy)\s+"
                       r"(?:it|this|that|these|this (?:e-?mail|email|note|message|number|address))\b(?!\s+(?:until|before|unless))|say yes\b)",
                       re.IGNORECASE)


def no_reply_due(item: Item) -> bool:
    """A request that no dated answer fits (a plea about the message itself, or 'say yes' to what it offers)."""
    text = item.complement.strip()
    return item.kind == "request" and _NO_REPLY.match(text) is not None and not _CONDITION.search(text)


_CONDITION = re.compile(r"\b(?:until|till|before|unless|without|except)\b", re.IGNORECASE)  # "don't share it until I've checked": an ask
