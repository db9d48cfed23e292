"""Meeting purposes: each changes the goal, a script line, the questions and the likely objection.

Lines here stay under twelve words or carry the partner's specifics, so two partners'
plans never share a long template sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Purpose:
    key: str
    label: str
    goal: str  # completes "…, and {goal}" in the one thing; {partner} allowed
    script: str  # one short line the CIO can say
    questions: tuple[str, ...]
    objection: str  # an objection kind likely in this meeting ("" = none)
    objection_lead: str = ""
    homework: str = ""  # one short line of preparation this kind of meeting needs
    text: str = ""  # the CIO's own words for the purpose ("sensor plan before the 10 Dec committee"), kept whatever the key
    said: str = ""  # the CIO's words as typed, a regular meeting's too ("1:1; progress on X"): the items purpose_anchor names


PURPOSES: dict[str, Purpose] = {
    "budget_review": Purpose(
        "budget_review", "budget review",
        "tie each spend line to an outcome {partner} cares about",
        "Before the numbers: here is what each line buys your team.",
        ("Which line of spend would you cut first, and why that one?", "What would you need to see to call this money well spent?"),
        "budget", "Likely in a budget review", "Before the meeting: know what each line of their spend bought.",
    ),
    "kickoff": Purpose(
        "kickoff", "project kick-off",
        "agree what done looks like and the first checkpoint",
        "Let's agree what done looks like, and the first checkpoint.",
        ("What would make you call this project a success in six months?", "Who on your side decides when scope changes?"),
        "slow", "Likely at a kick-off", "Before the meeting: name our project lead and a first checkpoint.",
    ),
    "escalation": Purpose(
        "escalation", "escalation after an outage",
        "say what happened, what changes and who owns it",
        "I will cover what happened, what changes, and who owns each fix.",
        ("What did the outage cost your team, in your terms?", "Next time, how and how fast should we tell you?"),
        "slow", "Likely after an outage", "Before the meeting: confirm the root cause and the fix's owner.",
    ),
    "first_meeting": Purpose(
        "first_meeting", "first meeting",
        "learn what matters most to {partner} before proposing anything",
        "I would like to hear what matters most to you this year.",
        ("What are you measured on this year?", "Where has technology helped or hindered you before?"),
        "", "", "Before the meeting: read what their team has asked of us.",
    ),
    "quarterly_review": Purpose(
        "quarterly_review", "quarterly review",
        "review last quarter's promises and agree next quarter's one priority",
        "Here is what we promised last quarter, and what we kept.",
        ("Which one thing should we get right next quarter?", "What did we do this quarter that you would not want repeated?"),
        "", "", "Before the meeting: list last quarter's promises, kept or missed.",
    ),
    "regular": Purpose("regular", "regular meeting", "agree one next step {partner} can hold us to", "", (), "", ""),
}
_PATTERNS = [
    # a co-funding offer or a meeting with the finance director is no budget review: money is its subject, not its kind
    ("budget_review", r"budget|cost review|\bspend|(?<!co-)\bfunding\b|financial (?:review|plan)|financing"),
    ("escalation", r"escalat|outage|incident|post[- ]mortem|after the (?:failure|crash)|recovery"),
    ("kickoff", r"kick[- ]?off|project start|launch meeting|initiation|start of the project"),
    ("first_meeting", r"first meeting|introduc|first (?:one[- ]to[- ]one|1:1|call)|get to know|new in (?:post|role)"),
    ("quarterly_review", r"quarterly|qbr|quarter review|review of the quarter"),
]


# "AI contract review estimate before her 7 Dec budget bid": what follows 'before' is their event, not the meeting's kind
_FOR_EVENT = re.compile(r"\s*(?:\b(?:before|ahead of|in time for|by)\b|\bfor (?:his|her|their|the)\b|[(:,;])", re.IGNORECASE)


def subject_of(text: str) -> str:
    """The meeting's own subject: the purpose's words before the event it prepares for ("... before her 9 Dec decision")."""
    return _FOR_EVENT.split(text, maxsplit=1)[0].strip()


def purpose_for(text: str | None) -> Purpose:
    """The closest known purpose, read from the purpose's own subject; free text keeps its own words as the label."""
    low = subject_of(text or "").lower() or (text or "").lower()
    for key, pattern in _PATTERNS:
        if re.search(pattern, low):
            return replace(PURPOSES[key], text=(text or "").strip(), said=(text or "").strip())
    if not low.strip() or re.match(r"(?:next )?regular|next meeting|catch[- ]?up|one[- ]to[- ]one|1:1", low.strip()):
        return replace(PURPOSES["regular"], said=(text or "").strip())
    return Purpose("free", text.strip() if text else "meeting", "agree one dated next step with {partner}", "", (), "", "",
                   text=text.strip() if text else "", said=text.strip() if text else "")
