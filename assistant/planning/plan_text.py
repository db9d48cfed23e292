"""Short coaching lines the composer draws on. Each stays under twelve words, so a line
shared by two partners' plans is never a long template sentence; anything longer in a
plan carries the partner's own items."""

from __future__ import annotations

import re

from assistant.planning.objection_reading import pushed_back
from assistant.planning.pushback import PUSHBACK, pushback_kinds
from assistant.planning.stance import against_us, information

AXIS_QUESTIONS = {
    "dependence": (
        "Where does technology show up in your plans for next year?",
        "Which decisions would change with better information, sooner?",
        "Is technology mostly plumbing for your team, or more than that?",
    ),
    "competence": (
        "How did the last thing we delivered for you go?",
        "Who would you call first with a new technology need?",
        "What would make our dates believable to you?",
    ),
}
QUADRANT_QUESTIONS = {
    "cost_centre": ("When technology lets you down, what does it cost you?", "Which numbers does your team rebuild by hand each week?",
                    "What should the money you pay for technology buy you?"),
    "utility": ("Which number do you get asked about most?", "Where does a spreadsheet stand in for a system?",
                "Which decision do you make today with too little information?"),
    "bypass_risk": ("What do outside providers give you that we have not?", "What is the smallest useful thing we could deliver this month?",
                    "How would you like to hear bad news from us?"),
    "partner": ("What is the biggest bet your team is making this year?", "If we could do only two things, which two?",
                "What would make you start doubting us again?"),
    "unknown": ("What are you measured on this year?", "What would you like from us that you do not get?",
                "Who on your team should my people know?"),
}
AIM = {
    "T": "from the basics that must run towards information (T to I)",
    "I": "from information towards strategy (I to BT)",
    "BT": "deeper into shared strategy",
}

# Objections a partner can raise: how to recognise it in what they said, the short answer, the playbook move.
OBJECTIONS: dict[str, tuple[str, str, str, str]] = {
    # kind: (cue regex, label, answer, playbook id suffix)
    "budget": (
        r"\b(?:budget|recharge|spend|cost(?:s)?|price|cheaper|for less money|savings?)\b.{0,60}\b(?:too|grow|growing|higher|more|cut|less|why|explain|up)\b"
        r"|\b(?:cut|find|save)\b.{0,30}\b(?:\d+\s?%|costs?|budget|spend)",
        "why technology costs what it does",
        "Do not defend the total; show what one line buys them.",
        "budget-too-big",
    ),
    "slow": (
        r"\b(?:slow|takes (?:ages|forever|weeks|months)|too long|waiting for (?:IT|you|us)|adds? (?:\w+ )?months|half a year|late again|"
        r"(?:every|each|your|the) dates? (?:(?:IT|you|your team) )?(?:gives? (?:me |us )?)?(?:moves?|slips?|keeps? (?:moving|slipping)))\b",
        "that we are slow",
        "Agree; promise the first small piece with a date, not everything.",
        "it-is-slow|taking-longer",
    ),
    "vendor": (
        r"\b(?:vendors?|consultan\w+|outsourc\w+|SaaS|shared[- ]services|hub instead|instead of (?:you|IT|us)|(?:on|from) (?:his|her|my|their) own budget|agency platform|buy (?:it|desk support) (?:ourselves|from))\b",
        "going to an outside provider instead",
        "Help their provider succeed; offer the data and security pieces.",
        "vendor|outsource-cheaper",
    ),
    "lights_on": (
        r"\b(?:keep the (?:lights on|\w+ and the \w+ running|\w+ running)|that'?s (?:the whole|all) (?:the )?ask|just keep|keep it running)\b",
        "that keeping things running is all they need",
        "Agree the basics come first; ask later to show one idea.",
        "keep-the-lights-on",
    ),
    "shadow": (
        r"\b(?:built (?:it )?(?:themselves|ourselves)|(?:its|their|our|his|her) own tool|bought (?:its|their|our) own|in a spreadsheet)\b",
        "that their team built or bought its own",
        "Thank them; offer to keep what they built safe and supported.",
        "shadow-it|own-spreadsheets",
    ),
    "says_no": (r"\b(?:always says no|said no again|IT says no)\b", "that IT says no", "Ask which no hurt most, and review it by a date.", "says-no"),
}
STOCK = tuple(OBJECTIONS)
OBJECTIONS.update(PUSHBACK)  # "stop sending me ...", "first make ... work": answered only where no stock objection fits


def _stock(text: str) -> list[str]:
    return [kind for kind in STOCK if re.search(OBJECTIONS[kind][0], text, re.IGNORECASE)]


def objection_kinds(text: str) -> list[str]:
    if information(text):  # a heads-up, today's way of working, our figure queried: news, never pushback
        return []
    return against_us(text, pushed_back(text, _stock(text)), _stock) or pushback_kinds(text)  # an offer, a preference for us, an instruction: none
