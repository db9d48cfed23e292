"""Small text helpers shared by the engines."""

from __future__ import annotations

import re

from assistant.text.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    """Split prose into sentences (the same rules as the notes' sentence spans); bullets and lines count as their own."""
    return [re.sub(r"\s+", " ", span.text) for span in sentence_spans(text, min_words=1)]


def clip(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def word_count(text: str) -> int:
    return len(text.split())


def first_name(name: str | None) -> str:
    """The partner's first name without titles in any language ("Ing. Alejandro" -> "Alejandro"); never a title alone."""
    from assistant.text.honorifics import given

    return given(name) or "your partner"


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def clean_text(text: str | None) -> str:
    """Text safe for every store: no NUL, no lone surrogates (replaced), invisible-only counts as empty."""
    if not text:
        return ""
    text = text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    return "" if not text.strip().strip(_INVISIBLE).strip() else text
