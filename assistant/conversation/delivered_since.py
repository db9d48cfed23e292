"""Delivery the notes report in few words, which the situation model's term match misses.

A later note often reports delivery elliptically ("All 40 delivered on 26 June", "List sent, two weeks late") or the
partner thanks us for it ("Good work on the rollout memo, it reads well"). Such a line shares only one word or a count with
the request or promise it settles. Our promise made in the same entry as a request ("We promised it by 31.07") is
settled with that request. Every settled item keeps the settling line as its evidence (done_quote, done_on).
"""

from __future__ import annotations

import re

from assistant.planning.situation import Item, Sentence, Situation, terms_of

_DONE = re.compile(r"\b(?:went live|is live|now live|installed|delivered|handed over|completed|finished|rolled out|shipped|sent|"
                   r"arrived|signed off|handed out|given out|issued|distributed|done and sent)\b", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank you|thanked (?:us|me|the team|\w+'s team|\w+’s team|\w+)) for (?:the |your |our |all the )?"
                     r"(?P<what>[^.,;!?]{3,60})", re.I)
_NOT_YET = re.compile(r"\b(?:not|never|isn't|wasn't|hasn't|haven't|aren't|yet to|still|waiting|pending|will|would|next|partly|partial|"
                      r"only|some|half|part of|the rest|wrong|first (?:batch|part|half|\d+))\b|\?", re.I)
# Thanks for a talk or a note about the thing ("thanks for the update on the pilot") is no delivery of it.
_ABOUT_IT = re.compile(r"^(?:quick |prompt )?(?:update|reply|response|call|chat|note|e-?mail|heads-up|time|meeting|feedback|news|offer)\b", re.I)
_LATE = re.compile(r"\b(?:late|later than|after the date|overdue|behind|delay(?:ed)?)\b", re.I)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_DAY = re.compile(rf"\b\d{{1,4}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b")
# A request or order passed on to someone else ("Request sent to Procurement") is a step toward it, no delivery of it.
_HANDED_ON = re.compile(r"\b(?:request|order|ticket|requisition|purchase order|PO|enquiry|inquiry|brief)s?\s+(?:was\s+|were\s+)?"
                        r"(?:sent|raised|placed|issued|submitted|passed)\b", re.I)
_REFERS_BACK = re.compile(r"\b(?:it|them|that|this|these|those|one)\b", re.I)
_VERBS = frozenset({"delivered", "sent", "shipped", "installed", "completed", "finished", "arrived", "handed", "rolled", "signed",
                    "live", "went", "thanks", "thank", "thanked", "late", "early", "weeks", "days", "ahead", "time"})


def _counts(text: str) -> frozenset[str]:
    """The counts a line names ("40 laptops"), days, months and years left out."""
    return frozenset(re.findall(r"\b\d+\b", _DAY.sub(" ", text)))


def _subject_terms(text: str) -> frozenset[str]:
    return frozenset(terms_of(text) - _VERBS)


def _reports(item: Item, s: Sentence) -> bool:
    """The line reports the item delivered in few words, or thanks us for it: it shares a word or a count with it."""
    if _NOT_YET.search(s.text) or _HANDED_ON.search(s.text):
        return False
    shared = (_subject_terms(item.quote) & _subject_terms(s.text)) | (_counts(item.quote) & _counts(s.text))
    if (thanks := _THANKS.search(s.text)) is not None and s.speaker in ("partner", "narrator"):
        what = thanks.group("what")
        return not _ABOUT_IT.match(what) and bool(_subject_terms(what) & _subject_terms(item.quote))
    short = len(re.findall(r"[\w'’-]+", _DAY.sub("", re.sub(r"\(.*?\)", "", s.text)))) <= 8  # nor its day, nor an aside in brackets
    return bool(_DONE.search(s.text)) and short and bool(shared)


def _settle(item: Item, s: Sentence) -> None:
    item.status, item.done_quote, item.done_on = "done", s.text.strip(), s.date


def settle_reported(sit: Situation) -> None:
    """Requests of the partner and our promises that a later, brief line reports delivered or thanked for: done."""
    open_items = [i for i in sit.items if i.status in ("open", "overdue") and i.date is not None
                  and ((i.kind == "request" and i.owner == "partner") or (i.kind == "promise" and i.owner == "us"))]
    for item in open_items:
        later = [s for s in sit.sentences if s.order > item.order and s.date is not None and item.date is not None and s.date > item.date]
        hit = next((s for s in later if _reports(item, s)), None)
        if hit is not None:
            _settle(item, hit)
    for promise in (i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status in ("open", "overdue")):
        asked = next((r for r in sit.items if r.kind == "request" and r.owner == "partner" and r.status == "done" and r.date == promise.date
                      and r.order < promise.order and r.done_quote), None)  # "Asked for X. We promised it by 31.07."
        if asked is not None and (_REFERS_BACK.search(promise.quote) or _subject_terms(promise.quote) & _subject_terms(asked.quote)):
            promise.status, promise.done_quote, promise.done_on = "done", asked.done_quote, asked.done_on


_ACCEPTED = re.compile(r"\b(?:got it|useful|helpful|thanks|thank you|good enough|no harm done|works for (?:me|us)|all good)\b", re.I)
_COMPLAINT = re.compile(r"\b(?:again|unacceptable|disappoint\w*|frustrat\w*|annoy\w*|not good enough|escalat\w*)\b", re.I)


def _partner_words(s: Sentence) -> str:
    """What the partner says in the line: all of it when the partner speaks, else only what is quoted (an e-mail reply)."""
    if s.speaker == "partner":
        return s.text
    return " ".join(m.group(1) for m in re.finditer(r"[\"“]([^\"”]{2,})[\"”]?", s.text)) if s.speaker == "narrator" else ""


def _taken(text: str) -> bool:
    return bool(text) and _ACCEPTED.search(text) is not None and not _COMPLAINT.search(text) and "?" not in text


def accepted_late(miss: Item, sit: Situation) -> Sentence | None:
    """A slip that is itself a delivery, late ("List sent, two weeks late"), which the partner took without complaint in a
    later note ("Got it. Late, but useful."), or the partner's own words of lateness said while taking the delivery
    ("Thanks. Later than I'd like, but it's what I needed."): delivered and accepted, no miss to own again or to re-date."""
    if miss.kind != "miss" or miss.date is None:
        return None
    said = next((s for s in sit.sentences if s.text == miss.quote), None)
    if said is not None and _LATE.search(said.text) and _taken(_partner_words(said)) and any(
            i.status == "done" and i.done_on is not None and i.done_on <= miss.date for i in sit.items if i is not miss):
        return said
    if not (_DONE.search(miss.quote) and _LATE.search(miss.quote)) or re.search(r"\bnot\b|n't\b", miss.quote):
        return None
    return next((s for s in sit.sentences if s.date is not None and s.date > miss.date and _taken(_partner_words(s))), None)
