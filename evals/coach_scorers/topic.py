"""A plan built around the wrong topic: the phrase from the notes that the plan keeps returning to
(in its goal, opening, competence proof and value message) is something the partner praised,
declined, or bought from someone else, so every sentence built on it says something untrue."""

from __future__ import annotations

import re
from collections import Counter

from evals.coach_scorers.facts import STOP, Context
from evals.coach_scorers.misses import PRAISE, THIRD_PARTY
from evals.coach_scorers.situation import DECLINED
from evals.coach_scorers.view import PlanView, sentences, words
from evals.scorers import Score, lower

OUTSIDER = re.compile(r"\b(consultan\w*|agency|outside firm|advisory|outsourc\w*|hired|signed with|their own tool|big four)\b", re.I)


def main_topic(view: PlanView, notes: str) -> str | None:
    """The longest 2-5 word phrase from the notes that the plan's core sections use at least twice."""
    core = "\n".join([view.one_thing, *view.script, view.section("goal", "opening", "competence", "value")])
    low_core = " ".join(w.lower() for w in words(core))
    note_words = [w.lower() for w in words(notes)]
    counts: Counter[str] = Counter()
    for n in (5, 4, 3, 2):
        for i in range(len(note_words) - n + 1):
            gram = note_words[i:i + n]
            if gram[0] in STOP or gram[-1] in STOP or not any(len(w) >= 5 and w not in STOP for w in gram):
                continue
            phrase = " ".join(gram)
            if phrase not in counts and low_core.count(phrase) >= 2:
                counts[phrase] = low_core.count(phrase) * n
    names = {w.lower() for w in view.partner.split()}
    ranked = [p for p, _ in counts.most_common() if not set(p.split()) <= names]
    return ranked[0] if ranked else None


def score_wrong_topic(view: PlanView, ctx: Context) -> Score:
    topic = main_topic(view, ctx.notes)
    if topic is None:
        return lower("wrong_topic", 0.0, 0.0, "no recurring topic from the notes", n=0)
    around = " ".join(s for s in sentences(ctx.notes) if topic in " ".join(w.lower() for w in words(s)))
    for label, pattern in (("declined", DECLINED), ("bought from an outsider", OUTSIDER), ("a third party's", THIRD_PARTY),
                           ("praised", PRAISE)):
        if pattern.search(around):
            return lower("wrong_topic", 1.0, 0.0, f"the plan is built around '{topic}', which the notes show as {label}")
    return lower("wrong_topic", 0.0, 0.0, f"the plan is built around '{topic}'")
