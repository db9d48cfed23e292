"""Whether our side took up a partner's ask: a line of ours that answers it in its own entry (or day), or a later line
of ours or of the note keeper that names its thing ("X will cost the option"), or one that names its due day.

A deadline of theirs that fell before the meeting with no word since reads two ways. Where a line of ours took the ask
up ("understood, X will put it together", "X to draft the comparison"), an answer may have gone unrecorded: the plan
asks whether it reached them. Where no line of ours ever spoke of it, the notes show no answer at all: the plan says
plainly that the date has passed and asks, never claiming that an answer went."""

from __future__ import annotations

import re

from assistant.planning.delivery_words import stem5, words_of
from assistant.planning.situation_types import Item, Sentence, Situation

_MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_NEAR = 3  # a reply of ours within this many lines after the ask, in its own entry, answers it


def _names_its_day(item: Item, s: Sentence) -> bool:
    """The line speaks of the ask's own due day ("still on for the 11th"): the date was agreed between us."""
    return item.due is not None and re.search(rf"(?<![\d:.,$£€]){item.due.day}(?:st|nd|rd|th)?(?![\d:.,%])", s.text) is not None


def taken_up(sit: Situation | None, item: Item) -> bool:
    """True when a line of ours took the ask up (True when the notes are not at hand): a reply of ours in its entry, a
    line of ours or a later note line naming its thing, or a line of its day or after naming its thing and its due day."""
    if sit is None or not sit.sentences:
        return True
    names = {stem5(w) for n in sit.partner_names for w in words_of(n)}  # "Annelise chaired": her name names no thing
    asked = {stem5(w) for w in words_of(f"{item.complement} {item.quote}") if w not in _MONTHS} - names
    for s in sit.sentences:
        if s.text == item.quote or s.text in item.quote or s.speaker not in ("us", "narrator"):
            continue
        shares = bool(asked & {stem5(w) for w in words_of(s.text)})
        same_entry = s.note.ref == item.note_ref or (s.date is not None and s.date == item.date)  # a chat's lines: one day
        if s.speaker == "us" and (shares or (same_entry and 0 < s.order - item.order <= _NEAR)):
            return True
        if shares and (s.order > item.order or (s.date and item.date and s.date >= item.date and _names_its_day(item, s))):
            return True
    return False


def unanswered_deadline(day: str) -> str:
    """Their deadline fell before the meeting and no line of ours ever took the ask up: the date is said to have passed,
    and whether anything reached them is asked, never assumed either way (short sentences: no fixed long line)."""
    return f"Your deadline of {day} has passed. I cannot see that our answer reached you: did it?"
