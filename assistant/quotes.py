"""Quotes stay verbatim: a near-miss is snapped to the exact words of the notes, anything else rejected."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

SNAP_CUTOFF = 88.0  # 0-100; below this a quote counts as not in the notes
_QUOTED = re.compile(r"[“\"]([^“”\"]{12,400})[”\"]")


def snap_to_candidate(quote: str, candidates: Sequence[str], cutoff: float = SNAP_CUTOFF) -> int | None:
    """The index of the candidate sentence this quote stands for, or None when none is close."""
    quote = quote.strip().strip("“”\"'")
    if not quote or not candidates:
        return None
    for i, text in enumerate(candidates):
        if quote == text or (len(quote) >= 12 and quote in text):
            return i
    best = process.extractOne(quote, candidates, scorer=_sentence_score, processor=utils.default_process, score_cutoff=cutoff)
    return None if best is None else int(best[2])


def _sentence_score(quote: str, sentence: str, *, score_cutoff: float | None = None, **_: object) -> float:
    """Whole-sentence similarity; a near copy of most of the sentence counts too."""
    score = fuzz.ratio(quote, sentence)
    if len(quote) >= 0.4 * len(sentence):  # a near copy of a good part of it (a quoted passage may hold two sentences)
        score = max(score, fuzz.partial_ratio(quote, sentence))
    return score if score_cutoff is None or score >= score_cutoff else 0.0


def snap_span(quote: str, sources: Sequence[str], cutoff: float = SNAP_CUTOFF) -> str | None:
    """The exact words of the sources that this quote is a near copy of, or None."""
    if any(quote in s for s in sources):
        return quote
    best: tuple[float, str] | None = None
    for source in sources:
        found = fuzz.partial_ratio_alignment(quote, source, score_cutoff=cutoff)
        if found is None or found.score < cutoff:
            continue
        exact = _whole_words(source, found.dest_start, found.dest_end)
        if not 0.8 <= len(exact) / len(quote) <= 1.25:
            continue  # a short sentence inside a long invented quote is not a match
        if best is None or found.score > best[0]:
            best = (found.score, exact)
    return best[1] if best else None


def _whole_words(text: str, start: int, end: int) -> str:
    """Widen an alignment to whole words, so a snapped quote never starts or ends mid-word."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


@dataclass
class QuoteCheck:
    text: str
    snapped: list[str]
    rejected: list[str]


def check_quotes(text: str, sources: Sequence[str], cutoff: float = SNAP_CUTOFF) -> QuoteCheck:
    """Every quoted span in the text: kept when verbatim, snapped when close, listed as rejected otherwise."""
    snapped: list[str] = []
    rejected: list[str] = []

    def fix(match: re.Match[str]) -> str:
        quote = match.group(1)
        exact = snap_span(quote, sources, cutoff)
        if exact is None:
            rejected.append(quote)
            return match.group(0)
        if exact != quote:
            snapped.append(exact)
        return match.group(0).replace(quote, exact)

    return QuoteCheck(_QUOTED.sub(fix, text), snapped, rejected)


def drop_rejected(text: str, rejected: Sequence[str]) -> str:
    """The text without the sentences that carry a rejected quote: words the notes do not hold are never shown as quoted."""
    from assistant.text.prose import sentences

    return " ".join(s for s in sentences(text) if not any(q in s for q in rejected))
