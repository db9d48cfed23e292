"""Last-line guards on plan sentences: stitched fragments, dates before the meeting, a kept-out event named another way.

Each returns why a sentence may not stand ('' when it may); plan_checks drops the sentence (the slot is left out).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.perception.cio_lines import WRITER_LABEL
from assistant.planning.due_dates import _DATE, _resolve
from assistant.planning.situation_types import AvoidTopic, Sentence, Situation, terms_of
from assistant.text.dates import iso_day

# A sentence may not end on a word that needs something after it ("you want the CIO to co-present the.").
_DANGLING = {
    "the", "a", "an", "and", "or", "but", "nor", "of", "for", "with", "from", "to", "into", "onto", "than", "because",
    "my", "your", "our", "their", "its", "whose", "which", "if", "whether", "as", "at", "via", "per", "every", "each",
}
_RELATIVE_START = re.compile(r"^[\"“‘']?(?:which|whom|whose|who)\b(?!.*\?[”\"]?\s*$)", re.IGNORECASE)  # a question may start so
# A slot filled with a relative clause: "you asked for that wasn't about cost".
_SLOT_RELATIVE = re.compile(
    r"\b(?:for|about|on|with|of|asked|want|wanted|need|needed)\s+(?:that|which|who)\s+(?:is|was|were|are|isn't|wasn't|weren't|aren't|has|had|will|would)\b",
    re.IGNORECASE,
)
_PROMISING = re.compile(
    r"\b(?:will|comes|to you by|you get|you have|reply by|answer by|from me, by)\b|:\s*(?:CIO|[A-Z][a-z]+(?: [a-z]+)?),\s*by\b", re.IGNORECASE,
)
_ON_TRACK = re.compile(r"\bon track for (?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\b")
_BY_DATE = re.compile(r"\b(?:by|before|until)\s+(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\b")


def fragment(sentence: str) -> str:
    """Why a sentence reads as stitched fragments ('' when it reads whole)."""
    body = re.sub(r"^\d+\.\s+", "", sentence).strip()
    if body.count("“") != body.count("”") or body.count('"') % 2:
        return "a sentence with unbalanced quotes"
    words = re.findall(r"[\w£$€%'’-]+", body)
    if words and words[-1].lower() in _DANGLING and not body.rstrip().endswith("?"):
        return f"a fragment ending in '{words[-1]}'"
    if _RELATIVE_START.match(body) or _SLOT_RELATIVE.search(body):
        return "a fragment built on a relative clause"
    return ""


def past_date(sentence: str, today: dt.date) -> str:
    """A date we propose ('you will have it by 2 December', 'CIO, by 2026-11-20') that falls before the meeting day,
    or a promise said to be 'on track for' a day already gone."""
    bare = re.sub(r"“[^”]*”", "“”", sentence)  # a date inside a quotation is the notes' own, never proposed
    for match in _ON_TRACK.finditer(bare):
        day = _day(match.group("date"), today)
        if day and day < today:
            return f"a promise 'on track' for a day already past ({match.group('date')})"
    promise = _PROMISING.search(bare)
    if not promise:
        return ""
    for match in _BY_DATE.finditer(bare, promise.start()):  # what we report ("you asked ... by 6 March") is not proposed
        words = match.group("date")
        day = _day(words, today)
        if day and day < today:
            return f"a proposed date ({words}) before the meeting day"
    return ""


def _day(words: str, today: dt.date) -> dt.date | None:
    if not _DATE.fullmatch(words):
        return None
    return iso_day(words) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", words) else _resolve(words, today)  # ISO is never day-first


def names_event(sentence: str, topic: AvoidTopic) -> bool:
    """The sentence is about a kept-out event under another label: its key nouns and its date, or most of its nouns."""
    shared = terms_of(sentence) & topic.terms
    if len(shared) >= 3:
        return True
    if len(shared) < 2 or not topic.date:
        return False
    month = f"{topic.date:%B}"
    return bool(re.search(rf"\b(?:{month}|{month[:3]})\b", sentence))


# -- the whole-plan sweep's classes (plan_sweep) ---------------------------------------------------------------------

_DAY_WORDS = [  # a date slot filled with "recently": the slot goes, the sentence stays ("On recently you asked" -> "You asked")
    (re.compile(r"^(\s*(?:\d+\.\s+)?)On recently,?\s+(\w)"), lambda m: m.group(1) + m.group(2).upper()),
    (re.compile(r"\b([Nn])oted on recently\b"), lambda m: m.group(1) + "oted"),
    (re.compile(r"\b(the|your|his|her|their|a|an) recently (?=\w)", re.IGNORECASE), lambda m: m.group(1) + " "),
    (re.compile(r"\s+(?:of|from|since|on) recently\b"), lambda m: ""),
    (re.compile(r"\s*\(recently\)"), lambda m: ""),
]
# An event named by its verb phrase dropped into a preposition's slot: "before to the board", "needs for to the board".
_STITCHED_TO = re.compile(r"\b(before|for|after|until|ahead of|at|on|Coming up:)\s+to\s+(?=(?:the|a|an|his|her|their|your|our)\b)")


def repair_day_words(sentence: str) -> str:
    """The sentence with a date slot that holds no date taken out, and a stitched 'before to the X' made 'before the X'."""
    for pattern, fix in _DAY_WORDS:
        sentence = pattern.sub(fix, sentence)
    return _STITCHED_TO.sub(lambda m: m.group(1) + " ", sentence)


_STOP = frozenset("the a an and or of for to in on at by with from our your their his her its is are was were be it this that as".split())


def token_set(text: str) -> frozenset[str]:
    """The words that carry a line's meaning, for near-repeat checks (quote marks and numbering ignored)."""
    return frozenset(w for w in re.findall(r"[a-z0-9%/'’-]+", text.lower()) if w not in _STOP and len(w) > 1)


