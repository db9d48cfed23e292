"""A promise whose date moved is never "(kept)" (session 15, dimension d).

Our promise read as kept, and then a later entry moves its date ("New date 30.09", "slipped to March", "pushed to Q3",
"now expected in May", "5 of 9 done") about the same thing: whatever closed it earlier was no delivery of it. It is kept
late when a line after the move tells it delivered (then never proof to build on), else it is still open.
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.delivery_words import not_evidence
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE

# The date moved: "new date", "revised go-live", "slipped to", "pushed (back) to", "moved to", "now expected", "delayed until".
MOVED = re.compile(
    r"\b(?:new|revised|updated|moved|later) (?:\w+ )?(?:date|deadline|go-?live|target)\b|\b(?:slipped|slips|pushed|pushed back|moved|"
    r"put back|delayed|postponed|deferred|rescheduled|re-?planned)\s+(?:out\s+)?(?:to|until|till|into)\b|\bnow (?:expected|due|planned|scheduled)\b"
    r"|\b(?:only|just) \d{1,3} (?:of|out of) (?:the )?\d{1,3}\b",
    _I,
)
# Delivered, in plain words: "done 02.10", "complete", "finished", "live", "rolled out", "in place".
_DONE = re.compile(r"\b(?:done|completed?|finished|(?:went|is|are|now) live|live (?:in|at|on|since|from)\b|rolled out|delivered|in place|installed|handed over)\b", _I)
# Only part of it: "still pending", "the other two", "one of three", "remaining sites wait".
_PARTIAL = re.compile(r"\b(?:still (?:pending|waiting|to come|open|outstanding)|pending|(?:the )?(?:other|remaining) \w+ (?:still|wait|are|is)|"
                      r"(?:one|two|three|\d+) (?:of|out of) (?:two|three|four|five|six|\d+)\b)", _I)
_SMALL = {"promised", "promise", "complete", "before", "after", "every", "month", "weeks", "today", "their", "about"}


def _stems(text: str) -> set[str]:
    out = {a.lower() for a in re.findall(r"\b[A-Z][A-Z0-9]{1,6}\b", text)} - {"it", "cio", "ok"}  # "OCR slipped to July"
    for w in terms_of(text):
        if len(w) < 5 or w in _SMALL:
            continue
        w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        out.add(w[:-2] if w.endswith("ed") else w)
    return out


def _with_before(sit: Situation, s: Sentence, back: int = 2) -> str:
    """The line with up to two lines before it in its note ("Rollout only 5 of 9 done. Cause ours: ... New date 30.09.")."""
    lines = [p.text for p in sit.sentences if p.note.ref == s.note.ref and 0 <= s.order - p.order <= back]
    return " ".join(lines)


def _thing(sit: Situation, item: Item) -> set[str]:
    """The promise's words, with the line before it in its note ("Agreed to replace 620 scanners." / "We promised rollout ...")."""
    before = next((p for p in sit.sentences if p.order == item.order - 1 and p.note.ref == item.note_ref), None)
    return _stems(item.complement or item.quote) | (_stems(before.text) if before is not None else set())


def _moved(sit: Situation, item: Item) -> Sentence | None:
    words = _stems(item.complement or item.quote)
    for s in sit.sentences:
        if s.order <= item.order or not (s.date and item.date and s.date > item.date) or not MOVED.search(s.text):
            continue
        if words & _stems(_with_before(sit, s)):
            return s
    return None


def moved_after_kept(sit: Situation) -> None:
    """Our promise read as kept whose date a later entry moved: kept late on a delivery after the move, else open again."""
    for item in [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.order >= 0]:
        moved = _moved(sit, item)
        if moved is None:
            continue
        if item.status == "done" and item.done_on and moved.date and item.done_on > moved.date:
            line = next((s for s in sit.sentences if s.text == item.done_quote), None)
            if line is not None and _partial(sit, line):  # only part of it arrived: still owed
                item.status, item.done_quote, item.done_on, item.progress_quote = "overdue", "", None, line.text
            else:
                item.kind = "late_promise"  # delivered after its date moved: kept late
            continue
        words = _thing(sit, item)
        done = next((s for s in sit.sentences if s.order > moved.order and s.date and moved.date and s.date > moved.date
                     and _DONE.search(s.text) and not cue.NOT_DONE.search(s.text) and not not_evidence(s.text) and "?" not in s.text and words & _stems(s.text)), None)
        if done is not None and _partial(sit, done):
            done = None  # "Nashik live. The other two still pending.": part of it, not the promise
        if done is not None:  # done, but after its first date: kept late, never proof
            item.kind, item.status, item.done_quote, item.done_on, item.broken_quote = "late_promise", "done", done.text, done.date, ""
        elif item.status == "done":
            item.status, item.done_quote, item.done_on, item.progress_quote = "overdue", "", None, moved.text


def _partial(sit: Situation, line: Sentence) -> bool:
    """The delivery line, or one of the two after it in its note, says only part of it is there."""
    after = [n for n in sit.sentences if n.note.ref == line.note.ref and 0 < n.order - line.order <= 2]
    return bool(_PARTIAL.search(line.text)) or any(cue.NOT_DONE.search(n.text) or _PARTIAL.search(n.text) for n in after)
