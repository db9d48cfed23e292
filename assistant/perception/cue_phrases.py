"""Competence and dependence cues in twenty-odd business languages, read from assistant/data/cue_phrases.yaml.

Each session used to add cues for the languages of the last blind set; the next set brought others. The data file
carries the same kinds of signal for every language at once: a promise kept, IT unnoticed because it works, late
again, a vendor signed outside IT, "we plan around you", plumbing, data for decisions, part of the strategy. Words
run together in Japanese, Chinese and Korean, so there a phrase matches anywhere; elsewhere only whole words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from assistant.paths import DATA_PACKAGE_DIR

PHRASES_FILE = DATA_PACKAGE_DIR / "cue_phrases.yaml"
# The kind in the data file -> the cue label it adds.
KIND_LABEL = {"kept": "proven", "invisible": "proven", "late": "doubted", "outside": "doubted", "around": "doubted",
              "T": "T", "data": "I", "strategy": "BT", "forgiven": "forgiven"}
_TURNED = {"proven": "doubted", "doubted": "proven"}  # "not on time" is a doubt, "never late" is praise
_GONE_WITHOUT_US = ("outside", "around")  # a deed against us: no praise in the same sentence outweighs it
_CLAUSE_BREAK = re.compile(r"[,;:\"“”«»()!?、。，；]|\.\s")


@dataclass(frozen=True)
class Language:
    code: str
    kinds: dict[str, re.Pattern[str]]  # kind -> one alternation of its phrases
    negation: re.Pattern[str] | None


def _edge(pattern: str, unspaced: bool) -> str:
    return f"(?:{pattern})" if unspaced else rf"(?<!\w)(?:{pattern})(?!\w)"


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    raw = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8")) or {}
    unspaced = set(raw.get("unspaced") or [])
    out = []
    for code, entry in (raw.get("languages") or {}).items():
        joined = code in unspaced
        kinds = {kind: re.compile("|".join(_edge(p, joined) for p in entry[kind]), re.IGNORECASE)
                 for kind in KIND_LABEL if entry.get(kind)}
        words = entry.get("negation") or []
        negation = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE) if words else None
        out.append(Language(str(code), kinds, negation))
    return tuple(out)


def _negated(language: Language, sentence: str, start: int) -> bool:
    if language.negation is None:
        return False
    found = language.negation.search(sentence[max(0, start - 60):start])
    return found is not None and not _CLAUSE_BREAK.search(found.group(0))


def phrase_cues(sentence: str, found: dict[str, list[str]]) -> None:
    """Add the data file's cues that occur in `sentence` to `found` (label -> cue texts)."""
    went_without, pardoned = "", False
    for language in languages():
        for kind, pattern in language.kinds.items():
            for match in pattern.finditer(sentence):
                if kind == "forgiven":
                    pardoned = True
                    continue
                label, cue = KIND_LABEL[kind], match.group(0).lower()
                if kind in _GONE_WITHOUT_US:
                    went_without = went_without or cue
                    continue
                if label in _TURNED and _negated(language, sentence, match.start()):
                    label, cue = _TURNED[label], f"not {cue}"
                if cue not in found.get(label, []):
                    found.setdefault(label, []).append(cue)
                if kind == "invisible" and label == "proven":  # noticed only when it breaks: IT seen as plumbing
                    found.setdefault("T", []).append(cue)
    if went_without:
        found.pop("proven", None)
        found.pop("trust", None)
        found.setdefault("doubted", []).append(went_without)
    elif pardoned:
        found.pop("doubted", None)
        found["forgiven"] = ["forgiven"]
