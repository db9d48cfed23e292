"""Round 8 of issue #20: a miss word that names a tool is no miss; in the partner's words "we ... ourselves" is their side."""

from __future__ import annotations

import re

# A miss word used as a modifier: "the outage map", "failure reports", "delay alerts".
ATTRIBUTIVE = re.compile(
    r"\s+(?:map|maps|dashboard|report|reports|reporting|data|alerts?|analytics|log|register|tracker|board|process|plan|notifications?|rota)\b"
)


def we_did(text: str, miss: str) -> bool:
    """In the partner's words, "we"/"I" as the subject of the miss: their own side."""
    return re.search(r"\b(?:we|I)\s+(?:\w+\s+)?" + re.escape(miss), text, re.IGNORECASE) is not None
