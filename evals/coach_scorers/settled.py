"""Session 18 scorer from the tune split's b and d reasons (v14's tune rows included); it needs no key.

- `open_delivered` (d, as `delivered_any` with `delivered_asked`): a plan line calls a thing open, still owed or overdue ("is open", "are still open",
  "open (date)", "did it reach you?") while a later note sentence tells it delivered (sent, live, received, stable,
  working). The thing is the line's own words, or, when the line names it only by a day ("what you asked on <day>"),
  the ask or promise sentences of the note of that day. The existing `delivered_asked` reads only "overdue"/"did it
  reach you" lines that name the thing in two words.

Tried and left out (nested CV inside the tune split, evals/README.md session 18): the same check in b (b fell), only
the main view's lines, two shared words for a strong delivery word too, and a line owning a miss ("Ours to own", "I am
sorry") that the line or the note it tells lays on another firm (flagged 80 of 682 tune plans; b and d did not move).
"""

from __future__ import annotations

import re
from datetime import date

from evals.coach_scorers.facts import Context
from evals.coach_scorers.history import _dated
from evals.coach_scorers.spoken import _content, _day
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

OPEN_CLAIM = re.compile(r"\b(?:is|are|still|remains?|stays?)\s+(?:open|owed|outstanding|pending|unanswered)\b|"
                        r"\boverdue\b|\bnot seen closed\b|,\s*open\s*\(|"
                        r"\bdid (?:it|they|that|this) (?:reach|get to|arrive|land with) you\b", re.I)
CLAIM_WORDS = re.compile(r"\b(?:open|owed|outstanding|pending|unanswered|overdue|reach|noted|request|theirs|ours|"
                         r"promise|things?|asked|recently|answer|owner|comes)\b", re.I)
# Told as done: a strong word alone, a weaker one with two of the thing's words.
DONE_STRONG = re.compile(r"\b(?:sent|delivered|went live|gone live|is live|live since|live on|received|shipped|"
                         r"handed over|rolled out|in your inbox|stable since)\b", re.I)
DONE = re.compile(r"\b(?:done|works?|working|stable|closed|finished|completed|installed|thank(?:s|ed| you)|fixed)\b",
                  re.I)
NOT_DONE = re.compile(r"\b(?:not|n't|never|yet|will|until|unless|if|when)\b", re.I)
ASK_OR_PROMISE = re.compile(r"\b(?:promis\w*|asked|asks|wants?|needs?|will|you'll|we'll|commit\w*|by \d|due)\b", re.I)


def _entries(ctx: Context) -> list[tuple[date | None, str]]:
    """The notes' sentences in order, each with its entry's day (None when the notes carry no dates)."""
    dated = _dated(ctx.notes)
    if not dated:
        return [(None, s) for s in sentences(ctx.notes)]
    return [(day, s) for day, text in dated for s in sentences(text)]


def _thing(line: str, notes: list[tuple[date | None, str]], year: int) -> tuple[set[str], int]:
    """The thing a line calls open, in words, and the index of the note sentence from which it can be delivered."""
    words = _content(CLAIM_WORDS.sub(" ", line))
    day = _day(line, year)
    same_day = [i for i, (d, _) in enumerate(notes) if day and d and (d.month, d.day) == (day.month, day.day)]
    if same_day:
        told = [i for i in same_day if ASK_OR_PROMISE.search(notes[i][1])] or same_day
        if len(words) < 3:
            for i in told:
                words |= _content(notes[i][1])
        return words, told[0]
    first = [i for i, (_, s) in enumerate(notes) if len(words & _content(s)) >= 2]
    return words, first[0] if first else 0


def open_delivered(view: PlanView, ctx: Context) -> list[str]:
    """Plan lines calling open what a later note sentence tells delivered."""
    notes = _entries(ctx)
    days = [d for d, _ in notes if d]
    year = max(days).year if days else date.today().year
    out = []
    for line in (line.strip() for line in view.spoken_text().splitlines()):
        if not OPEN_CLAIM.search(line):
            continue
        thing, start = _thing(line, notes, year)
        if not thing:
            continue
        for _, s in notes[start:]:
            shared = thing & _content(s)
            if NOT_DONE.search(s) or not shared:
                continue
            if DONE_STRONG.search(s) or (DONE.search(s) and len(shared) >= 2):
                out.append(f"{line[:80]} / told done: {s[:80]}")
                break
    return out


def score_open_delivered(view: PlanView, ctx: Context) -> Score:
    bad = open_delivered(view, ctx)
    return lower("open_delivered", 1.0 if bad else 0.0, 0.0, bad[0] if bad else "nothing delivered is called open",
                 n=1)

