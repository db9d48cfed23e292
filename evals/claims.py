"""Unsupported claims: specific things a plan says about the partner that the notes do not contain.

A sentence is checked when it names the partner (first name or surname) or
says "they"/"their". Its specific claims are quoted phrases, capitalised proper
nouns (not at the start of a sentence or after a colon) and numbers; each must
appear in the support text (the notes, plus the inputs the CIO gave: value
statement and purpose). Future ISO dates are commitments, not claims, and are
skipped; sentences that report what the partner *might* say ("If Dana says
...") are hypotheses and are skipped too. Configuration: `claims:` in rubric.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.schema import Plan
from evals.rubric import Rubric, default_rubric
from evals.scorers import Score, lower, squash

_QUOTE = re.compile(r"“([^”]+)”|\"([^\"\n]+)\"")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"(?<![\w'’-])([A-Z][\w&'’-]*)")
_NUMBER = re.compile(r"(?<![\w.-])(\d{4}-\d{2}-\d{2}|\d[\d,.]*\d|\d)(?![\w-])")
_PRONOUN = re.compile(r"\b(?:they|their|theirs)\b", re.IGNORECASE)
_OPENER = re.compile(r"^[\W\d]*$|[:;]\s*[\W]*$")
_PLACEHOLDER = "\x00{}\x00"
_PLACEHOLDER_RE = re.compile(r"\x00(\d+)\x00")


@dataclass
class Claim:
    kind: str  # quote | name | number
    text: str
    supported: bool


def _names(partner: str | None) -> set[str]:
    parts = re.split(r"\s+", (partner or "").strip())
    return {p.strip(".,") for p in parts if p and p.lower().strip(".") not in {"dr", "mr", "ms", "mrs", "prof"}}


def _first_name(partner: str | None) -> str | None:
    parts = [p for p in re.split(r"\s+", (partner or "").strip()) if p]
    parts = [p for p in parts if p.lower().strip(".") not in {"dr", "mr", "ms", "mrs", "prof"}] or parts
    return parts[0] if parts else None


def _quote_supported(quote: str, support: str) -> bool:
    fragments = [squash(f).strip(" \"“”'.,;:").lower() for f in re.split(r"…|\.\.\.", quote)]
    return all(f in support for f in fragments if len(f) > 3)


def _number_supported(token: str, support: str, today: dt.date | None) -> bool | None:
    """True/False, or None when the token is not a claim (a future date is a commitment)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", token):
        try:
            when = dt.date.fromisoformat(token)
        except ValueError:
            return token in support
        if today is not None and when >= today:
            return None
        return token in support
    bare = token.rstrip(".,")
    return re.search(rf"(?<![\d]){re.escape(bare)}(?![\d])", support) is not None


def sentence_claims(sentence: str, quotes: list[str], support: str, names: set[str], generic: set[str], today: dt.date | None) -> list[Claim]:
    claims: list[Claim] = []
    for index in _PLACEHOLDER_RE.findall(sentence):
        quote = quotes[int(index)]
        claims.append(Claim("quote", quote, _quote_supported(quote, support)))
    bare = _PLACEHOLDER_RE.sub(" ", sentence)
    for match in _WORD.finditer(bare):
        word = re.sub(r"['’]s$", "", match.group(1)).strip("'’-")
        if not word or word in names or word in generic or _OPENER.search(bare[: match.start()]):
            continue
        supported = re.search(rf"\b{re.escape(word.lower())}\b", support) is not None
        claims.append(Claim("name", word, supported))
    for match in _NUMBER.finditer(bare):
        verdict = _number_supported(match.group(1), support, today)
        if verdict is not None:
            claims.append(Claim("number", match.group(1), verdict))
    return claims


def hold_quotes(text: str) -> tuple[str, list[str]]:
    """Quoted spans replaced by numbered placeholders, so sentence splitting cannot cut them."""
    quotes: list[str] = []
    parts: list[str] = []
    last = 0
    for match in _QUOTE.finditer(text):
        parts.append(text[last : match.start()])
        quotes.append(match.group(1) or match.group(2))
        parts.append(_PLACEHOLDER.format(len(quotes) - 1))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), quotes


def restore_quotes(sentence: str, quotes: list[str]) -> str:
    return _PLACEHOLDER_RE.sub(lambda m: f"“{quotes[int(m.group(1))]}”", sentence)


def plan_sentences(plan: Plan) -> list[str]:
    texts = [s.text for s in plan.sections]
    if plan.value_message and not any(plan.value_message in t for t in texts):
        texts.append(plan.value_message)
    return texts


def find_claims(
    plan: Plan, support_texts: list[str], partner: str | None, today: dt.date | None = None, rubric: Rubric | None = None
) -> tuple[int, list[tuple[str, list[Claim]]]]:
    """(number of sentences with specific claims about the partner, [(sentence, its unsupported claims)])."""
    rubric = rubric or default_rubric()
    config = rubric.claims
    ignore = [re.compile(p) for p in config.get("ignore_patterns") or []]
    hypothetical = [re.compile(p, re.IGNORECASE) for p in config.get("hypothetical_patterns") or []]
    generic = {str(w) for w in config.get("generic_words") or []}
    support = squash(" ".join(support_texts)).lower()
    names = _names(partner)
    first = _first_name(partner)
    mention = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b") if names else None
    checked = 0
    unsupported: list[tuple[str, list[Claim]]] = []
    for text in plan_sentences(plan):
        for pattern in ignore:
            text = pattern.sub(" ", text)
        held, quotes = hold_quotes(text)
        for sentence in _SENTENCE.split(held):
            restored = restore_quotes(sentence, quotes)
            about_partner = (mention is not None and mention.search(_PLACEHOLDER_RE.sub(" ", sentence))) or _PRONOUN.search(
                _PLACEHOLDER_RE.sub(" ", sentence)
            )
            if not about_partner or any(p.search(restored) for p in hypothetical):
                continue
            claims = sentence_claims(sentence, quotes, support, names | ({first} if first else set()), generic, today)
            if not claims:
                continue
            checked += 1
            bad = [c for c in claims if not c.supported]
            if bad:
                unsupported.append((restored.strip(), bad))
    return checked, unsupported


def score_unsupported_claims(
    plan: Plan, support_texts: list[str], partner: str | None, today: dt.date | None = None,
    threshold: float = 0.2, rubric: Rubric | None = None,
) -> Score:
    """`unsupported_claim_rate`: unsupported claim sentences / sentences with specific claims about the partner."""
    checked, unsupported = find_claims(plan, support_texts, partner, today, rubric)
    if not checked:
        return Score("unsupported_claim_rate", 0.0, True, threshold, "no specific claims about the partner", 0)
    examples = "; ".join(f"{', '.join(repr(c.text) for c in bad[:3])} in {sentence[:70]!r}" for sentence, bad in unsupported[:3])
    reason = f"{len(unsupported)}/{checked} claim sentences unsupported" + (f": {examples}" if examples else "")
    return lower("unsupported_claim_rate", len(unsupported) / checked, threshold, reason, checked)
