"""Whether a miss still weighs (issue #20, round 10): one event told twice, a late delivery, a healed or closed slip.

- A later miss that shares the event's words with an earlier one whose cause is known is the same event told again
  ("... staff were paid a day late" -> "she is still angry that staff were paid late"): it inherits the cause and the
  earlier miss carries it, so no second "check before owning" is written for it.
- "Sent ... today, a few days late", the line that kept our promise, is that promise kept late, not a new miss.
- Forgiving one telling of an event heals every earlier telling of it ("the onboarding portal was three weeks late" ...
  "thanks for telling us early about the onboarding portal delay. No harm done").
- A slip that a later line shows delivered ("we missed the May date for the carrier booking portal" ... "the carrier
  booking portal went live in July") is closed: never owned, never apologised for.
- A chase of an ask is a "not done" line about that ask, never a miss of ours that shares one word with it.
"""

from __future__ import annotations

import re

from assistant.planning import miss_closure, miss_reaction
from assistant.planning import situation_cues as cue
from assistant.planning.blamed_reply import unforgive_blamed
from assistant.planning.delivery_words import delivers, link
from assistant.planning.miss_cause import review_causes
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

# "we missed the close", "the model is still being built": a miss or work in progress reported, not an ask chased.
_MISS_WORDS = re.compile(
    r"\b(?:we missed|was missed|missed (?:the )?(?:\d|date|deadline)|still (?:being|in) \w+(?: on)?|not (?:yet )?(?:finished|built|complete))\b",
    re.IGNORECASE,
)


_SORRY = re.compile(r"\s*(?:sorry|apologies)\b", re.IGNORECASE)  # our reply to their complaint: "Sorry Javier, the extract failed ..."


def same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two tellings of one event: two shared words, one of them five letters or more."""
    shared = a & b
    return len(shared) >= 2 and any(len(w) >= 5 for w in shared)


def chases(s: Sentence, item: Item) -> bool:
    """A later line that says the ask is still not done or was chased ("The stock view is not there yet")."""
    shared = terms_of(s.text) & item.terms
    if cue.CHASED.search(s.text):
        return len(shared) >= 1
    if not cue.NOT_DONE.search(s.text):
        return False
    only_a_miss = not cue.NOT_DONE.search(_MISS_WORDS.sub("", s.text))
    return len(shared) >= (2 if only_a_miss else 1)


def review_misses(sit: Situation) -> None:
    """Merge retellings, fold late deliveries into their promise, heal retellings of a forgiven event, close delivered slips."""
    review_causes(sit)  # no-miss lines dropped, causes read from the notes, misses the partner closed (miss_cause.py)
    misses = [i for i in sit.items if i.kind == "miss"]
    _retold(sit, misses)
    _kept_late(sit)
    _still_owed(sit)
    _healed_together(misses)
    _closed_by_delivery(sit)
    miss_reaction.review(sit)  # put behind them by the partner's own reaction: waved off, praised, moved on
    miss_closure.review(sit)  # closed or put elsewhere by the partner; reopened when raised again later
    unforgive_blamed(sit)  # their reply refused the excuse ("I don't care who broke it"): it still weighs


def _topic(sit: Situation, miss: Item) -> frozenset[str]:
    """The words of the two lines before a miss in its note: "Fraud model went live ..." then "It's also four months late."."""
    return frozenset().union(*(terms_of(s.text) for s in sit.sentences if s.note.ref == miss.note_ref and 0 < miss.order - s.order <= 2))


def _retold(sit: Situation, misses: list[Item]) -> None:
    for later in misses:
        topic = later.terms | _topic(sit, later)  # a line that names nothing ("four months late") speaks of its note's topic
        earlier = [m for m in misses if m.order < later.order and m.kind == "miss" and m.owner != "unclear"
                   and later.owner in ("unclear", m.owner)
                   and (same_event(m.terms, later.terms) or (m.note_ref != later.note_ref and same_event(m.terms, topic))
                        or (m.note_ref == later.note_ref and later.order - m.order <= 2 and _SORRY.match(later.quote) is not None))]
        if earlier and not later.forgiven_quote and later.status == "open":
            later.owner, later.kind = earlier[-1].owner, "noted_miss"


def _kept_late(sit: Situation) -> None:
    kept = {i.done_quote for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status == "done" and i.done_quote}
    for miss in [m for m in sit.items if m.kind == "miss" and m.status == "open" and m.quote in kept]:
        miss.owner, miss.kind = "us", "noted_miss"  # the promise, kept late, carries it


def _still_owed(sit: Situation) -> None:
    """"Still not done, my fault, I said I'd get it to her by 8 December": the open promise in the same line carries it;
    the plan reports that promise, never apologises for a "problem" on the day it was noted."""
    owed = {i.quote for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status in ("open", "overdue")}
    for miss in [m for m in sit.items if m.kind == "miss" and m.status == "open" and m.owner == "us" and m.quote in owed]:
        miss.kind = "noted_miss"


def _healed_together(misses: list[Item]) -> None:
    for healed in [m for m in misses if m.forgiven_quote and m.status == "done" and m.owner != "third_party"]:
        for m in misses:
            if m.order < healed.order and m.status == "open" and m.owner != "third_party" and same_event(m.terms, healed.terms):
                m.status, m.forgiven_quote, m.forgiven_on = "done", healed.forgiven_quote, healed.forgiven_on


# A line that names the thing and says it is not there yet, so the next line's miss is about it.
_STATUS_HEAD = re.compile(r"^\W*(?:\d+\.\s*)?[\w -]{3,40}:\s*(?:not (?:yet )?(?:delivered|done|sent|ready|live)|late|slipped|missed)\.?$", re.IGNORECASE)


def _closed_by_delivery(sit: Situation) -> None:
    for miss in [m for m in sit.items if m.kind == "miss" and m.status == "open" and m.owner in ("us", "unclear")]:
        head = next((s.text for s in sit.sentences if s.note.ref == miss.note_ref and s.order == miss.order - 1), "")
        told = f"{head} {miss.quote}" if _STATUS_HEAD.match(head) else miss.quote  # "Handset plan: not delivered. We missed 30/06 ..."
        for s in sit.sentences:
            if s.order > miss.order and s.text != miss.quote and not cue.UPSET.search(s.text) and delivers(s) and link(told, s.text) >= 2:
                miss.status, miss.done_quote, miss.done_on = "done", s.text, s.date
                break
