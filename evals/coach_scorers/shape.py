"""Sentences a CIO could not say aloud because their shape is broken (rubric d: "stitched fragments").

A sentence of the plan's own words that stops on a function word ("the delay to the fault alerts from.",
"you asked for is."), or that has the partner asking themselves ("you asked you about the one-pager"): what is left
when a template's slot takes a clipped phrase from the notes.
"""

from __future__ import annotations

import re

from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# "to", "for", "on", "in" end good sentences ("hold us to", "asked for", "carry on"): left out.
CLIPPED_END = re.compile(r"\b(?:from|of|the|a|an|and|with|by|at|our|your|their|is|was)[.?!]?$", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
SELF_ASK = re.compile(r"\byou (?:asked|want|wanted|said|need|needs) you\b", re.I)


def garbled_sentences(view: PlanView) -> list[str]:
    out = []
    evidence = view.section("where the partner stands")
    for s in sentences(view.spoken_text()):
        s = s.strip()
        if s in evidence or s.endswith(("”", '"', ":")):
            continue  # the notes' own words, quoted, are not the plan's sentences
        own = QUOTED.sub("", s)
        if len(own.split()) >= 3 and (CLIPPED_END.search(own) or SELF_ASK.search(own)):
            out.append(s)
    return out


def score_garbled(view: PlanView) -> Score:
    found = garbled_sentences(view)
    return lower("garbled", float(len(found)), 0.0, "; ".join(s[:100] for s in found[:3]) or "no broken sentence")
