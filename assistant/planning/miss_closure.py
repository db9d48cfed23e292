"""Whose miss it is to own, and whether it still weighs (session 15, dimensions b and d).

- The partner's own closure of a miss, told right after it in its note, settles it: a closing word ("Closed.", "Considered
  closed", "May is fine", "water under the bridge"), or their own attribution of it to a third party or to both sides
  ("that's the supplier, not you", "half mine, half yours", "their courier", "our own data"). A cause given to both sides
  in the notes ("Cause shared: ...") is never ours alone.
- A miss still weighs when a later line names it and tells it raised again or still told ("still the example she reaches
  for", "keeps bringing it up", "he still tells it", "she mentioned the March outage"): that reopens a
  closure, a forgiveness, a fix or a review sent. A present-tense "still" line in an undated summary speaks of now.
- "The cause was ours" in any of several shapes ("Cause ours:", "This was us", "on our side") puts it on record as ours.
- A line saying the partner still holds it ("not quite forgiven", "hasn't really let it go") is never a closure; a miss
  told as both sides' doing that they still hold is ours in part (held_shared), never a third party's.
- A small slip months old, with deliveries on time since and no word of it from the partner, is history
  (track_record_since): no apology, no root cause, no question about what it cost.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import situation_cues as cue
from assistant.planning.cio_owning import cio_owns
from assistant.planning.miss_cause import REVIEW_SENT, complaint_in, outside_in_entry
from assistant.planning.miss_weight import light_stem, review_sent_later
from assistant.planning.note_reading import cio_voice
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE

# Told again, or still told: the miss is alive in the partner's mind.
STILL_WEIGHS = re.compile(
    r"\bstill (?:the|his|her|their|our) (?:example|story|proof|reference|case|benchmark|go-to)\b|\b(?:reaches?|reached|reaching) for\b|"
    r"\b(?:keeps?|kept|keeping) (?:bringing (?:it |that |this )?up|coming back to|raising|mentioning|quoting|citing|referring to|telling)\b|"
    r"\b(?:brought|brings|bringing) (?:it|that|this|the \w+(?: \w+)?) up (?:again|unprompted|every|each|twice|once more)|"
    r"\b(?:raised|mentioned|cited|quoted) (?:it|that|this) again\b|\bthe story (?:he|she|they) tells?\b|"
    r"\bstill (?:talks? about|mentions?|brings? (?:it )?up|quotes?|cites?|tells?|remembers?|stings?|rankles?|hurts?|comes? up)\b|"
    r"\b(?:is|was|are|isn't|is not|wasn't) (?:not )?over it\b|\b(?:hasn't|has not|haven't|have not|never) (?:forgotten|forgiven|let (?:it|that|this|them) go)\b|"
    r"\b(?:won't|will not|doesn't|does not) let (?:it|that) go\b|\bcomes? up (?:every|each|again)\b|\bunprompted\b|\bevery time (?:we|I|he|she|they) meet\b",
    _I,
)
# Named again in a later entry: "she mentioned the freezer failure again", "brought up the outage".
_RAISED = re.compile(r"\b(?:mention(?:s|ed)?|rais(?:es|ed)|brought up|brings up|cit(?:es|ed)|referred to|refers to|reminded (?:me|us)|came up|asked about)\b", _I)
_NOT_RAISED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno longer|\bnor)\s+(?:\w+\s+)?(?:mention|raise|bring|brought|cite|refer|ask)", _I)

# The partner closing it: "Closed.", "Considered closed", "May is fine", "consider it done", "we're good".
CLOSED = re.compile(
    r"^\W*(?:(?:considered|now|matter|case|issue|item)\s+)?closed\W*$|\b(?:considered|consider (?:it|this|that)|case|matter|marked) closed\b|"
    r"\bclosed (?:it|that|the matter|the topic)\b|\b(?:[A-Z][a-z]+|it|that|this|the new date|the later date) is fine\b(?! (?:as|for) (?:long|now))|"
    r"\bwe(?:'re| are) good\b|\bno (?:harm|damage) done\b|\bdone and dusted\b",
    _I,
)
_THIRD = r"(?:the |their |our |that |a )?(?:supplier|vendor|carrier|courier|manufacturer|provider|bank|bureau|agency|contractor|landlord|utility|telco|partner)s?"
# The partner's attribution elsewhere: to a third party ("that's the supplier, not you", "their courier"), to their own side
# ("our own data", "my people signed off late") or to both sides ("half mine, half yours", "six of one").
ELSEWHERE = re.compile(
    rf"\b(?:that's|that is|it's|it is|that was|it was|blame)\s+{_THIRD}\b|\b{_THIRD}(?:'s)?,? not (?:you|yours|IT|your (?:team|people|fault))\b|"
    r"\bnot (?:on )?(?:you|yours|IT)\b(?=\s*[—–,.;!\"”]|\s*$)|\bour own (?:data|people|team|mistake|fault|side|error|input)\b|"
    r"\bhalf (?:mine|ours|us|yours|you|theirs)\b[^.]{0,30}\bhalf (?:mine|ours|us|yours|you|theirs)\b|\b(?:partly|part) (?:mine|ours)\b|"
    r"\bsix of one\b|\bboth of us\b|\bon both sides\b|\b(?:we|I) share (?:the )?(?:blame|fault)\b",
    _I,
)
_THEIR_OWN = re.compile(r"\bour own\b|\bmy (?:team|people|staff|mistake|fault)\b|\bmine\b", _I)
# A cause on both sides, in the CIO's record: "Cause shared:", "shared cause", "joint fault".
SHARED = re.compile(r"\b(?:causes?|fault|blame|responsibility) (?:was |is )?(?:shared|split|joint|mixed)\b|\b(?:shared|joint|split) (?:cause|fault|blame)\b", _I)
# Ours, said as a cause: "Cause ours:", "Root cause: us", "This was us", "on our side", "our doing".
OUR_CAUSE = re.compile(
    r"\b(?:root )?cause(?:d)?:?\s+(?:was\s+|is\s+)?(?:ours|us|our side|on us|IT|our own)\b|\b(?:this|that|it) (?:was|is) (?:all |entirely )?(?:us|IT|our doing)\b(?!\s+(?:who|that|and))|"
    r"\b(?:on|from) our side\b(?! of)|\bour (?:doing|error|mistake|oversight)\b",
    _I,
)


def _stem(word: str) -> str:
    """miss_weight's light stem, after a prefix: "the May mispricing" is the pricing failure."""
    return light_stem(re.sub(r"^(?:mis|over|under)(?=[a-z]{5})", "", word.lower()))