def near_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two lines that say the same thing: most of their words shared (both long enough to judge)."""
    if min(len(a), len(b)) < 4:
        return False
    return len(a & b) / len(a | b) >= 0.75


def anonymous(sentence: str) -> bool:
    """Advice that names no one and nothing of theirs: no name, number, date or quotation (it could sit in any plan).
    A labelled task for the CIO ("Before the meeting: ...", "Homework: ...") is prep the plan's own items call for."""
    if re.search(r"[\d“”\"]", sentence) or re.match(r"(?:Before the meeting|Homework)\b", sentence):
        return False
    return not any(re.match(r"[A-Z]", w) and w != "I" for w in sentence.split()[1:])


# Lines the note's writer keeps for themselves: a bracketed aside, "My thought: ...", "Note to self: ...".
_WRITER_LABEL = WRITER_LABEL  # the one list (perception/cio_lines.py)
# Words a plan gives the partner: "In Maya's words: “...”", "you asked: “...”", "Maya's request (“...”)", "a proposal for “...”".
_THEIR_VOICE = re.compile(
    r"(?:\bIn (?:[A-Z][\w-]*(?:'s|’s)|your) words|\byour (?:request|offer|invitation)|\byou (?:said|asked|offered|wrote|told me|put it)|\b(?:she|he|they) (?:said|asked|offered|wrote)"
    r"|\b[A-Z][\w-]*(?:'s|’s) (?:request|offer|invitation|words)|\b[A-Z][a-z]+ (?:asked|said|offered|wants)|\bRaised \(|\bproposal for|\bnext step on)"
    r"(?:(?!your note|my note)[^“])*“([^”]+)”",
)
_YOU_WANT = re.compile(r"\b[Yy]ou want (?!to know\b)([^:.?]+)")  # their aim said back unquoted, perhaps re-voiced


def _writers(s: Sentence, words: str, ours: set[str]) -> bool:
    """The sentence holding `words` is the CIO's: spoken by us, one of our lines, a labelled note or inside brackets."""
    text = s.text.strip()
    line = next((ln for ln in text.splitlines() if _holds(ln, words)), text)  # a hard-wrapped sentence: the line with the words
    if _quoted_theirs(line, words):
        return False  # "[coffee: her goal, in her words: "..."]": a quotation in the CIO's aside is still the partner's
    if s.speaker == "us" or s.text in ours or _WRITER_LABEL.match(line.strip()) or line.count("[") != line.count("]"):
        return True
    return any(_holds(aside, words) for aside in re.findall(r"\[[^\]]*\]", text))


_QUOTE_SPAN = re.compile(r"[\"“]([^\"”]{6,})[\"”]")
_OUR_QUOTE = re.compile(r"\b(?:I|we)\s+(?:said|told|wrote|replied|answered|promised|put it)\b[^\"“]{0,30}$", re.IGNORECASE)


def _quoted_theirs(line: str, words: str) -> bool:
    """The words stand inside a quotation in the line, and nothing just before it says the CIO said it."""
    return any(_holds(m.group(1), words) and not _OUR_QUOTE.search(line[: m.start()]) for m in _QUOTE_SPAN.finditer(line))


def _holds(text: str, words: str) -> bool:
    if words in text:
        return True
    mine, theirs = token_set(words), token_set(text)
    return len(mine) >= 4 and len(mine & theirs) / len(mine) >= 0.8  # said back in the second person ("she runs" -> "you run")


def cio_voice(sentence: str, sit: Situation, ours: set[str]) -> str:
    """The CIO's own words (a line of ours in `ours`, a bracketed aside, "My thought: ...") given to the partner,
    quoted or said back as their want; words the partner's own lines hold as well stay theirs."""
    found = [m.group(1) for m in _THEIR_VOICE.finditer(sentence)] + [m.group(1) for m in _YOU_WANT.finditer(re.sub(r"“[^”]*”", "", sentence))]
    for raw in found:
        words = raw.replace("…", " ").strip().rstrip(".").strip()
        if len(words.split()) < 3:
            continue
        holders = [s for s in sit.sentences if _holds(s.text, words)]
        if _WRITER_LABEL.match(words) or (holders and all(_writers(s, words, ours) for s in holders)):
            return "the CIO's own note given as the partner's words"
    return ""


# Personal matters the situation cues can miss, caught before anything is shown: a named person's family ("Priya's
# mother"), a care home, a line the writer marked private ("Personal, not for the room: ...").
_PERSONAL = re.compile(
    r"\b[A-Z][\w-]*(?:'s|’s) (?:wife|husband|mother|father|mum|dad|son|daughter|kids|children|family|parents?)\b|\b(?:care|nursing) home\b"
    r"|\bnot for the room\b|(?:^|“)\W*(?:Personal|Private)\s*[,:;-]",
)


def personal(text: str) -> bool:
    """A personal or family matter a shared plan must never carry."""
    return bool(_PERSONAL.search(text))
