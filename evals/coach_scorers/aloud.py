"""Session 17 scorers from the tune split's d and c reasons (v12's and v13's tune rows included); they need no key:

- `not_aloud` (d): the share of four checks failed (two or more = 1.0), each a line the CIO cannot say as it stands:
  a line to say that is an instruction to the CIO ("say where it stands", "confirm ...", "bring ...") or carries
  "(your note ...)"; an empty slot printed as "None" (or null, nan); stray markup or raw CSV cells in a line (an unpaired
  "**", "a,b,c" cells, "a;b;c;" fields); a "yes" and a deferral ("my answer comes by", "what we have comes today") in
  the lines to say;
- `main_unnamed` (c): the lines to say (one thing and script) name no number and no person, place or firm of the
  partner's notes (a date alone does not count: "names only dates" is what the reviewers mark down);
- `value_deferred` (f): the value message defers a request ("my answer comes by ...", "what we have comes today") and
  shares no word with the partner's own goal sentences in the notes: a reply to an ask stands in for the value.

Either half of `value_deferred` alone (and a message sharing no content word with the statement or the goals) lowered
f's nested CV and was not kept (evals/README.md, session 17).
"""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context
from evals.coach_scorers.meaning import _names, _stems, goal_words
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# An instruction to the CIO at a clause start, inside a line the CIO is meant to say.
INSTRUCTION = re.compile(r"(?:^|[:;]\s*|\.\s+)(?:say|confirm|bring|check|read|ask (?:him|her|them)|"
                         r"tell (?:him|her|them)|find out|make sure|agree|decide)\b", re.I)
YOUR_NOTE = re.compile(r"\(your note", re.I)
EMPTY_SLOT = re.compile(r"\b(?:None|null|nan|NaN|undefined)\b")
CSV_CELLS = re.compile(r"\w,\w+,\w|[^ ,]+;[^ ;]+;[^ ;]+;")
YES = re.compile(r"\byes\b", re.I)
DEFERRAL = re.compile(r"\b(?:my answer|our answer|the answer|what we have)\b[^.?!]*\bcomes?\b|\bcomes? by\b|"
                      r"\bget back to you\b", re.I)
MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*", re.I)
DAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
NOT_NAMES = {"you", "the", "our", "your", "cio", "it"}
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
DATED = re.compile(r"(\d[\d,.]*)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                   r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d[\d,.]*)", re.I)


def _said(view: PlanView) -> list[str]:
    """The lines to say: the script's lines without their numbers."""
    return [re.sub(r"^\d+\.\s*", "", line) for line in view.script]


def not_aloud(view: PlanView) -> list[str]:
    """The checks a plan fails, each with the first line that fails it."""
    lines = [line for line in view.spoken_text().splitlines() if line.strip()]
    said = [s for line in (view.one_thing, *view.script) if line for s in sentences(line)]
    checks = {
        "an instruction to the CIO as a line to say": [s for s in _said(view) if YOUR_NOTE.search(s) or INSTRUCTION.search(s)],
        "an empty slot printed as None": [s for s in lines if EMPTY_SLOT.search(s)],
        "markup or CSV cells in a line": [s for s in lines if s.count("**") % 2 or "** " in s or CSV_CELLS.search(s)],
        "a yes and a deferral in the lines to say": [s for s in said if DEFERRAL.search(s)]
        if any(YES.search(s) for s in said) else [],
    }
    return [f"{name}: {found[0][:80]}" for name, found in checks.items() if found]


def score_not_aloud(view: PlanView) -> Score:
    failed = not_aloud(view)
    return lower("not_aloud", min(1.0, len(failed) / 2), 0.0, "; ".join(failed) or "every line can be said", n=1)


def _numbers(text: str, undated: bool = False) -> set[str]:
    found = {n.replace(",", "") for n in NUMBER.findall(text)}
    if undated:
        dated = {(a or b).replace(",", "") for a, b in DATED.findall(text)}
        found = {n for n in found if n not in dated and not re.fullmatch(r"20\d\d", n)}
    return found


def _proper_nouns(text: str, ctx: Context) -> set[str]:
    """Capitalised words that do not open a sentence: people, places, firms (not the partner, months or days)."""
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.partner)}
    out = set()
    for sentence in sentences(text):
        for token in re.findall(r"[A-Za-z][A-Za-z'&-]+", sentence)[1:]:
            low = token.lower()
            if token[0].isupper() and len(token) > 2 and low not in own | NOT_NAMES | DAYS and not MONTH.fullmatch(token):
                out.add(low)
    return out


def main_unnamed(view: PlanView, ctx: Context) -> bool:
    main = "\n".join(p for p in (view.one_thing, *view.script) if p) or view.main_text()
    if _numbers(main, undated=True) & _numbers(ctx.notes):
        return False
    return not _proper_nouns(main, ctx) & _proper_nouns(ctx.notes, ctx)


def score_main_unnamed(view: PlanView, ctx: Context) -> Score:
    unnamed = main_unnamed(view, ctx)
    reason = ("the lines to say name no number, person or place of the notes (dates aside)" if unnamed
              else "the lines to say name something of the notes")
    return lower("main_unnamed", 1.0 if unnamed else 0.0, 0.0, reason, n=1)


VALUE_DEFERRAL = re.compile(r"\bmy answer\b[^.?!]*\bcomes?\b|\bwhat we have comes\b", re.I)


def value_deferred(view: PlanView, ctx: Context) -> bool:
    message = view.value_message or view.section("value message")
    return bool(VALUE_DEFERRAL.search(message)) and not _stems(message, _names(ctx)) & goal_words(ctx)


def score_value_deferred(view: PlanView, ctx: Context) -> Score:
    deferred = value_deferred(view, ctx)
    reason = ("the value message defers a request and names none of the partner's goals" if deferred
              else "no deferral in place of the value")
    return lower("value_deferred", 1.0 if deferred else 0.0, 0.0, reason, n=1)
