"""Session 12 scorers, from the tune split's b and d reasons ("answers X by 1 Dec, after the board has met", "the
co-funding offer the meeting is for is not led with"): a meeting purpose that names a request or offer the plan's
lead does not answer, and an answer promised for a day after the partner's own deadline. Neither needs a key: they
read the purpose and the notes."""

from __future__ import annotations

import re
from datetime import date

from evals.coach_scorers.facts import Context, content_words
from evals.coach_scorers.keyed import ANSWER_BY
from evals.coach_scorers.status_lines import _dates, newest_note
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# The stock purposes the engine is run with; a purpose beyond them (or the words in brackets after one) names the
# meeting's own item.
STOCK_PURPOSES = ("quarterly review", "budget review", "project kick-off", "first meeting", "escalation after an outage")
# Words of a purpose that say what kind of meeting it is, not what it is about.
PURPOSE_STOCK = set("""free text answer before after prepare check show close meeting review their his her with
deliver decision present first sitting readiness final finalise update committee board paper exec executive
deadline submission plan part""".split())
MONTHS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^(mon|tues|wednes|thurs|fri|satur|sun)day$")
# "Dec 5", "December 12" (month first, as US notes write them) and "12/4" (month/day).
MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2})(?:st|nd|rd|th)?\b",
                       re.I)
SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b(?!/)")
QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")  # a quote the sentence splitter cut runs to the end
MONTH = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# A note's deadline: a date after "by", "before", "due", "deadline", "until", "closes".
DEADLINE = re.compile(r"\b(?:by|before|due(?: on| by)?|deadline(?: is| of)?|until|closes(?: on)?|no later than)\s+"
                      r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|the\s+)?", re.I)


def all_dates(text: str, year: int, slash: bool = False) -> list[date]:
    """Day-month and ISO dates (status_lines._dates), month-day dates and, where asked, 12/4 as 4 December."""
    out = list(_dates(text, year))
    for m in MONTH_DAY.finditer(text):
        try:
            out.append(date(year, MONTH.index(m.group(1).lower()[:3]) + 1, int(m.group(2))))
        except ValueError:
            pass
    if slash:
        for m in SLASH.finditer(text):
            try:
                out.append(date(year, int(m.group(1)), int(m.group(2))))
            except ValueError:
                pass
    return out


def purpose_words(purpose: str) -> list[str]:
    """The words of a purpose that name what the meeting is about (empty for a stock purpose)."""
    low = purpose.strip().lower()
    if low in STOCK_PURPOSES:
        return []
    for stock in STOCK_PURPOSES:
        if low.startswith(stock):
            low = low[len(stock):]
    return [w for w in content_words(low, 4) if w not in PURPOSE_STOCK and not MONTHS.match(w) and not w.isdigit()]


def _lead(view: PlanView) -> str:
    if view.script or view.one_thing:
        return "\n".join([view.one_thing, *view.script])
    return view.section("goal") + "\n" + view.opening()


def _stem(w: str) -> str:
    return w[:5]


def score_purpose_unanswered(view: PlanView, ctx: Context) -> Score:
    """The purpose names the meeting's own item (an offer, a request, an estimate, a seat) and the plan's lead (the one
    thing and the script, else the goal and the opening) names less than half of its words."""
    keys = purpose_words(ctx.purpose)
    if len(keys) < 2:
        return lower("purpose_unanswered", 0.0, 0.0, "a stock purpose, or one that names no item", 0)
    lead = {_stem(w) for w in content_words(_lead(view), 4)}
    hit = [w for w in keys if _stem(w) in lead]
    share = len(hit) / len(keys)
    if share >= 0.5:
        return lower("purpose_unanswered", 0.0, 0.0, f"the lead answers the purpose ({', '.join(hit)})")
    missed = [w for w in keys if w not in hit]
    return lower("purpose_unanswered", round(1.0 - share, 3), 0.0,
                 f"the lead leaves out the purpose's item: {', '.join(missed)[:120]}")


def _deadlines(ctx: Context, year: int, newest: date | None) -> list[tuple[date, set[str], int]]:
    """The partner's deadlines still ahead of the newest note, each with the words a plan sentence must share with it
    and how many: the purpose's dates (one of its words, or any line of the script) and the dates notes sentences give
    after 'by', 'before', 'due', 'deadline' (two of that sentence's words)."""
    about = {_stem(w) for w in purpose_words(ctx.purpose)}
    # A stock purpose's bracket names its topic ("escalation after an outage (GIS, 12 Oct)": the outage's day).
    stock = ctx.purpose.strip().lower().startswith(STOCK_PURPOSES)
    out = [] if stock else [(d, about, 1) for d in all_dates(ctx.purpose, year, slash=True)]
    for s in sentences(ctx.notes):
        for m in DEADLINE.finditer(s):
            found = all_dates(s[m.end():m.end() + 18], year)
            if found and (newest is None or found[0] >= newest):
                out.append((found[0], {_stem(w) for w in content_words(s, 5)}, 2))
    return out


def _sentences(text: str) -> list[str]:
    """Sentences split at a stop before a capital, so that "by Dec 7." keeps its day (view.sentences cuts it)."""
    return [s.strip() for line in text.splitlines() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", line) if s.strip()]


def score_answer_after_deadline(view: PlanView, ctx: Context) -> Score:
    """A plan sentence promises an answer or a delivery ("by 1 December", "my answer comes by 5 Dec") for a day after
    the partner's own deadline for it: the purpose's date, or the date a note gives for the thing the sentence names
    (two words in common). A late answer to an invitation or a board date answers nothing."""
    newest = newest_note(ctx)
    year = newest.year if newest else date.today().year
    deadlines = _deadlines(ctx, year, newest)
    if not deadlines:
        return lower("answer_after_deadline", 0.0, 0.0, "no deadline of the partner's in the purpose or the notes", 0)
    late = []
    script = {s for line in view.script for s in _sentences(line)}
    for s in _sentences(view.spoken_text()):
        promised = []
        said = QUOTED.sub(" ", s)  # the notes' words quoted in the plan promise nothing
        for m in ANSWER_BY.finditer(said):
            found = all_dates(said[m.end():m.end() + 16], year)
            if found:
                promised.append(found[0])
        if not promised:
            continue
        stems = {_stem(w) for w in content_words(s, 4)}
        for due, about, need in deadlines:
            tied = len(stems & about) >= need or (need == 1 and s in script)
            if tied and all(d > due for d in promised) and due not in promised:
                late.append(f"{s[:90]} (deadline {due:%d %b})")
                break
    reason = f"an answer dated after the partner's deadline: {late[0]}" if late else "no answer dated late"
    return lower("answer_after_deadline", min(1.0, len(late) / 2), 0.0, reason)
