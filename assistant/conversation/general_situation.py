"""A general question (no partner) answered from the page written for its situation, not from a quadrant default.

A CIO's general question usually names a situation (new in the role, the board asking what technology is worth,
whether to hire relationship managers, the CIO's own staff telling different value stories). Retrieval by closeness
alone often returns a quadrant passage that shares words with the question but not its situation. Each knowledge page
written for one situation says so in its front matter (`situation: NAME`); the question's situation, read from whole
families of wordings, brings that page's own answer ("In short") to the front, so the first sentence answers the
question. A question that names no situation keeps the ranking by closeness.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import frontmatter

from assistant.paths import KNOWLEDGE_DIR
from assistant.retrieval.knowledge import IN_SHORT_HEADING, in_short, load_doc
from assistant.schema import Hit

_ROLE = r"(?:cio|chief information officer|cto|chief technology officer|head of (?:it|technology)|it director|technology director)"
# Each situation: a family of wordings that places the question in it. Patterns ask for the situation, not a topic word.
SITUATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("new_in_role", re.compile(
        rf"\b(?:made|confirmed|appointed|named|promoted|hired|started) (?:as )?(?:the )?(?:permanent|new|full[- ]time|interim )?{_ROLE}?\b[^?.]{{0,30}}"
        rf"\b(?:last|this|two|three|a) (?:week|month|days?|weeks)\b|\b(?:interim|acting) {_ROLE}\b[^?]*\b(?:permanent|confirmed|appointed|the job)\b|"
        rf"\bnew (?:in|to) (?:the|my) (?:role|job|post|seat)\b|\b(?:my )?first (?:90|ninety|100|hundred|30|sixty|60) days\b|"
        rf"\b(?:i'?m|i am|as) (?:the |a )?new {_ROLE}\b|\bjust (?:been )?(?:appointed|promoted|started|joined)\b|\bmade permanent\b", re.I)),
    ("relationship_managers", re.compile(
        r"\b(?:business )?relationship managers?\b|\bbrms?\b|\baccount managers? for (?:each|every) (?:division|function|business unit)\b|"
        r"\bkeep (?:those|the|these) relationships (?:myself|personally)\b", re.I)),
    ("board_value", re.compile(
        r"^(?=.*\b(?:board|chair(?:man|woman|person)?|non-?execs?|executive committee|exco|ceo|shareholders?)\b)"
        r"(?=.*(?:\bwhat (?:we|they|the (?:company|business|group)) (?:get|gets|got) for\b|\bworth\b|\bvalue (?:of|for) (?:it|technology|the money|our spend)\b|"
        r"\bjustify (?:the|our|my) (?:it |technology )?(?:spend|budget|cost)\b|\breturn on (?:it|technology|our spend)\b))", re.I | re.S)),
    ("staff_value_story", re.compile(
        r"\b(?:direct reports|my team|my staff|my managers|my leadership team|my people)\b[^?]*\b(?:different|inconsistent|no two|"
        r"(?:each|all) (?:said|wrote|gave) (?:something )?different|\w+ different answers)\b", re.I)),
)


# The question back for each situation: one that helps the CIO think about their own case, true wherever it fits.
ASK_BACK = {
    "new_in_role": "Which of your peers do you know least well, and what would you most want to hear from them first?",
    "relationship_managers": "Which division heads would notice if you stopped seeing them yourself, and what would they conclude?",
    "board_value": "Which two or three results would the business leaders themselves say technology made possible this year?",
    "staff_value_story": "If a business partner asked any of your staff what technology is worth here, which sentence would you want them to hear?",
}


def situation(question: str) -> str:
    """The situation a general question names ("" when it names none)."""
    return next((name for name, pattern in SITUATIONS if pattern.search(question)), "")


@lru_cache(maxsize=1)
def _pages(folder: Path = KNOWLEDGE_DIR) -> dict[str, Path]:
    """situation name -> the page written for it (from each page's front matter)."""
    pages: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        name = str(frontmatter.load(str(path)).metadata.get("situation") or "")
        if name:
            pages.setdefault(name, path)
    return pages


_STAFF_PAGE = "writing-the-value-statement.md"  # the staff's differing stories are answered by one shared statement


def situation_page(question: str) -> Hit | None:
    """The "In short" of the page for the question's situation, as a hit (None when no page fits)."""
    name = situation(question)
    path = _pages().get(name) or ((KNOWLEDGE_DIR / _STAFF_PAGE) if name == "staff_value_story" else None)
    if path is None or not path.is_file():
        return None
    doc = load_doc(path)
    summary = in_short(doc)
    if not summary:
        return None
    ref = f"{doc.ref}#{IN_SHORT_HEADING}"
    meta: dict[str, str | int | float | bool] = {"kind": "knowledge", "doc": doc.ref, "ref": ref, "title": doc.title,
                                                 "heading": IN_SHORT_HEADING, "in_short": summary, "situation": name,
                                                 "ask_back": ASK_BACK.get(name, "")}
    return Hit(id=ref, text=f"{doc.title} — {IN_SHORT_HEADING}\n{summary}", score=1.0, metadata=meta)


def with_situation(question: str, hits: list[Hit]) -> tuple[list[Hit], str]:
    """The hits with the situation's page first (and the page's doc ref), or the hits unchanged and ""."""
    page = situation_page(question)
    if page is None:
        return hits, ""
    doc = str(page.metadata["doc"])
    return [page] + [h for h in hits if h.metadata.get("ref") != page.metadata["ref"]], doc
