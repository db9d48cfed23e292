"""'Should I take her up on her offer?' where the notes show we already did: the verdict says so, with the note.

An offer already accepted is not open; treating it as a new decision is a fact inversion. The offer is the note sentence
that shares the question's terms and speaks of offering or lending; its taking-up is a later sentence that accepts or
starts it and shares a name or a term with the offer. Both must be found, or nothing is said."""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_say import on_day
from assistant.conversation.question_intents import OFFERED
from assistant.planning.situation_types import Sentence, Situation, terms_of

_TAKE_Q = re.compile(r"\b(?:take (?:her|him|them|it) up|accept|say yes|agree to|take (?:the|her|his|their) (?:offer|help|people|analyst|engineer))\b", re.I)
_OFFER = re.compile(r"(?i:\boffer(?:ed|s|ing)?\b|\blend(?:s|ing)?\b|\blent\b|\bvolunteer(?:ed|s)?\b|\b(?:take|borrow|have|use) (?:my|our) (?:best |own )?\w+\b)|"
                    r"\b(?:[Tt]ake|[Bb]orrow|[Hh]ave|[Uu]se) [A-Z][a-z]+,? (?:my|our|one of)\b")
_TAKEN = re.compile(r"\b(?:I|we) (?:accepted|agreed|said yes|took (?:it|her|him|them) up)\b|\baccepted\b|\b(?:started|starts|joined|joins|has been working|"
                    r"have been working|is working with|arrived|began)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_COMMON = frozenset("She He They We The This That These Those Take Her His Their Our Your And But Then First Nobody".split())


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in terms_of(text)}


def _names(text: str) -> set[str]:
    return set(_NAME.findall(text)) - _COMMON


def offer_taken(question: str, sit: Situation, first: str, partner: str, today: dt.date) -> tuple[str, list[Sentence], str] | None:
    """The verdict that the offer was already taken up, with the offer and its taking-up (None where the notes do not show both)."""
    if not (OFFERED.search(question) and _TAKE_Q.search(question)):
        return None
    asked = _stems(question) - {"offered", "offer", "take", "lend", "should"}
    offers = [s for s in sit.sentences if _OFFER.search(s.text) and s.speaker != "us"]
    offers = [s for s in offers if _stems(s.text) & asked] or (offers if len(offers) == 1 else [])  # the one offer in the notes
    if not offers:
        return None
    offer = max(offers, key=lambda s: (len(_stems(s.text) & asked), s.order))
    shared = _names(offer.text) - _names(first + " " + partner)
    later = [s for s in sit.sentences if s.order > offer.order and _TAKEN.search(s.text)
             and (shared & _names(s.text) or re.match(r"\s*(?:I|we) accepted\b", s.text, re.I))]
    if not later:
        return None
    taken = later[0]
    day = f"on {on_day(taken.date, today)}" if taken.date else "already"
    text = (f"You already took {first} up on it {day}: “{taken.text.strip()}” So it is not a new decision: thank {first} for "
            "what it has produced so far, and ask, rather than assume, about anything beyond what was agreed.")
    line = "Thank you for what you've put into this. Before we plan what comes next, what would you want to see from it?"
    return text, [offer, taken], line