_GENERIC = {"system", "project", "problem", "issue", "today", "again", "since", "after", "before", "their", "there", "about",
            "which", "would", "could", "still", "month", "weeks", "every", "first", "second", "third", "three", "hours", "minut",
            "example", "story", "reach", "mentio", "raised", "brought", "unprompt", "partner", "peopl", "thing", "whole",
            "ours", "cause", "shared", "noted", "reply", "repli", "promis", "short",
            # a month names when, never what: a later line that only shares a month is about something else
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}


def _stems(text: str) -> set[str]:
    return {s for s in (_stem(w) for w in terms_of(text) if len(w) >= 5) if s not in _GENERIC}


def _line(sit: Situation, order: int) -> Sentence | None:
    return next((s for s in sit.sentences if s.order == order), None)


def topic(sit: Situation, item: Item) -> set[str]:
    """The miss's own words, the line before it in its note, and an earlier promise of ours it shares a word with (with
    that promise's line before it): "Rollout only 5 of 9 done. Cause ours: ..." is the scanner rollout promised earlier."""
    words = _stems(item.quote)
    prev = _line(sit, item.order - 1)
    if prev is not None and prev.note.ref == item.note_ref:
        words |= _stems(prev.text)
    for m in [m for m in sit.items if m.kind in ("miss", "noted_miss") and m.note_ref == item.note_ref and 0 < abs(m.order - item.order) <= 2]:
        words |= _stems(m.quote)  # one event told in two lines: "Label printing failed ..." / "14 pallets left late."
    for p in [p for p in sit.items if p.kind in ("promise", "late_promise") and p.owner == "us" and 0 <= p.order < item.order]:
        if words & _stems(p.quote):
            before = _line(sit, p.order - 1)
            words |= _stems(p.quote) | (_stems(before.text) if before is not None and before.note.ref == p.note_ref else set())
    return words


AFTERMATH_DAYS = 14  # a complaint within two weeks of the miss is its first telling; later, it is the miss raised again


def _after(s: Sentence, order: int, day: dt.date | None) -> bool:
    if s.date is None:
        return bool(STILL_WEIGHS.search(s.text))  # an undated summary in the present tense speaks of now
    if day and s.date != day:
        return s.date > day
    return s.order > order


