"""Asks the partner tied to a date of their own, in whatever form the notes keep them.

The request cues read a sentence's verb; many asks carry no such verb ("Send me the list, with ...", "what I need: a
written answer ... by Friday 18 December", a bullet "Quote for the second site, by 15 January"), or put the date in a
sentence of its own ("I need it by the 8th."). The date is the structural cue: a line in the partner's voice, or
narrated about them, that sets a deadline after the day it was written, and names a thing asked of us (in that line or
the one before it), is one open request. Each becomes one typed item with its due date and how often it was chased,
so the lead ranks it (soonest date first) and the main view lists it with its date. A typed item on the same thing
keeps its own reading. A line of ours ("I'll send ...",
"two open things from us") is our promise, never their ask; a thing a later line shows delivered is not open.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import dates_in
from assistant.planning.item_status import STANDING_DAY
from assistant.planning.not_open import debris
from assistant.planning.situation_round3 import closed_in_later_notes
from assistant.planning.situation_round8 import cio_sentence
from assistant.planning.situation_types import Item, Sentence, Situation
from assistant.planning.their_deadline import _MEETING, _bare_ordinal, _telling
from assistant.text.sentences import sentence_spans

_I = re.IGNORECASE
PAST_DAYS, AHEAD_DAYS = 30, 75  # a deadline this long before or after the meeting can still be open at it
THIN = 2  # fewer telling words than this: the line only dates a thing the line before names ("I need it by the 8th.")
SHARED = 2  # telling words two lines share before they speak of one thing
# An ask's form, in any voice: an imperative to us, a need or want, a question put to us, or what was asked of us.
_ASK = re.compile(
    r"(?:^|[:;,]\s*|[\"“]\s*)(?:please\s+)?(?:send|give|get|bring|put|write|share|find|book|quote|price|prepare|draft|tell|show|"
    r"confirm|make|deliver|provide|come back|let me have|have)\s+(?:me|us|her|him|them|the|a|an|one|your|it|this|that|in writing)\b"
    r"|\b(?:I|we|she|he|they)\s+(?:still\s+|also\s+|really\s+)?(?:need|needs|want|wants|would like|'d like|expects?|must have|asked|asks|"
    r"requested|chased|checked)\b(?!\s+to\b)|\bwhat (?:I|we|she|he) (?:need|needs|want|wants)\b|\b(?:can|could|would|will) you\b|\bplease\b",
    _I)
# The date governs the partner's own step: "she has to decide by", "I must give notice before".
_THEIR_OWN = re.compile(r"\b(?:I|we|he|she|they)\s+(?:has|have|must|needs?|is going)\s+to\s+(?:give|decide|sign|submit|notify|file|choose|tell|confirm|book)\b", _I)
# A named person's want, narrated: "Pieter wants a fixed price ...".
_NAMED_WANT = re.compile(r"\b[A-Z][\w'’-]+\s+(?:still\s+|also\s+)?(?:needs|wants|asked|asks|expects|requested|chased)\b")
# A deliverable named by its noun ("Quote to extend ... by 15 January"): a thing asked of us even without a verb.
_THING = re.compile(r"^\W*(?:\*\*[^*]+\*\*\W*)?(?:\(?\d\)\s*)?(?:(?:a|an|the|one|her|his)\s+)?(?:[\w/-]+\s+){0,2}?(?:quote|number|figure|estimate|price|cost(?:ing)?|plan|position|answer|date|proposal|benchmark|list|paper|"
                    r"breakdown|decision|go/no-go|budget|note|report|summary|options?|view|business case|scenarios?|outline|draft|design|pilot|sample|study|analysis|comparison)\b", _I)
# Our own word, or the CIO's list of what we owe: a promise of ours, never their ask.
_OURS = re.compile(r"\b(?:I|we)\s*(?:'ll|’ll| will| shall| promised| owe| said (?:yes|I would|we would))\b|\bfrom us\b|\b(?:said|told \w+|promised)\s+(?:we|I)\s*(?:'d|’d| would)\b|\b(?:you|your [\w-]+)\s+(?:promised|committed|agreed|said you would)\b|^\W*(?:my|our)\s+(?:purpose|aim|goal|plan|read|view|note|summary)\b|^\s*(?:[-*]\s*)?\[[ xX]?\]|\bI (?:told|promised|assured) (?:her|him|them)\b|\bowner:?\s*(?:me|us|CIO)\b|"
                   r"\bour (?:promise|side|answer)\b|\byou(?:'ll|’ll| will) (?:have|get)\b", _I)
_SPEAKERS = ("partner", "narrator")
# The thing is named before: "I need it by the 8th", "she wants this before the committee".
_POINTS = re.compile(r"\b(?:need|needs|want|wants|send|have|get)\s+(?:it|this|that|them)\b", _I)
# An answer asked to an offer of theirs: the offer takes the date.
_OFFER = re.compile(r"\b(?:offer|offered|offers|invitation|invited|invites|seat|slot)\b", _I)
# A line under another label that still tells what the partner wants ("She wants an IT position by ...").
_TOLD = re.compile(r"^\W*(?:[A-Z]{2,3}\s+(?:summary|note)\s*:\s*)?(?:she|he|they)\s+(?:still\s+|also\s+)?(?:wants|needs|asked|asks|expects|requested|chased)\b", _I)
# A date that is past history, not a deadline: "switched on the 9th, a week early".
_HAPPENED = re.compile(r"\b(?:went live|is live|live since|running since|since the|delivered|arrived|finished|completed|done)\b", _I)
# The date a deadline word governs: what follows "by", "before", "due", "until" within a few words.
_GOVERNED = re.compile(r"\b(?:by|before(?=\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|due(?:\s+(?:on|by))?|no later than|not later than|latest|until|deadline(?: is)?)\s+(?P<rest>.{0,40})", _I)


def dated_asks(sit: Situation, today: dt.date, first: str = "") -> list[Item]:
    """Their dated asks that no typed item holds yet, soonest deadline first; a typed one gains the date it lacked."""
    found: list[Item] = []
    for s in sit.sentences:
        due = _deadline(s, today)
        if _THEIR_OWN.search(s.text):
            continue  # "he has to give notice by the 18th": a date for their own step, nothing asked of us
        voiced = (s.speaker in _SPEAKERS or _TOLD.search(s.text) is not None) and not _someone_else(s, first)
        if due is None or not voiced or _OURS.search(s.text) or _MEETING.search(s.text) or _HAPPENED.search(s.text) or cio_sentence(s):
            continue
        subject = _subject(sit, s)
        if subject is None or _OURS.search(subject.text) or debris(subject.text) or debris(s.text) or _POINTER.search(s.text):
            continue  # a heading or a data dump's fragment: no one asked it; "(see 19 Nov)": the ask is told where it points
        words = _telling(subject.text) | _telling(s.text)
        if not any(p.search(t) for p in (_ASK, _NAMED_WANT) for t in (s.text, subject.text)) and not _THING.search(subject.text):
            continue  # a date of their own plans ("the board meets by the 14th"), nothing asked of us
        if (_OFFER.search(subject.text) and _latest_offer(sit, s) is not None) or _answers_offer(sit, s):
            continue  # "the loan of two analysts, answer by the 20th": their offer, listed already
        same = [i for i in sit.items + found if _same_thing(i, subject, words, due)]
        for item in [i for i in same if i.status == "done" and _unevidenced(sit, i)]:
            item.status, item.done_quote, item.done_on, item.due = "open", "", None, due  # closed on a chase: open, by the date its line set
        for item in [i for i in same if i.due is None and i.status == "open" and i.kind == "request" and _same_line(i, subject)
                     and s.order - subject.order <= 2 and not s.text.lstrip().startswith("#") and not STANDING_DAY.search(s.text)]:  # a heading ("To do before ...") dates no ask
            item.due = due  # the very line it was typed from, dated by the partner's next line: it gains the date it lacked
        if same:
            continue  # a typed item holds it (its own reading of dates and status stands)
        if any(i.kind == "promise" and i.owner == "us" and len(words & (i.terms | _telling(i.quote))) >= SHARED + 1 for i in sit.items):
            continue  # the thing is a promise of ours (their date for it is ours to keep, not a new ask)
        words_of = _piece(subject.text)
        comp = f"a {words_of[:1].lower()}{words_of[1:]}" if re.match(r"[A-Z][a-z]", words_of) and _THING.match(words_of) else words_of  # "Quote to ...": a quote
        item = Item("request", "partner", "open", words_of, subject.date, subject.note.ref, "", comp, s.speaker == "partner",
                    due, order=subject.order, terms=frozenset(words), date_order=subject.date_order)
        if not closed_in_later_notes(item.terms, item.date, [(n.date, n.text) for n in sit.notes], _DONE):
            found.append(item)
    return sorted(found, key=lambda i: (i.due or dt.date.max, -chases(sit, i)))


_DONE = re.compile(r"\b(?:sent|delivered|emailed|e-mailed|handed over|in (?:his|her|their) inbox|went out|signed off)\b", _I)


def chases(sit: Situation, item: Item) -> int:
    """How often the partner came back to the ask after they made it (a later line of theirs on the same thing)."""
    later = [s for s in sit.sentences if s.order > item.order and s.speaker in _SPEAKERS and not _OURS.search(s.text)
             and len(_telling(s.text) & (item.terms | _telling(item.quote))) >= SHARED and s.date != item.date]
    return len({s.date for s in later})


def _same_thing(item: Item, subject: Sentence, words: frozenset[str], due: dt.date) -> bool:
    """A typed item of theirs on the same thing: the same line, or shared words (one, for a chase of the same date),
    unless it was delivered before this ask was made (then this is a new ask on a neighbouring thing)."""
    if item.owner != "partner" or item.kind not in ("request", "offer"):
        return False
    if item.quote and (item.quote in subject.text or subject.text in item.quote):
        return True
    shared = len(words & (item.terms | _telling(item.quote))) >= (1 if item.due == due else SHARED)
    closed_before = item.status == "done" and item.done_on is not None and subject.date is not None and item.done_on < subject.date
    return shared and not closed_before


def _same_line(item: Item, subject: Sentence) -> bool:
    return bool(item.quote) and item.note_ref == subject.note.ref and (item.quote in subject.text or subject.text in item.quote)


def _deadline(s: Sentence, today: dt.date) -> dt.date | None:
    """The earliest date the line sets as a deadline, after the day it was written and near the meeting."""
    anchor = s.date or s.note.date or today
    for match in _GOVERNED.finditer(s.text):
        rest = match.group("rest")
        days = dates_in(rest, anchor, s.date_order) or _bare_ordinal(rest, anchor)  # a written date before a bare "the 20th"
        fits = [d for d in days if (s.date is None or d > s.date) and -PAST_DAYS <= (d - today).days <= AHEAD_DAYS]
        if fits:
            return min(fits)
    return None


def _subject(sit: Situation, s: Sentence) -> Sentence | None:
    """The line that names what is asked: this one, or (for a line that only dates it) the speaker's line before it."""
    pointer = _POINTS.search(s.text)
    if not _asks_for(s.text) and _FINISHES.search(s.text) and (ask := _ask_before(sit, s)) is not None:
        return ask  # "I want a fixed time for the file. A time, by the 20th, so I can ...": the line before asks
    if len(_telling(_undated(s.text[:pointer.start()] if pointer else s.text))) >= THIN:
        return s  # the line names its thing before any "it"
    before = [p for p in sit.sentences if p.note.ref == s.note.ref and p.speaker == s.speaker and s.order - 4 <= p.order < s.order]
    named = [p for p in reversed(before) if len(_telling(_undated(p.text))) >= THIN]
    # the nearest line that asks for a thing; an aside between ask and date ("I don't mind which, you know best") names none
    return next((p for p in named if _asks_for(p.text)), named[0] if named else None)


