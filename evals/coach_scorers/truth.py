"""Session 11 scorers for d (says true things naturally), from the tune split's d reasons (all rounds, v6 folded in):
a date word with no date ("by Monday"), a past date given as a due date, a statement clause cut off ("You want RMs
to:", "before to the board", a quotation left open), and stock tails (the same last words on sentences for many
partners). Read from the plan and the notes only; no labels needed."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date

from evals.coach_scorers.facts import Context
from evals.coach_scorers.status_lines import MONTH, _dates, newest_note
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

RELATIVE = re.compile(r"\b(?:(?:by|on|this|next|until|before|from|after) (?:monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)|tomorrow|next week|this week|end of (?:the |this |next )?(?:week|month)|"
                      r"in (?:a|one|two|three) (?:days?|weeks?)|later this (?:week|month))\b", re.I)
MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b", re.I)
NUMERIC = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")
# A due date: "by 20 November", "due on Nov 20", "no later than 2026-11-20", "deadline 20 Nov".
DUE = re.compile(r"\b(?:by|due(?: on| by)?|no later than|deadline(?: of| is)?|before|until|not after) (?:the |on )?"
                 r"((?:\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|20\d\d-\d\d-\d\d)\b)", re.I)
# A clause that stops where a word must follow: an article, possessive or conjunction before the full stop, or any
# function word before a closing colon ("You want the supervisors to:"). "What it is for." stays a whole sentence.
DANGLING = re.compile(r"\b(?:(?:the|a|an|and|or|of|by|your|our|their|its|my|than|because|whether)\s*[:;,.]?|"
                      r"(?:to|for|with|from|on|in|at|about|into|is|are|was|were|that|which|who)\s*:)\s*$", re.I)
# Two words that cannot stand together: a slot filled with nothing between them ("before to the board").
EMPTY_SLOT = re.compile(r"\b(?:before|after|of|for|with|by|from|the|a|an) (?:to|by|of|for|from)\b(?! (?:now|then|far))", re.I)
TAIL_WORDS = 3
TAIL_PARTNERS = 4  # a tail on sentences for this many partners of the run (and a tenth of them) is stock
TAIL_SHARE = 0.1
TAIL_FULL = 10  # this many stock tails in one plan = the feature at 1.0 (tune split: the count, not the share, tracks d)


def _any_date(text: str, year: int) -> bool:
    return bool(_dates(text, year) or MONTH_DAY.search(text) or NUMERIC.search(text))


def _said(view: PlanView) -> list[str]:
    """The plan's own sentences (no quoted note text, no evidence section) of four words or more."""
    return list(dict.fromkeys(s for s in sentences(view.answer_text()) if len(s.split()) >= 4))


def score_date_word_undated(view: PlanView) -> Score:
    """Share (x2, capped) of the plan's sentences with a relative date word ("by Friday", "next week") and no date."""
    said = _said(view)
    bad = [s for s in said if RELATIVE.search(s) and not _any_date(s, 2000)]
    reason = f"a date word with no date: '{bad[0][:90]}'" if bad else "every date word has its date"
    return lower("date_word_undated", min(1.0, 2 * len(bad) / max(1, len(said))) if bad else 0.0, 0.0, reason,
                 len(said))


def _due_day(text: str, newest: date) -> date | None:
    found = _dates(text, newest.year)
    m = MONTH_DAY.search(text)
    if not found and m:
        try:
            found = [date(newest.year, MONTH.index(m.group(1).lower()[:3]) + 1, int(m.group(2)))]
        except ValueError:
            return None
    if not found:
        return None
    day = found[0]
    if (day - newest).days > 180:  # "by 20 December" in notes that run to January: last year's
        return day.replace(year=day.year - 1)
    if (newest - day).days > 180:  # "due Feb 3" in notes that run to November: next year's
        return day.replace(year=day.year + 1)
    return day


def score_past_due(view: PlanView, ctx: Context) -> Score:
    """A date before the newest note given as a due date ("by 20 November" when the notes run to 25 November)."""
    newest = newest_note(ctx)
    if newest is None:
        return lower("past_due", 0.0, 0.0, "no dated note", 0)
    bad = []
    for s in _said(view):
        for m in DUE.finditer(s):
            day = _due_day(m.group(1), newest)
            if day is not None and day < newest:
                bad.append(f"'{m.group(0)}' though the notes run to {newest.isoformat()}: {s[:80]}")
    return lower("past_due", 1.0 if bad else 0.0, 0.0, bad[0] if bad else "no due date in the past")


def _quote_cut(sentence: str) -> bool:
    """A quotation opened and never closed (or closed and never opened) within the sentence."""
    return sentence.count('"') % 2 == 1 or sentence.count("“") != sentence.count("”")


def cut_clauses(view: PlanView) -> list[str]:
    """Sentences that stop mid-clause, hold an empty slot between two function words, or cut a quotation."""
    out = []
    for s in _said(view):
        body = s.rstrip()
        if DANGLING.search(body) or EMPTY_SLOT.search(body) or _quote_cut(body):
            out.append(body)
    return out


def score_clause_cut(view: PlanView) -> Score:
    """Share (x3, capped) of the plan's sentences that stop mid-clause ("You want RMs to:", "making every system.")."""
    said, cut = _said(view), cut_clauses(view)
    reason = f"a clause cut off: '{cut[0][-90:]}'" if cut else "no clause cut off"
    return lower("clause_cut", min(1.0, 3 * len(cut) / max(1, len(said))) if cut else 0.0, 0.0, reason, len(said))


def _tail(sentence: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", sentence.lower())[-TAIL_WORDS:])


def stock_tails(plans: dict[str, tuple[str, PlanView]]) -> dict[str, list[str]]:
    """plan id -> its sentences whose last three words end sentences for TAIL_PARTNERS or more partners of the run."""
    partners: dict[str, set[str]] = defaultdict(set)
    said = {pid: [s for s in _said(view) if len(s.split()) >= 6] for pid, (_p, view) in plans.items()}
    for pid, (partner, _view) in plans.items():
        for s in said[pid]:
            partners[_tail(s)].add(partner)
    least = max(TAIL_PARTNERS, math.ceil(TAIL_SHARE * len({p for p, _v in plans.values()})))
    return {pid: [s for s in said[pid] if len(partners[_tail(s)]) >= least] for pid in plans}


def score_stock_tail(view: PlanView, stock: list[str]) -> Score:
    """Sentences that end in a stock tail (the same last words for many partners), ten or more = 1.0."""
    reason = f"{len(stock)} stock tail(s), e.g. '...{_tail(stock[0])}'" if stock else "no stock tail"
    return lower("stock_tail", min(1.0, len(stock) / TAIL_FULL), 0.0, reason)
