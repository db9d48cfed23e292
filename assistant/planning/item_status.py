"""Whether an item is still live on the meeting day: delivered in other words, or old and not mentioned since.

- A later entry that reports a delivery in other words than the ask ("asked for a view of late orders" ->
  "the backlog dashboard went live, her planners use it") closes the one open ask it can be linked to by
  meaning: shared head words (by stem), or words of one kind (view ~ dashboard, late ~ backlog, alert ~ text).
  When two open asks fit the delivery equally, neither is closed.
- An ask or offer not mentioned for months while later notes went on, with no date on or after the meeting day, is stale: it never
  leads and is never called "still open" aloud; the plan keeps it as a low line for the CIO to check.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import item_timeline, later_status, past_events
from assistant.planning.answered_asks import answered_on_the_spot
from assistant.planning.bare_asks import carry_context
from assistant.planning.delivery_words import (  # noqa: F401  (re-exported: the delivery vocabulary lived here)
    DELIVERED,
    KINDS,
    PRAISE_OF_USE,
    delivers,
    link,
    linked,
    live_on_a_past_day,
    stem5,
    words_of,
)
from assistant.planning.done_words import done_words
from assistant.planning.due_dates import dates_in
from assistant.planning.handling_asks import handling_only
from assistant.planning.name_promises import reopen_unnamed
from assistant.planning.praise import is_praise
from assistant.planning.reported_asks import with_reported_words
from assistant.planning.situation_types import Item, Sentence, Situation

STALE_AFTER = dt.timedelta(days=180)  # "not mentioned for months" (a judgement, not tuned on data)
SILENT_AFTER = dt.timedelta(days=60)  # ... while later notes, this long after it, went on without it

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
STANDING_DAY = re.compile(rf"\b(?:by|on) {_DAY}\b[^.;]*\b(?:not|instead of|rather than) (?:on )?{_DAY}\b|\bevery {_DAY}\b", re.IGNORECASE)
def review(sit: Situation, today: dt.date) -> None:
    """Drop praise read as an ask; close asks delivered in other words; mark old, unmentioned asks and offers stale."""
    sit.items = [i for i in sit.items if not (i.kind in ("request", "offer") and i.owner == "partner" and is_praise(i.quote)) and not handling_only(i)]
    carry_context(sit)  # "Asked if that was true." carries the line it points to (and so links to its delivery)
    sit.items = with_reported_words(sit.items)  # and a line carried so may quote her words for the thing asked
    item_timeline.review(sit)  # back-references, asks met in their own line, terse "Mock-up sent." lines
    past_events.review(sit, today)  # invitations we accepted, or to a day already gone
    close_delivered(sit)
    kept_in_the_next_line(sit)
    answered_on_the_spot(sit)  # "asked whether AI will kill the billable hour. Said it would change ...": answered
    repeated(sit)
    reopen_unnamed(sit, today)  # "a name by 30 November" is kept only by a line that names someone
    item_timeline.promised_answers(sit)  # an ask answered by our promise in its next line closes with that promise
    later_status.review(sit)  # closed by a later entry in other words: its own verb done, its entry's topic, our kept promise
    for item in sit.items:
        if item.due and STANDING_DAY.search(item.complement or item.quote):
            item.due = None  # "results by Monday morning, not Thursday": a standing day of the week, no deadline
        item.stale = is_stale(item, today, sit.last_note)


def close_delivered(sit: Situation) -> None:
    """A later entry's delivery closes the one open ask, or our one open promise from the notes, on its topic (two links
    at least, and a better one than any other): "Scanner roll-out to Split depot" is kept by "Split depot scanners live
    since 19 November". One line may report two deliveries ("the benchmark came in: ..., and cost per policy is
    mid-pack"): a second ask linked as strongly by other words than the first is closed too."""
    deliveries = [s for s in sit.sentences if delivers(s)]
    for s in deliveries:
        # Items already closed still compete: a delivery that names an answered ask better closes nothing else.
        scored = sorted(((linked(f"{i.complement} {i.quote}", s.text), i) for i in _before(sit, s)), key=lambda p: len(p[0]), reverse=True)
        if not scored:
            continue
        best, item = scored[0]
        tied = any(len(terms) >= len(best) and terms & best for terms, _ in scored[1:])  # two asks on one topic: neither
        if len(best) >= 2 and not tied and _awaits_delivery(item):
            _close(item, s)
        for terms, other in scored[1:]:  # a second delivery in the same line, named by other words
            if len(terms) >= 2 and not terms & best and other.kind == "request" and _awaits_delivery(other):
                if sum(1 for t, _ in scored if t & terms) == 1:
                    _close(other, s)
    _close_old_asks(sit, deliveries)