# A line that only finishes an ask: it opens on its deadline ("By the 9th, please.") or says what the thing is for
# ("A number, by 9 March, so I can brief the board.").
_FINISHES = re.compile(r"^\W*(?:by|before)\b|\bso (?:that )?(?:I|we|she|he|they) can\b", _I)


def _ask_before(sit: Situation, s: Sentence) -> Sentence | None:
    """The same speaker's line just before (same note, at most one line between) that has an ask's verb form, when the
    dated line itself has none: the date finishes that ask."""
    before = [p for p in sit.sentences if p.note.ref == s.note.ref and p.speaker == s.speaker and s.order - 2 <= p.order < s.order]
    return next((p for p in reversed(before) if (_ASK.search(p.text) or _NAMED_WANT.search(p.text)) and not _OURS.search(p.text)), None)


def _asks_for(text: str) -> bool:
    """The line has an ask's form or names a deliverable by its noun."""
    return any(p.search(text) for p in (_ASK, _NAMED_WANT, _THING))


def _undated(text: str) -> str:
    return re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:by|before|the|of)\b", " ", text, flags=_I)


# A chat or minutes label opening the line: "[28/12, 11:20] Ana Ruiz:", "Ana Ruiz 09:14", "- Tom:".
_LABEL = re.compile(r"^\W*(?:\[[^\]]*\]\s*)?(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})\s*(?::|\s+\d{1,2}[:.]\d{2}\b)")


