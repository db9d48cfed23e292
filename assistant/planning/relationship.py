"""How long the CIO and the partner have known each other, as the notes and the purpose tell it: a typed fact that any
line claiming shared history must respect ("We have worked together a while" is untrue when the notes are a
predecessor's handover, the CIO is new in post, the partner is new in role, or the notes hold one or two entries).

    handover     the notes were written by someone else for the CIO (a predecessor, an outgoing CIO, a hand-over file)
    new_cio      the purpose or notes say the CIO is new ("first meeting as new CIO", "since I started last month")
    new_partner  the partner is new in role ("she's been in post three weeks", "joined in September")
    first        no more than one or two dated entries, or the notes call this the first meeting
    long         several dated entries across days and nothing above
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.planning.situation_types import Situation

Relationship = Literal["handover", "new_cio", "new_partner", "first", "long"]
LONG_HISTORY_DAYS = 3  # dated notes on separate days: more than a first meeting

_I = re.IGNORECASE
_HANDOVER = re.compile(
    r"\b(?:hand-?over|handing (?:this |it |the account )?over|to my (?:successor|replacement)|for my (?:successor|replacement)|"
    r"outgoing (?:CIO|CTO|IT director|head of IT)|my predecessor|predecessor's|previous CIO|former CIO|inherited (?:these|this|the) (?:notes|account|relationship)|"
    r"(?:took|taking|take) over from|before I (?:leave|left|hand over)|my last (?:day|week) (?:as|in|here)|"
    r"notes? (?:I|we) (?:was|were) (?:given|handed)|passed (?:on )?to me by|Übergabe|traspaso|passation)\b", _I)
_NEW_CIO = re.compile(
    r"\b(?:(?:as|I am|I'm|being) (?:the |their |your )?new (?:CIO|CTO|IT director|head of IT)|new CIO|"
    r"since I (?:started|joined|took the role)|I (?:only )?(?:started|joined) (?:here |in the role )?(?:last|this|in|on|a few|two|three)|"
    r"my first (?:week|month|weeks|days|meeting with)|(?:first|1st) (?:meeting|conversation|chat|call) (?:as|since)\b)", _I)
_NEW_PARTNER = re.compile(
    r"\b(?:(?:been|is|was) in (?:post|the role|the job|role) (?:for )?(?:only )?(?:a|one|two|three|four|five|six|\d+|a few) "
    r"(?:days?|weeks?|months?)|new (?:in|to) (?:the |her |his |their )?(?:post|role|job|company|organisation|organization|business)|"
    r"(?:just|recently|newly) (?:joined|started|appointed|arrived|hired)|(?:joined|started|arrived|appointed) (?:us |here )?"
    r"(?:only )?(?:last|this) (?:week|month)|first proper (?:conversation|meeting|chat)|hasn't had a (?:month-end|quarter|budget) yet)\b", _I)
_FIRST = re.compile(r"\b(?:first|1st|intro(?:ductory)?|introduction|get-to-know|kick-?off) (?:meeting|call|conversation|chat|coffee)\b|"
                    r"\b(?:never|not yet) met\b|\bhaven't met\b", _I)


STILL_NEW_DAYS = 120  # "new in post" read in a note older than this (against the latest note) is no longer news


def relationship(sit: Situation, purpose_text: str = "") -> Relationship:
    """The relationship-length fact for this partner (see the module's table)."""
    notes = {s.note.ref: s.note for s in sit.sentences}.values()
    latest = max((n.date for n in notes if n.date), default=None)

    def recent(rx: re.Pattern[str]) -> bool:  # said in an undated note, or one within STILL_NEW_DAYS of the latest
        return any(rx.search(n.text) and (not n.date or not latest or (latest - n.date).days <= STILL_NEW_DAYS) for n in notes)

    if _HANDOVER.search(purpose_text) or any(_HANDOVER.search(n.text) for n in notes):
        return "handover"
    if _NEW_CIO.search(purpose_text) or recent(_NEW_CIO):
        return "new_cio"
    if recent(_NEW_PARTNER):
        return "new_partner"
    days = len({s.date for s in sit.sentences if s.date})
    if days < LONG_HISTORY_DAYS or _FIRST.search(purpose_text):
        return "first"
    return "long"


def shared_history(sit: Situation, purpose_text: str = "") -> bool:
    """True when a line may say the CIO and the partner have worked together a while."""
    return relationship(sit, purpose_text) == "long"
