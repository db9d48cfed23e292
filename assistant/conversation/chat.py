"""Coaching questions answered from retrieved material, with numbered citations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from assistant.errors import InputError
from assistant.schema import Hit, Source, Usage
from assistant.text.prose import clean_text, clip, sentences

MAX_QUESTION_CHARS = 4000
RELEVANCE_FLOOR = 0.30  # cosine similarity below which a passage is not about the question
OFFLINE_PREAMBLE = (
    "Composed offline from the coaching material (quoted passages, not newly generated advice):"
)
NOTHING_FOUND = (
    "I found nothing in the coaching material or your notes that answers this, so I will not make advice up. "
    "Try naming the partner, the situation or the objection you face, or add material to knowledge/ and run "
    "`coach ingest`."
)


def validate_question(question: str) -> str:
    text = clean_text(question).strip()
    if not text:
        raise InputError("The question is empty. Type a coaching question, for example: "
                         "'How do I answer a CFO who says IT costs too much?'")
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(
            f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}. "
            "Ask one question at a time and add long material as a note instead."
        )
    return text


@dataclass
class Answer:
    text: str
    sources: list[Source] = field(default_factory=list)
    grounded: bool = True
    notices: list[str] = field(default_factory=list)
    usage: Usage | None = None


def number_sources(hits: list[Hit]) -> list[Source]:
    """One numbered source per distinct ref, in rank order."""
    seen: dict[str, Source] = {}
    for hit in hits:
        source = hit.source
        if source.ref not in seen:
            seen[source.ref] = source
    return list(seen.values())


class OfflineAnswerer:
    """Extractive answers: the sentences of the retrieved passages closest to the question."""

    def __init__(self, embed, max_sentences: int = 6):  # type: ignore[no-untyped-def]
        self._embed = embed
        self._max = max_sentences

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        relevant = [h for h in hits if h.score >= RELEVANCE_FLOOR]
        if not relevant:
            return Answer(text=NOTHING_FOUND, sources=[], grounded=False)
        relevant = relevant[:4]
        sources = number_sources(relevant)
        number = {s.ref: i + 1 for i, s in enumerate(sources)}
        candidates: list[tuple[int, int, str]] = []  # (hit rank, position, sentence)
        for rank, hit in enumerate(relevant):
            body = hit.text.split("\n", 1)[1] if "\n" in hit.text and hit.source.kind == "knowledge" else hit.text
            for pos, sentence in enumerate(sentences(body)):
                if 6 <= len(sentence.split()) <= 60:
                    candidates.append((rank, pos, sentence))
        if not candidates:
            return Answer(text=NOTHING_FOUND, sources=[], grounded=False)
        vectors = self._embed([question] + [c[2] for c in candidates])
        sims = vectors[1:] @ vectors[0]
        # Prefer passages the retriever ranked high: a small bonus by rank.
        bonus = np.array([0.04 * (len(relevant) - c[0]) for c in candidates])
        order = np.argsort(-(sims + bonus))
        chosen: list[int] = []
        for i in order:
            if len(chosen) >= self._max:
                break
            if any(float(vectors[1 + i] @ vectors[1 + j]) > 0.9 for j in chosen):
                continue
            chosen.append(int(i))
        chosen.sort(key=lambda i: (candidates[i][0], candidates[i][1]))
        lines = [OFFLINE_PREAMBLE, ""]
        current_rank = -1
        for i in chosen:
            rank, _, sentence = candidates[i]
            hit = relevant[rank]
            if rank != current_rank:
                current_rank = rank
                label = hit.metadata.get("heading") or hit.metadata.get("title") or hit.source.ref
                lines.append(f"**{label}**")
            lines.append(f"- {sentence} [{number[hit.source.ref]}]")
        lines.append("")
        lines.append("Sources:")
        for i, source in enumerate(sources, start=1):
            title = f" — {source.title}" if source.title else ""
            lines.append(f"[{i}] {source.ref}{title}")
        return Answer(text="\n".join(lines), sources=sources)


def stream_text(text: str, chunk_words: int = 4) -> Iterator[str]:
    """Yield a finished text a few words at a time (the offline engine's 'streaming')."""
    words = text.split(" ")
    for start in range(0, len(words), chunk_words):
        piece = " ".join(words[start : start + chunk_words])
        yield piece + (" " if start + chunk_words < len(words) else "")


def excerpt(hit: Hit, limit: int = 600) -> str:
    return clip(hit.text, limit)
