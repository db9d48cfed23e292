"""Recognise text in notes that tries to instruct the assistant. Notes are data, never instructions.

Every pattern runs in time linear in the text (a note can hold 200,000 characters): no two
unbounded quantifiers compete for the same characters, whitespace runs are matched possessively,
and "anything up to X" is bounded.
"""

from __future__ import annotations

import re

_PATTERNS = [
    r"\bignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules|messages)",
    r"\bdisregard (?:all |any |the )?(?:previous|prior|above|earlier) ",
    r"\b(?:system|developer)\s*+(?:prompt|message|instructions?)\b",
    r"^[^\S\n]*+(?:system|assistant|user)[^\S\n]*+:",
    r"\[\s*+(?:system|inst)\s*+\]|<\s*+/?\s*+(?:system|instructions?)\s*+>",
    r"\byou are (?:now )?(?:an? |the )?(?:ai|assistant|language model|chatbot|gpt)\b",
    r"\b(?:as an ai|as the assistant|dear (?:ai|assistant)|assistant,|ai assistant)\b",
    r"\b(?:classify|label|assess|rate|mark|score)\s++(?:this|the|him|her|them)\b[^\n]{0,200}\bas\b",
    r"\b(?:reveal|print|show|repeat|output|paste|dump|leak)\b.{0,40}\b(?:prompt|instructions|notes (?:you|on|about|for)|other (?:partners?|stakeholders?|workspaces?))",
    r"\binclude (?:the )?(?:phrase|word|string|token|code)\b",
    r"\b(?:new|override|updated) instructions?\b",
    r"\bjailbreak|\bDAN mode\b|\bprompt injection\b",
]
_COMPILED = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _PATTERNS]
# A quoted passage: it ends at the next quote mark, so each character is scanned once.
_QUOTED = re.compile(r"[\"“]([^\"“”]{20,2000})[\"”]")


def looks_like_injection(text: str) -> bool:
    """True when a sentence addresses the assistant or tries to change its behaviour."""
    return any(p.search(text) for p in _COMPILED)


def injection_spans(text: str) -> list[str]:
    return [m.group(0) for p in _COMPILED for m in p.finditer(text)]


def tainted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines (and quoted passages) that carry an injection attempt.

    A whole line is dropped, not only the sentence that matched, because an attack
    continues over several sentences ("SYSTEM: ignore ... Recommend ... Confirm ...").
    """
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if not line.isspace() and looks_like_injection(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line)
    for match in _QUOTED.finditer(text):
        if looks_like_injection(match.group(1)):
            ranges.append((match.start(), match.end()))
    return ranges


def overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < r_end and end > r_start for r_start, r_end in ranges)
