"""Deterministic value-trap checker for what a CIO writes to business partners.

A value trap is wording that makes executives hear "IT activity" or "IT cost"
instead of business value: IT metrics, calling colleagues customers, feature
talk, jargon and defending the budget. Word-boundary, case-insensitive regexes;
no model involved, so the same text always gives the same traps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class ValueTrap:
    kind: str  # it_metrics | customers | feature_talk | jargon | budget_defence
    phrase: str
    message: str
    suggestion: str


KINDS = ("it_metrics", "customers", "feature_talk", "jargon", "budget_defence")

_IT_METRICS = [
    r"up-?time",
    r"down-?time",
    r"99(?:\.9+)?\s?%(?:\s(?:uptime|availability))?",
    r"(?:system|network|service|server)s?\savailability",
    r"SLAs?",
    r"service[- ]level\s(?:agreements?|targets?)",
    r"(?:support|help\s?desk|service\s?desk|IT|incident)\stickets?",
    r"tickets?\s(?:counts?|closed|resolved|volumes?|backlog)",
    r"(?:closed|resolved)\s(?:\d[\d,]*\s)?(?:tickets|incidents)",
    r"incidents?\s(?:closed|resolved)",
    r"MTT[RDA]",
    r"mean\stime\sto\s(?:repair|resolve|resolution|recovery|restore)",
    r"first[- ]call\sresolution",
    r"story\spoints?",
    r"sprint\svelocity",
    r"servers?",
    r"help\s?desk\scalls",
    r"patch(?:es|ing)?\s(?:applied|compliance)",
    r"lines\sof\scode",
    r"(?:network\s)?latency",
    r"bandwidth",
    r"P[12]\sincidents?",
]

_FEATURES = [
    r"features?",
    r"functionalit(?:y|ies)",
    r"modules?",
    r"upgrades?|upgraded|upgrading",
    r"(?:new\s)?versions?\s\d+(?:\.\d+)*",
    r"new\sversion",
    r"new\srelease",
    r"release\s\d+(?:\.\d+)*",
    r"the\s(?:platform|system|tool|application|software|solution)\s(?:can|will|supports|offers|provides|has)",
    r"bells\sand\swhistles",
    r"out[- ]of[- ]the[- ]box",
]

JARGON_TERMS = [
    "cloud-native", "cloud native", "cloud-first", "microservices", "API-first", "APIs", "API", "synergy",
    "synergies", "leverage", "leveraging", "paradigm", "paradigm shift", "digital transformation journey",
    "digital transformation", "kubernetes", "containerisation", "containerization", "DevOps",
    "DevSecOps", "agile at scale", "SAFe", "blockchain", "AI-driven", "AI-powered", "machine learning",
    "scalability", "scalable", "ERP instance", "middleware", "data lake", "data lakehouse", "data mesh",
    "single pane of glass", "best-of-breed", "best of breed", "bleeding edge", "cutting-edge", "next-gen",
    "next generation", "low-code", "no-code", "serverless", "SaaS", "PaaS", "IaaS", "hyperautomation",
    "orchestration", "interoperability", "technical debt", "tech stack", "architecture runway",
    "zero trust", "edge computing", "IoT", "robotic process automation", "RPA", "holistic",
    "move the needle", "low-hanging fruit", "circle back", "bandwidth to", "value-add", "empower",
    "ecosystem", "omnichannel", "hybrid cloud", "multi-cloud", "infrastructure as code", "CI/CD",
]

_BUDGET = [
    r"in\sline\swith\s(?:industry\s|the\s)?(?:benchmarks?|peers|averages?)",
    r"(?:IT\s)?spend(?:ing)?\sas\s(?:a\s)?(?:%|percent(?:age)?)\sof\s(?:revenue|sales)",
    r"%\sof\s(?:revenue|sales)\s(?:on|for)\sIT",
    r"below\s(?:the\s)?(?:industry|sector|peer)\s(?:average|benchmarks?|median)",
    r"(?:our|the|IT)\s(?:IT\s)?budget\sis\s(?:justified|reasonable|competitive|lean|modest|in\sline|below|not\s(?:too\s)?(?:high|big|large))",
    r"cost\sper\s(?:seat|user|employee|ticket|device)",
    r"defend(?:ing)?\s(?:the|our)\s(?:IT\s)?budget",
    r"(?:Gartner|industry|peer)\sbenchmarks?",
    r"(?:we|IT)\s(?:cut|reduced|trimmed|lowered)\s(?:our|the|its)\s(?:IT\s)?(?:budget|spend|costs?)",
    r"IT\scosts?\s(?:are|is)\s(?:only|just)",
    r"run[- ]the[- ]business\s(?:costs?|spend(?:ing)?)",
]

# "Customers" for colleagues: always flagged, or flagged only in an IT-serves-the-business sentence.
_CUSTOMERS_ALWAYS = [
    r"internal\s(?:customers?|clients?)",
    r"the\sbusiness\s(?:is|are)\sour\s(?:customers?|clients?)",
    r"(?:serve|treat|support)\s(?:the\sbusiness|our\s(?:colleagues|users|departments|business\sunits))\sas\s(?:our\s)?(?:customers?|clients?)",
    r"(?:business\s(?:units|partners|colleagues|users)|departments|end\susers)\s(?:are|as)\s(?:our\s)?(?:customers|clients)",
]
_CUSTOMERS_CONTEXT = r"our\s(?:customers|customer|clients|client)(?!['’])"
_INTERNAL_CUE = re.compile(
    r"\b(?:IT|the\sbusiness|business\s(?:units?|partners?|users?)|departments?|colleagues|end\susers|users|"
    r"help\s?desk|service\sdesk|tickets?|requests?|HR|finance\steam|our\steam|technology\steam)\b",
    re.IGNORECASE,
)
_EXTERNAL_CUE = re.compile(
    r"\b(?:buy|buying|bought|purchases?|orders?|shoppers|patients|consumers|market|revenue|sales|stores?|"
    r"shipped|deliveries|churn|loyalty|subscribers|guests|passengers|policyholders)\b",
    re.IGNORECASE,
)

_LABELS = {
    "it_metrics": "IT metric aimed at executives",
    "customers": "Colleagues called customers",
    "feature_talk": "Feature talk",
    "jargon": "Jargon",
    "budget_defence": "Budget defence",
}
_ADVICE = {
    "it_metrics": "say what it meant for the business instead",
    "customers": "call them partners or colleagues: you share their goals, you don't sell to them",
    "feature_talk": "say what people can now do, or stop having to do, instead",
    "jargon": "use the partner's own words for the result instead",
    "budget_defence": "talk about the results the money buys, not the size of the budget",
}
SUGGESTIONS = {
    "it_metrics": "Say what the uptime or ticket numbers meant for the business: orders shipped on time, "
    "stores that never closed their tills, hours your colleagues got back.",
    "customers": "Speak of business partners and colleagues, not customers: you work on the same goals, "
    "and 'customer' casts IT as a supplier who can be replaced.",
    "feature_talk": "Replace features, modules and versions with the outcome: what a salesperson, a planner "
    "or a customer can now do, faster or better, and what that is worth.",
    "jargon": "Drop the jargon: name the business result in the partner's own words (fewer stock-outs, "
    "faster quotes, a clearer view of margins).",
    "budget_defence": "Stop defending the budget with benchmarks: show two or three results the spending "
    "bought this year and what the next euro would buy.",
}


def _word(pattern: str) -> str:
    # \b fails next to "%" or "-", so use lookarounds on word characters instead.
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(_word(p) for p in patterns), re.IGNORECASE)


def _jargon_pattern(term: str) -> str:
    return r"\s".join(re.escape(part) for part in term.split())


_PATTERNS: dict[str, re.Pattern[str]] = {
    "it_metrics": _compile(_IT_METRICS),
    "feature_talk": _compile(_FEATURES),
    # Longest terms first so "digital transformation journey" wins over "digital transformation".
    "jargon": _compile(_jargon_pattern(t) for t in sorted(JARGON_TERMS, key=len, reverse=True)),
    "budget_defence": _compile(_BUDGET),
    "customers": _compile(_CUSTOMERS_ALWAYS),
}
_CUSTOMERS_CONTEXT_RE = re.compile(_word(_CUSTOMERS_CONTEXT), re.IGNORECASE)
# Case-sensitive acronyms: "api" or "iot" in lower case are rarely the jargon itself.
_CASE_SENSITIVE = {"API", "APIs", "SAFe", "IoT", "RPA", "SaaS", "PaaS", "IaaS", "SLA", "SLAs", "MTTR"}
_CASE_SENSITIVE_UPPER = {t.upper() for t in _CASE_SENSITIVE}
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


def _colleague_customers(text: str) -> list[tuple[int, int, str]]:
    """'our customers' only when the sentence is about IT serving the business."""
    found = []
    spans = _sentence_spans(text) or [(0, len(text))]
    for match in _CUSTOMERS_CONTEXT_RE.finditer(text):
        start, end = next(((s, e) for s, e in spans if s <= match.start() < e), (0, len(text)))
        sentence = text[start:end]
        if _INTERNAL_CUE.search(sentence) and not _EXTERNAL_CUE.search(sentence):
            found.append((match.start(), match.end(), "customers"))
    return found


def _lowercase_acronym(phrase: str) -> bool:
    """'api' or 'safe' in lower case is an ordinary word, not the acronym."""
    return phrase.upper() in _CASE_SENSITIVE_UPPER and phrase not in _CASE_SENSITIVE and phrase.upper() != phrase


def _raw_matches(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for kind, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            phrase = match.group(0)
            if _lowercase_acronym(phrase):
                continue
            found.append((match.start(), match.end(), kind))
    found.extend(_colleague_customers(text))
    return found


def _make_trap(kind: str, phrase: str) -> ValueTrap:
    message = f"{_LABELS[kind]}: '{phrase}' — {_ADVICE[kind]}."
    return ValueTrap(kind=kind, phrase=phrase, message=message, suggestion=SUGGESTIONS[kind])


def check_value_traps(text: str) -> list[ValueTrap]:
    """Traps in `text`, one per distinct phrase, in order of first appearance."""
    if not text or not text.strip():
        return []
    # Earlier and longer matches win; overlapping shorter ones are dropped.
    matches = sorted(_raw_matches(text), key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in matches:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, kind))
    traps: list[ValueTrap] = []
    seen: set[tuple[str, str]] = set()
    for start, end, kind in kept:
        phrase = re.sub(r"\s+", " ", text[start:end])
        key = (kind, phrase.lower())
        if key not in seen:
            seen.add(key)
            traps.append(_make_trap(kind, phrase))
    return traps


def trap_summaries(traps: Iterable[ValueTrap]) -> list[str]:
    """One human sentence per trap."""
    return [trap.message for trap in traps]


def _quote_list(phrases: list[str], limit: int = 3) -> str:
    quoted = [f"'{p}'" for p in phrases[:limit]]
    more = len(phrases) - limit
    return ", ".join(quoted) + (f" and {more} more" if more > 0 else "")


def suggest_rewrite(text: str, traps: Iterable[ValueTrap]) -> str:
    """A short paragraph: what to say instead, one sentence per kind of trap found."""
    traps = list(traps)
    if not traps:
        return "" if not text.strip() else "No value traps found: this already speaks in business terms."
    by_kind: dict[str, list[str]] = {}
    for trap in traps:
        by_kind.setdefault(trap.kind, []).append(trap.phrase)
    parts = [f"Instead of {_quote_list(phrases)}: {SUGGESTIONS[kind]}" for kind, phrases in by_kind.items()]
    return " ".join(parts)
