"""Session 12: the mirror of a wrong apology, from the tune split's d reasons ("our own May batch failure labelled a
third party's, 'not ours to own'", "calls the fraud-model slip a third party's (it was ours)"): the plan disowns a miss
the record shows was ours. With a key that labels our misses (v5 and later) it reads the labels; without one, the note
sentences about the same thing that say the cause was ours."""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context, content_words
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# A plan line that puts a miss on someone else.
DISOWN = re.compile(r"\b(a third[- ]party'?s?|not ours(?: to own)?|not our (?:fault|miss|doing)|their (?:miss|fault|doing)|"
                    r"(?:was|is) (?:on )?the (?:vendor|supplier|carrier)'?s?|someone else'?s)\b", re.I)
# A note sentence that says the cause was ours.
OUR_CAUSE = re.compile(r"\b(our (?:own )?(?:script|code|bug|change|fault|mistake|validation|interface|config\w*|upgrade|"
                       r"release|deploy\w*|patch|job|batch|server|side|team's|error|slip)|we (?:broke|forgot|pushed|"
                       r"missed|slipped|dropped)|(?:was|is) (?:on )?us\b|that was ours|was ours|our doing|(?:my|our) team "
                       r"(?:broke|missed|forgot))", re.I)
NOT_OURS = re.compile(r"\b(not (?:ours|us|our fault)|wasn't (?:us|you)|was not (?:us|you)|not on you|vendor|supplier|"
                      r"carrier|third[- ]party|their (?:side|team|fault))\b", re.I)


def _lines(view: PlanView) -> list[str]:
    """Each plan line that disowns a miss, with the line's own sentences (a quote after the label names the miss)."""
    return [line for line in view.full_text().splitlines() if DISOWN.search(line)]


def score_ours_disowned(view: PlanView, ctx: Context) -> Score:
    """Fails when a plan line calls a miss a third party's, or 'not ours to own', and the miss is ours: a labelled miss
    of ours (key), else a note sentence sharing two of the line's words that gives our own cause and no one else's."""
    lines = _lines(view)
    ours = ctx.facts.our_misses
    if ours is not None:
        wrong = [f"(key) disowns our miss '{m.text[:60]}': {line[:120]}" for line in lines for m in ours if m.mentioned(line)]
    else:
        notes = [s for s in sentences(ctx.notes) if OUR_CAUSE.search(s) and not NOT_OURS.search(s)]
        wrong = []
        for line in lines:
            keys = set(content_words(DISOWN.sub(" ", line), 5))
            for s in notes:
                if len(keys & set(content_words(s, 5))) >= 2:
                    wrong.append(f"disowns a miss the notes call ours ('{s[:60]}'): {line[:120]}")
                    break
    if not lines:
        return lower("ours_disowned", 0.0, 0.0, "no miss put on someone else")
    reason = wrong[0] if wrong else f"{len(lines)} line(s) put a miss on someone else, none of ours"
    return lower("ours_disowned", min(1.0, len(wrong) / 2), 0.0, reason)
