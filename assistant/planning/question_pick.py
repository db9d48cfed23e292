"""Which questions a plan asks: this partner's own facts first, a stock question only where none fits.

Coaches read a stock question ("Where does a spreadsheet stand in for a system?") as one that could be pasted into
any plan. A question built on a typed fact of this partner (their open ask or offer, a person, a dated event, a
target) is asked first; at most one stock question is kept, and only when fewer than two of theirs exist. A question
on an axis the notes leave uncertain is discovery, not stock: it leads, as a low-confidence plan should.
"""

from __future__ import annotations

import re

from assistant.planning.plan_text import AXIS_QUESTIONS, QUADRANT_QUESTIONS
from assistant.planning.purposes import PURPOSES
from assistant.planning.situation_types import terms_of
from assistant.planning.stock_premise import premised

__all__ = ["is_stock", "pick_questions", "premised"]

# The quadrant's and the axes' lines, and each purpose's unfilled pair: the same words for every partner.
_STOCK = frozenset(q for qs in (*AXIS_QUESTIONS.values(), *QUADRANT_QUESTIONS.values(), *(p.questions for p in PURPOSES.values())) for q in qs)
# A line that names something of theirs: a figure, a name or date (a capital past the first word), or their words quoted.
_NAMES_A_FACT = re.compile(r"\d|[“\"]|(?<=\s)(?!I\b)[A-Z]")


def is_stock(question: str, named: str = "") -> bool:
    """A question with nothing of this partner's in it: a fixed line, or one that names no figure, name, date,
    quotation or measure of theirs (`named`: their measure's words, where a purpose line carries it)."""
    if question in _STOCK:
        return True
    if named and named.lower() in question.lower():
        return False
    return not _NAMES_A_FACT.search(question)


def pick_questions(specific: list[str], stock: list[str], discovery: tuple[str, ...] = (), limit: int = 3) -> list[str]:
    """Up to `limit` questions: a discovery question per axis the notes leave uncertain first (low confidence changes
    the plan), then the partner's own, in order; one stock question only when fewer than two of theirs are left (a
    plan still asks something), never two."""
    mine: list[str] = []
    for q in dict.fromkeys(specific):
        if q not in discovery and not any(_same_matter(q, kept) for kept in mine):
            mine.append(q)
    extra = [q for q in stock if q not in mine and q not in discovery][:1] if len(mine) < 2 else []
    return list(dict.fromkeys([*discovery, *mine, *extra]))[:limit]


def _same_matter(a: str, b: str) -> bool:
    """Two questions on one matter ("You asked for a phased plan ...", "You want a phased plan ..."): most words shared."""
    ta, tb = _content(a), _content(b)
    return min(len(ta), len(tb)) >= 3 and len(ta & tb) >= 0.6 * min(len(ta), len(tb))


# The question lines' own words (detail_lines.py) and the calendar: shared by any two, so never one matter.
_FIXED = terms_of("You asked for: what should our answer to your request include? What would make your offer work for you? "
                  "What would show you, in a month, that we are helping? You told me. What holds it back today? What do you need "
                  "from us before? What does need from us? wants: is that first for you too? What did the problem cost your team?")
_CALENDAR = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^\d")


def _content(question: str) -> set[str]:
    return {t for t in terms_of(question) if t not in _FIXED and not _CALENDAR.match(t)}
