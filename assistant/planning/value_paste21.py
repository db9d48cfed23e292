"""The value message's last gate (plan round 21): the statement translated, never pasted; their aim still open.

- Paste check: a sentence may not share a run of five content words (stems, in order) with the value statement,
  nor carry more than half of its own content words (or of the statement's) from it. Small inflections ("delivers"
  -> "delivering", "every" -> "each") do not hide a paste: words are compared as stems.
- Whole clauses only: "earns its keep by customers get answers" (a finite clause after 'by') and a hook question
  whose measure holds a verb ("What would customer service goes need to show") are stitched.
- A pasted or stitched meaning sentence is rebuilt from the statement's own clause, re-voiced as the result the
  partner sees (value_revoice22), with their measure; where no clause re-voices whole, the sentence stays as it was.
- Their aim must be open on the meeting day: a bare level or a figure read from the notes with no want or target
  beside it, or a want a later note has already acted on (same topic, no want restated), is left out.
- With a statement on file and only their wish left, the built meaning follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from assistant.planning.value_clauses19 import stem
from assistant.planning.value_revoice22 import rebuilt
from assistant.planning.value_settle19 import MEANING

_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_STOP = set(
    "the a an and or of to in on at for with by from so that our your their its it we you they us every each all any "
    "more less is are be can what who this these those as than into onto there here will would need needs want wants "
    "technology tech earns keep keeps keeping team part where see show when which how not no only just also".split()
)
RUN = 5  # content words in a row as the statement has them: the statement pasted
SHARE = 0.5  # share of a sentence's (or the statement's) content words taken from the statement: pasted
_FRAME = re.compile(r"^(?:[A-Z][\w'’.-]*, )?(?:for (?:you(?: and the [\w -]+ team)?|your [\w -]+ team), )?technology earns its keep (?:by|when)\s+", _I)
_BY_CLAUSE = re.compile(r"earns its keep by\s+(?P<w>[A-Za-z'’-]+)\s+(?P<n>[A-Za-z'’-]+)", _I)
_FINITE = re.compile(r"^(?:is|are|was|were|get|gets|goes|go|has|have|does|do|stay|stays|can|will|make|makes|take|takes)$", _I)
_HOOK = re.compile(r"^What would (?P<m>.+?) need to (?:show|be|deliver)\b")
_THEIRS = re.compile(r"^(?:[A-Z][\w'’.-]*, )?(?:as you put it, )?you (?:want|need|asked for)\s+(?P<x>(?:[^.?!]|\.(?=\d))+)", _I)
_WANT_CUE = re.compile(r"\b(?:want|wants|need|needs|target|goals?|aims?|plans?|priorit\w*|focus|by\s+(?:Q[1-4]|20\d\d|the end|end)|to reach|must|should|would like|hope)\b", _I)
_OWN = re.compile(r"\bas you put it\b|\byou (?:want|need|said|asked)\b|[“\"]")  # their words: an echo of the statement is the ideal
_STILL = re.compile(r"\b(?:still|again|want|wants|need|needs|asked|ask|target|goal|aim|must|when|by)\b", _I)

def _sentences(message: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(message) if s.strip()]


def content(text: str) -> list[str]:
    """The text's content words as stems, in order."""
    return [stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2]


def _org(statement: str) -> set[str]:
    m = re.match(r"\s*(?:[Oo]ur\s+)?[Tt]echnology\s+(?:at|in|for)\s+((?:[A-Z][\w'’.-]*\s*(?:&\s*)?)+)", statement)
    return set(content(m.group(1))) if m else set()


def longest_run(sentence: str, statement: str) -> int:
    a, b = content(sentence), content(statement)
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def pasted(sentence: str, statement: str, first: str = "") -> bool:
    """The sentence says the statement back: five content words in a row, or most of its own words from it."""
    if not statement.strip():
        return False
    body = _FRAME.sub("", sentence)
    own = set(content(body)) - set(content(first)) - _org(statement)
    whole = set(content(statement)) - _org(statement)
    shared = own & whole
    if longest_run(body, statement) >= RUN:
        return True
    if len(shared) >= 4 and len(shared) > SHARE * len(whole):  # most of the statement said back
        return True
    return False


def stitched(sentence: str) -> bool:
    """A sentence that does not parse as one clause: a finite clause after 'by', a verb inside a hook's measure."""
    m = _BY_CLAUSE.search(sentence)
    if m and not m.group("w").lower().endswith("ing") and _FINITE.match(m.group("n")):
        return True
    if m and not m.group("w").lower().endswith("ing") and m.group("w").lower() not in {"making", "the", "a"}:
        return True  # "by customers ...": 'by' takes a gerund in this frame
    h = _HOOK.match(sentence)
    return bool(h and any(_FINITE.match(w) for w in h.group("m").split()[1:]))


