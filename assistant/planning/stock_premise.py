"""Stock questions whose premise must hold for this partner: checked on typed facts, else never asked.

A stock line presumes something. "What do outside providers give you that we have not?" presumes an outside
provider in the story; "Where have we been in your way?" presumes friction with us; "What is the biggest bet your
team is making this year?" and "What are you measured on this year?" presume we do not know their goal or target.
Asked of a partner who chose us over a vendor, praises our delivery or already named the number, each reads false.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.planning.plan_text import objection_kinds
from assistant.planning.situation_types import Situation
from assistant.planning.stance import prefers_us
from assistant.planning.stance_hold import held_quadrant

__all__ = ["OUTSIDE_PROVIDERS", "IN_YOUR_WAY", "doubted", "held_quadrant", "outside_provider", "premise_holds", "stated_aim", "premised"]

OUTSIDE_PROVIDERS = "What do outside providers give you that we have not?"
IN_YOUR_WAY = "Where have we been in your way?"
# Questions that ask for a goal or target: false once the notes hold one (ask about that one instead).
# A line with no premise of theirs at all, read by coaches as filler: never promoted when the line before it drops.
_FILLER = "What is the smallest useful thing we could deliver this month?"
_ASKS_THEIR_AIM = frozenset({"What is the biggest bet your team is making this year?", "What are you measured on this year?"})


def _raised(sit: Situation) -> set[str]:
    """Kinds of pushback anyone but us voiced in the notes (a vendor, slowness, cost, ...)."""
    kinds: set[str] = set()
    for s in sit.sentences:
        if s.speaker != "us":
            kinds.update(objection_kinds(s.text))
    return kinds


# The partner turned an outsider down, or kept the work with us: a vendor told of before this is no longer in play.
_CHOSE_US = re.compile(r"\b(?:turned (?:\w+ )?down|declined|rejected|said no to|sent (?:\w+ )?away|stay(?:ed|s)? with (?:us|you|IT)|"
                       r"(?:chose|picked|kept it with|went with) (?:us|you|IT|our team|your team))\b", re.IGNORECASE)
# A stated aim with its figures: an aim word and a figure moving to another ("defect rate 0.8% to 0.3%", "22% of buyers to 30%").
_AIM_WORD = re.compile(r"\b(?:target|goal|aim|bet|KPI|objective|measured on|objetivo|meta|Ziel|objectif|doel|mål|obiettivo)s?\b|目標", re.IGNORECASE)
_FIGURE_MOVE = re.compile(r"\d[\d.,]*\s*%?(?:\s+[^\W\d]+){0,3}?\s*(?:→|->|to|a|bis|till|naar|à)\s*(?:under |below )?\d", re.IGNORECASE)


def outside_provider(sit: Situation) -> bool:
    """The notes tell of an outside provider used or weighed against us, and the partner did not turn it down for us
    afterwards ("she turned the seller down and stayed with us")."""
    live = False
    for s in sit.sentences:
        if _CHOSE_US.search(s.text) or prefers_us(s.text):
            live = False
        elif s.speaker != "us" and "vendor" in objection_kinds(s.text):
            live = True
    return live


def stated_aim(sit: Situation, targets: Sequence[object] = ()) -> bool:
    """The notes already give the partner's goal or target: a read goal or target, or an aim word with its figures."""
    return bool(targets or sit.goals) or any(_AIM_WORD.search(s.text) and _FIGURE_MOVE.search(s.text) for s in sit.sentences)


def doubted(sit: Situation) -> bool:
    """A doubted-competence signal: a miss of ours, a broken or overdue promise, or pushback voiced against us."""
    ours_broken = any(i.status == "overdue" or i.broken_quote for i in sit.open_ours())
    return bool(sit.owned_misses()) or ours_broken or bool(_raised(sit))


def premise_holds(question: str, sit: Situation, targets: Sequence[object] = ()) -> bool:
    """False for a stock question whose premise the typed facts do not give; True for any other line."""
    if question == _FILLER:
        return False
    if question == OUTSIDE_PROVIDERS:
        return outside_provider(sit)
    if question == IN_YOUR_WAY:
        return doubted(sit)
    if question in _ASKS_THEIR_AIM:
        return not stated_aim(sit, targets)
    return True


def premised(questions: Iterable[str], sit: Situation, targets: Sequence[object] = ()) -> list[str]:
    """The questions whose premise holds for this partner, in order."""
    return [q for q in questions if premise_holds(q, sit, targets)]
