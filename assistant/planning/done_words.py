"""The status words that tell a promise of ours done, in English and the notes' other languages (assistant/data/done_words.yaml)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

_PATH = Path(__file__).resolve().parent.parent / "data" / "done_words.yaml"


@lru_cache(maxsize=1)
def done_words() -> str:
    """One regex alternation of the done words ("done|delivered|...|erledigt|fatto|...")."""
    words = yaml.safe_load(_PATH.read_text(encoding="utf-8"))["words"]
    return "|".join(str(w) for w in words)
