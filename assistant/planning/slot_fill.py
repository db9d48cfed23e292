"""Whether a slot's fill reads whole: the phrase the notes gave a template, judged by itself, not the template.

A template says "Start from N's own number, X:", "you asked for ...: X.", "A proposal for “X”" or "Answer what N asked:
“X”". The template is sound; its fill may not be: a fill that ends on an article, preposition, conjunction or
auxiliary ("the new", "up", "spend was"), an article with only an adjective after it ("a written"), a clause where a
noun phrase is needed ("he has promised the board"), a light verb read as a name ("getting"), a quote with one mark
and no partner, or a phrase cut where an abbreviation's dot was read as a full stop ("at 7 a.m:").
`noun_fault` names what is wrong with a noun-phrase fill; `quote_fill_fault` with a quoted one.
"""

from __future__ import annotations

import re

from assistant.planning.fragments import MID_CLAUSE, phrase_fault

_DETERMINERS = frozenset("the a an this that these those my your our their his her its each every some any no another".split())
_FUNCTION = frozenset(
    "of for with from to by on in at as into onto about than and or but nor if so because while until unless "
    "up down out off over under per via versus vs".split()
)
_AUXILIARY = frozenset("is are was were be been being am has have had do does did will would can could should may might must shall".split())
_SUBJECTS = frozenset("i we he she they".split())
# Adjectives and participles that need a noun after them: "the new", "a written", "the current".
_BARE_ADJECTIVES = frozenset(
    "new old big small high low full whole same other next last first second final current previous latest early late "
    "better best worse worst more most less least few many much several certain real proper clear quick fast slow "
    "written signed agreed updated revised detailed formal informal firm rough single only main key".split()
)
_PARTICIPLE = re.compile(r"^[a-z]{3,}(?:ed|en)$")
# A light verb's -ing form never names a measure or a thing ("getting", "making sure").
_LIGHT_ING = frozenset("getting making doing going having being taking trying seeing keeping putting coming saying looking giving".split())
_PREPOSITIONS = frozenset("of for with from to by on in at as into onto about than".split())
_WH = frozenset("what where which who whom whose how".split())
_RUN_ON = re.compile(r",\s+(?:(?:so|and|but|because|as)\s+)?(?:I|we|he|she|they)\s+\w+", re.IGNORECASE)
_WORD = re.compile(r"[\w%£$€'’.-]+")


def _words(fill: str) -> list[str]:
    return [w.strip(".").lower() for w in _WORD.findall(fill) if w.strip(".")]


def noun_fault(fill: str) -> str:
    """Why a fill cannot stand where a noun phrase is needed ('' when it can)."""
    text = fill.strip().strip("*_ ")
    words = _words(text)
    if not words:
        return "an empty slot"
    if text.endswith((":", ",", ";", "—", "–", "-")):
        return "a fill cut before its colon or dash"
    if fault := marks_fault(text):
        return fault
    last = words[-1]
    if last in _DETERMINERS | _FUNCTION | _AUXILIARY:
        return f"a fill ending on “{last}”"
    if words[0] in _SUBJECTS or _RUN_ON.search(text):  # "he has promised the board"; "the plan, so she wants the date"
        return "a clause where a noun phrase is needed"
    if words[0] in _LIGHT_ING:
        return f"a verb (“{words[0]}”) where a noun phrase is needed"
    content = [w for w in words if w not in _DETERMINERS]
    if content and all(w in _BARE_ADJECTIVES or _PARTICIPLE.match(w) for w in content) and (len(content) < len(words) or len(words) == 1 and words[0] in _BARE_ADJECTIVES):
        return f"an adjective (“{last}”) with no noun"
    return ""


def marks_fault(text: str) -> str:
    """Quotation marks or brackets opened and not closed (or closed and never opened); a cut abbreviation ("a.m:")."""
    if text.count("“") != text.count("”") or text.count('"') % 2 or text.count("(") != text.count(")"):
        return "unbalanced quotation marks or brackets"
    if re.search(r"\b[a-z]\.[a-z](?=\s*[:;,]|\s*$)", text):
        return "a phrase cut at an abbreviation's dot"
    return ""


# A quotation never ends on these, even one said whole ("I can live with that", "she is not" end whole).
_QUOTE_END = frozenset("the a an and or but nor of for with from to by in at into onto about than if because whether my your our their his her its".split())


def quote_fill_fault(quoted: str) -> str:
    """Why a quoted fill is a cut: it starts mid-clause on a small word, or ends on an article, preposition or
    conjunction (a clipped one, "…", is judged by its last whole word as well)."""
    text = quoted.strip().rstrip(".?!").strip()
    words = text.split()
    if not words:
        return "an empty quotation"
    if words[0][:1].islower() and words[0].lower().strip("“\"'") in MID_CLAUSE:
        return f"a quotation that starts mid-clause on “{words[0]}”"
    clipped = text.endswith("…")
    last = _words(text.rstrip("…"))[-1:] or [""]
    if last[0] in _QUOTE_END and not (_WH & set(_words(text)[:-1]) and last[0] in _PREPOSITIONS):
        return f"a quotation that ends on “{last[0]}”"
    if clipped and phrase_fault(text):
        return f"a quotation that {phrase_fault(text)}"
    return ""
