"""Cue phrases that point to a level on either axis. They complement the classifier."""

from __future__ import annotations

import re

_NEGATION = re.compile(r"\b(?:not|never|no|without|hardly|isn't|wasn't|weren't|didn't|don't|doesn't|won't|can't|cannot)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)

CUES: dict[str, list[str]] = {
    "T": [
        r"outages?", r"laptops?", r"e-?mail (?:is|was|went) down", r"printers?", r"passwords?", r"wi-?fi", r"vpn",
        r"(?:help|service) ?desk", r"tickets?", r"licen[cs]es?", r"cost per (?:seat|user|head)", r"budget cuts?",
        r"cut (?:the|our|your|it) (?:budget|costs?|spend)", r"keep(?:ing)? the lights on", r"just (?:works?|working)",
        r"uptime", r"overhead", r"cheaper", r"charge ?backs?", r"phones?",
    ],
    "I": [
        r"dashboards?", r"reports?", r"reporting", r"forecast(?:s|ing)?", r"data quality", r"analytics",
        r"single (?:version|source) of (?:the )?truth", r"kpis?", r"insights?", r"automat(?:e|ed|ion|ing)",
        r"visibility", r"real[- ]time (?:data|view|numbers)", r"trusted numbers", r"one view of", r"data",
        r"process (?:improvement|mapping)", r"workflow",
    ],
    "BT": [
        r"strateg(?:y|ic)", r"pricing", r"new markets?", r"(?:product|service) launch", r"digital (?:product|channel|service)s?",
        r"customer experience", r"platform", r"acquisitions?", r"m&a", r"board", r"revenue", r"competitive",
        r"competitors?", r"growth", r"business model", r"e-?commerce", r"online channel", r"at the (?:strategy )?table",
        r"differentiat(?:e|ion|or)", r"market share", r"new (?:proposition|offer|service line)",
    ],
    "doubted": [
        r"late", r"delayed", r"slipp(?:ed|ing)", r"overr?an", r"missed", r"behind schedule", r"still waiting",
        r"failed", r"fell over", r"shadow it", r"went around", r"go(?:ing)? around", r"work(?:ed|ing)? around",
        r"hired (?:an? |their own |his own |her own )?(?:agency|consultan\w+|vendor|contractor|firm)",
        r"own (?:vendor|agency|contractor|tool|developer)", r"(?:company|team|corporate) (?:credit )?card",
        r"(?:don't|do not|can't|cannot|no longer) trust", r"always says? no", r"escalat(?:e|ed|ion)",
        r"frustrat(?:ed|ing|ion)", r"disappoint(?:ed|ing|ment)", r"fed up", r"lost (?:confidence|faith)",
        r"scep?tic(?:al)?", r"skeptic(?:al)?", r"believe it when", r"broken promises?", r"yet again", r"too slow",
        r"takes? (?:forever|months|ages)", r"consultants?",
    ],
    "proven": [
        r"on time", r"ahead of (?:schedule|plan)", r"came in early", r"did what (?:you|they|we) said", r"kept (?:your|their|our) (?:word|promise)",
        r"thank(?:s|ed|ful)?", r"great (?:job|work)", r"well done", r"impressed", r"smooth(?:ly)?", r"trusts? (?:your|their|the|our) (?:estimates?|team|numbers|judg[e]?ment)",
        r"(?:asked|came to|comes to|called) (?:us|it|you|the it team) first", r"renew(?:ed|s)? (?:the )?(?:sponsorship|funding)",
        r"recommend(?:ed|s)? (?:us|it|your team)", r"fair play", r"spot on", r"nailed it", r"exactly what (?:we|i) (?:needed|asked)",
        r"delivered as promised", r"no (?:issues|problems|surprises)", r"reliable", r"credit to",
    ],
}

_COMPILED = {label: [re.compile(rf"\b{p}\b", re.IGNORECASE) for p in patterns] for label, patterns in CUES.items()}


def cue_hits(sentence: str) -> dict[str, list[str]]:
    """Labels whose cues occur in the sentence (competence cues after a negation are dropped)."""
    found: dict[str, list[str]] = {}
    for label, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                if label in ("doubted", "proven") and _NEGATION.search(sentence[: match.start()]):
                    continue
                found.setdefault(label, []).append(match.group(0).lower())
    return found
