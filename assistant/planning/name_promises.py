"""A promise of a name ("we will give you a name for the claims product owner by 30 November") is kept only by a line
that gives one: a person named, or someone said to own or lead it. Sending a roadmap on the same topic is not a name."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation_types import Item, Situation, terms_of

_I = re.IGNORECASE
# What the promise owes: a name, an owner, a named person, a contact.
OWES_A_NAME = re.compile(r"\b(?:a|the) name\b|\bname (?:an?|the|one|someone)\b|\b(?:a|an|one) (?:named )?(?:owner|person|lead|contact)\b", _I)
# A line that gives one: "Priya Shah will own the platform", "named Tom as the owner", "Ana takes over".
GIVES_A_NAME = re.compile(
    r"\b(?:named|nominated|appointed|will own|owns|is (?:the|our) (?:new )?(?:owner|lead|contact)|takes? over|will lead|as (?:the )?(?:owner|lead|contact))\b", _I
)
_FULL_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+ [A-Z][a-z]+\b")


def gives_a_name(text: str) -> bool:
    return GIVES_A_NAME.search(text) is not None or _FULL_NAME.search(text) is not None


def reopen_unnamed(sit: Situation, today: dt.date) -> None:
    """Our promise of a name, closed by a line that names nobody, is open again (overdue once its date has passed);
    a later line on its topic that names someone keeps it."""
    for item in [i for i in sit.items if _owes_name(i) and i.status == "done" and i.done_quote and not gives_a_name(i.done_quote)]:
        item.status = "overdue" if item.due and item.due < today else "open"
        item.done_quote, item.done_on = "", None
    for item in [i for i in sit.items if _owes_name(i) and i.status in ("open", "overdue")]:
        named = [s for s in sit.sentences if s.order > item.order and gives_a_name(s.text) and "?" not in s.text
                 and len(terms_of(s.text) & item.terms) >= 2]
        if named:  # "Priya Shah will own the claims product from January"
            item.status, item.done_quote, item.done_on = "done", named[0].text, named[0].date


def _owes_name(item: Item) -> bool:
    return item.kind == "promise" and item.owner == "us" and item.source == "note" and OWES_A_NAME.search(item.complement or item.quote) is not None