def _someone_else(s: Sentence, first: str) -> bool:
    """The line is labelled with a full name that is not the partner's: another person said it (often the CIO)."""
    at = s.note.text.find(s.text[:40])
    if at < 0 or not first:
        return False
    line = s.note.text[s.note.text.rfind("\n", 0, at) + 1:]
    label = _LABEL.match(line)
    return bool(label and len(label.group("name").split()) >= 2 and first.lower() not in label.group("name").lower()
                and not any(_short_of(w, first) for w in label.group("name").split()))


def _short_of(word: str, first: str) -> bool:
    """The label's word is the partner's first name or a short form of it ("Rafa" for "Rafael", "Tina" for "Valentina")."""
    word, first = word.lower().strip(".'"), first.lower()
    return word == first or (len(word) >= 3 and len(first) >= 4 and (first.startswith(word) or word.startswith(first))) or (len(word) >= 4 and first.endswith(word))


# A pointer to the note that holds the ask: "(wanted by 3 March, see 2026-02-10)".
_POINTER = re.compile(r"\bsee\s+(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|(?:the\s+)?(?:note|entry|minutes)\b|above|below)")
_ANSWER = re.compile(r"\b(?:answer|reply|response|decision|yes or no)\b", _I)


def _answers_offer(sit: Situation, s: Sentence) -> bool:
    """A line that dates the answer to an offer made in the two sentences before it ("I'll pay half. Answer needed by ...")."""
    return _ANSWER.search(s.text) is not None and any(
        i.kind == "offer" and i.owner == "partner" and i.note_ref == s.note.ref and 0 < s.order - i.order <= 2 for i in sit.items)