def kept_in_the_next_line(sit: Situation) -> None:
    """Our promise whose very next line, the CIO's own note, says it is done ("I'll get you an answer by 18 Sep" /
    "[tom: contract signed 4 Mar, licences live]") was kept: an aside written after the event, in the same note."""
    for item in [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note" and i.status in ("open", "overdue")]:
        nxt = [s for s in sit.sentences if s.order == item.order + 1 and s.note.ref == item.note_ref and s.speaker != "partner"]
        if nxt and nxt[0].text.lstrip().startswith("[") and delivers(nxt[0]) and words_of(nxt[0].text) & words_of(item.quote):
            _close(item, nxt[0])


def _close_old_asks(sit: Situation, deliveries: list[Sentence]) -> None:
    """An ask not mentioned for months before a later delivery that names it best of all later ones, by a word of the
    same kind or more ("stop typing passwords all day" ... a year later "badge login now live"), was answered by it."""
    for item in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open" and i.date]:
        later = [(linked(f"{item.complement} {item.quote}", s.text), s) for s in deliveries
                 if item in _before(sit, s) and s.date and item.date and s.date - item.date > STALE_AFTER]
        later.sort(key=lambda p: len(p[0]), reverse=True)
        enough = later and (len(later[0][0]) >= 2 or any(t.startswith(("kind:", "range:")) for t in later[0][0]))
        if enough and (len(later) == 1 or len(later[1][0]) < len(later[0][0])):
            _close(item, later[0][1])


def _before(sit: Situation, s: Sentence) -> list[Item]:
    """The asks and our promises a delivery line may answer: told earlier, in another note."""
    return [i for i in sit.items if _deliverable(i) and i.order < s.order
            and i.note_ref != s.note.ref and (i.date is None or s.date is None or i.date < s.date)]


def _close(item: Item, s: Sentence) -> None:
    item.status, item.done_quote, item.done_on = "done", s.text, s.date


def repeated(sit: Situation) -> None:
    """An open ask told again in a later note ("asked for a cost per new starter by October" ... "she also wants the cost
    per new-starter setup she asked for in October") is one ask: the later telling carries it, the earlier is left out.
    Our promise written twice in one note (two near-identical action rows) is one promise."""
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]
    for item in asks:
        if any(later.order > item.order and later.note_ref != item.note_ref and later.date and item.date and later.date > item.date
               and len(_topic(later) & _topic(item)) >= 2 and _same_subject(later, item) for later in asks):
            item.kind = "repeated_request"
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note"]
    for item in [i for i in ours if i.status != "done" and _DONE_INLINE.search(i.quote)]:  # "... by 31/07 (done 29/07)"
        item.status, item.done_quote, item.done_on = "done", item.quote, _inline_day(item) or item.date
    for item in ours:  # "| A-3 | item | owner | 2026-05-12 | Kept 2026-05-10 |": its row is the record of its delivery
        if (row := _status_cell(sit, item)) is not None:
            item.status, item.done_quote, item.done_on = "done", row[0], row[1]
            if item.complement.strip() not in row[0]:  # words read from a cell after its status (the reaction): the thing's own cell
                item.complement = max(row[0].split(" | "), key=lambda c: len(c.split()))
    for n, item in enumerate(ours):  # an action-table row is the record (order -1): a sentence telling the same promise defers to it
        if any(o is not item and _carries(o, item, m < n) and o.note_ref == item.note_ref and o.due == item.due
               and o.status == item.status and len(_topic(o) & _topic(item)) >= max(2, min(len(_topic(o)), len(_topic(item))) - 1) for m, o in enumerate(ours)):
            item.kind = "repeated_promise"


def _same_subject(a: Item, b: Item) -> bool:
    """Two asks share a subject word, not only the partner's name and the kind of thing ("an estimate" of a callback system
    and "an estimate" of a chatbot are two asks)."""
    return any(not _KIND_WORDS.match(t) for t in {stem5(w) for w in a.terms} & {stem5(w) for w in b.terms})


_KIND_WORDS = re.compile(r"(?:estim|quote|repor|propo|cost|costs|break|optio|figur|summa|plan|paper|list|updat|sizin|analy|forec|bench)$")