def weighs_again(sit: Situation, item: Item, since: Sentence | None = None) -> Sentence | None:
    """A line after `since` (else after the miss), outside the miss's own lines, that names the miss and tells it raised
    again or still told."""
    words = topic(sit, item)
    order, day = (since.order, since.date) if since is not None else (item.order, item.date)
    for s in sit.sentences:
        if s.order == item.order or (s.note.ref == item.note_ref and abs(s.order - item.order) <= 3) or not _after(s, order, day):
            continue
        still = STILL_WEIGHS.search(s.text) or cue.HELD_STILL.search(s.text)  # "hasn't really let it go", "mentioned it again"
        if cue.FORGIVEN.search(s.text) or (_NOT_RAISED.search(s.text) and not still) or (cio_voice(s.text) and not still):
            continue
        other = any(m is not item and m.kind in ("miss", "noted_miss") and m.note_ref == s.note.ref and 0 <= s.order - m.order <= 3 for m in sit.items)
        if not still and other:
            continue  # the telling of another event ("Vendor outage, 2 days. She told the board 'IT let us down again'")
        soon = bool(s.date and item.date and (s.date - item.date).days < AFTERMATH_DAYS)  # the reaction at the time, not a raising
        raised = still or (not soon and (complaint_in(s) or cue.UPSET.search(s.text) or _RAISED.search(s.text)))
        prev = _line(sit, s.order - 1)
        linked = prev is not None and prev.note.ref == s.note.ref and not other and re.search(r"\b(?:it|that|this)\b", s.text)
        told = _stems(s.text) | (_stems(prev.text) if linked and prev is not None else set())
        if raised and (words & told if still else _distinct(sit, words & told)):  # "Said it again at the board." names what the line before it told
            return s
    return None


