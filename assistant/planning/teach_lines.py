"""What to teach (plan round 13, issue #20): what the CIO's own notes say they want to show the partner ("I'd like to
show her that her falls data sits in three systems we could join up"), else a short point built on the partner's own
number (a Target whose name reads as a measure), else the level move alone. Never a goal slot filled with a fragment of
the notes: the partner's stated aim is not quoted here ("Start from what X wants, «...»" read as stitched to blind
reviewers on every set: an e-mail preference, a third person's words, a request taken for an aim)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.planning.fragments import phrase_fault
from assistant.planning.partner_aims import cio_lines
from assistant.planning.partner_facts import body_of
from assistant.planning.partner_targets import Target
from assistant.planning.situation_types import Situation
from assistant.planning.slot_fill import noun_fault
from assistant.planning.voice import when

_I = re.IGNORECASE
# "I'd like to show her that ...", "if I don't show him what the room data can do", "help me show her arrears data as ..."
_SHOW = re.compile(
    r"\b(?:show|teach|walk)\s+(?P<who>her|him|them|[A-Z][a-z]+)\s+(?:through\s+)?(?P<what>(?:that|what|how|where|why)\b[^.;()]{6,160}|[a-z][^.;()]{6,160}?\s+as\s+[^.;()]{4,80})", _I)
_CUT = re.compile(r"\s+(?:-|–|—)\s+.*$|,\s+(?:he'll|she'll|they'll|but|which|so)\b.*$|\s+\((?:[^)]*)\)?$")
# A line that says the CIO has not shown it yet, or wants to: the CIO's intent, not a thing done
_INTENT = re.compile(r"\b(?:I'?d like to|I would like to|I want to|I need to|I should|if I don'?t|help me|plan to|going to|try to|haven't)\b", _I)


@dataclass(frozen=True)
class TeachPoint:
    text: str  # the sentence for the plan
    note_ref: str


def cio_teach_point(sit: Situation, first: str) -> TeachPoint | None:
    """The CIO's own wish to show the partner something, latest first, said as advice to the CIO."""
    ours = cio_lines(sit.sentences)
    for s in sorted(sit.sentences, key=lambda s: (s.date is not None, s.date, s.order), reverse=True):
        if s.speaker == "partner" or (s.speaker != "us" and s.text not in ours and not re.search(r"\bI\b", s.text)):
            continue
        body = body_of(s)
        match = _SHOW.search(body)
        if not match or not _INTENT.search(body[: match.start()] or body):
            continue
        what = _CUT.sub("", match.group("what")).strip(" ,")
        who = match.group("who")
        if phrase_fault(re.sub(r"^(?:that|what|how|where|why)\s+", "", what, flags=_I)) or len(what.split()) > 25:
            continue
        whom = first if who.lower() in {"her", "him", "them"} else who
        return TeachPoint(f"Show {whom} {what} (your note of {when(s.date)}).", s.note.ref)
    return None


def target_teach_point(targets: list[Target], first: str, level: str) -> TeachPoint | None:
    """A point on the partner's own number: where its data sits (T), what would move it (I), how it changes the plan (BT)."""
    target = next((t for t in targets if t.metric and _names_a_measure(t.metric)), None)
    if not target:
        return None
    metric = target.metric[:1].lower() + target.metric[1:] if not target.metric[:2].isupper() else target.metric
    if level == "T":
        text = f"Start from {first}'s own number, {metric}: show where its data sits today and what seeing it weekly would change."
    elif level == "I":
        text = f"Start from {first}'s own number, {metric}: show one change in the work, not a report, that would move it."
    else:
        text = f"Start from {first}'s own number, {metric}: ask what would have to be true to move it twice as far."
    return TeachPoint(text, target.note_ref)


# A measure's name starts and ends on a content word: "first-call resolution", not "down by a quarter" or "the new".
_NOT_A_MEASURE_EDGE = {"up", "down", "new", "more", "less", "by", "the", "a", "an", "of", "to", "for", "and", "in", "on", "at", "from", "than", "over", "under"}


def _names_a_measure(metric: str) -> bool:
    words = re.findall(r"[\w%'’-]+", metric.lower())
    return bool(words) and words[0] not in _NOT_A_MEASURE_EDGE and words[-1] not in _NOT_A_MEASURE_EDGE and not metric.rstrip().endswith(":") and not noun_fault(metric)