_DEFAULT_FRAME = "For you, technology earns its keep"


def built(statement: str, frame: str = _DEFAULT_FRAME, measure: str = "", want: str = "", said: str = "") -> str:
    """The statement's own clause re-voiced for them (value_revoice22), with their measure; '' when none reads whole
    without echoing the statement."""
    return rebuilt(statement, frame, measure, f"{want} {measure}", pasted, said)


def _frame(sentence: str) -> str:
    m = re.match(r"^(?P<f>.*?\bearns its keep)\b", sentence)
    return m.group("f") if m else _DEFAULT_FRAME


_TARGET_FORM = re.compile(r"\bfrom\b.*\bto\b|\bby\s+(?:[A-Z][a-z]+|Q[1-4]|20\d\d|next|the end|end)\b"
                          r"|\b(?:under|below|above|over|to|at least|at most|back to|down to|up to)\s+[£$€]?\d")
_NOW = re.compile(r"\b(?:today|currently|right now|at present|so far)\b", _I)


def _level_or_past(want: str, sit_lines: Sequence[tuple[object, str]]) -> bool:
    """A figure in the want slot that is no aim: a bare level ('31% today, ...'), or a change the notes report
    with no want or target beside it ('up 22% in two years' read off a printout)."""
    if re.match(r"[£$€]?\d", want.strip()) and (_NOW.search(want) or not _TARGET_FORM.search(want)):
        return True  # "31% today, 25% by 2028": a level first, the aim beside it
    if not re.search(r"\d", want) or _TARGET_FORM.search(want):
        return False
    if _NOW.search(want):
        return True
    head = " ".join(want.split()[:4])
    source = [t for _d, t in sit_lines if head.lower() in t.lower()]
    return bool(source) and not any(_WANT_CUE.search(t) for t in source)


def acted_on(want: str, sit_lines: Sequence[tuple[object, str]]) -> bool:
    """A want whose topic a later dated line takes up without asking for it again: overtaken (met, missed or moved)."""
    topic = set(content(want))
    if len(topic) < 2 or re.search(r"\d", want):  # a measured aim is reported on as it moves: still theirs
        return False
    head = " ".join(want.split()[:3]).lower()
    dates = [d for d, t in sit_lines if head in t.lower() and d is not None]
    if not dates:
        return False
    said_on = min(dates)  # type: ignore[type-var]
    later = [t for d, t in sit_lines if d is not None and d > said_on and len(topic & set(content(t))) >= min(3, len(topic))]  # type: ignore[operator]
    return bool(later) and not any(_STILL.search(t) for t in later)


def _stale(sentence: str, sit_lines: Sequence[tuple[object, str]]) -> bool:
    theirs = _THEIRS.match(sentence)
    if theirs is None:
        return False
    return _level_or_past(theirs.group("x"), sit_lines) or acted_on(theirs.group("x"), sit_lines)


def gate(message: str, statement: str, first: str, function: str, role: str = "",
         sit_lines: Sequence[tuple[object, str]] = (), metric_of: Callable[[str], str] = lambda _s: "") -> str:
    """The message with every pasted or stitched sentence rebuilt or left out, a stale aim left out, and the
    statement's meaning after their wish when nothing else carries it."""
    out: list[str] = []
    meant = False
    said = [s for s in _sentences(message) if not _stale(s, sit_lines)]
    wants = [m.group("x") for m in map(_THEIRS.match, said) if m]
    measure = metric_of(wants[0]) if wants else ""
    want = wants[0] if wants else ""
    for s in said:
        if stitched(s) or (statement and not _OWN.search(s) and pasted(s, statement, first)):
            if s.endswith("?"):
                continue
            seen = re.search(r"[:,] (?:and )?(?P<m>[^:,.]+?) is where you (?:will|should) see it", s)  # the measure it was tied to
            line = "" if meant else built(statement, _frame(s), measure or (seen.group("m") if seen else ""), want, s)
            if line or not meant:  # no whole re-voicing: the sentence stays as it was
                out.append(line or s)
                meant = True
            continue
        meant = meant or bool(MEANING.search(s))
        out.append(s)
    if statement and not meant and out and all(_THEIRS.match(s) or s.endswith("?") for s in out):
        line = built(statement, measure=measure, want=want)
        out += [line] if line else []
    if not any(not s.endswith("?") for s in out):
        line = built(statement, measure=measure, want=want) if statement else ""
        out = [line, *out] if line else out
    if not any(not s.endswith("?") for s in out):
        return message  # nothing whole to say instead: the message stays as it was, never empty
    return " ".join(out)
