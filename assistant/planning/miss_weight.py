"""Whether a miss of ours still weighs in the latest entries (issue #20, session 12).

A miss the notes show was ours is owned in a plan only while nothing later has settled it. Three later events settle it:

- an apology already made: our own line, right after the miss or about the same event later, says we apologised or
  owned it ("I apologised and told her plainly what happened", "I owned it"), and no later note complains of it again;
- a healed topic: a later note tells the same thing working, live or praised ("the feed has run every night since",
  "went out in July ... he said 'ok, that worked'"), in anyone's voice but the CIO's own guesses, and no complaint of
  it follows;
- only guessed: the miss is told only inside the CIO's own guess about the partner;
- its root cause already sent: a later line, before any other miss of ours, says the review went to the partner;
- delivered since: the late thing was delivered later (our promise of it kept), with no complaint after.

Each is read from structure (order, notes, shared topic words), with small families of act words, never one wording.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import situation_cues as cue
from assistant.planning.miss_cause import REVIEW_SENT, complaint_in
from assistant.planning.note_reading import cio_voice
from assistant.planning.praise import PRAISE
from assistant.planning.situation_round6 import topic_terms
from assistant.planning.situation_round8 import cio_reading
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE

# Our own act of owning a miss, told in our voice: an apology or an admission made to the partner.
APOLOGY_MADE = re.compile(
    r"\b(?:I|we)\s+(?:(?:have|had|already|then|also|personally)\s+)?(?:apologi[sz]ed|said (?:we were |I was |I'm |we're )?sorry|"
    r"owned (?:it|up|that|the \w+|our part)|took (?:the )?(?:blame|responsibility)|held (?:my|our) hands? up|"
    r"wrote (?:to )?(?:her|him|them) (?:an|a) (?:apology|letter of apology))\b"
    r"|\b(?:my|our) apology (?:was )?(?:accepted|made|sent|went)\b"
    r"|(?:^|[.!]\s+)(?:I am|I'm|we are|we're) (?:very |truly |really )?sorry\b|\bmy apologies\b"  # said in our own message to them
    r"|^\W*(?:apologi[sz]ed|owned it|said sorry)\b",  # the CIO's own note, subject left out: "Apologised. Promised a check ..."
    _I,
)
# The thing working now, or delivered and liked: told of the same topic in a later note.
WORKING = re.compile(
    r"\b(?:(?:that|it|this) worked|works? (?:well|fine|now)|worked (?:well|fine)|went (?:out|live|well|smoothly)|(?:has|have) (?:run|worked|held)|"
    r"ran (?:fine|clean|cleanly|smoothly|without)|held up|(?:is|are|was|were) live|live since|without a (?:break|hitch|problem|glitch)|"
    r"(?:a|the) success|successful(?:ly)?|(?:has|have) been (?:fine|solid|stable|reliable)|no (?:problems|issues|trouble) since|"
    # on time since: "both closes ran on time after the fix", "has come in on time every month", "no repeat since"
    r"(?:ran|run|runs|running|went|came(?: in)?|closed|closes|landed|arrived|been|were|was|are|is|stayed|kept) (?:\w+ )?on (?:time|schedule|the day)|"
    r"on time (?:since|ever since|every (?:week|month|time|day)|each (?:week|month|time))|(?:quiet|stable|clean|calm) (?:ever )?since|"
    r"no (?:repeat|recurrence|repeats|further (?:problems|issues|incidents))|(?:hasn't|haven't|has not|have not|didn't|did not) (?:recur|recurred|"
    r"happen(?:ed)? again|come back|(?:broken|failed|slipped) (?:again|since)))\b",
    _I,
)
# The apology did not settle it: "I don't think it landed", "it didn't help", "he is still sore about it".
NOT_LANDED = re.compile(
    r"\b(?:(?:don't|do not|didn't|did not) think (?:it|that|the apology) (?:landed|helped|worked|mattered)|(?:it|that|the apology) "
    r"(?:didn't|did not|doesn't|does not) (?:land|help|wash|count|change (?:much|anything))|not sure (?:it|that) (?:landed|helped)|"
    r"still (?:sore|cross|angry|bitter|upset|raw|furious) about)\b",
    _I,
)
_GENERIC = {"system", "systems", "project", "problem", "issue", "issues", "today", "again", "weeks", "months", "since", "after",
            "before", "their", "there", "about", "which", "would", "could", "still", "late", "ours", "theirs", "team", "staff",
            "hours", "minutes", "month", "times", "every", "first", "third", "second", "three", "eleven", "twelve"}


def _topic(item: Item) -> set[str]:
    return {w for w in topic_terms(item.terms) if len(w) >= 5 and w not in _GENERIC}


def stems(words: set[str] | frozenset[str]) -> set[str]:
    """Word stems, so a topic told as "the close" and later as "both closes" is one topic."""
    return {light_stem(w) for w in words if len(w) >= 5 and w not in _GENERIC}


def light_stem(word: str) -> str:
    """A light stem: "closes", "closed", "closing" and "close" all read "clos"; "billings" and "billing" read "bill"."""
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 5:
        word = word[:-1]
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[: -len(end)]
            break
    return word[:-1] if word.endswith("e") else word


def _on_topic(sit: Situation, s: Sentence, words: set[str]) -> bool:
    """The line names the miss's topic, or follows one that does in its note ("... went out in July." then "He said 'ok, that worked'")."""
    own = stems(words)
    if own & stems(terms_of(s.text)):
        return True
    prev = next((p for p in sit.sentences if p.order == s.order - 1 and p.note.ref == s.note.ref), None)
    return prev is not None and bool(own & stems(terms_of(prev.text)))


