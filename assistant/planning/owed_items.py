"""The open list holds every dated promise of ours the notes carry, and no ask of theirs the notes show as past.

(1) A commitment of ours with a date ("I said the audit would be done by the 9th; Petra owns it", "the new date: ready by
3 March, Hana owns it", an action row "thing | owner | date") that no typed item holds, whose date is on or
after the meeting or fell due lately without a later word of delivery, joins the list as our open promise.
(2) An ask of theirs older than the last entry is closed when its own event date has passed ("co-present it at the
board on the 28th") or a later entry reports a delivery that names its topic.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.content_free import content_free
from assistant.planning.delivery_words import delivers, linked
from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Item, Sentence, Situation
from assistant.planning.voice import when
from assistant.schema import OpenItem

AHEAD_DAYS = 120  # a promise due this far after the meeting is still one to list
PAST_DAYS = 30  # one that fell due this long before the meeting, with no word of delivery since, is overdue
# Our word to deliver: "will send/deliver/...", "I promised ... by", "new date", "X owns it", "owner:", an action row with an owner.
_COMMIT = re.compile(r"\b(?:will|'ll|’ll|shall)\s+(?:send|deliver|give|share|have|bring|provide|come back|report|confirm|circulate|finish|complete|run|replace|upgrade)\b"
                     r"|\b(?:I|we)(?:'ve|’ve|\s+have|\s+had)?\s+(?:promised|committed|agreed to deliver|undertook)\b|\bpromised\s+(?:for|by|on)\b"
                     r"|\b(?:new|revised|updated|firm)\s+(?:\w+\s+)?date\b|\b[A-Z][\w'’-]+\s+owns\s+(?:it|this|that)\b|\bowner\s*:", re.IGNORECASE)
_OURS = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]ur|IT)\b")
_ROW = re.compile(r"^\s*\|(?:[^|]*\|){2,}\s*$")  # a table row: "| 6 | thing | K. Name | 26.02.2027 |"
_HEADER_ROW = re.compile(r"\b(?:owner|due|action|who|when)\b", re.IGNORECASE)


def owed_items(sit: Situation, today: dt.date, first: str, listed: list[OpenItem]) -> list[OpenItem]:
    """Our dated commitments that no listed item of ours names, each as an open (or overdue) promise in the note's words."""
    out: list[OpenItem] = []
    ours = [(f"{o.text} {o.quote}", o.due) for o in listed if o.owner == "us" and o.kind == "promise"]  # a miss of ours on the same thing is no promise
    every = [f"{o.text} {o.quote}" for o in listed]
    rows = [(s, due) for s, due in _action_rows(sit, today, first) if not any(len(linked(_body(s.text), _body(text))) >= 2 for text in every)]
    for s, due in _commitments(sit, today, first) + rows:
        own = _dated_line(s.text, s, due)
        if _asked_of_us(own, s, due):
            continue  # "NEW ASK (3 Dec): a readiness plan by Fri 8 Jan": their ask, whatever our promises the cell lists after it
        if any((len(linked(_body(own), _body(text))) >= 2 and not (other and other != due.isoformat())) or own.strip() in text for text, other in ours):  # two dates: two things
            continue
        if _delivered_since(sit, s) or content_free(own):
            continue  # delivered since, or a line with nothing in it to owe ("Date | 22 December", "🟢 on track")
        status = "overdue" if due < today else "open"
        words = own.strip().strip("|").strip()
        text = f"Noted as our action, due {when(due)}: “{words}”" + ("; not reported delivered since: check before the meeting" if status == "overdue" else "")
        out.append(OpenItem(kind="promise", owner="us", status=status, text=text, date=s.date.isoformat() if s.date else None,
                            due=due.isoformat(), quote=own.strip()))
        ours.append((own, due.isoformat()))  # its own words: the stock words of the line ("our action", "reported") link nothing
    return out


