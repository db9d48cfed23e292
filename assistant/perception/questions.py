"""Questions that reveal a perception the notes do not show."""

from __future__ import annotations

DEPENDENCE_QUESTIONS = [
    "Which decisions in your area next year would change if you had better information, sooner?",
    "Where do you see technology in your plan for the next two years: keeping things running, sharper numbers, or something your competitors cannot copy?",
    "If I could take one thing off your team's plate with technology, what would it be?",
]
COMPETENCE_QUESTIONS = [
    "When you think of the last thing we delivered for your team, what went well and what did not?",
    "If you had a new technology need tomorrow, who would you call first, and why?",
    "What would we have to do in the next three months for you to trust our dates?",
]
LOW_CONFIDENCE_QUESTION = "What has changed in how your team uses technology since we last spoke?"


def questions_for(dependence: str, competence: str, confidence: float) -> list[str]:
    out: list[str] = []
    if dependence == "unknown":
        out += DEPENDENCE_QUESTIONS
    if competence == "unknown":
        out += COMPETENCE_QUESTIONS
    if not out and confidence < 0.45:
        out.append(LOW_CONFIDENCE_QUESTION)
    return out