def later(s: Sentence, order: int, day: dt.date | None) -> bool:
    """Whether a line comes after a point in time: by date where both are dated and differ (notes pasted newest first put
    a later mail above an earlier one), else by its place in the notes."""
    if s.date and day and s.date != day:
        return s.date > day
    return s.order > order


def _later_complaint(sit: Situation, item: Item, after: Sentence) -> bool:
    """A complaint about the same topic in a later note than `after` (raised again: it weighs again)."""
    words = _topic(item)
    return any(later(s, after.order, after.date) and s.note.ref != after.note.ref and (complaint_in(s) or cue.UPSET.search(s.text))
               and words & terms_of(s.text) for s in sit.sentences)


def apologised(sit: Situation, item: Item) -> Sentence | None:
    """Our line saying we already apologised for or owned this miss: within three lines after it in its note, or a
    later line about the same topic; None where the partner complained of it again afterwards."""
    words = _topic(item)
    for s in sit.sentences:
        if not (s.order == item.order or later(s, item.order, item.date)) or s.speaker == "partner" or not APOLOGY_MADE.search(s.text):
            continue
        near = s.note.ref == item.note_ref and s.order - item.order <= 3
        after = [n for n in sit.sentences if n.note.ref == s.note.ref and 0 <= n.order - s.order <= 1]
        if any(NOT_LANDED.search(n.text) for n in after):
            continue  # owned, but it did not land: still weighs
        told = any(words & terms_of(p.text) for p in sit.sentences if p.note.ref == s.note.ref and 0 <= s.order - p.order <= 2)  # "She rang, angry: ... Apologised."
        if (near or told) and not _later_complaint(sit, item, s):
            return s
    return None


def healed(sit: Situation, item: Item) -> Sentence | None:
    """A later note tells the missed thing working or praised, and nothing complains of it afterwards."""
    words = _topic(item)
    if not words:
        return None
    for s in sit.sentences:
        if s.note.ref == item.note_ref or not later(s, item.order, item.date) or (s.date and item.date and s.date <= item.date):
            continue
        good = WORKING.search(s.text) or (PRAISE.search(s.text) and s.speaker != "us")
        if not good or cue.NOT_DONE.search(s.text) or complaint_in(s) or cue.UPSET.search(s.text) or cio_voice(s.text):
            continue
        if _on_topic(sit, s, words) and not _later_complaint(sit, item, s):
            return s
    return None


def review_sent_later(sit: Situation, item: Item, within: int = 60) -> Sentence | None:
    """A later note says our review of the miss went to the partner, before any other miss of ours is told."""
    others = [m.order for m in sit.items if m.kind == "miss" and m.owner == "us" and m.order > item.order and m is not item]
    limit = min(others, default=10**9)
    for s in sit.sentences:
        if s.order <= item.order or s.order >= limit or not REVIEW_SENT.search(s.text):
            continue
        if item.date and s.date and s.date - item.date > dt.timedelta(days=within):
            break
        return s
    return None


def only_guessed(sit: Situation, item: Item) -> Sentence | None:
    """The miss is told only inside the CIO's own guess ("I think she went outside because our last project was late"),
    and the partner never complains of it in their own words: no evidence that it weighs with them."""
    own = next((s for s in sit.sentences if s.order == item.order), None)
    if own is None or own.speaker == "partner" or not cio_reading(own.text):
        return None
    words = _topic(item)
    spoken = any(s.speaker == "partner" and s.order != item.order and words & terms_of(s.text) for s in sit.sentences)
    return None if spoken else own


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")


def delivered_since(sit: Situation, item: Item) -> Sentence | None:
    """A delay healed by delivery: our promise of the same thing (shared topic stems or its acronym) was kept after the
    miss, and no complaint of it follows the delivery ("OCR slipped to July" ... "Remaining OCR form types live")."""
    if item.miss_kind != "delay":
        return None
    prev = next((s for s in sit.sentences if s.order == item.order - 1 and s.note.ref == item.note_ref), None)
    told = f"{prev.text} {item.quote}" if prev is not None and cue.MISS.search(prev.text) else item.quote  # "X slipped. Our estimate missed Y."
    names = set(_ACRONYM.findall(told)) - {"IT", "CIO"}
    for p in [p for p in sit.items if p.kind == "promise" and p.owner == "us" and p.status == "done" and p.done_quote]:
        if not (p.done_on and item.date and p.done_on > item.date):
            continue
        if not (names & set(_ACRONYM.findall(p.quote)) or len(stems(_topic(item)) & stems(_topic(p))) >= 2):
            continue
        line = next((s for s in sit.sentences if p.done_quote[:40] in s.text or s.text in p.done_quote), None)
        if line is not None and not _later_complaint(sit, item, line):
            return line
    return None


def settled(sit: Situation, item: Item) -> Sentence | None:
    """The line that shows this miss wants no apology and no root-cause promise, if any."""
    return (only_guessed(sit, item) or apologised(sit, item) or healed(sit, item) or review_sent_later(sit, item)
            or delivered_since(sit, item))
