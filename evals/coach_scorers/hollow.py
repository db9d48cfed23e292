"""Session 16 scorer from the tune split's f reasons (v11's tune rows included); it needs no key:

- `value_hollow` (f): the share of three checks failed: the value message says something (15 words or more, not only
  questions), shares two words with the partner's own goal sentences in the notes (beyond the value statement's words),
  and carries a number the notes give (their level, target or date: the partner's terms, not the statement's);

d's candidates (an apology for a miss the notes close or put on a third party; "you want my/our ..." and
"you want ...:" lines) lowered d's nested CV (0.397 -> 0.394, 0.395) and were not kept (evals/README.md, session 16).
"""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context
from evals.coach_scorers.meaning import _stems, goal_words
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

SAYS_LITTLE = 15  # words: a value message shorter than this says little of value (tune f mean 1.15 vs 1.72)
GOAL_OVERLAP = 2  # words the message must share with the partner's own goal sentences
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def value_hollow(view: PlanView, ctx: Context) -> list[str]:
    message = view.value_message or view.section("value message")
    said = [s for s in sentences(message) if s.strip()]
    failed = []
    if len(re.findall(r"\w+", message)) < SAYS_LITTLE or all(s.rstrip("”\"' ").endswith("?") for s in said):
        failed.append("says little: a short line or only questions")
    if len(_stems(message) & goal_words(ctx)) < GOAL_OVERLAP:
        failed.append("fewer than two words of the partner's own goals")
    if not set(NUMBER.findall(message)) & set(NUMBER.findall(ctx.notes)):
        failed.append("no number of the notes")
    return failed


def score_value_hollow(view: PlanView, ctx: Context) -> Score:
    failed = value_hollow(view, ctx)
    reason = "; ".join(failed) or "the message carries the partner's goal and numbers"
    return lower("value_hollow", len(failed) / 3, 0.0, reason, n=1)
