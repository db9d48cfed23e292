"""Round-6 readers (issue #20): asks told in the CIO's own words, a negated or partial 'done' that closes
nothing, and the partner's nearest dated decision or event when nothing else is open."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.planning.due_dates import DateOrder, dates_in

_I = re.IGNORECASE

# "She wants an analyst on her floor", "he would like one contact in IT", "Raj told me he wants a plan for ...":
# a thing asked of us, told in the CIO's words. An answer, a reply or a decision is the ask's own deadline, not a new ask.
WANT_THING = re.compile(
    r"\b(?P<verb>wants|wanted|would like|needs|needed)\s+"
    r"(?P<comp>(?!(?:an?|one)\s+(?:answer|reply|decision|response|word|update)\b)(?:an?|one|someone|somebody)\s+[^.;!?\n]{3,120})",
    _I,
)
# "I have not answered them", "the estimate is half done", "not yet sent": a done word that closes nothing.
_NEGATED_DONE = re.compile(r"\b(?:not|n't|never|half|partly|partially|yet to|nearly|almost)\s+(?:(?:yet|been|fully|quite)\s+)?$", _I)


def done_in(pattern: re.Pattern[str], text: str) -> bool:
    """A 'done' cue in the text that is not negated, partial or scheduled ("will have the plan done by 18 December",
    "the trial goes live on 11 January": upcoming, never kept before it is due)."""
    return any(not _NEGATED_DONE.search(text[: m.start()]) and not _SCHEDULED.search(_clause_before(text, m.start()))
               and not _DETERMINER.search(text[: m.start()]) and not _WISHED.search(_clause_before(text, m.start())) for m in pattern.finditer(text))


# A wish governs the done word ("does not want tablets rolled out", "wants the plan shared with his team"): what someone
# wants done is not done; "the report she wanted was sent" reports it, so a be or have verb in between breaks the wish.
_WISHED = re.compile(r"\b(?:wants?|wanted|wish(?:es|ed)?|expects?|expected|hopes?|hoped)\s+"
                     r"(?:(?!(?:is|are|was|were|has|have|had|been|be|got|now)\b)[\w'’-]+\s+){1,4}$", _I)


# The done word as an adjective of a noun ("working from one shared extract", "a shared drive"): nothing was handed over.
_DETERMINER = re.compile(r"\b(?:a|an|one|the same|same|their|its)\s+$", re.IGNORECASE)


# A future or a schedule in the clause before a done word: the thing is upcoming, not delivered.
_SCHEDULED = re.compile(r"\b(?:will|shall|going to|to be|to have|(?:is|are) due|due to|plan(?:s|ned)? to|aims? to|goes|should|must|would)\b|'ll\b|’ll\b|['’]d like\b", _I)


def _clause_before(text: str, end: int) -> str:
    """The words of the cue's own clause before it ("Mette will have the sensor trial plan " before "done")."""
    head = text[:end]
    cut = max((m.end() for m in re.finditer(r"[.;:!?]|,\s+(?:and|but)\b|\band\s+(?=[A-Z]|the\b|we\b|I\b|she\b|he\b)", head)), default=0)
    return head[cut:]


# A dated decision or event that matters to the partner: a committee, a board, a renewal, a notice, a go-live, a launch.
DECISION = re.compile(
    r"\b(?:committee|board|decides?|decision|renews?|renewal|notice|go(?:es)?[- ]live|goes live|launch(?:es)?|opens|audit|offsite|steering)\b", _I
)


@dataclass(frozen=True)
class DatedEvent:
    day: dt.date
    text: str  # the note's sentence, verbatim
    date: dt.date | None  # the note's date
    spoken: bool  # the partner's own line


def nearest_event(sentences: list[tuple[str, str, dt.date | None, DateOrder]], today: dt.date, first: str = "", horizon: int = 120) -> DatedEvent | None:
    """The earliest dated decision or event after today (within the horizon), from (speaker, text, note date) sentences
    (each with its note's date order) that are the partner's (a line labelled with their name counts) or the notes' narration; another speaker's line is never theirs."""
    found: list[DatedEvent] = []
    for speaker, text, written, order in sentences:
        for line in (ln.strip() for ln in text.split("\n")):
            labelled = bool(first) and re.match(rf"[-*•\s]*{re.escape(first)}(?:\s+[A-Z][\w'-]+)?:\s", line) is not None
            if not (labelled or speaker in ("partner", "narrator", "us")) or not DECISION.search(line) or line.startswith("|"):
                continue
            days = [d for d in dates_in(line, written or today, order) if today < d <= today + dt.timedelta(days=horizon)]
            if days:
                found.append(DatedEvent(min(days), line, written, speaker == "partner" or labelled))
    return min(found, key=lambda e: e.day) if found else None


def deadline_is_close(deadline: dt.date | None, today: dt.date) -> bool:
    """Their deadline is past or at most a day away: no date after it is proposed."""
    return deadline is not None and deadline <= today + dt.timedelta(days=1)


def close_line(deadline: dt.date, today: dt.date, day: str) -> str:
    """The fixed sentence for a deadline that is past or too close for a new date."""
    state = "has passed" if deadline < today else "is close"
    if not re.search(r"\d", day):  # a deadline only vaguely given: its own words ("the first week of December")
        return f"Your deadline, {day}, {state}: what we have comes today."
    return f"Your {day} deadline {state}: what we have comes today."  # short: the same words in two plans are not boilerplate


_CALENDAR = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "week", "month"}


def topic_terms(terms: set[str] | frozenset[str]) -> set[str]:
    """Shared words that name a topic: a month or a weekday in both lines ("by 20 November", "on 24 November") names none."""
    return {w for w in terms if w.lower() not in _CALENDAR}