def _carries(o: Item, item: Item, o_first: bool) -> bool:
    """Whether the promise o carries item's telling: a table row carries a sentence, a later sentence an earlier one, and
    of two twin table rows the first (never each the other, which would leave the promise out altogether)."""
    if o.order == -1 and item.order == -1:
        return o_first
    return o.order == -1 or o.order > item.order > -1


# Told done in the promise's own line ("(kept)" with no day is our own mark, no delivery): "(done 29/07)", "— done 26 Jun", "– delivered 10 Apr, closed", "; sent on 3 Dec".
_DONE = done_words()
_DONE_INLINE = re.compile(rf"\((?:{_DONE})\b[^)]*\)|\(kept\b[^)\d]*\d[^)]*\)|[-–—,;|]\s*(?:kept|{_DONE})\s+(?:on\s+|am\s+|il\s+|el\s+|em\s+|le\s+|op\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)"
                          r"|^\W{0,3}(?:\[[xX]\]|☑|✅|\(/\))", re.IGNORECASE)  # a ticked row: "- [x] ...", "☑ ...", "(/) ..."


def _inline_day(item: Item) -> dt.date | None:
    """The day its own line says it was done ("— done 26 Jun"), when the line names one."""
    found = _DONE_INLINE.search(item.quote)
    if found and found.group(0).rstrip()[-1:] in "]☑✅)" and "(" not in found.group(0)[:2]:
        return None  # a tick names no day
    told = item.quote[found.start():found.end() + 16] if found else ""
    told = re.split(r"[),;]", told.lstrip("-–—,;|( "))[0]
    day_words = re.sub(r"^\W*\w+(?:\s+(?:on|am|il|el|em|le|op))?", "", told, flags=re.IGNORECASE)  # its date only, never read as past
    days = dates_in(day_words, item.date, item.date_order) if day_words and item.date else []
    return days[0] if days else None


# A row's status cell that tells it done, with its day: "Kept 2026-11-04", "Done 12/03", "Delivered on 4 May".
_STATUS_DONE = re.compile(rf"^(?:kept|{_DONE})\b[\s:,]*(?:on\s+)?(?P<day>[^,;()]{{4,20}})$", re.IGNORECASE)


def _status_cell(sit: Situation, item: Item) -> tuple[str, dt.date | None] | None:
    """The table row that holds our promise and the day its status cell says it was done ("Kept 2026-11-04")."""
    cell_text = item.quote.strip().rstrip(".…").strip()
    note = next((s.note.text for s in sit.sentences if s.note.ref == item.note_ref), "")
    row = next((ln for ln in note.splitlines() if ln.lstrip().startswith("|") and cell_text and cell_text in ln), "")
    cells = [c.strip() for c in row.strip().strip("|").split("|")] if row else []
    for n, cell in enumerate(cells):
        found = _STATUS_DONE.match(cell)
        anchor = item.date or sit.meeting_day or dt.date.today()
        days = dates_in(found.group("day"), anchor, item.date_order) if found and re.search(r"\d", found.group("day")) else []
        if found and days:
            return " | ".join(cells[: n + 1]), days[0]  # up to its status: the partner's reaction after it is no delivery
    return None


_MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}


def _topic(item: Item) -> set[str]:
    """The item's own words, by stem, without months."""
    return {stem5(w) for w in words_of(item.quote) if w not in _MONTHS}


def _deliverable(item: Item) -> bool:
    return (item.kind == "request" and item.owner == "partner") or (item.kind == "promise" and item.owner == "us" and item.source == "note")


def _awaits_delivery(item: Item) -> bool:
    if item.kind == "request" and item.owner == "partner":
        return item.status == "open"
    return item.kind == "promise" and item.owner == "us" and item.source == "note" and item.status in ("open", "overdue")


def last_mention(item: Item) -> dt.date | None:
    """When the notes last spoke of the item: its own date, or a later chase ("still waiting")."""
    dates = [d for d in (item.date, item.broken_on) if d]
    return max(dates) if dates else None


def is_stale(item: Item, today: dt.date, last_note: dt.date | None = None) -> bool:
    """An open ask or offer of the partner's, with no date on or after the meeting day, not mentioned for months before the
    meeting while later notes went on without it (the newest note's own ask is the latest we know, however old)."""
    if item.kind not in ("request", "offer") or item.owner != "partner" or item.status != "open":
        return False
    if item.due and item.due >= today:
        return False
    seen = last_mention(item)
    return seen is not None and today - seen > STALE_AFTER and (last_note is None or last_note - seen > SILENT_AFTER)