def _dated_line(text: str, s: Sentence, due: dt.date) -> str:
    """The line of an entry that holds the commitment's date: a record the reader joined to the free text under it
    ("{what: ..., due: ...}\nnotes: | ...") owes only its own line."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return text
    return next((ln for ln in lines if due in dates_in(ln, s.date or due, s.date_order)), text)


_LABELS = re.compile(r"\b(?:new\s+)?(?:asks?|requests?)\s*(?:\([^)]*\))?\s*:|\b(?:our\s+(?:open\s+)?)?(?:promises?|commitments?)\s*:", re.IGNORECASE)


def _asked_of_us(text: str, s: Sentence, due: dt.date) -> bool:
    """The date stands in a part of the line labelled as their ask ("NEW ASK (3 Dec): ... by 8 Jan. Our promises: ...")."""
    cuts = [m.start() for m in _LABELS.finditer(text)]
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    part = next((p for p in parts if due in dates_in(p, s.date or due, s.date_order)), "")
    return re.match(r"\s*(?:new\s+)?(?:asks?|requests?)\b", part, re.IGNORECASE) is not None


# The field names of a record ("{what: ..., owner: ..., due: ...}", "Owner: ...") that every row of a list shares.
_FIELD = re.compile(r"\b(?:what|owner|owners|due|status|notes|date|who|action|next step)\s*:", re.IGNORECASE)


def _body(text: str) -> str:
    """The words a commitment is about, without the field names its list repeats on every row."""
    return _FIELD.sub(" ", text)


def _commitments(sit: Situation, today: dt.date, first: str) -> list[tuple[Sentence, dt.date]]:
    """Sentences of ours (never the partner's, nor naming the partner as the doer) with a commitment and a date near the meeting."""
    found: list[tuple[Sentence, dt.date]] = []
    for s in sit.sentences:
        if s.speaker == "partner" or "?" in s.text:
            continue
        row = _ROW.match(s.text) is not None and not _HEADER_ROW.search(s.text.split("|")[-2] if s.text.count("|") >= 2 else "")
        if not row and not (_COMMIT.search(s.text) and (s.speaker == "us" or _OURS.search(s.text) or re.search(r"\bowns?\b|\bowner\b", s.text, re.IGNORECASE))):
            continue
        if first and re.search(rf"\b{re.escape(first)}\b\s+(?:will|'ll|’ll|owns|to)\b", s.text):
            continue  # the partner's own action
        anchor = s.date or today
        days = [d for d in dates_in(s.text, anchor, s.date_order) if d >= anchor and -AHEAD_DAYS <= (today - d).days <= PAST_DAYS]
        if days and (s.date is None or s.date <= today):
            found.append((s, max(days)))
    return found


_NAME_CELL = re.compile(r"^(?:[A-Z]\.\s?)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*[/,&]\s*(?:[A-Z]\.\s?)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*$")


def _action_rows(sit: Situation, today: dt.date, first: str) -> list[tuple[Sentence, dt.date]]:
    """Rows of an action table ("| 6 | thing | K. Name | 26.02.2027 |") the reader dated by their own date cell, due after
    the meeting, with an owner cell that never names the partner."""
    found: list[tuple[Sentence, dt.date]] = []
    for s in sit.sentences:
        if s.date is None or not (today < s.date and (s.date - today).days <= AHEAD_DAYS) or len(s.text.split()) < 2:
            continue
        line = next((ln for ln in s.note.text.splitlines() if s.text in ln and ln.strip().startswith("|")), "")
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line else []
        if not line and len(s.note.text.split()) <= 40:  # the reader made the row its own entry, one cell a paragraph
            cells = [c.strip() for c in re.split(r"\n\s*\n", s.note.text) if c.strip()]
        owners = [c for c in cells if c != s.text.strip() and _NAME_CELL.match(c) and not re.search(r"\d", c)]
        if len(cells) >= 3 and owners and not any(first and first.lower() in c.lower() for c in owners):
            found.append((s, s.date))
    return found


def _delivered_since(sit: Situation, s: Sentence) -> bool:
    """A later sentence reports a delivery that names the commitment's topic."""
    return any(t.order > s.order and delivers(t) and len(linked(s.text, t.text)) >= 2 for t in sit.sentences)


def closed_ask(sit: Situation, item: Item, today: dt.date) -> bool:
    """An ask of theirs older than the last entry whose event has passed, or that a later delivery names."""
    last = max((s.date for s in sit.sentences if s.date), default=None)
    if item.date is None or last is None or item.date >= last or item.kind != "request":
        return False
    days = dates_in(item.quote, item.date, "dmy") or _bare_ordinals(item.quote, item.date)
    if days and all(item.date <= d < min(today, last) for d in days) and _EVENT.search(item.quote):
        return True  # "co-present it at the board on the 28th": the board has met
    if (item.due and item.due >= today) or any(d >= today for d in days):
        return False  # its own date is still ahead: live
    if _STATUS_QUESTION.search(item.quote) and not re.search(r"\b(?:asked for|wants?|needs?|send|write|written|give|bring|in writing|by)\b", item.quote, re.IGNORECASE):
        return True  # "asked how the migration was going": a question of status, answered in the room it was asked in
    later = [s for s in sit.sentences if s.date and s.date > item.date and s.speaker != "partner" and delivers(s)]
    others = [i for i in sit.open_theirs() if i is not item and i.kind == "request"]
    return any(len(linked(item.complement or item.quote, s.text)) >= 2  # a delivery that fits two open asks closes neither
               and not any(len(linked(i.complement or i.quote, s.text)) >= 2 for i in others) for s in later)


# A question about how something stands, never a request for a thing: "asked how X was going", "asked again why X grows".
_STATUS_QUESTION = re.compile(r"\basked\s+(?:(?:me|us|again|also)\s+)*(?:how\s+(?:the\s+|our\s+|it\b)[^.]*?\b(?:going|went|goes|getting on)\b|why\s+)", re.IGNORECASE)


# What happens on a day and is then over: a meeting, a talk, a board, a visit, an event.
_EVENT = re.compile(r"\b(?:board|meeting|committee|session|talk|presentation|present|co-present|conference|summit|workshop|offsite|"
                    r"town ?hall|visit|event|panel|review|launch|kick-?off|dinner|lunch|demo)\b", re.IGNORECASE)


_ORDINAL = re.compile(r"\b(?:on|by|at|for) the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])")


def _bare_ordinals(text: str, anchor: dt.date) -> list[dt.date]:
    """"on the 28th": the next such day on or after the day it was written."""
    out = []
    for m in _ORDINAL.finditer(text):
        day, month, year = int(m.group(1)), anchor.month, anchor.year
        if day < anchor.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        try:
            out.append(dt.date(year, month, day))
        except ValueError:
            continue
    return out
