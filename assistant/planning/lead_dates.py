"""The dates behind the lead's lines: the partner's own deadline for an ask, the dated event it is for, and when our
answer comes (never on or after their date, never before the meeting)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import EVENT, dates_in, within_their_deadline
from assistant.planning.followup_lines import working_day
from assistant.planning.lead_lines import POINTS_BACK
from assistant.planning.situation_round6 import deadline_is_close
from assistant.planning.situation_types import Item, Situation, terms_of
from assistant.planning.their_deadline import subject_context


def before_words(sit: Situation, item: Item) -> str:
    """The partner's own sentence just before an item, in the same note (what "before then" points at)."""
    if item.date and dates_in(item.quote, item.date, item.date_order):
        return ""  # "We go live on 11 January and I need it ready before then": 'then' is in its own sentence
    prev = [s for s in sit.sentences if s.note.ref == item.note_ref and s.order == item.order - 1 and s.speaker == "partner"]
    return prev[0].text if prev else ""


def answer_due(item: Item, today: dt.date, context: str = "", decision: dt.date | None = None) -> dt.date:
    """When our answer comes: within ten days (a week for an offer), never on or after their own date or event, nor on or
    after the decision the meeting prepares for (`decision`, from its purpose), never before today."""
    due = working_day(today + dt.timedelta(days=7 if item.kind == "offer" else 10))  # counted from the meeting: never Christmas Day
    for limit in (item.due, decision):
        if limit and limit > today:
            due = min(due, max(limit - dt.timedelta(days=1), today))
    due = within_their_deadline(due, item, today, context)
    return due


def before_decision(due: dt.date, today: dt.date, decision: dt.date | None) -> dt.date:
    """A date of ours moved to the day before the partner's decision or lock it is for (never before today)."""
    return max(decision - dt.timedelta(days=1), today) if decision and decision > today and due >= decision else due


def event_context(sit: Situation, item: Item, near: bool = False) -> str:
    """Sentences of the item's note that date the event it is for ("The committee meets on 9 December. ... before then?");
    near: only the sentences next to it (what the plan names as their deadline). Not near: also the dates, written out,
    of later notes' events on the same subject (what our answer must come before)."""
    own = _note_events(sit, item, near)
    later = "" if near else " ".join(d.isoformat() for d in subject_events(sit, item))
    theirs = subject_context(sit, item, None)  # "by the 18th", a chase, a table row: their date (readers keep those ahead)
    return f"{own} {later} {theirs}".strip()


# The partner's dated events an answer can be for: a board, a panel, a bid, a budget lock, a submission.
_FOR_EVENT = re.compile(r"\b(?:bids?|submission|submit|lock|locks|panel|hearing|vote|sign-off|tender)\b", re.IGNORECASE)


# The line that books or names the meeting the plan is for: its day is when we meet, not a date the partner set.
_OUR_MEETING = re.compile(r"\b(?:meeting|1:1|one-on-one|catch-up|call) (?:is |was )?(?:booked|set|scheduled|planned|moved|fixed)\b|"
                          r"\b(?:booked|scheduled|set up) (?:a |our |the |her |his )?(?:meeting|1:1|one-on-one|catch-up)\b|"
                          r"\bnext (?:meeting|1:1|one-on-one|catch-up)\b|\b(?:my |meeting )?purpose\s*:", re.IGNORECASE)


def subject_events(sit: Situation, item: Item) -> list[dt.date]:
    """Dates of the events a later note ties to the ask's subject ("He needs the letter for the bid submission on 12/4",
    weeks after "I want to offer it in the bid. Can you build it?"), each read against its own note's day and format."""
    said = f"{item.quote} {before_words(sit, item)}"
    subject = item.terms | terms_of(said) | _events_named(said)
    out: list[dt.date] = []
    for s in sit.sentences:
        if s.note.ref == item.note_ref or s.order <= item.order or not (EVENT.search(s.text) or _FOR_EVENT.search(s.text)) or _OUR_MEETING.search(s.text):
            continue  # our own meeting with them ("Meeting booked for 15 December to go through it") is no deadline of theirs
        if subject & (terms_of(s.text) | _events_named(s.text)):
            out += dates_in(s.text, s.date or item.date or dt.date.today(), s.date_order)
    return sorted(set(out))


_NAMED_EVENT = re.compile(r"\b(?:committee|board|council|steering|offsite|launch|bid|submission|panel|hearing|tender)s?\b", re.IGNORECASE)


def _events_named(text: str) -> set[str]:
    """The kinds of event a sentence names ('bid', 'panel'), short words terms_of leaves out."""
    return {m.lower().rstrip("s") for m in _NAMED_EVENT.findall(text)}


def tied_close(sit: Situation, item: Item, today: dt.date) -> dt.date | None:
    """A later note's event on the ask's subject that is today, tomorrow or past due for an answer: answered at this meeting."""
    ahead = [d for d in subject_events(sit, item) if d >= today]
    return ahead[0] if ahead and deadline_is_close(ahead[0], today) else None


def _note_events(sit: Situation, item: Item, near: bool) -> str:
    named = {m.lower() for m in re.findall(r"\b(?:before|by|for) the (?:\w+ )?(\w+)", item.quote) if EVENT.fullmatch(m)}  # "before the risk committee"
    same = [s for s in sit.sentences if s.note.ref == item.note_ref and s.text not in item.quote
            and (not near or abs(s.order - item.order) <= 1 or any(re.search(rf"\b{w}\b", s.text, re.IGNORECASE) for w in named))]
    return " ".join(s.text for s in same if (EVENT.search(s.text) or _FOR_EVENT.search(s.text)) and (re.search(r"\b(?:before|by|for) then\b", item.quote) or terms_of(s.text) & item.terms
                                                                       or (s.order == item.order + 1 and _ANSWER_BEFORE.search(s.text))))


# "Her offsite is on 10 December and she wants an answer before it": the line after an ask dates it.
_ANSWER_BEFORE = re.compile(r"\b(?:answer|reply|decision|it|this)\b[^.;]*\b(?:before|by) (?:it|then|that)\b", re.IGNORECASE)


def ask_deadline(item: Item, today: dt.date, context: str = "") -> dt.date | None:
    """The partner's own deadline for an ask: its own date (even a past one) or the dated event it is for, the earliest."""
    events = [d for d in dates_in(context, item.date or today, item.date_order) if d > today] if context else []
    if POINTS_BACK.search(item.quote):  # "we go live on 11 January and I need it ready before then"
        events += [d for d in dates_in(item.quote, item.date or today, item.date_order) if d > today]
    found = [d for d in [item.due, *events] if d]
    return min(found) if found else None