def _latest_offer(sit: Situation, s: Sentence) -> Item | None:
    """Their newest open offer made by the day of the line (its answer is what the line dates)."""
    offers = [i for i in sit.items if i.kind == "offer" and i.owner == "partner" and i.status in ("open", "overdue")
              and (i.date is None or s.date is None or i.date <= s.date)]
    return max(offers, key=lambda i: i.order) if offers else None


def _piece(text: str) -> str:
    """The part of a long line that asks (a quoted paragraph holds several sentences): the first one with an ask's form,
    without a quotation mark left open."""
    parts = [span.text for span in sentence_spans(text, min_words=1)]  # never cut at "(approx." or "St. Gallen"
    if len(parts) < 2:
        return text
    best = next((p for p in parts if _ASK.search(p) or _NAMED_WANT.search(p) or _THING.search(p)), parts[0])
    return best.strip("\"“”") if (best.count('"') + best.count("“") + best.count("”")) % 2 else best


# A line read as the delivery that only asks after it: "checked whether the price was coming", "asked if it was on track".
_ASKS_AFTER = re.compile(r"\b(?:checked|asked|wondered|chased)\s+(?:whether|if)\b|\bwhether\b[^.]*\b(?:coming|on track|ready)\b|\bany news\b", _I)


def _unevidenced(sit: Situation, item: Item) -> bool:
    """Their dated ask closed on a line that only asks after it (a chase), with no promise of ours that carries it:
    still open at the meeting."""
    if not _ASKS_AFTER.search(item.done_quote):
        return False  # a delivery line, or none shown (another reading closed it): that reading stands
    words = item.terms | _telling(item.quote)
    return not any(i.kind in ("promise", "late_promise") and i.owner == "us" and len(words & (i.terms | _telling(i.quote))) >= SHARED
                   for i in sit.items)
