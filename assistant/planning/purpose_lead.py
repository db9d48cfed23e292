"""The item the meeting exists for: the partner's open ask, or our open promise, that the purpose names.

"Predictive maintenance sensor plan before the 10 Dec committee" names our promise of "a costed sensor plan"; "AI contract
review estimate before her budget bid" names the estimate we promised for 3 December. That item leads the one thing and
the script, ahead of a newer side request. An item is tied by the words it shares with the purpose's own subject, its own
words counting double and the words of the note's sentences next to it (the ask the promise answers) once. The date the
purpose gives for their event ("before his 9 Dec board paper") is the decision date every answer comes before.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.promise_lines import thing_of
from assistant.planning.purposes import Purpose, subject_of
from assistant.planning.situation_types import Item, Situation, terms_of
from assistant.planning.voice import on_day, when

# Words of a purpose that say what kind of meeting it is, never which item it is about.
_GENERIC = frozenset({"answer", "answers", "question", "questions", "meeting", "review", "quarterly", "regular", "update",
                      "catch-up", "check-in", "discuss", "discussion", "agree", "talk", "next", "step", "steps", "readiness"})
_NEAR = 2  # sentences either side of an item, in its own note, that tell what it is about


def purpose_terms(purpose: Purpose) -> frozenset[str]:
    """The telling words of the purpose's own subject ('' purpose or a stock label: none)."""
    return frozenset(t for t in terms_of(subject_of(purpose.text)) if t not in _GENERIC) if purpose.text else frozenset()


def decision_date(purpose: Purpose, today: dt.date) -> dt.date | None:
    """The partner's date the purpose names ("before her 9 Dec decision"), when it lies ahead of the meeting."""
    if not purpose.text:
        return None
    ahead = [d for d in dates_in(purpose.text, today) if d > today]
    return min(ahead) if ahead else None


def _score(sit: Situation, item: Item, words: frozenset[str]) -> int:
    own = (item.terms | terms_of(item.complement)) & words
    telling = {w for w in item.terms if len(w) >= 6}
    near = [s.text for s in sit.sentences if s.note.ref == item.note_ref and 0 < abs(s.order - item.order) <= _NEAR
            and telling & terms_of(s.text)]
    context = terms_of(" ".join(near)) & words - own
    return 2 * len(own) + len(context)


def tied_item(sit: Situation, purpose: Purpose, candidates: list[Item]) -> Item | None:
    """The open item the purpose is most about: most shared words, then our promise (we owe it), then the nearest due."""
    words = purpose_terms(purpose)
    if not words:
        return None
    scored = [(_score(sit, i, words), i) for i in candidates if i.status in ("open", "overdue")]
    scored = [(s, i) for s, i in scored if s >= 1]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [i for s, i in scored if s == best]
    top.sort(key=lambda i: (i.kind != "promise", i.due or dt.date.max))
    return top[0]


# A subject that opens on a verb ("answer the POS question", "agree the plan") is no name for a thing.
_VERB_HEAD = re.compile(r"^(?:answer|agree|discuss|decide|review|talk|get|check|confirm|plan|prepare|update|catch|follow|settle|sort)\b", re.IGNORECASE)


def promise_goal(item: Item, first: str, decision: dt.date | None, purpose: Purpose | None = None) -> str:
    """The one thing for our own promise the meeting is about: the thing, its date, and their date after it. With no short
    name for the thing, the purpose's own subject names it ("what we promised on 30 September for the contract review estimate")."""
    thing = thing_of(item)
    subject = subject_of(purpose.text) if purpose and purpose.text else ""
    if not item.due or not (thing or item.date):
        return ""
    if thing:
        said = f"Deliver {thing} by {when(item.due)}, as promised"
    elif subject and len(subject.split()) <= 6 and not _VERB_HEAD.match(subject) and not re.match(r"(?:the|a|an|our|your)\b", subject, re.IGNORECASE):
        said = f"Deliver what we promised {on_day(item.date)} for the {subject}, by {when(item.due)}"
    else:
        said = f"Deliver what we promised {on_day(item.date)}, by {when(item.due)}"
    if decision and decision > item.due:
        said += f", in time for {first}'s date of {when(decision)}"
    return said


def promise_script(item: Item, line: str, decision: dt.date | None) -> str:
    """Our dated promise's line, with their decision date after it when one is known ("..., in time for 10 December.")."""
    if decision and item.due and decision > item.due and line.endswith(".") and not re.search(rf"\b{decision.day} {decision:%B}\b", line):
        return f"{line[:-1]}, in time for {when(decision)}."
    return line
