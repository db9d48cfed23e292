"""The typed items of a partner's situation: sentences, requests, offers, promises, misses, goals, people, avoid-topics.

Plain data shared by the situation readers (situation.py, situation_extras.py) and the plan builders.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from assistant.schema import NoteText
from assistant.text.whole_cut import whole_cut

if TYPE_CHECKING:
    from assistant.planning.confidential import Confidence

STOP = {
    "that", "this", "with", "from", "have", "they", "them", "their", "there", "what", "when", "which", "would", "could",
    "should", "about", "again", "team", "week", "weeks", "month", "months", "year", "time", "said", "asked", "wants",
    "will", "your", "ours", "ourselves", "just", "only", "also", "into", "been", "were", "some", "more", "than", "then",
    "like", "very", "much", "next", "last", "first", "every", "thing", "things", "before", "after", "whether", "need",
    "needs", "work", "today", "here", "because", "still", "over", "under", "each", "people", "other", "it's", "that's",
}


NEAR = dt.timedelta(days=21)  # a date this close after the meeting day makes an ask live ("an estimate due in a week")


@dataclass
class Sentence:
    text: str  # exact substring of the note
    note: NoteText
    speaker: str  # partner | us | other | narrator
    order: int  # position across all notes, oldest first

    @property
    def date(self) -> dt.date | None:
        return self.note.date

    @property
    def date_order(self) -> Literal["dmy", "mdy"]:
        return self.note.date_order


@dataclass
class Item:
    """A request, offer, promise or miss, with who owns it and whether it is still open."""

    kind: str  # request | offer | promise | miss
    owner: str  # partner | us | third_party | unclear (a miss whose cause the notes do not show)
    status: str  # open | done | overdue
    quote: str
    date: dt.date | None
    note_ref: str
    verb: str = ""
    complement: str = ""  # the words after the cue, verbatim
    spoken: bool = False  # in the partner's own words (a quotation or a labelled line)
    due: dt.date | None = None
    miss_kind: str = ""  # delay | outage | failure | wait
    forgiven_quote: str = ""
    forgiven_on: dt.date | None = None
    fell_due_since_last_note: bool = False
    broken_quote: str = ""  # a later sentence saying our promise was not kept ("not sent", "I still have not seen")
    broken_on: dt.date | None = None
    chased_by_partner: bool = False  # the later not-done line is the partner's, or says they chased: "you chased" may be said
    slipped_again: bool = False  # a new date was given, and a later note says it is still not done
    unclear_quote: str = ""  # a later line that speaks of our promise without saying done or not: status unknown, never claimed
    progress_quote: str = ""  # a later line giving our promise a new date ("26 of 40 in, the rest by 4 Dec"): in progress
    source: str = "note"  # note | ledger
    date_order: Literal["dmy", "mdy"] = "dmy"  # how its note writes numeric dates (12/4): for dates read from its quote
    owner_name: str = ""
    order: int = 0
    terms: frozenset[str] = frozenset()
    done_quote: str = ""  # the later sentence that shows it delivered ("Sent Paul the peer benchmark on 29 October.")
    done_on: dt.date | None = None
    stale: bool = False  # an ask or offer not mentioned for months, with no date ahead (item_status.is_stale)

    def __post_init__(self) -> None:
        self.complement = whole_cut(self.complement, self.quote)  # never "the $1.2" or "a contractor (approx."


@dataclass
class Goal:
    text: str  # the complement, verbatim
    verb: str
    quote: str
    date: dt.date | None
    note_ref: str
    spoken: bool
    measures: list[str] = field(default_factory=list)


@dataclass
class Person:
    name: str
    role: str
    quote: str
    date: dt.date | None
    note_ref: str


@dataclass
class AvoidTopic:
    topic: str
    why: str
    kind: str  # forgiven_miss | personal | audit | asked_not_to
    quote: str
    terms: frozenset[str]
    date: dt.date | None
    note_ref: str


@dataclass
class Situation:
    items: list[Item] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    avoid: list[AvoidTopic] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    last_note: dt.date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    meeting_day: dt.date | None = None
    written_on: dt.date | None = None  # the day the plan is written, where the meeting falls later (composer)
    notes: list[NoteText] = field(default_factory=list)  # as read, oldest first: lines too short to be sentences live only here
    partner_names: frozenset[str] = frozenset()  # how the notes may name the partner (first name, surname, initials)
    partner_pronoun: str = ""  # 'he' or 'she' as the notes speak of the partner; '' when they do not show it

    @cached_property
    def confidences(self) -> list[Confidence]:
        """The matters told in confidence, each with every sentence that tells it (confidential.py)."""
        from assistant.planning.confidential import confidential_matters

        return confidential_matters(self.sentences)

    def open_theirs(self) -> list[Item]:
        """What leads: live before stale, a near date on or after the meeting day, the latest mention (a chase counts), the newest."""
        found = [i for i in self.items if i.owner == "partner" and i.kind in ("request", "offer") and i.status == "open"]
        day = self.meeting_day or dt.date.max
        return sorted(found, key=lambda i: (not i.stale, bool(i.due and day <= i.due <= day + NEAR), max(d for d in (i.date, i.broken_on, dt.date.min) if d), i.order),
                      reverse=True)

    def live_theirs(self) -> list[Item]:
        return [i for i in self.open_theirs() if not i.stale]

    def open_ours(self) -> list[Item]:
        return [i for i in self.items if i.owner == "us" and i.kind == "promise" and i.status in ("open", "overdue")]

    owned: list[Item] = field(default_factory=list)  # set by build_situation with ownership.owned_misses

    def owned_misses(self) -> list[Item]:
        """Misses the notes show were ours, that the partner complained of, and that nothing later settled (ownership.py)."""
        return [i for i in self.owned if i.kind == "miss" and i.status == "open"]


def terms_of(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z'’-]{3,}", text.lower()) if w not in STOP)
