"""What a coaching question asks a line to do, read from its own words: own a miss, answer a tool an outside firm built,
reply to an objection, or show measures. The general and the partner answers both pick their line by it."""

from __future__ import annotations

import re

RIVAL = re.compile(r"\b(?:its|their|his|her) own (?:[\w-]+ ){0,2}(?:tool|app|system|platform|dashboard)\b|"
                   r"\b(?:built|build|bought)\b[^?.]*\b(?:with|by) (?:an? |the )?(?:agency|vendor|contractor|consultants?|freelancer)\b|\b(?:agency|vendor|consultanc\w*|consultants?|contractors?|outside (?:firm|provider|company)|freelancers?)\b[^?.]*"
                   r"\b(?:built|build|building|made|tool|app|system|platform|dashboard)\b|\bshadow it\b|\btheir own (?:\w+ )?(?:tool|app|system)\b", re.I)
MISS = re.compile(r"\b(?:we|our team|my team|IT) (?:missed|slipped|blew|were late|broke|failed)\b|\bmissed (?:the|a|our|its|her|his|their) [\w -]*"
                  r"(?:go-?live|deadline|date|launch|delivery|milestone)\b|\b(?:go-?live|launch|deadline)\b[^?]*\b(?:slipped|missed|late)\b|\bour (?:miss|mistake|fault)\b", re.I)
OBJECTION = re.compile(r"\b(?:is|are|was|were) (?:useless|pointless|a waste|worthless|no use|not useful|not worth \w+)|\balways says? no\b|"
                       r"\bsays? no to everything\b|\bnever (?:delivers?|listens?)\b|\btoo (?:slow|expensive)\b|\bdoesn'?t work\b", re.I)
METRICS = re.compile(r"\b(?:numbers|metrics?|kpis?|measures?|scorecard|figures|targets?)\b|\bshow\b[^?]*\b(?:value|worth|progress|results?)\b", re.I)

OWNS = re.compile(r"\bown(?:ing)? (?:it|the miss|a miss|misses)\b|\bon us\b|\bname (?:it|the miss)\b", re.I)  # material on owning a miss


def intent(question: str) -> str:
    """'miss', 'rival', 'objection', 'metrics' or '' (no intent that picks the line)."""
    for name, pattern in (("miss", MISS), ("rival", RIVAL), ("objection", OBJECTION), ("metrics", METRICS)):
        if pattern.search(question):
            return name
    return ""