def _distinct(sit: Situation, shared: set[str]) -> bool:
    """A plain mention or complaint names the miss only by a word that is not everywhere in the notes ("claims" in an
    insurer's notes names no one event)."""
    limit = max(3, len(sit.sentences) // 10)
    return any(sum(w in _stems(s.text) for s in sit.sentences) <= limit for w in shared)


def closed_by_partner(sit: Situation, item: Item) -> Sentence | None:
    """The partner's closure or attribution elsewhere, within the three lines after the miss in its note (or in its own line)."""
    for s in [s for s in sit.sentences if s.note.ref == item.note_ref and 0 <= s.order - item.order <= 3]:
        if s.order > item.order and cue.MISS.search(s.text) and not (CLOSED.search(s.text) or ELSEWHERE.search(s.text)):
            break  # another event begins
        if CLOSED.search(s.text) or (ELSEWHERE.search(s.text) and s.order > item.order) or (ELSEWHERE.search(s.text) and s.speaker == "partner"):
            return s
    return None


def shared_cause(sit: Situation, item: Item) -> bool:
    """The notes give the cause to both sides, in the miss's line or the one after it."""
    return any(SHARED.search(s.text) or (ELSEWHERE.search(s.text) and re.search(r"\bhalf\b|\bboth\b|\bpart(?:ly)?\b", s.text, _I))
               for s in sit.sentences if s.note.ref == item.note_ref and 0 <= s.order - item.order <= 2)


def our_cause_near(sit: Situation, item: Item) -> bool:
    """The miss's line or a neighbour says the cause was ours ("Cause ours:", "This was us")."""
    return any(OUR_CAUSE.search(s.text) and not SHARED.search(s.text) for s in sit.sentences
               if s.note.ref == item.note_ref and -1 <= s.order - item.order <= 2)


def review(sit: Situation) -> None:
    """Close the misses the partner closed or put elsewhere; reopen a closed or forgiven miss of ours raised again later."""
    for item in [i for i in sit.items if i.kind == "miss" and i.owner in ("us", "unclear")]:
        if item.status == "open" and not item.forgiven_quote:
            closure = closed_by_partner(sit, item)
            if closure is not None and not CLOSED.search(closure.text) and cio_owns(sit, item):
                continue  # "it was the vendor", said against us, when we took it on ourselves: no closure
            if closure is not None and weighs_again(sit, item, closure) is None:
                shut = any(CLOSED.search(s.text) for s in sit.sentences if s.note.ref == item.note_ref and closure.order <= s.order <= closure.order + 1)
                agent = re.search(rf"\b(?:after|because of|caused by|due to|by|from) (?:[\w-]+ ){{0,2}}{_THIRD}", item.quote, _I)  # "after the MES vendor pushed"
                if shut and (re.search(_THIRD, closure.text, _I) or agent) and not shared_cause(sit, item):
                    item.owner, item.status, item.done_quote, item.done_on = "third_party", "done", closure.text, closure.date
                    continue  # a third party's miss the partner closed: nothing to own, list or keep out
                if ELSEWHERE.search(closure.text) and not shared_cause(sit, item):
                    own_side = _THEIR_OWN.search(closure.text) and not re.search(_THIRD, closure.text, _I)
                    item.owner, item.forgiven_quote = "partner" if own_side else "third_party", closure.text  # attributed, not healed
                    continue
                item.status, item.forgiven_quote, item.forgiven_on = "done", closure.text, closure.date
        elif item.status == "done" and (item.forgiven_quote or item.done_quote) and item.owner == "us" and not shared_cause(sit, item):
            since = next((s for s in sit.sentences if s.text in (item.forgiven_quote, item.done_quote)), None)  # forgiven, or closed by a fix
            if weighs_again(sit, item, since) is not None:
                item.status, item.forgiven_quote, item.forgiven_on, item.done_quote = "open", "", None, ""  # raised again: it weighs again
                if any(m.kind == "miss" and m.owner == "us" and m.note_ref == item.note_ref and 0 < item.order - m.order <= 2 for m in sit.items):
                    item.kind = "noted_miss"  # the same event's second line: the first carries it
    shared_still_held(sit)


# A small slip: a day or two late ("a day late (16th, not 15th)", "slipped by one day", "two days late").
SMALL_SLIP = re.compile(
    r"\b(?:a|one|two|1|2|half a) (?:working |business )?days? (?:late|behind|over)\b|\b(?:slipped|late|moved) (?:by )?(?:a|one|two|1|2) days?\b|"
    r"\(\d{1,2}(?:st|nd|rd|th)?,? not (?:the )?\d{1,2}(?:st|nd|rd|th)?\)|\b(?:a few|some) hours late\b|\bnext morning\b",
    _I,
)
SMALL_OLD_DAYS = 90  # a small slip this long before the meeting, with promises kept since and no word of it again, is history


def track_record_since(sit: Situation, item: Item) -> Sentence | None:
    """A small slip of ours, months old, followed by deliveries of ours on time or early (asks answered, promises kept) and
    never mentioned by the partner again: history, not an open miss (the line of the first delivery since)."""
    if not (item.date and sit.meeting_day and (sit.meeting_day - item.date).days >= SMALL_OLD_DAYS):
        return None
    if not any(SMALL_SLIP.search(s.text) for s in sit.sentences if s.note.ref == item.note_ref and abs(s.order - item.order) <= 1):
        return None
    from assistant.planning.situation_round8 import delivered

    kept = sorted([p for p in delivered(sit) if p.done_on and p.done_on > item.date], key=lambda p: p.done_on or dt.date.min)  # on time, unmoved
    if not kept or weighs_again(sit, item) is not None:
        return None
    words = topic(sit, item)
    if any(s.speaker == "partner" and s.date and s.date > item.date + dt.timedelta(days=14) and len(words & _stems(s.text)) >= 2
           for s in sit.sentences):
        return None  # the partner spoke of it again
    return next((s for s in sit.sentences if s.text == kept[0].done_quote), None)


# Both sides' doing, told in the miss's own lines: "Shared.", "Cause shared", "slow because of our build, partly the printer's".
_BOTH = re.compile(r"^\W*(?:shared|joint|both(?: of us| sides)?|a bit of both|six of one)\W*$|\bboth (?:own|owned|share|shared)\b", _I)
_PART = re.compile(r"\b(?:partly|part|half|in part)\b", _I)


def _shared_here(lines: list[Sentence]) -> bool:
    return any(SHARED.search(s.text) or _BOTH.search(s.text) or (_PART.search(s.text) and re.search(r"\b(?:our|us|we|IT)\b", s.text, _I))
               for s in lines)


def held_shared(sit: Situation, item: Item) -> Sentence | None:
    """A miss the notes give to both sides, that a line after it says the partner still holds ("Shared. He hasn't really let
    it go."): the line that says so. Such a miss is ours to own in part, never a third party's, never put behind them."""
    near = [s for s in sit.sentences if s.note.ref == item.note_ref and 0 <= s.order - item.order <= 4]
    if not _shared_here(near):
        return None
    held = next((s for s in near if cue.HELD_STILL.search(s.text)), None)
    return held or weighs_again(sit, item)


def shared_still_held(sit: Situation) -> None:
    """A shared miss the partner still holds is ours to own (our share of it): the first telling carries it, the rest of
    its lines in the same note are retellings."""
    first: Item | None = None
    for item in sorted([i for i in sit.items if i.kind == "miss" and i.owner in ("us", "third_party", "unclear")], key=lambda i: i.order):
        if held_shared(sit, item) is None or outside_in_entry(sit, item):
            continue  # a cause its entry puts outside us is never shared
        if first is not None and first.note_ref == item.note_ref and 0 < item.order - first.order <= 3:
            item.kind, item.owner = "noted_miss", "us"
            continue
        item.owner, item.status, item.forgiven_quote, item.forgiven_on, item.done_quote = "us", "open", "", None, ""
        first = item


def why_on_record(sit: Situation, item: Item) -> bool:
    """The notes already say why it happened ("Cause ours: ...") or that our review of it went to the partner: the plan
    promises what we changed, never a root cause again."""
    sent = any(REVIEW_SENT.search(s.text) for s in sit.sentences if s.note.ref == item.note_ref and 0 < s.order - item.order <= 4)
    return our_cause_near(sit, item) or sent or review_sent_later(sit, item) is not None
