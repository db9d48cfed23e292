"""Map a partner's role or stated function to a business function key."""

from __future__ import annotations

import re

_KEYWORDS = [
    ("finance", r"\b(?:cfo|financ\w*|fp&a|controller|treasur\w*|account\w*|audit\w*)\b"),
    ("sales", r"\b(?:sales|commercial|revenue|account manag\w*|business development)\b"),
    ("marketing", r"\b(?:marketing|cmo|brand|communications|digital marketing)\b"),
    ("customer_service", r"\b(?:customer service|contact cent(?:re|er)|call cent(?:re|er)|customer support|customer care|service desk manager|customer experience)\b"),
    ("supply_chain", r"\b(?:supply chain|logistics|procurement|purchasing|sourcing|distribution|warehous\w*)\b"),
    ("hr", r"\b(?:hr|human resources|people|chro|talent|payroll)\b"),
    ("legal", r"\b(?:legal|counsel|gc|compliance|general counsel|company secretary|risk)\b"),
    ("product", r"\b(?:product|r&d|research|innovation|development|engineering)\b"),
    ("operations", r"\b(?:operations|operating|coo|plant|manufactur\w*|production|facilities|site|clinical|store)\b"),
]


def infer_function(function: str | None, role: str | None) -> str:
    """A key of value_frames.function_language; 'general' when nothing matches."""
    for text in (function, role):
        if not text:
            continue
        low = text.lower().replace("-", " ")
        key = low.strip().replace(" ", "_")
        if key in {k for k, _ in _KEYWORDS}:
            return key
        for name, pattern in _KEYWORDS:
            if re.search(pattern, low):
                return name
    return "general"
