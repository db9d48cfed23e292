"""The offline planner: its input, and the entry point that composes and checks a plan.

Deterministic and local. The plan is built on a situation model of what is open
between us and the partner (assistant/planning/situation.py); every claim about the
partner comes from a typed item with its quote and date; every move comes from a
playbook and cites the documents that explain it; plan_checks removes what may not stand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.planning.inputs import LedgerItem as LedgerItem  # re-exported for callers
from assistant.schema import Assessment, Hit, NoteText

DEFAULT_PURPOSE = "next regular meeting"
LEVEL_WORDS = {
    "T": "technology as the basics that must run",
    "I": "technology as a source of information to run and improve the work",
    "BT": "technology as part of strategy",
    "unknown": "not yet clear from the notes",
}
SECTION_TITLES = {
    "goal": "Goal for this meeting",
    "stand": "Where the partner stands",
    "opening": "Opening",
    "teach": "What to teach",
    "competence": "Competence proof",
    "questions": "Questions to ask",
    "objections": "Likely objections and answers",
    "value": "Value message",
    "followups": "Follow-ups",
}
SECTION_QUERIES = {
    "stand": "recognising the {q} partner signals",
    "opening": "how to open a meeting with a {q} partner",
    "teach": "teaching a {function} partner to move from {level} dependence",
    "competence": "proving competence small dated commitments promise ledger",
    "questions": "questions that reveal perceptions of dependence and competence",
    "objections": "answering objections budget too big IT is slow vendor",
}


@dataclass
class PlanInput:
    partner: str | None
    role: str | None
    function: str | None
    notes: list[NoteText]
    assessment: Assessment
    purpose: str = DEFAULT_PURPOSE
    value_statement: str = ""
    ledger: list[LedgerItem] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    other_plan_sentences: list[str] = field(default_factory=list)  # other partners' plans in this workspace
    meeting: dt.date | None = None  # the meeting's day as the CIO gives it; else read from the notes (meeting_day.py), else today


Retriever = Callable[[str, int], list[Hit]]

# The moves that define each quadrant's approach (perception model): a plan includes them.
ESSENTIAL_TAGS = {
    "bypass_risk": {"own_past_miss", "dated_commitment", "delegate_delivery_fix"},
    "cost_centre": {"small_steps", "reliability_in_business_terms", "dated_commitment"},
    "utility": {"teach_with_their_data"},
    "partner": {"co_own_outcome", "portfolio_invitation"},
    "unknown": {"discovery_questions", "listen_first"},
}


def _unwrap(quote: str) -> str:
    """Drop straight quotes that wrap the whole quote (the plan adds its own), never half of a pair."""
    if len(quote) > 1 and quote[0] == quote[-1] == '"' and quote.count('"') == 2:
        return quote[1:-1]
    return quote




def first_name_of(name: str | None) -> str:
    from assistant.text.prose import first_name

    return first_name(name) if name else "your partner"
