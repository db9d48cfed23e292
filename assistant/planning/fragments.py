"""A check for sentences a CIO would say aloud: a quoted or inserted phrase from the notes must read whole.

A phrase that ends on a preposition, article, conjunction or possessive ("you want your 38 reps to stop
selling on") or starts mid-clause ("“and rostering is how ...”", "“from 9% down to 6%”") is a cut, not the
partner's words; so is a date slot filled with "recently" ("On recently you asked"). The line that carries it
is dropped, never repaired by guessing.
"""

from __future__ import annotations

import re

# Words a whole phrase never ends on ("than before", "by when", "the day after" are whole, so those stay out).
LOOSE_END = frozenset(
    "the a an and or but nor of for with from to if by on in at as into onto about than that which who whose whom "
    "whether because so my your our their his her its this these those while until unless "
    "per via versus vs is are was were be been being has have had not".split()
)
# Words a quoted clause never starts on (lower-case: a capitalised one starts a sentence).
MID_CLAUSE = frozenset(
    "and or but nor so of for with from by on in at as into than that which who whose whom whether because while "
    "when where after before until unless then also".split()
)
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_DATE_SLOT = re.compile(r"\b(?:[Oo]n|of|[Yy]our|since|from) recently\b|\brecently (?:request|offer|problem|note)\b")
_WORD = re.compile(r"[\w%£$€'’-]+")
# "went live on", "signed in", "what we can build on": a phrasal verb may end a whole sentence on these words.
_PARTICLES = frozenset({"in", "on", "up"})
_PHRASAL = frozenset(
    "go goes went going carry carried log logged sign signed set turn turned switch switched hold held follow followed "
    "catch caught build built rely count depend depends focus move moved keep kept join joined step stepped take took "
    "bring brought come came pick picked back backed plug plugged check checked call called sit sat hand handed fill "
    "filled weigh weighed drop dropped opt opted log stay stayed clock clocked lock locked shut top topped tune tuned line lined "
    "sum summed queue queued cash cashed walk walked clock".split()
)


_PREPOSITIONS = frozenset("of for with from to by on in at as into onto about than".split())
_WH = frozenset("what where which who whom whose how".split())


def _loose(words: list[str]) -> bool:
    last = words[-1].lower()
    if last in _PARTICLES and len(words) > 1 and words[-2].lower() in _PHRASAL:
        return False
    if last in _PREPOSITIONS and _WH & {w.lower() for w in words[:-1]}:
        return False  # "showing where it comes from": a stranded preposition after a wh-word is whole
    return last in LOOSE_END


def phrase_fault(phrase: str) -> str:
    """Why a phrase cut from the notes does not read whole ('' when it does). An ellipsis marks a phrase
    clipped on purpose (voice.clipped never ends on a loose word), so it is judged by its last whole word."""
    text = phrase.strip().rstrip("…").strip()
    words = _WORD.findall(text)
    if not words:
        return ""
    if text.rstrip()[-1:].isalnum() or text.rstrip()[-1:] in "%’'":
        if _loose(words):
            return f"ends on “{words[-1]}”"
    if text[:1].islower() and words[0].lower() in MID_CLAUSE:
        return f"starts mid-clause on “{words[0]}”"
    return ""


# A template's subject meeting the notes' own subject: "you want I want ...", "for he wants ...", "your goal is we need ...".
_COLLIDE = re.compile(r"\b(?:you|I|we|he|she|they)\s+(?:want|wants|need|needs|said|says|asked)\s+(?:that\s+)?(?:I|we|he|she|they)\s+(?:want|wants|need|needs|would like|said|asked)\b"
                      r"|\b(?:for|to|of|with|about|by|is)\s+(?:he|she|I)\s+(?:wants|needs|want|need)\b")
# A chat export's label mid-sentence: "... and [10:42] Dana Reyes: we ..." or "... agreed Dana Reyes: we ...".
_CHAT_LABEL = re.compile(r"(?<=\w\s)\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?:|(?<=[a-z]\s)[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?:\s+[a-z]")


def sentence_fault(sentence: str, quotes: bool = True) -> str:
    """Why a sentence said aloud is not whole: a quoted phrase that is a cut (unless `quotes` is off: the partner's
    verbatim words, judged where they are picked), a date slot with no date, or a sentence that itself ends on a
    loose word ('' when it reads whole)."""
    if _DATE_SLOT.search(sentence):
        return "a date slot holds “recently”"
    bare = _QUOTED.sub("Q", sentence)
    if _COLLIDE.search(bare):
        return "two speakers run together (“you want I want”, “for he wants”)"
    if _CHAT_LABEL.search(bare):
        return "a chat label inside the sentence"
    for match in _QUOTED.finditer(sentence if quotes else ""):
        quoted = match.group(1) or match.group(2) or ""
        fault = phrase_fault(quoted.rstrip(".?!"))
        if fault:
            return f"“{quoted}” {fault}"
    for part in re.split(r"(?<=[.?!])\s+", _QUOTED.sub("Q", sentence)):
        if part.rstrip().endswith("?"):
            continue  # "What are you waiting for?" is whole
        body = part.rstrip().rstrip(".!:")
        words = _WORD.findall(body)
        if words and body[-1:].isalpha() and words[-1].lower() not in {"is", "are", "was", "were", "be", "been", "not"} and _loose(words):
            return f"the sentence ends on “{words[-1]}”"
    return ""


def whole_lines(lines: list[str]) -> list[str]:
    """The lines that read whole; a line with a cut phrase is dropped."""
    return [line for line in lines if not sentence_fault(line)]
