"""Whether our side took up a partner's ask: a line of ours that answers it in its own entry (or day), or a later line
of ours or of the note keeper that names its thing without speaking of the partner ("Asked X to cost the option").

A deadline of theirs that fell before the meeting with no word since reads two ways. Where a line of ours took the ask
up ("understood, X will put it together", "X to draft the comparison"), an answer may have gone unrecorded: the plan
asks whether it reached them. Where no line of ours ever spoke of it, the notes show no answer at all: the plan says
plainly that the date has passed and asks, never claiming that an answer went."""

from __future__ import annotations

import re

from assistant.planning.delivery_words import stem5, words_of
from assistant.planning.situation_types import Item, Sentence, Situation

_NEAR = 3  # a reply of ours within this many lines after the ask, in its own entry, answers it


def _of_partner(sit: Situation, s: Sentence) -> bool:
    """The line speaks of the partner (a name, or their pronoun): their doing, not ours."""
    words = set(re.findall(r"[A-Za-zÀ-ÿ'’-]+", s.text))
    pronoun = {"she": {"she", "her", "She", "Her"}, "he": {"he", "his", "him", "He", "His"}}.get(sit.partner_pronoun, set())
    return bool(words & (set(sit.partner_names) | pronoun))


def taken_up(sit: Situation | None, item: Item) -> bool:
    """True when a line of ours took the ask up (True when the notes are not at hand)."""
    if sit is None or not sit.sentences:
        return True
    asked = {stem5(w) for w in words_of(item.complement or item.quote)}
    for s in sit.sentences:
        if s.text == item.quote or s.speaker not in ("us", "narrator"):
            continue
        shares = bool(asked & {stem5(w) for w in words_of(s.text)})
        if s.speaker == "us":
            same_entry = s.note.ref == item.note_ref or (s.date is not None and s.date == item.date)  # a chat's lines: one day
            if shares or (same_entry and 0 < s.order - item.order <= _NEAR):
                return True
        elif shares and s.order > item.order and not _of_partner(sit, s):  # the keeper's own later step on its thing
            return True
    return False


def unanswered_deadline(day: str) -> str:
    """Their deadline fell before the meeting and no line of ours ever took the ask up: the date is said to have passed,
    and whether anything reached them is asked, never assumed either way (short sentences: no fixed long line)."""
    return f"Your deadline of {day} has passed. I cannot see that our answer reached you: did it?"
